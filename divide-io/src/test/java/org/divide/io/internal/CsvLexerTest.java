package org.divide.io.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.MalformedInputException;
import org.divide.io.MalformedDataException;
import org.divide.io.ReadLimits;
import org.junit.jupiter.api.Test;

/** {@link CsvLexer} on what random texts do not reach: large records, many lines, the limits. */
class CsvLexerTest {

    private static CsvLexer lexer(Reader text, ReadLimits limits) {
        return new CsvLexer(text, "t.csv", ',', '"', limits);
    }

    @Test
    void aQuotedFieldLargerThanTheBufferKeepsItsQuotesAndLineBreaks() throws IOException {
        String value = "ab\"\"c\r\nd".repeat(40_000); // 320 000 characters, 40 000 line breaks
        String text = "h1,h2\nx,\"" + value + "\",y\nlast,1";
        try (CsvLexer lexer = lexer(new StringReader(text), ReadLimits.defaults())) {
            assertArrayEquals(new String[] {"h1", "h2"}, lexer.next());
            String[] record = lexer.next();
            assertEquals(2, lexer.line());
            assertEquals(3, record.length);
            assertEquals(value.replace("\"\"", "\""), record[1]);
            assertEquals("y", record[2]);
            assertArrayEquals(new String[] {"last", "1"}, lexer.next());
            assertEquals(40_003, lexer.line());
            assertNull(lexer.next());
        }
    }

    @Test
    void manyRecordsKeepTheirLinesAcrossBuffers() throws IOException {
        StringBuilder text = new StringBuilder();
        for (int i = 1; i <= 100_000; i++) {
            text.append("e").append(i).append(",\"v ").append(i).append('"').append(i % 7 == 0 ? "\r\n\r\n" : "\n");
        }
        try (CsvLexer lexer = lexer(new StringReader(text.toString()), ReadLimits.defaults())) {
            long line = 1;
            for (int i = 1; i <= 100_000; i++) {
                String[] record = lexer.next();
                assertEquals("e" + i, record[0]);
                assertEquals("v " + i, record[1]);
                assertEquals(line, lexer.line());
                line += i % 7 == 0 ? 2 : 1;
            }
            assertNull(lexer.next());
        }
    }

    @Test
    void theTwoCorrectedLocations() throws IOException {
        try (CsvLexer lexer = lexer(new StringReader("a,\"x\ry\rz\"\nb\n"), ReadLimits.defaults())) {
            assertArrayEquals(new String[] {"a", "x\ry\rz"}, lexer.next());
            assertEquals(1, lexer.line()); // Commons CSV's count gave 3
            assertArrayEquals(new String[] {"b"}, lexer.next());
            assertEquals(4, lexer.line());
        }
        try (CsvLexer lexer = lexer(new StringReader("a\n\"q\"x,1\n"), ReadLimits.defaults())) {
            lexer.next();
            MalformedDataException e = assertThrows(MalformedDataException.class, lexer::next);
            assertEquals("t.csv line 2: malformed CSV: text after the closing quote of a field (a quote inside a"
                    + " quoted value must be doubled)", e.getMessage()); // CsvTable said line 3
        }
    }

    @Test
    void aLongLineOfCrBreaksIsOneLineForTheLimitAndTooManyFieldsAreCounted() throws IOException {
        ReadLimits limits = ReadLimits.defaults().withMaxLineLength(100).withMaxFieldsPerLine(3);
        try (CsvLexer lexer = lexer(new StringReader("a,b\r".repeat(30)), limits)) {
            for (int i = 0; i < 25; i++) {
                lexer.next();
            }
            MalformedDataException e = assertThrows(MalformedDataException.class, lexer::next);
            assertEquals("t.csv line 1: a line longer than 100 characters (limit ReadLimits.maxLineLength; raise it"
                    + " with ReadOptions.withLimits)", e.getMessage());
        }
        try (CsvLexer lexer = lexer(new StringReader("a\n\n1,2,3,4,5,6,7\n"), limits)) {
            lexer.next();
            MalformedDataException e = assertThrows(MalformedDataException.class, lexer::next);
            assertEquals("t.csv line 3: 7 fields on one line, more than 3 (limit ReadLimits.maxFieldsPerLine; raise it"
                    + " with ReadOptions.withLimits)", e.getMessage());
        }
    }

    @Test
    void undecodableTextIsLocatedAfterTheTextRead() throws IOException {
        try (CsvLexer lexer = lexer(new FailingAfter("a,b\nc,d\ne"), ReadLimits.defaults())) {
            assertArrayEquals(new String[] {"a", "b"}, lexer.next());
            assertArrayEquals(new String[] {"c", "d"}, lexer.next());
            MalformedDataException e = assertThrows(MalformedDataException.class, lexer::next);
            assertEquals("t.csv line 3: bytes that are not valid text in the input's encoding (wrong encoding? a UTF-16"
                    + " file? see CsvOptions.withCharset)", e.getMessage());
        }
    }

    /** A reader that gives a text, then fails as a strict decoder does at bytes it cannot decode. */
    private static final class FailingAfter extends Reader {
        private final String text;
        private boolean given;

        FailingAfter(String text) {
            this.text = text;
        }

        @Override
        public int read(char[] cbuf, int off, int len) throws IOException {
            if (given) {
                throw new MalformedInputException(1);
            }
            given = true;
            text.getChars(0, text.length(), cbuf, off);
            return text.length();
        }

        @Override
        public void close() {
            // nothing to release
        }
    }
}
