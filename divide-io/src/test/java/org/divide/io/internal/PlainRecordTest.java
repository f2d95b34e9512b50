package org.divide.io.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Random;
import org.divide.io.ReadOptions;
import org.junit.jupiter.api.Test;

/**
 * {@link PlainRecord}, the one-pass reading of the common line, against the general way of the same
 * line ({@link ByteLine#record} and {@link ByteValues}): whenever it takes a line, the field bounds,
 * the next line, the year and the value's bits are the general way's; and it takes the common lines.
 */
class PlainRecordTest {

    private static final int WIDTH = 4;
    private static final int YEAR = 2;
    private static final int VALUE = 3;
    private static final int MAX_LINE = 60;
    private static final String[] PIECES = {"0", "1", "7", "9", "12", "2001", "1999", "0042", ".", "-", "+", "e",
        "E", "E5", "e-3", "NA", "..", " ", "\t", ",", "\"", "\"\"", "\r", "\n", "\r\n", "é", "\u00ff", "x", "KEN",
        "IT.NET", "12345678", "123456789012", "0.1", "1e400", "99999999999999999999", "4.9e-324", ""};

    private final ReadOptions options = ReadOptions.defaults();

    @Test
    void whateverItTakesIsWhatTheGeneralWayReads() {
        Random random = new Random(20261207);
        int taken = 0;
        for (int n = 0; n < 200_000; n++) {
            byte[] b = line(random);
            taken += agree(b) ? 1 : 0;
        }
        // the generator makes mostly odd lines; some of them must still be common ones
        assertTrue(taken > 1_000, "lines taken: " + taken);
    }

    @Test
    void takesTheCommonLinesOfALongCsv() {
        String[] lines = {"KEN,IT.NET.BBND.P2,2021,1.2345678901234567\n", "E0,IND.0,1970,741564.8787718234\r\n",
            "USA,SP.POP.TOTL,2023,-0.5", "A,,1960,0\n", "ZWE,X,9999,+12\n", ",B,2000,1234567890123456789\n"};
        for (String text : lines) {
            byte[] b = text.getBytes(StandardCharsets.UTF_8);
            assertTrue(agree(b), text);
            assertTrue(plain().read(b, 0, b.length) > 0, text);
        }
    }

    @Test
    void leavesEveryOtherLineToTheGeneralWay() {
        String[] lines = {"KEN,X,2021,1e5\n", "KEN,X,2021,NA\n", "KEN,X,2021,\n", "\"KEN\",X,2021,1\n",
            "KÉN,X,2021,1\n", "KEN,X,21,1\n", "KEN,X,2021,1,\n", "KEN,X,2021\n", "KEN,X,2021,1\rX",
            "KEN,X,2021, 1\n", "KEN,X,2021,12345678901234567890\n", "KEN,X,2021,1." + "0".repeat(60) + "\n"};
        for (String text : lines) {
            byte[] b = text.getBytes(StandardCharsets.UTF_8);
            assertEquals(-1, plain().read(b, 0, b.length), text);
        }
    }

    /** Reads a line both ways; {@code true} if the one-pass reader took it. */
    private boolean agree(byte[] b) {
        int[] from = new int[WIDTH];
        int[] to = new int[WIDTH];
        PlainRecord plain = new PlainRecord(WIDTH, YEAR, VALUE, MAX_LINE, from, to);
        int next = plain.read(b, 0, b.length);
        if (next < 0) {
            return false;
        }
        String text = new String(b, StandardCharsets.ISO_8859_1);
        ByteLine general = new ByteLine(b, WIDTH, MAX_LINE);
        assertEquals(general.record(0, b.length), next, text);
        assertEquals(WIDTH, general.fields, text);
        assertArrayEquals(general.from, from, text);
        assertArrayEquals(general.to, to, text);
        assertEquals(ByteValues.year(b, from[YEAR], to[YEAR]), plain.year, text);
        assertEquals(Double.doubleToRawLongBits(ByteValues.value(b, from[VALUE], to[VALUE], options)),
                Double.doubleToRawLongBits(plain.value), text);
        return true;
    }

    private static PlainRecord plain() {
        return new PlainRecord(WIDTH, YEAR, VALUE, MAX_LINE, new int[WIDTH], new int[WIDTH]);
    }

    /** A line of four fields made of pieces, common ones more often than odd ones. */
    private static byte[] line(Random random) {
        StringBuilder s = new StringBuilder();
        for (int f = 0; f < WIDTH; f++) {
            if (f > 0) {
                s.append(random.nextInt(20) == 0 ? ";" : ",");
            }
            if (random.nextBoolean()) {
                s.append(common(random, f));
            } else {
                for (int k = random.nextInt(4); k >= 0; k--) {
                    s.append(PIECES[random.nextInt(PIECES.length)]);
                }
            }
        }
        s.append(random.nextInt(4) == 0 ? "\r\n" : random.nextInt(8) == 0 ? "" : "\n");
        byte[] b = s.toString().getBytes(StandardCharsets.UTF_8);
        // at times a byte that is not UTF-8
        if (random.nextInt(30) == 0 && b.length > 0) {
            b[random.nextInt(b.length)] = (byte) 0xC3;
        }
        return Arrays.copyOf(b, b.length);
    }

    private static String common(Random random, int field) {
        switch (field) {
            case YEAR:
                return Integer.toString(1950 + random.nextInt(80));
            case VALUE:
                double v = (random.nextDouble() - 0.3) * Math.pow(10, random.nextInt(12) - 4);
                String t = random.nextBoolean() ? Double.toString(v) : String.format("%.6f", v);
                return random.nextInt(10) == 0 ? "+" + t.replace("-", "") : t;
            default:
                return "C" + random.nextInt(500);
        }
    }
}
