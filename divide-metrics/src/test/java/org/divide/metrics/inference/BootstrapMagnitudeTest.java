package org.divide.metrics.inference;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.divide.metrics.inequality.Inequality;
import org.junit.jupiter.api.Test;

/**
 * Bootstrap intervals of statistics near the largest and the smallest normal double: a
 * scale-invariant measure gives the interval of the data at order 1, a measure in the units of the
 * data (the equally distributed equivalent) the scaled interval, with finite standard errors and
 * BCa accelerations (their squares and cubes are formed on exactly rescaled deviations).
 */
class BootstrapMagnitudeTest {

    private static final double[] X = {1, 2, 3, 5, 8, 13, 21, 0.5, 4, 6};
    private static final double[] W = {1, 2, 1, 3, 1, 1, 2, 1, 1, 2};

    private static double[] times(double[] a, double c) {
        double[] b = new double[a.length];
        for (int i = 0; i < a.length; i++) {
            b[i] = a[i] * c;
        }
        return b;
    }

    @Test
    void scaleInvariantMeasureAtAnyMagnitude() {
        Bootstrap b = Bootstrap.withDefaults().withReplicates(200).withSeed(7).withMethod(IntervalMethod.BCA);
        BootstrapInterval base = b.interval(Inequality::coefficientOfVariation, X, W);
        for (double c : new double[] {0x1p1000, 0x1p-1000, 5e306}) {
            BootstrapInterval scaled = b.interval(Inequality::coefficientOfVariation, times(X, c), times(W, c));
            assertEquals(base.estimate(), scaled.estimate(), 1e-13);
            assertEquals(base.lower(), scaled.lower(), 1e-12);
            assertEquals(base.upper(), scaled.upper(), 1e-12);
            assertEquals(base.standardError(), scaled.standardError(), 1e-12);
        }
    }

    @Test
    void unitsMeasureScalesWithTheData() {
        Bootstrap b = Bootstrap.withDefaults().withReplicates(200).withSeed(7).withMethod(IntervalMethod.BCA);
        BootstrapInterval base = b.interval((x, w) -> Inequality.equallyDistributedEquivalent(x, w, 0.5), X, W);
        double c = 0x1p1000;
        BootstrapInterval scaled = b.interval((x, w) -> Inequality.equallyDistributedEquivalent(x, w, 0.5),
                times(X, c), W);
        assertEquals(base.estimate() * c, scaled.estimate(), 1e-13 * base.estimate() * c);
        assertEquals(base.lower() * c, scaled.lower(), 1e-12 * base.lower() * c);
        assertEquals(base.upper() * c, scaled.upper(), 1e-12 * base.upper() * c);
        assertEquals(base.standardError() * c, scaled.standardError(), 1e-12 * base.standardError() * c);
        assertEquals(Jackknife.acceleration(new double[] {1, 2, 4}),
                Jackknife.acceleration(new double[] {1e300, 2e300, 4e300}), 1e-15);
        assertEquals(Jackknife.standardError(new double[] {1, 2, 4}) * 1e300,
                Jackknife.standardError(new double[] {1e300, 2e300, 4e300}), 1e285);
    }
}
