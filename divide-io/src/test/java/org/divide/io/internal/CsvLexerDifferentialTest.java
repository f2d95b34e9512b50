package org.divide.io.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.SplittableRandom;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.divide.io.MalformedDataException;
import org.divide.io.ReadLimits;
import org.junit.jupiter.api.Test;

/**
 * {@link CsvLexer} against Apache Commons CSV with the format {@code CsvTable} used before the
 * lexer replaced it ({@code CSVFormat.DEFAULT}, the delimiter and quote set, empty lines ignored):
 * thousands of random texts of quotes, doubled quotes, line breaks (CR, LF, CRLF) inside and
 * outside quotes, empty lines, white space, trailing delimiters and characters outside ASCII give
 * the same records, each on the same line, or the same error on the same line — the line as
 * {@code CsvTable} reported it with Commons CSV, but for two corrections:
 * <ul>
 *   <li>a record whose quoted field holds a lone CR (a line break of old Mac files) starts on the
 *       line where it starts; {@code CsvTable} subtracted only the LFs in the fields from the line
 *       where the record ends, so it named a later line for each lone CR;</li>
 *   <li>text after a closing quote is located on its line; {@code CsvTable} added one to Commons
 *       CSV's line, which there was already the current line.</li>
 * </ul>
 * Each text is read once in one block and once through a reader that gives one to three characters
 * at a time into a buffer of one to eight characters, so that records cross the end of the lexer's
 * buffer at every possible place and make it grow.
 */
class CsvLexerDifferentialTest {

    private static final String[] PIECES = {"a", "b", "1", "x y", " ", "\t", ",", ";", "\"", "\"\"", "\r", "\n",
        "\r\n", "\n\n", "é", "€", "😀", "\u2003", "\u00a0", "|"};
    private static final char[] DELIMITERS = {',', ';', '\t'};

    /** What a reader gave: the records with their lines, then the error (or "end"). */
    private record Outcome(List<String> records, String end) {
    }

    @Test
    void randomTextsGiveTheRecordsOrTheErrorsOfCommonsCsv() throws IOException {
        SplittableRandom random = new SplittableRandom(20261207L);
        int texts = 6000;
        int errors = 0;
        int records = 0;
        for (int t = 0; t < texts; t++) {
            String text = randomText(random);
            char delimiter = DELIMITERS[t % DELIMITERS.length];
            Outcome expected = commons(text, delimiter);
            Outcome actual = lexer(new StringReader(text), delimiter, ReadLimits.defaults());
            String shown = shown(text) + " with delimiter " + shown(String.valueOf(delimiter));
            assertEquals(expected, actual, shown);
            assertEquals(expected, lexer(new Trickle(text, random.split(), 3), delimiter, ReadLimits.defaults(),
                    1 + random.nextInt(8)), shown + " (a few characters at a time, a buffer of a few)");
            records += expected.records().size();
            errors += expected.end().equals("end") ? 0 : 1;
        }
        // the texts exercise both outcomes
        assertTrue(errors > texts / 20 && errors < texts / 2, errors + " errors");
        assertTrue(records > texts, records + " records");
    }

    @Test
    void lineLengthAndFieldLimitsGiveTheErrorsOfTheLimitedReader() throws IOException {
        SplittableRandom random = new SplittableRandom(7L);
        ReadLimits small = ReadLimits.defaults().withMaxLineLength(12).withMaxFieldsPerLine(4);
        int limited = 0;
        for (int t = 0; t < 3000; t++) {
            String text = randomText(random);
            char delimiter = DELIMITERS[t % DELIMITERS.length];
            Outcome expected = commons(Limits.lines(new Trickle(text, random.split(), 1), small, "t.csv"), delimiter,
                    small);
            Outcome actual = lexer(new StringReader(text), delimiter, small);
            assertEquals(expected.end(), actual.end(), shown(text));
            // Commons CSV looks one character ahead, so it may meet a long line one record earlier
            List<String> got = actual.records();
            List<String> want = expected.records();
            assertTrue(got.equals(want) || got.size() == want.size() + 1 && got.subList(0, want.size()).equals(want),
                    shown(text) + ": " + got + " against " + want);
            limited += expected.end().contains("limit ReadLimits") ? 1 : 0;
        }
        assertTrue(limited > 300, limited + " texts over a limit");
    }

