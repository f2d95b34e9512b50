package org.divide.io.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.divide.io.EconomyResolver;
import org.divide.io.MalformedDataException;
import org.divide.io.PanelFormat;
import org.divide.io.PanelReader;
import org.divide.io.ReadLimits;
import org.divide.io.ReadOptions;
import org.divide.io.ReadResult;
import org.divide.io.csv.LongCsvReader;
import org.divide.io.json.JsonInput;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Hostile CSV and JSON inputs: each gives a fast, short, located error naming the rule or limit. */
class HostileTextTest {

    private static final ReadOptions NONE = ReadOptions.defaults().withResolver(EconomyResolver.none());
    private static final String HEADER = "economy,indicator,year,value\n";

    @TempDir
    Path dir;

    private static String fields(int n) {
        StringBuilder s = new StringBuilder(2 * n);
        for (int i = 0; i < n; i++) {
            s.append(i == 0 ? "" : ",").append('1');
        }
        return s.toString();
    }

    private static LongCsvReader csv(ReadOptions options) {
        return LongCsvReader.withDefaults().withOptions(options);
    }

    @Test
    void aMillionFieldLineIsRefusedByTheLineLengthWithoutEchoingIt() throws IOException {
        Path file = Files.writeString(dir.resolve("wide.csv"), HEADER + fields(1_000_000) + "\n");
        MalformedDataException e = Hostile.fails("wide.csv", () -> PanelReader.withDefaults().withOptions(NONE)
                .withFormat(PanelFormat.LONG).read(file));
        assertEquals("wide.csv line 2: a line longer than 1048576 characters (limit ReadLimits.maxLineLength; raise"
                + " it with ReadOptions.withLimits)", e.getMessage());
        assertEquals(2, e.location().line());
        assertNull(e.value());
    }

    @Test
    void aMillionFieldLineWithinALongerLineLimitIsRefusedByTheFieldCount() {
        ReadOptions longLines = NONE.withLimits(ReadLimits.defaults().withMaxLineLength(4 << 20));
        String text = HEADER + fields(1_000_000) + "\n";
        MalformedDataException e = Hostile.fails("wide.csv", () -> csv(longLines)
                .read(new StringReader(text), "wide.csv"));
        assertEquals("wide.csv line 2: 1000000 fields on one line, more than 16384 (limit"
                + " ReadLimits.maxFieldsPerLine; raise it with ReadOptions.withLimits)", e.getMessage());
    }

    @Test
    void aRaggedRowQuotesItsFieldsShortened() {
        String text = HEADER + "KEN,X,2020,1\n" + fields(5000) + "\n";
        MalformedDataException e = Hostile.fails("r.csv", () -> csv(NONE).read(new StringReader(text), "r.csv"));
        assertTrue(e.getMessage().startsWith("r.csv line 3: 5000 fields but the header has 4 (an unquoted delimiter in"
                + " a value?): [1, 1, 1,"), e.getMessage());
        assertTrue(e.getMessage().endsWith("…] (5000 fields)"), e.getMessage());
        String short3 = HEADER + "KEN,X,2020\n";
        e = Hostile.fails("r.csv", () -> csv(NONE).read(new StringReader(short3), "r.csv"));
        assertEquals("r.csv line 2: 3 fields but the header has 4: [KEN, X, 2020]", e.getMessage());
    }

    @Test
    void aLongBadValueIsShortenedWithItsLength() {
        String value = "x".repeat(5000);
        String text = HEADER + "KEN,X,2020," + value + "\n";
        MalformedDataException e = Hostile.fails("v.csv", () -> csv(NONE).read(new StringReader(text), "v.csv"));
        assertEquals("v.csv line 2, column 'value': '" + "x".repeat(100) + "…' (5000 characters) is not a number",
                e.getMessage());
        assertEquals("x".repeat(100) + "…", e.value());
        assertEquals("is not a number", e.rule());
    }

    @Test
    void aHeaderOnlyFileIsALocatedErrorUnlessEmptyIsAllowed() throws IOException {
        Path file = Files.writeString(dir.resolve("head.csv"), HEADER);
        MalformedDataException e = Hostile.fails("head.csv", () -> csv(NONE).read(file));
        assertEquals("head.csv line 1: no data rows after the header (an empty panel is accepted with"
                + " ReadOptions.withAllowEmpty(true))", e.getMessage());
        ReadResult empty = csv(NONE.withAllowEmpty(true)).read(file);
        assertTrue(empty.panel().isEmpty());
        Path blankLines = Files.writeString(dir.resolve("blank.csv"), "\n\n" + HEADER + "\n\n");
        e = Hostile.fails("blank.csv", () -> csv(NONE).read(blankLines));
        assertEquals(3, e.location().line());
    }

