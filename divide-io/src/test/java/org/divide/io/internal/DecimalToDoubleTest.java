package org.divide.io.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.SplittableRandom;
import org.divide.io.ReadOptions;
import org.junit.jupiter.api.Test;

/**
 * {@link DecimalToDouble} gives the bits of {@link Double#parseDouble(String)}, through each of its
 * entry points: the bytes of the long CSV fast path ({@link LongChunk#number}), the text of
 * {@link Values#number(String, ReadOptions)} and the digits and exponent ({@link DecimalToDouble#toDouble}).
 */
class DecimalToDoubleTest {

    private static final ReadOptions DEFAULTS = ReadOptions.defaults();
    private static final ReadOptions COMMA = ReadOptions.defaults().withDecimalComma(true);

    /** Asserts that every entry point reads {@code text} as {@link Double#parseDouble} does. */
    private static void same(String text) {
        long expected = Double.doubleToRawLongBits(Double.parseDouble(text));
        byte[] b = ("7" + text + ",").getBytes(StandardCharsets.US_ASCII);
        assertEquals(expected, Double.doubleToRawLongBits(LongChunk.number(b, 1, 1 + text.length())), text);
        assertEquals(expected, Double.doubleToRawLongBits(DecimalToDouble.parse(text, '.')), text);
        if (Double.isFinite(Double.parseDouble(text))) {
            assertEquals(expected, Double.doubleToRawLongBits(Values.number(text, DEFAULTS)), text);
        }
    }

    /**
     * A million and more random decimals: 1 to 25 significant digits (so both sides of the 19 that
     * Eisel–Lemire takes), 0 to 2 leading zeros, a sign or none, the point anywhere or absent, and
     * an explicit exponent from -345 to 330 for three in four (the whole range of doubles,
     * subnormals, underflow and overflow included).
     */
    @Test
    void randomDecimalsAreTheDoublesOfParseDouble() {
        SplittableRandom random = new SplittableRandom(20261207);
        int[] byDigits = new int[26];
        int subnormal = 0;
        int infinite = 0;
        int zero = 0;
        for (int k = 0; k < 1_050_000; k++) {
            int length = random.nextInt(1, 26);
            StringBuilder digits = new StringBuilder("0".repeat(random.nextInt(0, 3)));
            digits.append((char) ('1' + random.nextInt(9)));
            for (int i = 1; i < length; i++) {
                digits.append((char) ('0' + random.nextInt(10)));
            }
            int sign = random.nextInt(3);
            StringBuilder s = new StringBuilder(sign == 0 ? "-" : sign == 1 ? "+" : "");
            int point = random.nextInt(0, digits.length() + 1);
            s.append(digits, 0, point);
            if (point < digits.length() || random.nextBoolean()) {
                s.append('.').append(digits, point, digits.length());
            }
            if (random.nextInt(4) != 0) {
                s.append(random.nextBoolean() ? 'e' : 'E');
                int sign2 = random.nextInt(3);
                s.append(sign2 == 0 ? "-" : sign2 == 1 ? "+" : "").append(random.nextInt(0, 346));
            }
            String text = s.toString();
            same(text);
            double v = Math.abs(Double.parseDouble(text));
            byDigits[length]++;
            subnormal += v > 0 && v < Double.MIN_NORMAL ? 1 : 0;
            infinite += Double.isInfinite(v) ? 1 : 0;
            zero += v == 0 ? 1 : 0;
        }
        assertTrue(byDigits[19] > 30_000 && byDigits[20] > 30_000 && byDigits[25] > 30_000,
                "19, 20 and 25 digits: " + byDigits[19] + ", " + byDigits[20] + ", " + byDigits[25]);
        assertTrue(subnormal > 1_000 && infinite > 10_000 && zero > 10_000,
                "subnormal " + subnormal + ", infinite " + infinite + ", zero " + zero);
    }

    /**
     * Digits and a decimal exponent straight into {@link DecimalToDouble#toDouble}: random unsigned
     * significands below 10^19 (every length from 1 to 19 digits) and exponents from -360 to 330;
     * the algorithm never answers "undecided" (Mushtak and Lemire's result).
     */
    @Test
    void digitsAndExponentAreTheDoublesOfParseDouble() {
        SplittableRandom random = new SplittableRandom(19);
        for (int k = 0; k < 500_000; k++) {
            int length = random.nextInt(1, 20);
            long w = length == 19 ? Long.parseUnsignedLong("1000000000000000000")
                    + random.nextLong(0, Long.parseUnsignedLong("8999999999999999999") / 2) * 2 + random.nextInt(2)
                    : random.nextLong(0, pow10(length));
            int q = random.nextInt(-360, 331);
            boolean negative = random.nextBoolean();
            String text = (negative ? "-" : "") + Long.toUnsignedString(w) + "e" + q;
            assertEquals(Double.doubleToRawLongBits(Double.parseDouble(text)),
                    Double.doubleToRawLongBits(DecimalToDouble.toDouble(negative, w, q)), text);
        }
        long max = Long.parseUnsignedLong("9999999999999999999");
        for (int q = -400; q <= 400; q++) {
            for (long w : new long[] {1, 9, max, max - 1, 1L << 53, (1L << 53) + 1, Long.MIN_VALUE, -1L >>> 1}) {
                if (Long.compareUnsigned(w, max) <= 0) {
                    String text = Long.toUnsignedString(w) + "e" + q;
                    assertEquals(Double.doubleToRawLongBits(Double.parseDouble(text)),
                            Double.doubleToRawLongBits(DecimalToDouble.toDouble(false, w, q)), text);
                }
            }
        }
    }