    /** A text of 0 to 40 random pieces. */
    private static String randomText(SplittableRandom random) {
        StringBuilder s = new StringBuilder();
        int pieces = random.nextInt(41);
        for (int i = 0; i < pieces; i++) {
            s.append(PIECES[random.nextInt(PIECES.length)]);
        }
        return s.toString();
    }

    private static Outcome commons(String text, char delimiter) throws IOException {
        return commons(new StringReader(text), delimiter, null);
    }

    /** Commons CSV as {@code CsvTable} used it, and its lines and errors as {@code CsvTable} gave them. */
    private static Outcome commons(Reader text, char delimiter, ReadLimits limits) throws IOException {
        List<String> out = new ArrayList<>();
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setQuote('"')
                .setIgnoreEmptyLines(true).setRecordSeparator("\n").get();
        try (CSVParser parser = format.parse(text)) {
            Iterator<CSVRecord> it = parser.iterator();
            while (true) {
                try {
                    if (!it.hasNext()) {
                        return new Outcome(out, "end");
                    }
                    CSVRecord r = it.next();
                    long line = parser.getCurrentLineNumber();
                    String[] values = r.values();
                    for (String v : values) {
                        line -= count(v, '\n');
                        line -= loneCrs(v); // corrected: the record's first line
                    }
                    if (limits != null && values.length > limits.maxFieldsPerLine()) {
                        return new Outcome(out, Limits.tooManyFields(org.divide.io.Location.line("t.csv", line),
                                values.length, limits).getMessage());
                    }
                    out.add(line + ":" + Arrays.toString(values));
                } catch (UncheckedIOException e) {
                    if (e.getCause() instanceof MalformedDataException m) {
                        return new Outcome(out, m.getMessage());
                    }
                    String m = String.valueOf(e.getCause().getMessage());
                    long line = parser.getCurrentLineNumber();
                    if (m.contains("EOF reached before encapsulated token finished")) {
                        return new Outcome(out, "t.csv line " + (line + 1) + ": malformed CSV: a quoted field is not"
                                + " closed before the end of the input (a missing closing quote?)");
                    }
                    assertTrue(m.contains("Invalid character between encapsulated token and delimiter"), m);
                    return new Outcome(out, "t.csv line " + line + ": malformed CSV: text after the closing quote of"
                            + " a field (a quote inside a quoted value must be doubled)");
                }
            }
        }
    }

    private static Outcome lexer(Reader text, char delimiter, ReadLimits limits) throws IOException {
        return lexer(text, delimiter, limits, CsvLexer.BLOCK);
    }

    private static Outcome lexer(Reader text, char delimiter, ReadLimits limits, int buffer) throws IOException {
        List<String> out = new ArrayList<>();
        try (CsvLexer lexer = new CsvLexer(text, "t.csv", delimiter, '"', limits, buffer)) {
            while (true) {
                String[] record;
                try {
                    record = lexer.next();
                } catch (MalformedDataException e) {
                    return new Outcome(out, e.getMessage());
                }
                if (record == null) {
                    return new Outcome(out, "end");
                }
                out.add(lexer.line() + ":" + Arrays.toString(record));
            }
        }
    }

    private static int count(String s, char c) {
        int n = 0;
        for (int i = s.indexOf(c); i >= 0; i = s.indexOf(c, i + 1)) {
            n++;
        }
        return n;
    }

    private static int loneCrs(String s) {
        int n = 0;
        for (int i = s.indexOf('\r'); i >= 0; i = s.indexOf('\r', i + 1)) {
            n += i + 1 < s.length() && s.charAt(i + 1) == '\n' ? 0 : 1;
        }
        return n;
    }

    private static String shown(String text) {
        return "'" + text.replace("\r", "\\r").replace("\n", "\\n").replace("\t", "\\t") + "'";
    }

    /** A reader that gives at most a few characters at a time. */
    private static final class Trickle extends Reader {
        private final String text;
        private final SplittableRandom random;
        private final int most;
        private int at;

        Trickle(String text, SplittableRandom random, int most) {
            this.text = text;
            this.random = random;
            this.most = most;
        }

        @Override
        public int read(char[] cbuf, int off, int len) {
            if (at >= text.length()) {
                return -1;
            }
            int n = Math.min(Math.min(len, 1 + random.nextInt(most)), text.length() - at);
            text.getChars(at, at + n, cbuf, off);
            at += n;
            return n;
        }

        @Override
        public void close() {
            // nothing to release
        }
    }
}
