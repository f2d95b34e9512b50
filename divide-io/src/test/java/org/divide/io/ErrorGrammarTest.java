package org.divide.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The parts of the error grammar: locations, quoted values, reasons, third-party messages. */
class ErrorGrammarTest {

    @Test
    void locationsRenderEachKindOfPosition() {
        assertEquals("pop.csv line 17, column 'Value'", Location.cell("pop.csv", 17, "Value").toString());
        assertEquals("pop.csv line 3", Location.line("pop.csv", 3).toString());
        assertEquals("pop.csv", Location.of("pop.csv").toString());
        assertEquals("page2.json at /1/3/value", Location.pointer("page2.json", "/1/3/value").toString());
        assertEquals("a.json at /", Location.pointer("a.json", "").toString());
        assertEquals("d.json line 4, column 12, at /a/0", Location.position("d.json", 4, 12).withPointer("/a/0")
                .toString());
        assertEquals("m.xml line 12, column 40", Location.position("m.xml", 12, 40).toString());
        Location cell = Location.cell("wb.xlsx [sheet 'GDP']", 7, "value").inSheet("wb.xlsx", "GDP", "D7");
        assertEquals("wb.xlsx [sheet 'GDP'] line 7, column 'value', cell D7", cell.toString());
        assertEquals("wb.xlsx", cell.source());
        assertEquals("GDP", cell.sheet());
        assertEquals("D7", cell.cell());
        assertEquals(new Location("x", 2, null, 0, null, null, null), new Location("x", 2, null));
        String deep = "/0".repeat(200);
        assertEquals("j.json at " + deep.substring(0, 99) + "…", Location.pointer("j.json", deep).toString());
    }

    @Test
    void valuesAreQuotedShortenedAndOnOneLine() {
        assertEquals("'12abc'", ErrorText.value("12abc"));
        assertEquals("'a\\nb'", ErrorText.value("a\nb"));
        assertEquals("'null'", ErrorText.value(null));
        String longText = "x".repeat(3_000_114);
        assertEquals("'" + "x".repeat(100) + "…' (3000114 characters)", ErrorText.value(longText));
        String surrogate = "x".repeat(99) + "\uD83D\uDE00" + "y".repeat(50);
        assertEquals("'" + "x".repeat(99) + "…' (151 characters)", ErrorText.value(surrogate));
    }

    @Test
    void messagesAreClippedToOneLine() {
        assertEquals("first…", ErrorText.clip("first\nsecond", 300));
        assertEquals("abcd…", ErrorText.clip("abcdefgh", 5));
        assertEquals("as is", ErrorText.clip("as is\n", 300));
        assertEquals("", ErrorText.clip(null, 10));
    }

    @Test
    void thirdPartyNamesAreScrubbed() {
        assertEquals("error: Unexpected end of file", ErrorText.scrub("org.apache.poi.ooxml.POIXMLException:"
                + " org.apache.xmlbeans.XmlException: error: Unexpected end of file"));
        assertEquals("bad record", ErrorText.scrub("java.io.IOException: bad record"));
        assertEquals("Document nesting depth (65) exceeds the maximum allowed (64, from `the parser's limit`)",
                ErrorText.scrub("Document nesting depth (65) exceeds the maximum allowed (64, from"
                        + " `StreamReadConstraints.getMaxNestingDepth()`)"));
        assertEquals("file data.v2.csv is odd", ErrorText.scrub("file data.v2.csv is odd"));
        assertEquals(100, ErrorText.scrub("z".repeat(1000)).length());
        assertEquals("", ErrorText.scrub(null));
    }

    @Test
    void theExceptionCarriesLocationValueAndRuleAsData() {
        MalformedDataException e = new MalformedDataException(Location.cell("pop.csv", 17, "Value"), "12abc",
                "is not a number", null);
        assertEquals("pop.csv line 17, column 'Value': '12abc' is not a number", e.getMessage());
        assertEquals("'12abc' is not a number", e.reason());
        assertEquals("12abc", e.value());
        assertEquals("is not a number", e.rule());
        MalformedDataException plain = new MalformedDataException(Location.of("x.csv"), "empty input");
        assertNull(plain.value());
        assertEquals("empty input", plain.rule());
        MalformedDataException moved = e.relocated(Location.line("other.csv", 2));
        assertEquals("other.csv line 2: '12abc' is not a number", moved.getMessage());
        assertEquals("12abc", moved.value());
        assertSame(e, moved.getCause());
        MalformedDataException of = MalformedDataException.of(Location.line("a.csv", 3),
                new BadValueException("n/d", "is not a number"));
        assertEquals("a.csv line 3: 'n/d' is not a number", of.getMessage());
        assertEquals("n/d", of.value());
    }

    @Test
    void reasonsAreCapped() {
        MalformedDataException e = new MalformedDataException(Location.of("x"), "unknown economy '"
                + "k".repeat(1_000_000) + "'");
        assertTrue(e.reason().length() <= ErrorText.MAX_MESSAGE + 30, () -> e.reason().length() + "");
        assertTrue(e.reason().endsWith("… (1000018 characters)"), e.reason().substring(480));
        SkippedRecord skipped = new SkippedRecord(Location.line("x", 2), "y".repeat(100_000));
        assertTrue(skipped.reason().length() <= ErrorText.MAX_MESSAGE + 30);
        MalformedDataException limit = MalformedDataException.limit(Location.line("x", 9), "a line longer than 10"
                + " characters", "maxLineLength");
        assertEquals("x line 9: a line longer than 10 characters (limit ReadLimits.maxLineLength; raise it with"
                + " ReadOptions.withLimits)", limit.getMessage());
    }

    @Test
    void limitsHaveDefaultsAndRefuseNonPositiveValues() {
        ReadLimits d = ReadOptions.defaults().limits();
        assertEquals(1L << 30, d.maxFileBytes());
        assertEquals(256L << 20, d.maxDecompressedBytes());
        assertEquals(16_384, d.maxFieldsPerLine());
        assertEquals(1 << 20, d.maxLineLength());
        assertEquals(64, d.maxJsonDepth());
        assertEquals(1 << 20, d.maxJsonStringLength());
        assertEquals(10_000_000L, d.maxCells());
        assertEquals(5, d.withMaxJsonDepth(5).maxJsonDepth());
        IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> d.withMaxCells(0));
        assertEquals("maxCells must be positive: 0", e.getMessage());
        assertTrue(!ReadOptions.defaults().allowEmpty() && ReadOptions.defaults().withAllowEmpty(true).allowEmpty());
    }
}
