package org.divide.io.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Random;
import java.util.Set;
import org.divide.io.ReadOptions;
import org.junit.jupiter.api.Test;

/**
 * {@link PlainRecord}, the one-pass reading of the common line, against the general way of the same
 * line ({@link ByteLine#record} and {@link ByteValues}, as {@link LongChunk} and {@link WideChunk} use
 * them): whenever it takes a line, the field bounds, the next line, the year and the values' bits are
 * the general way's; and it takes the common lines of long files and of World Bank bulk files.
 */
class PlainRecordTest {

    /** A long layout: economy, indicator, year, value. */
    private static final Layout LONG = new Layout(4, 2, new int[] {3});
    /** A wide layout as the World Bank's: name, code, three years, an empty last column. */
    private static final Layout WIDE = new Layout(6, -1, new int[] {2, 3, 4});
    private static final int MAX_LINE = 4096;
    private static final String[] PIECES = {"0", "1", "7", "9", "12", "2001", "1999", "0042", ".", "-", "+", "e",
        "E", "E5", "e-3", "NA", "..", " ", "\t", ",", "\"", "\"\"", "\r", "\n", "\r\n", "é", "\u00ff", "x", "KEN",
        "IT.NET", "12345678", "123456789012", "0.1", "1e400", "99999999999999999999", "4.9e-324", ""};

    private final ReadOptions options = ReadOptions.defaults();

    /** The columns of a layout. */
    private record Layout(int width, int year, int[] values) {
    }

    @Test
    void whateverItTakesIsWhatTheGeneralWayReads() {
        Random random = new Random(20261207);
        for (Layout layout : new Layout[] {LONG, WIDE}) {
            for (boolean emptyMissing : new boolean[] {true, false}) {
                int taken = 0;
                for (int n = 0; n < 100_000; n++) {
                    taken += agree(layout, line(random, layout), emptyMissing) ? 1 : 0;
                }
                // the generator makes mostly odd lines; some of them must still be common ones
                assertTrue(taken > 1_000, "lines taken: " + taken);
            }
        }
    }

    @Test
    void takesTheCommonLinesOfALongCsv() {
        String[] lines = {"KEN,IT.NET.BBND.P2,2021,1.2345678901234567\n", "E0,IND.0,1970,741564.8787718234\r\n",
            "USA,SP.POP.TOTL,2023,-0.5", "A,,1960,0\n", "ZWE,X,9999,+12\n", ",B,2000,1234567890123456789\n",
            "\"KEN\",\"X, Y\",\"2021\",\"1.5\"\n", "KEN,X,2021,\n", "KEN,X,2021,1.5e-05\n", "KEN,X,2021,2E+10\n"};
        for (String text : lines) {
            assertTrue(agree(LONG, bytes(text), true), text);
        }
    }

    @Test
    void takesTheCommonLinesOfAWorldBankBulkFile() {
        String[] lines = {"\"Kenya\",\"KEN\",\"\",\"6767.55922942669\",\"12\",\r\n",
            "\"Korea, Rep.\",\"KOR\",\"1\",\"2\",\"-3.5\",\n", "\"Aruba\",\"ABW\",\"\",\"\",\"\","};
        for (String text : lines) {
            assertTrue(agree(WIDE, bytes(text), true), text);
        }
    }

    @Test
    void leavesEveryOtherLineToTheGeneralWay() {
        String[] lines = {"KEN,X,2021,1e400\n", "KEN,X,2021,1e\n", "KEN,X,2021,NA\n", "KÉN,X,2021,1\n", "KEN,X,21,1\n",
            "KEN,X,2021,1,\n", "KEN,X,2021\n", "KEN,X,2021,1\rX", "KEN,X,2021, 1\n", "\"KEN\"\"\",X,2021,1\n",
            "KEN,X,2021,12345678901234567890\n", "KEN,X,2021,1." + "0".repeat(80) + "\n", "K\"EN,X,2021,1\n",
            "\"KEN,X,2021,1\n", "\"KEN\"X,X,2021,1\n"};
        for (String text : lines) {
            byte[] b = bytes(text);
            assertEquals(-1, plain(LONG, true, new int[4], new int[4]).read(b, 0, b.length, new double[1], 0), text);
        }
        byte[] empty = bytes("KEN,X,2021,\n");
        assertEquals(-1, plain(LONG, false, new int[4], new int[4]).read(empty, 0, empty.length, new double[1], 0));
        byte[] longer = bytes("KEN,X,2021,1.5\n");
        PlainRecord short10 = new PlainRecord(4, 2, new int[] {3}, true, 10, new int[4], new int[4]);
        assertEquals(-1, short10.read(longer, 0, longer.length, new double[1], 0), "a line beyond the limit");
    }