    @Test
    void aUtf16FileIsNamedAsUndecodable() throws IOException {
        byte[] utf16 = (HEADER + "KEN,X,2020,1\n").getBytes(StandardCharsets.UTF_16);
        Path file = Files.write(dir.resolve("u16.csv"), utf16);
        MalformedDataException e = Hostile.fails("u16.csv", () -> csv(NONE).read(file));
        assertEquals("u16.csv line 1: bytes that are not valid UTF-8 at byte offset 0 (a UTF-16 byte-order mark: save"
                + " the file as UTF-8, or see CsvOptions.withCharset)", e.getMessage());
    }

    @Test
    void aCallersStrictReaderThatCannotDecodeIsLocated() {
        byte[] utf16 = (HEADER + "KEN,X,2020,1\n").getBytes(StandardCharsets.UTF_16);
        MalformedDataException e = Hostile.fails("r16.csv", () -> csv(NONE).read(new InputStreamReader(
                new ByteArrayInputStream(utf16), StandardCharsets.UTF_8.newDecoder()), "r16.csv"));
        assertEquals("r16.csv line 1: bytes that are not valid text in the input's encoding (wrong encoding? a UTF-16"
                + " file? see CsvOptions.withCharset)", e.getMessage());
    }

    @Test
    void nanIsMissingAndInfinityIsRefusedNamingTheValue() throws IOException {
        ReadResult r = csv(NONE).read(new StringReader(HEADER + "KEN,X,2020,NaN\nKEN,X,2021,2\n"), "n.csv");
        assertTrue(Double.isNaN(r.panel().value("KEN", "X", 2020)));
        assertEquals(2.0, r.panel().value("KEN", "X", 2021));
        for (String inf : new String[] {"Infinity", "-Infinity", "inf", "1e999"}) {
            MalformedDataException e = Hostile.fails("i.csv", () -> csv(NONE)
                    .read(new StringReader(HEADER + "KEN,X,2020," + inf + "\n"), "i.csv"));
            assertEquals(inf, e.value());
            assertTrue(e.getMessage().startsWith("i.csv line 2, column 'value': '" + inf + "' is "), e.getMessage());
        }
    }

    @Test
    void aFileLargerThanTheLimitIsRefusedBeforeItIsRead() throws IOException {
        Path file = Files.writeString(dir.resolve("big.csv"), HEADER + "KEN,X,2020,1\n".repeat(100));
        ReadOptions small = NONE.withLimits(ReadLimits.defaults().withMaxFileBytes(500));
        MalformedDataException e = Hostile.fails("big.csv", () -> PanelReader.withDefaults().withOptions(small)
                .read(file));
        assertEquals("big.csv: an input of 1329 bytes, larger than 500 bytes (limit ReadLimits.maxFileBytes; raise"
                + " it with ReadOptions.withLimits)", e.getMessage());
        byte[] bytes = Files.readAllBytes(file);
        e = Hostile.fails("big.csv", () -> PanelReader.withDefaults().withOptions(small)
                .read(new ByteArrayInputStream(bytes), "big.csv"));
        assertTrue(e.getMessage().startsWith("big.csv: an input larger than 500 bytes (limit"), e.getMessage());
    }

    @Test
    void jsonNestedAHundredThousandDeepNamesTheLimitThePositionAndThePointer() {
        String deep = "[".repeat(100_000) + "]".repeat(100_000);
        MalformedDataException e = Hostile.fails("deep.json", () -> PanelReader.withDefaults().withOptions(NONE)
                .withFormat(PanelFormat.JSON).read(new ByteArrayInputStream(deep.getBytes(StandardCharsets.UTF_8)),
                        "deep.json"));
        assertTrue(e.getMessage().startsWith("deep.json line 1, column 66, at /0/0/0/0/"), e.getMessage());
        assertTrue(e.getMessage().endsWith(": JSON nested deeper than 64 levels (limit ReadLimits.maxJsonDepth; raise"
                + " it with ReadOptions.withLimits)"), e.getMessage());
        assertEquals(1, e.location().line());
        assertEquals(66, e.location().column());
        assertTrue(e.location().pointer().startsWith("/0/0/0"), e.location().pointer());
    }

    @Test
    void aLongJsonStringNamesTheLimit() {
        ReadLimits limits = ReadLimits.defaults().withMaxJsonStringLength(1000);
        String doc = "{\"a\": [1, \"" + "y".repeat(5000) + "\"]}";
        MalformedDataException e = Hostile.fails("s.json", () -> JsonInput.parse(new StringReader(doc), "s.json",
                limits));
        assertTrue(e.getMessage().endsWith(": a JSON string longer than 1000 characters (limit"
                + " ReadLimits.maxJsonStringLength; raise it with ReadOptions.withLimits)"), e.getMessage());
        assertEquals("/a/1", e.location().pointer());
        MalformedDataException ok = Hostile.fails("s.json", () -> JsonInput.parse(new StringReader("{\"a\": [1, 2"),
                "s.json"));
        assertEquals("s.json line 1, column 12, at /a/1: malformed JSON: the document ends before it is complete"
                + " (truncated?)", ok.getMessage());
    }
}
