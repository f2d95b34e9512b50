package org.divide.metrics.concentration;

import static org.divide.metrics.concentration.ConcentrationTest.assertMessage;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;
import org.apache.commons.math3.stat.descriptive.rank.Percentile;
import org.apache.commons.math3.stat.descriptive.rank.Percentile.EstimationType;
import org.junit.jupiter.api.Test;

/**
 * Quantiles against R's documented values, numpy 2.4 ({@code np.quantile(x, p, method=...,
 * weights=...)}), commons-math3's R_7 estimator and exact rational evaluation of the weighted type 7
 * formula (Python {@code fractions}).
 */
class QuantilesTest {

    private static final double[] X = {3.2, 1.5, 7.7, 0.4, 2.2, 9.1, 5.5, 4.4, 6.0, 0.9, 8.3};
    private static final double[] W = {1.0, 2.5, 0.5, 3.0, 1.0, 0.2, 4.0, 1.5, 2.0, 0.7, 1.1};
    private static final double[] P = {0, 0.1, 0.25, 0.5, 0.9, 0.95, 1};

    @Test
    void type7MatchesR() {
        // R 4.x: quantile(1:10, c(.1, .9)) = 1.9, 9.1; quantile(c(1, 2, 3, 4), .1) = 1.3
        double[] oneToTen = {10, 9, 8, 7, 6, 5, 4, 3, 2, 1};
        assertEquals(1.9, Quantiles.quantile(oneToTen, 0.1), 0);
        assertEquals(9.1, Quantiles.quantile(oneToTen, 0.9), 0);
        assertEquals(1.3, Quantiles.quantile(new double[] {4, 3, 2, 1}, 0.1), 1e-16);
        assertEquals(5.0, Quantiles.quantile(new double[] {5}, 0.3), 0);
        // numpy method="linear" (= type 7)
        assertArrayEquals(new double[] {0.4, 0.9, 1.85, 4.4, 8.3, 8.7, 9.1},
                Quantiles.quantiles(X, null, P, QuantileDefinition.TYPE_7), 1e-15);
    }

    @Test
    void type7AgreesWithCommonsMath() {
        SplittableRandom rng = new SplittableRandom(3);
        Percentile r7 = new Percentile().withEstimationType(EstimationType.R_7);
        for (int rep = 0; rep < 100; rep++) {
            double[] x = rng.doubles(1 + rng.nextInt(50), -5, 5).toArray();
            double p = rng.nextDouble();
            double q = Quantiles.quantile(x, p);
            assertEquals(r7.evaluate(x, 100 * p), q, 1e-14 * Math.max(1, Math.abs(q)));
        }
    }

    @Test
    void invertedCdfMatchesNumpy() {
        assertArrayEquals(new double[] {0.4, 0.9, 1.5, 4.4, 8.3, 9.1, 9.1},
                Quantiles.quantiles(X, null, P, QuantileDefinition.INVERTED_CDF), 0);
        assertArrayEquals(new double[] {0.4, 0.4, 1.5, 4.4, 7.7, 8.3, 9.1},
                Quantiles.quantiles(X, W, P, QuantileDefinition.INVERTED_CDF), 0);
    }

    @Test
    void weightedType7MatchesExactRationalEvaluation() {
        double[] expected = {0.4, 0.6328898529766209, 1.5, 4.187611472644011, 6.188185104844541,
            6.885818269462521, 7.687153530971319};
        assertArrayEquals(expected, Quantiles.quantiles(X, W, P, QuantileDefinition.TYPE_7), 1e-14);
        // by hand: x = 1, 2, 3, w = 1, 1, 2: n* = 8/3, window [5/16, 11/16] -> 0.5*2 + 0.5*3
        assertEquals(2.5, Quantiles.quantile(new double[] {1, 2, 3}, new double[] {1, 1, 2}, 0.5), 1e-15);
        // Akinshin's example: weights 1, 0, 1, 0 -> the median is the mean of x1 and x3
        assertEquals(2.0, Quantiles.quantile(new double[] {1, 2, 3, 4}, new double[] {1, 0, 1, 0}, 0.5), 0);
    }

    @Test
    void equalWeightsGiveTheUnweightedQuantileExactly() {
        SplittableRandom rng = new SplittableRandom(4);
        for (int rep = 0; rep < 50; rep++) {
            int n = 1 + rng.nextInt(30);
            double[] x = rng.doubles(n).toArray();
            double[] w = new double[n];
            java.util.Arrays.fill(w, 0.37);
            for (QuantileDefinition d : QuantileDefinition.values()) {
                double p = rng.nextDouble();
                assertEquals(Quantiles.quantile(x, null, p, d), Quantiles.quantile(x, w, p, d), 0);
            }
        }
    }

    @Test
    void weightedQuantilesInvariantToWeightScaleAndOrder() {
        SplittableRandom rng = new SplittableRandom(5);
        for (int rep = 0; rep < 50; rep++) {
            int n = 2 + rng.nextInt(30);
            double[] x = rng.doubles(n, 0, 100).toArray();
            double[] w = rng.doubles(n, 0, 3).toArray();
            double[] w2 = w.clone();
            for (int i = 0; i < n; i++) {
                w2[i] *= 1000;
            }
            int[] perm = permutation(rng, n);
            double[] xp = new double[n];
            double[] wp = new double[n];
            for (int i = 0; i < n; i++) {
                xp[i] = x[perm[i]];
                wp[i] = w[perm[i]];
            }
            for (QuantileDefinition d : QuantileDefinition.values()) {
                double p = rng.nextDouble();
                double q = Quantiles.quantile(x, w, p, d);
                assertEquals(q, Quantiles.quantile(x, w2, p, d), 1e-12 * Math.max(1, q));
                assertEquals(q, Quantiles.quantile(xp, wp, p, d), 1e-12 * Math.max(1, q));
            }
        }
    }

    @Test
    void badInput() {
        assertMessage("x is empty", () -> Quantiles.quantile(new double[0], 0.5));
        assertMessage("x[1] is NaN", () -> Quantiles.quantile(new double[] {1, Double.NaN}, 0.5));
        assertMessage("probs[0] must be in [0, 1]: 1.5", () -> Quantiles.quantile(new double[] {1}, 1.5));
        assertMessage("weights has length 1 but x has length 2",
                () -> Quantiles.quantile(new double[] {1, 2}, new double[] {1}, 0.5));
        assertMessage("weights[1] is negative: -2.0",
                () -> Quantiles.quantile(new double[] {1, 2}, new double[] {1, -2}, 0.5));
        assertMessage("weights sums to zero: there is no total to share",
                () -> Quantiles.quantile(new double[] {1, 2}, new double[] {0, 0}, 0.5));
        assertMessage("definition is null", () -> Quantiles.quantile(new double[] {1}, null, 0.5, null));
    }

    static int[] permutation(SplittableRandom rng, int n) {
        int[] p = new int[n];
        for (int i = 0; i < n; i++) {
            p[i] = i;
        }
        for (int i = n - 1; i > 0; i--) {
            int j = rng.nextInt(i + 1);
            int t = p[i];
            p[i] = p[j];
            p[j] = t;
        }
        return p;
    }
}
