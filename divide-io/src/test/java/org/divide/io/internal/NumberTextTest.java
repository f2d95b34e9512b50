package org.divide.io.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** The text of numbers: the conventions of {@link Values#format(double)}, byte for byte. */
class NumberTextTest {

    private final NumberText text = new NumberText();

    @ParameterizedTest
    @CsvSource(delimiter = ' ', value = {
        "0.0 0", "-0.0 -0", "Infinity Infinity", "-Infinity -Infinity", "42 42", "-7 -7", "1e15 1000000000000000", "999999999999999 999999999999999",
        "0.5 0.5", "-0.125 -0.125", "0.001 0.001", "0.00125 0.00125", "1e-5 0.000010", "-3e-7 -0.00000030",
        "1.5e-5 0.000015", "1.2345e-7 0.00000012345", "1e-8 1.0E-8", "-1.5e-8 -1.5E-8", "12345678.5 12345678.5",
        "9999999.5 9999999.5", "1.2345678901234567e20 123456789012345670000", "1e20 100000000000000000000",
        "1e21 1.0E21", "-1.2345e22 -1.2345E22", "1.7976931348623157e308 1.7976931348623157E308",
        "4.9e-324 4.9E-324", "2.2250738585072014E-308 2.2250738585072014E-308", "0.1 0.1",
        "444264.70082635805 444264.70082635805", "0.3333333333333333 0.3333333333333333"})
    void writesValuesFormatConventions(double value, String expected) {
        assertEquals(expected, text.format(value));
        assertEquals(Values.format(value), text.format(value));
    }

    /**
     * Below 10¹⁶ in magnitude JDK 17's {@link Double#toString(double)} digits are the shortest and
     * closest on every value sampled, so the text is {@link Values#format(double)}'s exactly: any
     * bit pattern, and decimals of 1–17 significant digits.
     */
    @Test
    void sameTextAsValuesFormatBelowTenToTheSixteen() {
        SplittableRandom random = new SplittableRandom(16);
        for (int i = 0; i < 1_000_000; i++) {
            double v;
            if (i % 2 == 0) {
                do {
                    v = Double.longBitsToDouble(random.nextLong());
                } while (!Double.isFinite(v) || Math.abs(v) >= 1e16);
            } else {
                v = (random.nextDouble() - 0.5) * Math.pow(10, random.nextInt(46) - 30);
            }
            String expected = Values.format(v);
            String actual = text.format(v);
            if (!expected.equals(actual)) {
                throw new AssertionError(v + ": " + actual + ", Values.format " + expected);
            }
        }
    }

    @Test
    void writesNothingForNaN() {
        byte[] buf = new byte[NumberText.MAX_LENGTH];
        assertEquals(3, text.write(Double.NaN, buf, 3));
        assertEquals("", text.format(Double.NaN));
    }

    @Test
    void writesAtAnOffsetWithinTheStatedLength() {
        byte[] buf = new byte[5 + NumberText.MAX_LENGTH];
        int end = text.write(-1.2345e-5, buf, 5);
        assertEquals("-0.000012345", new String(buf, 5, end - 5, StandardCharsets.US_ASCII));
        assertEquals(0, buf[4]);
    }

    @Test
    void eightDigitsInParallelLanes() {
        SplittableRandom random = new SplittableRandom(8);
        byte[] b = new byte[8];
        for (int i = 0; i < 1_000_000; i++) {
            int x = i % 2 == 0 ? i * 100 + i % 100 : random.nextInt(100_000_000);
            ByteBuffer.wrap(b).order(ByteOrder.LITTLE_ENDIAN).putLong(0, NumberText.eightDigits(x));
            String digits = Integer.toString(x);
            String expected = "00000000".substring(digits.length()) + digits;
            if (!expected.equals(new String(b, StandardCharsets.US_ASCII))) {
                throw new AssertionError(x + " gave " + new String(b, StandardCharsets.US_ASCII));
            }
        }
        assertEquals("99999999", asText(NumberText.eightDigits(99_999_999)));
        assertEquals("00000000", asText(NumberText.eightDigits(0)));
    }

    private static String asText(long lanes) {
        byte[] b = new byte[8];
        ByteBuffer.wrap(b).order(ByteOrder.LITTLE_ENDIAN).putLong(0, lanes);
        return new String(b, StandardCharsets.US_ASCII);
    }
}
