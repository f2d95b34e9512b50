package org.divide.metrics.inequality;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.divide.metrics.internal.numeric.DoubleDouble;
import org.junit.jupiter.api.Test;

/**
 * Theil T, MLD and Atkinson(1) against references computed entirely in double-double arithmetic
 * (about 106 bits, with a series logarithm independent of the library's), on seeded lognormal
 * data and on nearly equal data where the index is small (down to about 10⁻¹⁰). Array, single
 * accumulator and combined accumulators are all checked.
 */
class EntropyAccuracyTest {

    /** Relative tolerance against the double-double reference. */
    private static final double RELATIVE = 1e-14;
    /**
     * Additional absolute tolerance of the streaming accumulators, per unit of (max − min)/mean:
     * they scale by their first value rather than by the mean, so their final correction
     * terms (and the rescaling when partial accumulators are combined) carry an absolute error
     * of about one rounding of the relative spread of the data.
     */
    private static final double STREAMING_PER_SPREAD = 1e-15;

    /** The reference indices of one data set. */
    private record Reference(double theilT, double mld) {
    }

    /**
     * T = Σ w r ln r / W and MLD = −Σ w ln r / W with r = x/μ, everything in double-double.
     */
    private static Reference reference(double[] x, double[] w) {
        DoubleDouble total = DoubleDouble.ZERO;
        DoubleDouble weight = DoubleDouble.ZERO;
        for (int i = 0; i < x.length; i++) {
            DoubleDouble wi = DoubleDouble.of(w == null ? 1 : w[i]);
            weight = weight.add(wi);
            total = total.add(wi.multiply(DoubleDouble.of(x[i])));
        }
        DoubleDouble mean = total.divide(weight);
        DoubleDouble t = DoubleDouble.ZERO;
        DoubleDouble mld = DoubleDouble.ZERO;
        for (int i = 0; i < x.length; i++) {
            DoubleDouble wi = DoubleDouble.of(w == null ? 1 : w[i]);
            DoubleDouble r = DoubleDouble.of(x[i]).divide(mean);
            DoubleDouble lnR = r.log();
            t = t.add(wi.multiply(r).multiply(lnR));
            mld = mld.subtract(wi.multiply(lnR));
        }
        return new Reference(t.divide(weight).doubleValue(), mld.divide(weight).doubleValue());
    }

