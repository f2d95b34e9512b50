package org.divide.io.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The Schubfach shortest decimal against an independent reference: {@link BigDecimal} rounding of
 * the exact binary value to 2, 3, ... significant digits, the first length whose floor or ceiling
 * reads back as the same double (by {@link Double#parseDouble}, correctly rounded), the closer of
 * the two when both do, ties to an even last digit.
 */
class ShortestDecimalTest {

    /** Seeded random doubles of three kinds: any bit pattern, integers, decimals of 1–17 digits. */
    static double randomDouble(SplittableRandom random) {
        switch (random.nextInt(3)) {
            case 0: {
                double v;
                do {
                    v = Double.longBitsToDouble(random.nextLong());
                } while (!Double.isFinite(v) || v == 0);
                return v;
            }
            case 1: {
                long n = random.nextLong() >> random.nextInt(64);
                return n == 0 ? 1 : n;
            }
            default: {
                int digits = 1 + random.nextInt(17);
                long d = 1 + random.nextLong((long) Math.pow(10, digits) - 1);
                int e = random.nextBoolean() ? random.nextInt(61) - 30 : random.nextInt(600) - 320;
                double v = Double.parseDouble(d + "E" + e);
                return v == 0 || Double.isInfinite(v) ? 0.5 : random.nextBoolean() ? v : -v;
            }
        }
    }

    /** The reference: digits and exponent of the shortest (at least two digits) closest decimal. */
    static BigDecimal reference(double v) {
        BigDecimal x = new BigDecimal(Math.abs(v));
        for (int n = 2; n <= 17; n++) {
            if (x.precision() <= n) {
                return x.stripTrailingZeros();
            }
            BigDecimal lo = x.round(new MathContext(n, RoundingMode.FLOOR));
            BigDecimal hi = x.round(new MathContext(n, RoundingMode.CEILING));
            boolean loIn = Double.parseDouble(lo.toString()) == Math.abs(v);
            boolean hiIn = Double.parseDouble(hi.toString()) == Math.abs(v);
            if (loIn && hiIn) {
                int c = x.subtract(lo).compareTo(hi.subtract(x));
                boolean loEven = !lo.unscaledValue().testBit(0);
                return (c < 0 || c == 0 && loEven ? lo : hi).stripTrailingZeros();
            }
            if (loIn || hiIn) {
                return (loIn ? lo : hi).stripTrailingZeros();
            }
        }
        throw new AssertionError("no decimal of at most 17 digits for " + v);
    }

    private static void assertShortest(ShortestDecimal s, double v) {
        BigDecimal expected = reference(v);
        s.of(v);
        assertEquals(expected.unscaledValue().longValueExact(), s.digits(), () -> "digits of " + v);
        assertEquals(-expected.scale(), s.exponent(), () -> "exponent of " + v);
    }

    @Test
    void logarithmsAreExactFloors() {
        for (int q = -2000; q <= 2000; q++) {
            assertEquals(floorLog10(BigInteger.ONE, q), ShortestDecimal.floorLog10Pow2(q), "log10 2^" + q);
            assertEquals(floorLog10(BigInteger.valueOf(3), q - 2), ShortestDecimal.floorLog10ThreeQuartersPow2(q),
                    "log10 3/4 2^" + q);
        }
        BigInteger power = BigInteger.ONE;
        for (int k = 0; k <= 1000; k++) {
            assertEquals(power.bitLength() - 1, ShortestDecimal.floorLog2Pow10(k), "log2 10^" + k);
            if (k > 0) {
                assertEquals(-power.bitLength(), ShortestDecimal.floorLog2Pow10(-k), "log2 10^-" + k);
            }
            power = power.multiply(BigInteger.TEN);
        }
    }

    /** ⌊log₁₀ (m·2^q)⌋ for a small positive m, exactly: the number of digits of m·2^q or 10^-q·m/2^-q. */
    private static int floorLog10(BigInteger m, int q) {
        if (q >= 0) {
            return m.shiftLeft(q).toString().length() - 1;
        }
        // m / 2^n = m·5^n / 10^n: the digits of m·5^n, shifted n places
        BigInteger scaled = m.multiply(BigInteger.valueOf(5).pow(-q));
        return scaled.toString().length() - 1 + q;
    }

    @Test
    void tableOfPowersHasTheStatedPrecision() {
        for (int i = -292; i <= 324; i += 1) {
            BigInteger g = ShortestDecimal.g(i);
            assertEquals(126, g.bitLength(), "g(" + i + ")");
        }
    }

    @Test
    void knownValues() {
        ShortestDecimal s = new ShortestDecimal();
        s.of(0.1);
        assertEquals(1, s.digits());
        assertEquals(-1, s.exponent());
        s.of(Double.MIN_VALUE);
        assertEquals(49, s.digits());
        assertEquals(-325, s.exponent());
        s.of(Double.MAX_VALUE);
        assertEquals(17976931348623157L, s.digits());
        assertEquals(292, s.exponent());
        s.of(2.82879384806159E17); // JDK 17 prints 2.82879384806159008E17
        assertEquals(282879384806159L, s.digits());
        assertEquals(3, s.exponent());
        s.of(1e23);
        assertEquals(1, s.digits());
        assertEquals(23, s.exponent());
        s.of(-123.0);
        assertEquals(123, s.digits());
        assertEquals(0, s.exponent());
        assertThrows(IllegalArgumentException.class, () -> s.of(0.0));
        assertThrows(IllegalArgumentException.class, () -> s.of(Double.NaN));
        assertThrows(IllegalArgumentException.class, () -> s.of(Double.POSITIVE_INFINITY));
    }

    @Test
    void edgesOfTheRange() {
        ShortestDecimal s = new ShortestDecimal();
        for (long bits = 1; bits < 5000; bits++) {
            assertShortest(s, Double.longBitsToDouble(bits)); // the smallest subnormals
        }
        for (int e = 1; e < 2047; e++) {
            long power = (long) e << 52;
            for (long d = -3; d <= 3; d++) {
                assertShortest(s, Double.longBitsToDouble(power + d)); // around every power of two
            }
        }
        for (int k = -323; k <= 308; k++) {
            double p = Double.parseDouble("1E" + k);
            assertShortest(s, p);
            assertShortest(s, Math.nextUp(p));
            assertShortest(s, Math.nextDown(p));
        }
    }

    @Test
    void agreesWithTheReferenceOnASample() {
        SplittableRandom random = new SplittableRandom(20_201_106);
        ShortestDecimal s = new ShortestDecimal();
        for (int i = 0; i < 50_000; i++) {
            assertShortest(s, randomDouble(random));
        }
    }

    /**
     * 1.5·10⁶ seeded doubles read back bit for bit; where the text differs from
     * {@link Values#format(double)} (JDK 17's {@link Double#toString(double)}), it has fewer
     * significant digits, or as many and is closer to the exact value (JDK 17 is neither shortest
     * nor closest everywhere, JDK-4511638).
     */
    @Test
    void millionsRoundTripBitForBit() {
        SplittableRandom random = new SplittableRandom(42);
        NumberText text = new NumberText();
        byte[] buf = new byte[NumberText.MAX_LENGTH];
        int same = 0;
        for (int i = 0; i < 1_500_000; i++) {
            double v = randomDouble(random);
            int n = text.write(v, buf, 0);
            String s = new String(buf, 0, n, java.nio.charset.StandardCharsets.US_ASCII);
            double back = Double.parseDouble(s);
            if (Double.doubleToRawLongBits(back) != Double.doubleToRawLongBits(v)) {
                throw new AssertionError(s + " reads back as " + back + ", not " + v);
            }
            String today = Values.format(v);
            if (s.equals(today)) {
                same++;
            } else {
                assertEquals(v, Double.parseDouble(today));
                int ours = significantDigits(s);
                int theirs = significantDigits(today);
                BigDecimal exact = new BigDecimal(v);
                assertTrue(ours < theirs || ours == theirs && new BigDecimal(s).subtract(exact).abs()
                        .compareTo(new BigDecimal(today).subtract(exact).abs()) < 0, () -> s + " against " + today);
            }
        }
        assertTrue(same > 1_400_000, "texts as Values.format writes them: " + same);
    }

    private static int significantDigits(String text) {
        String m = text.replaceFirst("[eE].*", "").replace("-", "").replace(".", "").replaceFirst("^0+", "");
        return m.replaceFirst("0+$", "").length();
    }
}
