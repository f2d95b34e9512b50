package org.divide.metrics.inference;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import org.divide.metrics.concentration.Quantiles;
import org.divide.metrics.internal.numeric.SortedQuantiles;
import org.junit.jupiter.api.Test;

/**
 * Interval formulas on fixed replicates against an independent computation with SciPy 1.17 /
 * numpy 2.4 ({@code norm.ppf}, {@code norm.cdf}, {@code np.quantile(method="linear")}).
 */
class IntervalsTest {

    /** Replicates r_b = ((7b) mod 25)^1.5 / 10, b = 0 … 24, as in the Python script. */
    private static double[] sortedReplicates() {
        double[] r = new double[25];
        for (int b = 0; b < 25; b++) {
            r[b] = Math.pow((b * 7) % 25, 1.5) / 10;
        }
        Arrays.sort(r);
        return r;
    }

    @Test
    void bcaMatchesScipy() {
        Intervals.Result r = Intervals.bca(sortedReplicates(), 3.0, 0.05, 0.9);
        assertEquals(IntervalMethod.BCA, r.method);
        assertEquals(-0.2533471031357997, r.z0, 1e-13);
        assertEquals(0.05630605355752934, r.lower, 1e-12);
        assertEquals(9.92255054123284, r.upper, 1e-12);
    }

    @Test
    void percentileMatchesNumpy() {
        Intervals.Result r = Intervals.percentile(sortedReplicates(), 0.9);
        assertEquals(0.13656854249492384, r.lower, 1e-15);
        assertEquals(10.888112937217711, r.upper, 1e-14);
    }

    @Test
    void type7IsQuantilesType7() {
        double[] r = sortedReplicates();
        for (double p = 0; p <= 1; p += 0.01) {
            assertEquals(Quantiles.quantile(r, p), SortedQuantiles.type7(r, p), 0);
        }
    }

    @Test
    void normalFunctionsMatchScipy() {
        double[][] cases = {{0.001, -3.090232306167813}, {0.025, -1.9599639845400545},
            {0.3, -0.5244005127080409}, {0.5, 0.0}, {0.9, 1.2815515655446004}, {0.975, 1.959963984540054}};
        for (double[] c : cases) {
            assertEquals(c[1], Intervals.normalQuantile(c[0]), 1e-13 * Math.max(1, Math.abs(c[1])));
        }
        assertEquals(0.0003378477693927347, Intervals.normalCdf(-3.090232306167813 * 1.1), 1e-17);
        assertEquals(0.9844566206122572, Intervals.normalCdf(1.959963984540054 * 1.1), 1e-15);
        assertEquals(Double.NEGATIVE_INFINITY, Intervals.normalQuantile(0));
    }

    @Test
    void bcaFallsBackWhenEveryReplicateIsOnOneSide() {
        Intervals.Result r = Intervals.bca(sortedReplicates(), 100, 0.0, 0.9);
        assertEquals(IntervalMethod.PERCENTILE, r.method);
        assertEquals(Double.POSITIVE_INFINITY, r.z0);
        assertEquals(0.13656854249492384, r.lower, 1e-15);
        // 1 - a (z0 + z) <= 0
        assertEquals(IntervalMethod.PERCENTILE, Intervals.bca(sortedReplicates(), 3.0, 1.0, 0.9).method);
    }
}