    private static long pow10(int n) {
        long p = 1;
        for (int i = 0; i < n; i++) {
            p *= 10;
        }
        return p;
    }

    /**
     * Exact midpoints between adjacent doubles (round half to even decides them), printed exactly by
     * {@link BigDecimal}, and their neighbours one unit of the last printed digit away: random
     * doubles over the whole range (midpoints of hundreds of digits, the fallback), and doubles of
     * 2^53 to 2^75 and their halves and quarters, whose midpoints have 16 to 23 digits (Eisel–Lemire's
     * ties where the exponent allows them, and both sides of 19 digits).
     */
    @Test
    void midpointsBetweenDoublesRoundToEven() {
        SplittableRandom random = new SplittableRandom(53);
        int short19 = 0;
        for (int k = 0; k < 60_000; k++) {
            double d;
            if (k % 8 == 0) {
                d = Math.abs(Double.longBitsToDouble(random.nextLong()));
                if (!Double.isFinite(d) || d == Double.MAX_VALUE) {
                    continue;
                }
            } else {
                d = Math.scalb((double) random.nextLong(1L << 52, 1L << 53), random.nextInt(-2, 23));
            }
            BigDecimal mid = new BigDecimal(d).add(new BigDecimal(Math.nextUp(d))).divide(BigDecimal.valueOf(2))
                    .stripTrailingZeros();
            BigInteger unscaled = mid.unscaledValue();
            short19 += unscaled.toString().length() <= 19 ? 1 : 0;
            same(mid.toString());
            same(unscaled + "e" + -mid.scale());
            same(unscaled.add(BigInteger.ONE) + "e" + -mid.scale());
            same(unscaled.subtract(BigInteger.ONE) + "e" + -mid.scale());
            same("-" + mid.toPlainString());
        }
        assertTrue(short19 > 10_000, "midpoints of at most 19 digits: " + short19);
    }

    /** The classic hard cases and the edges of the range. */
    @Test
    void hardCasesAndEdges() {
        for (String t : new String[] {
            "0", "-0", "+0", "0.0", "-0.0", "-0e5", "0e-999", "-0.000e+400", "00000", ".5", "5.", "-.5e1",
            "2.2250738585072011e-308", "2.2250738585072012e-308", "2.2250738585072014e-308",
            "2.225073858507201136057409796709131975934819546351645648e-308", "3.2378839133029012e-308",
            "6.631236846766476e-316", "4.9406564584124654e-324", "4.9e-324", "5e-324", "3e-324", "2e-324",
            "2.4703282292062327e-324", "2.4703282292062328e-324", "2.47032822920623272e-324", "1e-400", "-1e-400",
            "1.7976931348623157e308", "1.7976931348623158e308", "1.7976931348623159e308",
            "1.797693134862315807e308", "1.7976931348623158079e308", "1e308", "1e309", "-1e309", "1e400",
            "9007199254740993", "9007199254740992.5", "9007199254740993.0000000001", "9007199254740995",
            "18014398509481993", "1e23", "8.41e21", "5.0e22", "1e22", "9.999999999999999e22",
            "0.1", "0.2", "0.3", "0.7", "123456789012345.6", "7.3177701707893310e+15",
            "1.00000000000000011102230246251565404236316680908203125",
            "1.00000000000000011102230246251565404236316680908203124",
            "1.00000000000000011102230246251565404236316680908203126",
            "9999999999999999999", "18446744073709551615", "18446744073709551616", "10000000000000000000",
            "9223372036854775807", "9223372036854775808", "1.8446744073709551615e19", "0.0000000000000000000001",
            "1e2147483647", "1e2147483648", "1e-2147483648", "1e99999999999999999999", "1e-99999999999999999999",
            "0.00000000000000000000000000000000000000000000001e47", "100000000000000000000000e-23",
            "4.940656458412465441765687928682213723651e-324", "1.448997445238699", "3.0540412E5",
        }) {
            same(t);
        }
    }

    /** Long runs of zeros at the end of the bytes are counted without reading past them. */
    @Test
    void zerosUpToTheEndOfTheBytes() {
        for (String t : new String[] {"0".repeat(30), "0." + "0".repeat(30), "-" + "0".repeat(25) + ".", "0".repeat(20) + "1"}) {
            byte[] b = t.getBytes(StandardCharsets.US_ASCII);
            assertEquals(Double.doubleToRawLongBits(Double.parseDouble(t)),
                    Double.doubleToRawLongBits(DecimalToDouble.parse(b, 0, b.length)), t);
        }
    }

    /** The text entry point with a decimal comma reads as the point would. */
    @Test
    void aDecimalCommaReadsAsThePoint() {
        SplittableRandom random = new SplittableRandom(3);
        for (int k = 0; k < 20_000; k++) {
            String point = Double.toString(Double.longBitsToDouble(random.nextLong() >>> 1));
            if (!point.contains("Infinity") && !point.contains("NaN")) {
                assertEquals(Double.doubleToRawLongBits(Double.parseDouble(point)),
                        Double.doubleToRawLongBits(Values.number(point.replace('.', ','), COMMA)), point);
            }
        }
        assertEquals(-1234.5, Values.number(" -1234,5 ", COMMA));
    }
}
