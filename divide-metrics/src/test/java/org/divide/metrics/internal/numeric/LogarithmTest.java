package org.divide.metrics.internal.numeric;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * {@link Logarithm#ln}: special values, the error against {@link StrictMath#log} on a large
 * seeded sample, the true error against a double-double reference, and the table.
 */
class LogarithmTest {

    /** Largest difference allowed from {@link StrictMath#log} (each is within one ulp of ln x). */
    private static final double ULPS_FROM_STRICT_MATH = 1.0;
    /** Largest error allowed against the exact logarithm (the documented bound). */
    private static final double ULPS_FROM_EXACT = 0.8;

    @Test
    void specialValuesAreThoseOfMathLog() {
        double[] special = {0.0, -0.0, -1.0, -Double.MIN_VALUE, Double.NaN, Double.NEGATIVE_INFINITY,
            Double.POSITIVE_INFINITY, 1.0, Double.MIN_VALUE, Double.MIN_NORMAL, Double.MAX_VALUE,
            Math.nextDown(Double.MIN_NORMAL)};
        for (double x : special) {
            double expected = Math.log(x);
            double actual = Logarithm.ln(x);
            if (Double.isNaN(expected) || Double.isInfinite(expected) || expected == 0) {
                assertEquals(Double.doubleToLongBits(expected), Double.doubleToLongBits(actual), "ln(" + x + ")");
            } else {
                assertWithinUlps(x, actual, StrictMath.log(x), ULPS_FROM_STRICT_MATH);
            }
        }
        assertEquals(0.0, Logarithm.ln(1.0));
        assertEquals(Double.doubleToLongBits(0.0), Double.doubleToLongBits(Logarithm.ln(1.0)), "ln 1 = +0");
    }

    @Test
    void withinOneUlpOfStrictMathOnAllBinades() {
        SplittableRandom rng = new SplittableRandom(20261129);
        for (int i = 0; i < 6_000_000; i++) {
            double x = Double.longBitsToDouble(rng.nextLong(1, 0x7FF0000000000000L));
            assertWithinUlps(x, Logarithm.ln(x), StrictMath.log(x), ULPS_FROM_STRICT_MATH);
            double near = 1 + (rng.nextDouble() - 0.5) * 0x1p-5 * Math.scalb(1.0, -rng.nextInt(40));
            assertWithinUlps(near, Logarithm.ln(near), StrictMath.log(near), ULPS_FROM_STRICT_MATH);
            double lognormal = Math.exp(3 * rng.nextGaussian());
            assertWithinUlps(lognormal, Logarithm.ln(lognormal), StrictMath.log(lognormal), ULPS_FROM_STRICT_MATH);
        }
    }

    @Test
    void powersOfTwoSubnormalsAndNeighboursOfOne() {
        for (int k = -1074; k <= 1023; k++) {
            double x = Math.scalb(1.0, k);
            for (double y : new double[] {x, Math.nextUp(x), Math.nextDown(x), 3 * x, x * 1.41421356, x * 0.70703125}) {
                if (y > 0 && y < Double.POSITIVE_INFINITY) {
                    assertWithinUlps(y, Logarithm.ln(y), StrictMath.log(y), ULPS_FROM_STRICT_MATH);
                }
            }
        }
        double up = 1;
        double down = 1;
        for (int i = 0; i < 100_000; i++) {
            up = Math.nextUp(up);
            down = Math.nextDown(down);
            assertWithinUlps(up, Logarithm.ln(up), StrictMath.log(up), ULPS_FROM_STRICT_MATH);
            assertWithinUlps(down, Logarithm.ln(down), StrictMath.log(down), ULPS_FROM_STRICT_MATH);
        }
        SplittableRandom rng = new SplittableRandom(7);
        for (int i = 0; i < 100_000; i++) {
            double subnormal = Double.longBitsToDouble(rng.nextLong(1, 0x0010000000000000L));
            assertWithinUlps(subnormal, Logarithm.ln(subnormal), StrictMath.log(subnormal), ULPS_FROM_STRICT_MATH);
        }
    }

    @Test
    void trueErrorBelowTheDocumentedBound() {
        SplittableRandom rng = new SplittableRandom(42);
        double worst = 0;
        for (int i = 0; i < 60_000; i++) {
            double x = switch (i % 4) {
                case 0 -> Double.longBitsToDouble(rng.nextLong(1, 0x7FF0000000000000L));
                case 1 -> 1 + (rng.nextDouble() - 0.5) * 0x1p-6;
                case 2 -> 1 + (rng.nextDouble() - 0.5) * 0x1p-2;
                default -> Math.exp(rng.nextGaussian());
            };
            DoubleDouble exact = DoubleDouble.of(x).log();
            double error = Math.abs(DoubleDouble.of(Logarithm.ln(x)).subtract(exact).doubleValue())
                    / Math.ulp(exact.doubleValue());
            worst = Math.max(worst, error);
        }
        assertTrue(worst <= ULPS_FROM_EXACT, "largest error " + worst + " ulp");
    }

    @Test
    void tableRowsAreTheReciprocalsAndTheirLogarithms() {
        double[] t = Logarithm.TABLE;
        assertEquals(3 * 256, t.length);
        for (int j = 0; j < 256; j++) {
            double lower = Double.longBitsToDouble(0x3FE6A00000000000L + ((long) j << 44));
            double upper = Double.longBitsToDouble(0x3FE6A00000000000L + ((long) (j + 1) << 44));
            double c = t[3 * j];
            if (j == 149 || j == 150) {
                assertEquals(1.0, c, "c = 1 next to 1");
            }
            assertTrue(Math.abs(Math.fma(lower, c, -1)) < 0x1p-8 && Math.abs(Math.fma(upper, c, -1)) <= 0x1p-8,
                    "row " + j + ": |m c - 1| <= 2^-8 on [" + lower + ", " + upper + ")");
            assertEquals(c, (double) (float) c, "row " + j + ": c has 24 bits");
            double hi = t[3 * j + 1];
            assertEquals(hi, Math.rint(hi * 0x1p43) * 0x1p-43, "row " + j + ": hi is a multiple of 2^-43");
            DoubleDouble exact = DoubleDouble.of(c).log().negate();
            double difference = new DoubleDouble(hi, t[3 * j + 2]).subtract(exact).doubleValue();
            assertTrue(Math.abs(difference) <= 0x1p-96, "row " + j + ": hi + lo = -ln c, off by " + difference);
        }
    }

    private static void assertWithinUlps(double x, double actual, double expected, double ulps) {
        double error = Math.abs(actual - expected) / Math.ulp(expected);
        if (!(error <= ulps)) {
            throw new AssertionError("ln(" + x + ") = " + actual + ", StrictMath: " + expected + " (" + error + " ulp)");
        }
    }
}