    private static double[] nearlyEqual(long seed, int n, double spread) {
        SplittableRandom rng = new SplittableRandom(seed);
        double[] x = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = 1000 * (1 + spread * (rng.nextDouble() - 0.5));
        }
        return x;
    }

    private static void check(double[] x, double[] w, String data) {
        Reference ref = reference(x, w);
        double min = Double.POSITIVE_INFINITY;
        double max = 0;
        double sum = 0;
        for (double v : x) {
            min = Math.min(min, v);
            max = Math.max(max, v);
            sum += v;
        }
        double streaming = STREAMING_PER_SPREAD * (max - min) / (sum / x.length);
        InequalityOptions serial = InequalityOptions.withDefaults().withParallel(false);
        assertRelative(ref.theilT(), w == null ? Inequality.theilT(x) : Inequality.theilT(x, w), data + ", Theil T");
        assertRelative(ref.theilT(), Measure.theilT().withOptions(serial).compute(x, w), data + ", Theil T, one thread");
        assertRelative(ref.mld(), w == null ? Inequality.theilL(x) : Inequality.theilL(x, w), data + ", MLD");
        assertRelative(-Math.expm1(-ref.mld()), Measure.atkinson(1).compute(x, w), data + ", Atkinson(1)");
        GeneralizedEntropyAccumulator t = GeneralizedEntropyAccumulator.theilT();
        GeneralizedEntropyAccumulator l = GeneralizedEntropyAccumulator.meanLogDeviation();
        GeneralizedEntropyAccumulator tParts = GeneralizedEntropyAccumulator.theilT();
        GeneralizedEntropyAccumulator lParts = GeneralizedEntropyAccumulator.meanLogDeviation();
        int parts = 5;
        for (int k = 0; k < parts; k++) {
            GeneralizedEntropyAccumulator tk = GeneralizedEntropyAccumulator.theilT();
            GeneralizedEntropyAccumulator lk = GeneralizedEntropyAccumulator.meanLogDeviation();
            for (int i = k * x.length / parts; i < (k + 1) * x.length / parts; i++) {
                double wi = w == null ? 1 : w[i];
                t.accept(x[i], wi);
                l.accept(x[i], wi);
                tk.accept(x[i], wi);
                lk.accept(x[i], wi);
            }
            tParts.combine(tk);
            lParts.combine(lk);
        }
        assertRelative(ref.theilT(), t.getAsDouble(), data + ", Theil T accumulator", streaming);
        assertRelative(ref.mld(), l.getAsDouble(), data + ", MLD accumulator", streaming);
        assertRelative(ref.theilT(), tParts.getAsDouble(), data + ", Theil T, five accumulators combined", streaming);
        assertRelative(ref.mld(), lParts.getAsDouble(), data + ", MLD, five accumulators combined", streaming);
    }

    private static void assertRelative(double expected, double actual, String message) {
        assertRelative(expected, actual, message, 0);
    }

    private static void assertRelative(double expected, double actual, String message, double absolute) {
        double error = Math.abs(actual - expected) / Math.abs(expected);
        assertTrue(Math.abs(actual - expected) <= RELATIVE * Math.abs(expected) + absolute, message + ": expected " + expected + ", got " + actual + " (relative error "
                + error + ")");
    }

    @Test
    void lognormalData() {
        for (long seed = 1; seed <= 3; seed++) {
            int n = seed == 3 ? 300_000 : 20_000;
            double[] x = TestData.lognormal(seed, n);
            check(x, null, "lognormal, n = " + n);
            check(x, TestData.weights(seed, n), "lognormal, weighted, n = " + n);
        }
    }

    @Test
    void heavyTailWithZeros() {
        SplittableRandom rng = new SplittableRandom(11);
        double[] x = new double[50_000];
        for (int i = 0; i < x.length; i++) {
            x[i] = rng.nextInt(10) == 0 ? 1e-9 * rng.nextDouble() : Math.exp(2.5 * rng.nextGaussian());
        }
        check(x, null, "lognormal(0, 2.5) with tiny values");
    }

    @Test
    void nearlyEqualData() {
        double[] spreads = {1e-1, 1e-2, 1e-3};
        for (int k = 0; k < spreads.length; k++) {
            double[] x = nearlyEqual(100 + k, 200_000, spreads[k]);
            check(x, null, "1000(1 + " + spreads[k] + " U(-1/2, 1/2))");
            check(x, TestData.weights(100 + k, x.length), "1000(1 + " + spreads[k] + " U(-1/2, 1/2)), weighted");
        }
    }

    /**
     * With a relative spread s of 10⁻⁴ (T ≈ 4·10⁻¹⁰) each term carries the rounding of its
     * logarithm, about 2⁻⁵³·s against a term of about s²/2, so the index is accurate to about
     * 2⁻⁵²/(s·√n) ≈ 10⁻¹⁴ relative and no better; the old Σ u ln u − ln m form was accurate
     * only to about an absolute 10⁻¹⁷, 6·10⁻⁹ relative here (5·10⁻¹⁰ at s = 10⁻³, where the new form
     * is within 2·10⁻¹⁵).
     */
    @Test
    void veryNearlyEqualData() {
        double[] x = nearlyEqual(104, 200_000, 1e-4);
        double[] w = TestData.weights(104, x.length);
        Reference ref = reference(x, w);
        assertRelative(ref.theilT(), Inequality.theilT(x, w), "Theil T", 2e-14 * ref.theilT());
        assertRelative(ref.mld(), Inequality.theilL(x, w), "MLD", 2e-14 * ref.mld());
        ref = reference(x, null);
        assertRelative(ref.theilT(), Inequality.theilT(x), "Theil T", 2e-14 * ref.theilT());
        assertRelative(ref.mld(), Inequality.theilL(x), "MLD", 2e-14 * ref.mld());
    }

    /**
     * Data that need a decision by the policies (a {@code NaN} to skip, a negative value to
     * drop, a zero) leave the one-pass path for the validating one; both agree with the
     * reference of the kept values, and the counts are those of the policies.
     */
    @Test
    void validatingPathAgreesWithOnePass() {
        int n = 150_000;
        double[] x = TestData.lognormal(21, n);
        double[] w = TestData.weights(21, n);
        Reference ref = reference(x, w);
        double[] withNaN = java.util.Arrays.copyOf(x, n + 1);
        withNaN[n] = Double.NaN;
        double[] withNegative = java.util.Arrays.copyOf(x, n + 1);
        withNegative[n] = -1;
        double[] w1 = java.util.Arrays.copyOf(w, n + 1);
        w1[n] = 2;
        InequalityOptions skip = InequalityOptions.withDefaults().withNaNPolicy(NaNPolicy.SKIP);
        InequalityOptions drop = InequalityOptions.withDefaults().withNonPositivePolicy(NonPositivePolicy.DROP);
        for (Measure m : new Measure[] {Measure.theilT(), Measure.theilL(), Measure.atkinson(1)}) {
            double expected = m.name().equals("Theil T") ? ref.theilT()
                    : m.name().equals("MLD") ? ref.mld() : -Math.expm1(-ref.mld());
            assertRelative(expected, m.compute(x, w), m.name() + ", one pass");
            Estimate skipped = m.withOptions(skip).evaluate(withNaN, w1);
            assertRelative(expected, skipped.value(), m.name() + ", NaN skipped");
            assertTrue(skipped.skippedNaN() == 1 && skipped.observations() == n, "counts " + skipped);
            Estimate dropped = m.withOptions(drop).evaluate(withNegative, w1);
            assertRelative(expected, dropped.value(), m.name() + ", negative dropped");
            assertTrue(dropped.droppedNonPositive() == 1 && dropped.observations() == n, "counts " + dropped);
        }
        double[] withZero = java.util.Arrays.copyOf(x, n + 1);
        Reference zeroRef = reference(java.util.Arrays.copyOf(x, n), null);
        assertRelative(zeroRef.theilT() + Math.log1p(1.0 / n), Inequality.theilT(withZero), "Theil T with a zero (kept)");
    }

    /**
     * One huge value that the pilot mean misses: x/c overflows in the one-pass path, which must
     * then give way to the validating path (scaled by the exact mean) instead of returning a
     * non-finite index.
     */
    @Test
    void quotientOverflowFallsBackToTheValidatingPath() {
        int n = 100_000;
        double[] x = new double[n];
        java.util.Arrays.fill(x, 1e-10);
        x[n - 1] = 1e300;
        Reference ref = reference(x, null);
        assertRelative(ref.theilT(), Inequality.theilT(x), "Theil T");
        assertRelative(ref.mld(), Inequality.theilL(x), "MLD");
    }
}
