package org.divide.io.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.divide.core.Panel;
import org.divide.io.BadRecordPolicy;
import org.divide.io.Fixtures;
import org.divide.io.Location;
import org.divide.io.MalformedDataException;
import org.divide.io.ReadOptions;
import org.divide.io.ReadResult;
import org.divide.io.SkippedRecord;
import org.divide.io.internal.Sources;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LongCsvTest {

    private static ReadResult read(String text) throws IOException {
        return read(text, CsvOptions.defaults(), Fixtures.options());
    }

    private static ReadResult read(String text, CsvOptions csv, ReadOptions options) throws IOException {
        return LongCsvReader.withDefaults().withCsv(csv).withOptions(options).read(new StringReader(text), "t.csv");
    }

    private static MalformedDataException fails(String text) {
        return assertThrows(MalformedDataException.class, () -> read(text));
    }

    @Test
    void roundTripsEveryCell() throws IOException {
        Panel panel = Fixtures.panel();
        StringWriter out = new StringWriter();
        LongCsv.write(panel, out, CsvOptions.defaults(), MissingCells.WRITE_EMPTY);
        ReadResult back = read(out.toString());
        assertEquals(panel, back.panel());
        assertTrue(back.isClean());
    }

    @Test
    void roundTripsThroughAFileWithSemicolonsAndDecimalCommas(@TempDir Path dir) throws IOException {
        Panel panel = Fixtures.panel();
        Path file = dir.resolve("p.csv");
        LongCsv.write(panel, file);
        assertEquals(panel.valueCount(), Files.readAllLines(file).size() - 1);
        ReadResult back = LongCsvReader.withDefaults().withOptions(Fixtures.options()).read(file);
        assertEquals(panel.toRows(), back.panel().toRows());

        String french = Files.readString(file).replace(',', ';').replace('.', ',').replace("SP,POP,TOTL", "SP.POP.TOTL");
        ReadResult fr = read(french, CsvOptions.defaults().withDelimiter(';'),
                Fixtures.options().withDecimalComma(true));
        assertEquals(panel.toRows(), fr.panel().toRows());
    }

    @Test
    void readsQuotedDelimitersBomAndOtherColumnNames() throws IOException {
        String text = "\uFEFFCode,\"Name, long\",Year,Indicator,Value\r\n"
                + "COD,\"Congo, Dem. \"\"Rep.\"\"\",2020,SP.POP.TOTL,\"92853164\"\r\n"
                + "\r\n"
                + "KEN,Kenya,2021,SP.POP.TOTL,53219166\r\n";
        LongLayout layout = LongLayout.defaults().withEconomy("code").withEconomyName("name, long").withYear("YEAR")
                .withValue("value");
        ReadResult r = LongCsvReader.withDefaults().withLayout(layout).withOptions(Fixtures.options())
                .read(new StringReader(text), "t.csv");
        assertEquals(92853164, r.panel().value("COD", "SP.POP.TOTL", 2020));
        assertEquals(53219166, r.panel().value("KEN", "SP.POP.TOTL", 2021));
    }

    @Test
    void bomInAFileIsSkipped(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("bom.csv");
        Files.writeString(file, "\uFEFFeconomy,indicator,year,value\nKEN,POP,2020,1\n");
        assertEquals(1, LongCsvReader.withDefaults().withOptions(Fixtures.options()).read(file).panel()
                .value("KEN", "POP", 2020));
    }

    @Test
    void badNumberNamesSourceLineColumnAndValue() {
        MalformedDataException e = fails("economy,indicator,year,value\nKEN,POP,2020,1\nKEN,POP,2021,12abc\n");
        assertEquals("t.csv line 3, column 'value': '12abc' is not a number", e.getMessage());
        assertEquals(new Location("t.csv", 3, "column 'value'"), e.location());
    }

    @Test
    void badYearAndEmptyEconomyAreNamed() {
        assertEquals("t.csv line 2, column 'year': '2020Q1' is not a calendar year",
                fails("economy,indicator,year,value\nKEN,POP,2020Q1,1\n").getMessage());
        assertEquals("t.csv line 2, column 'economy': economy code is empty",
                fails("economy,indicator,year,value\n ,POP,2020,1\n").getMessage());
    }

    @Test
    void wrongColumnCountIsNamed() {
        MalformedDataException e = fails("economy,indicator,year,value\nKEN,POP,2020,1\nKEN,POP,2021\n");
        assertEquals("t.csv line 3: 3 fields but the header has 4: [KEN, POP, 2021]", e.getMessage());
        MalformedDataException more = fails("economy,indicator,year,value\nKEN,POP,2020,1,5\n");
        assertTrue(more.getMessage().contains("unquoted delimiter"), more.getMessage());
    }

    @Test
    void missingHeaderColumnListsTheHeaderAndHintsAtTheDelimiter() {
        MalformedDataException e = fails("economy;indicator;year;value\nKEN;POP;2020;1\n");
        assertEquals("t.csv line 1: missing column 'economy'; the header has 1 column: [economy;indicator;year;value]"
                + " (the header contains ';': wrong delimiter? see CsvOptions.withDelimiter)", e.getMessage());
        assertEquals("t.csv line 1: missing column 'value'; the header has 3 columns: [economy, indicator, year]",
                fails("economy,indicator,year\nKEN,POP,2020\n").getMessage());
    }

    @Test
    void conflictingDuplicateNamesBothLines() {
        MalformedDataException e = fails("economy,indicator,year,value\nKEN,POP,2020,1\nNOR,POP,2020,1\n"
                + "KEN,POP,2020,1\nKEN,POP,2020,2\n");
        assertEquals("t.csv line 5: conflicting duplicate for (KEN, POP, 2020): 2 here, 1 at t.csv line 2",
                e.getMessage());
    }

    @Test
    void emptyInputAndBrokenQuotesAreNamed() {
        assertEquals("t.csv: empty input: no header line", fails("").getMessage());
        assertEquals("t.csv: empty input: no header line", fails("\n\n").getMessage());
        MalformedDataException quote = fails("economy,indicator,year,value\nKEN,POP,2020,1\nKEN,\"POP,2021,2\n");
        assertTrue(quote.getMessage().startsWith("t.csv line "), quote.getMessage());
        assertTrue(quote.getMessage().contains("malformed CSV"), quote.getMessage());
    }

    @Test
    void multiLineFieldsKeepLineNumbersRight() {
        MalformedDataException e = fails("economy,indicator,year,value\nKEN,\"P\nO\nP\",2020,1\nKEN,POP,2020,x\n");
        assertEquals("t.csv line 5, column 'value': 'x' is not a number", e.getMessage());
        assertEquals("t.csv line 2, column 'value': 'x' is not a number",
                fails("economy,indicator,year,value\nKEN,\"P\nO\",2020,x\n").getMessage());
    }

    @Test
    void invalidUtf8IsNamed() throws IOException {
        byte[] bytes = "economy,indicator,year,value\nKEN,POP,2020,1\nK\u00c9N,POP,2020,1\n"
                .getBytes(StandardCharsets.ISO_8859_1);
        MalformedDataException e = assertThrows(MalformedDataException.class, () -> {
            try (Reader reader = Sources.open(new ByteArrayInputStream(bytes), StandardCharsets.UTF_8, "t.csv")) {
                LongCsvReader.withDefaults().withOptions(Fixtures.options()).read(reader, "t.csv");
            }
        });
        assertEquals("t.csv line 3: bytes that are not valid UTF-8 at byte offset 45 (wrong encoding? see "
                + "CsvOptions.withCharset)", e.getMessage());
        try (Reader reader = Sources.open(new ByteArrayInputStream(bytes), StandardCharsets.ISO_8859_1, "t.csv")) {
            assertEquals(1, LongCsvReader.withDefaults().read(reader, "t.csv").unmatched().size());
        }
    }

    @Test
    void lenientModeSkipsAndReportsBadRecords() throws IOException {
        String text = "economy,indicator,year,value\nKEN,POP,2020,1\nKEN,POP,2021,12abc\nKEN,POP\n"
                + "KEN,POP,2020,2\nKEN,POP,2022,..\nKEN,POP,2023,3\n";
        ReadResult r = read(text, CsvOptions.defaults(), Fixtures.options().withBadRecords(BadRecordPolicy.SKIP));
        assertEquals(List.of(
                new SkippedRecord(Location.cell("t.csv", 3, "value"), "'12abc' is not a number"),
                new SkippedRecord(Location.line("t.csv", 4), "2 fields but the header has 4: [KEN, POP]"),
                new SkippedRecord(Location.line("t.csv", 5),
                        "conflicting duplicate for (KEN, POP, 2020): 2 here, 1 at t.csv line 2")), r.skipped());
        assertEquals(1, r.panel().value("KEN", "POP", 2020));
        assertTrue(Double.isNaN(r.panel().value("KEN", "POP", 2022)));
        assertEquals(3, r.panel().value("KEN", "POP", 2023));
        assertEquals(3, r.panel().years().length);
    }
}