    /** Reads a line both ways; {@code true} if the one-pass reader took it. */
    private boolean agree(Layout layout, byte[] b, boolean emptyMissing) {
        int[] from = new int[layout.width()];
        int[] to = new int[layout.width()];
        PlainRecord plain = plain(layout, emptyMissing, from, to);
        double[] values = new double[layout.values().length + 1];
        int next = plain.read(b, 0, b.length, values, 1);
        if (next < 0) {
            return false;
        }
        String text = new String(b, StandardCharsets.ISO_8859_1);
        ByteLine general = new ByteLine(b, layout.width(), MAX_LINE);
        assertEquals(general.record(0, b.length), next, text);
        assertEquals(layout.width(), general.fields, text);
        assertArrayEquals(general.from, from, text);
        assertArrayEquals(general.to, to, text);
        if (layout.year() >= 0) {
            assertEquals(ByteValues.year(b, from[layout.year()], to[layout.year()]), plain.year, text);
        }
        for (int k = 0; k < layout.values().length; k++) {
            int c = layout.values()[k];
            double expected = emptyMissing && from[c] == to[c] ? Double.NaN
                    : ByteValues.value(b, from[c], to[c], options.withMissing(emptyMissing
                            ? options.missing() : Set.of("NA")));
            assertEquals(Double.doubleToRawLongBits(expected), Double.doubleToRawLongBits(values[1 + k]), text);
        }
        assertPackedAsRead(plain, b, next, values, 1, layout.values().length);
        return true;
    }

    /**
     * The packed row of a line ({@link PlainRecord#readPacked}) holds the bits of the columns with a
     * value and those values' bits, as read by {@link PlainRecord#read} into {@code values}.
     */
    private static void assertPackedAsRead(PlainRecord plain, byte[] b, int next, double[] values, int at, int count) {
        String text = new String(b, StandardCharsets.ISO_8859_1);
        assertTrue(plain.ordered, text);
        int words = ParsedRows.words(count);
        long[] data = new long[3 + words + count];
        java.util.Arrays.fill(data, -1L); // words left over from an earlier row are cleared
        assertEquals(next, plain.readPacked(b, 0, b.length, data, 3), text);
        int v = 3 + words;
        for (int k = 0; k < count; k++) {
            double expected = values[at + k];
            boolean held = (data[3 + (k >>> 6)] >>> k & 1) != 0;
            assertEquals(expected == expected, held, text + " column " + k);
            if (held) {
                assertEquals(Double.doubleToRawLongBits(expected), data[v++], text + " column " + k);
            }
        }
        assertEquals(v, plain.packedEnd, text);
    }

    /** Rows of 70 value columns (two words of bits), a value or empty at random: packed as read. */
    @Test
    void packsRowsOfMoreThanSixtyFourColumnsAsReadAndKnowsWhenColumnsAreOutOfOrder() {
        int count = 70;
        int[] columns = new int[count];
        for (int k = 0; k < count; k++) {
            columns[k] = k + 2;
        }
        Layout wide = new Layout(count + 2, -1, columns);
        Random random = new Random(7);
        for (int n = 0; n < 2_000; n++) {
            StringBuilder s = new StringBuilder("\"Kenya\",\"KEN\"");
            for (int k = 0; k < count; k++) {
                s.append(",\"").append(random.nextInt(3) == 0 ? Double.toString(random.nextDouble() * 1e6) : "")
                        .append('"');
            }
            byte[] b = bytes(s.append("\r\n").toString());
            assertTrue(agree(wide, b, true), s.toString());
        }
        assertTrue(!plain(new Layout(5, -1, new int[] {4, 2, 3}), true, new int[5], new int[5]).ordered);
    }

    private static PlainRecord plain(Layout layout, boolean emptyMissing, int[] from, int[] to) {
        return new PlainRecord(layout.width(), layout.year(), layout.values(), emptyMissing, MAX_LINE, from, to);
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /** A line of a layout made of pieces, common ones more often than odd ones, quoted at times. */
    private static byte[] line(Random random, Layout layout) {
        StringBuilder s = new StringBuilder();
        for (int f = 0; f < layout.width(); f++) {
            if (f > 0) {
                s.append(random.nextInt(20) == 0 ? ";" : ",");
            }
            StringBuilder field = new StringBuilder();
            if (random.nextBoolean()) {
                field.append(common(random, layout, f));
            } else {
                for (int k = random.nextInt(4); k >= 0; k--) {
                    field.append(PIECES[random.nextInt(PIECES.length)]);
                }
            }
            s.append(random.nextInt(3) == 0 ? "\"" + field + "\"" : field);
        }
        s.append(random.nextInt(4) == 0 ? "\r\n" : random.nextInt(8) == 0 ? "" : "\n");
        byte[] b = bytes(s.toString());
        // at times a byte that is not UTF-8
        if (random.nextInt(30) == 0 && b.length > 0) {
            b[random.nextInt(b.length)] = (byte) 0xC3;
        }
        return b;
    }

    private static String common(Random random, Layout layout, int field) {
        if (field == layout.year()) {
            return Integer.toString(1950 + random.nextInt(80));
        }
        for (int c : layout.values()) {
            if (c == field) {
                if (random.nextInt(5) == 0) {
                    return "";
                }
                double v = (random.nextDouble() - 0.3) * Math.pow(10, random.nextInt(12) - 4);
                String t = random.nextBoolean() ? Double.toString(v)
                        : String.format(random.nextBoolean() ? "%.6f" : "%.4e", v);
                return random.nextInt(10) == 0 ? "+" + t.replace("-", "") : t;
            }
        }
        return random.nextInt(10) == 0 ? "C, " + random.nextInt(50) : "C" + random.nextInt(500);
    }
}
