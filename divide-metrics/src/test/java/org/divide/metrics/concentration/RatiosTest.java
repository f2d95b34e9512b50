package org.divide.metrics.concentration;

import static org.divide.metrics.concentration.ConcentrationTest.assertMessage;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Quantile and mean ratios: hand-worked values, frequency expansion, invariances, bad input. */
class RatiosTest {

    private static final double[] ONE_TO_TEN = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10};

    @Test
    void p90p10ByHand() {
        // R: quantile(1:10, c(.9, .1)) = 9.1, 1.9
        assertEquals(9.1 / 1.9, Ratios.p90p10(ONE_TO_TEN), 1e-15);
        assertEquals(9.1 / 1.9, Ratios.p90p10(ONE_TO_TEN, null), 1e-15);
        // R: quantile(1:10, c(.9, .1), type = 1) = 9, 1
        assertEquals(9.0, Ratios.quantileRatio(ONE_TO_TEN, null, 0.9, 0.1,
                QuantileDefinition.INVERTED_CDF), 0);
    }

    @Test
    void meanRatiosByHand() {
        // top quintile {9, 10} mean 9.5 over bottom {1, 2} mean 1.5 (= convey's S80/S20 of 1:10)
        assertEquals(9.5 / 1.5, Ratios.quintileMeanRatio(ONE_TO_TEN), 1e-15);
        // top 10% {10} over bottom 40% {1..4}: 10 / 2.5 = 4 x Palma (Palma of 1:10 is 1)
        assertEquals(4.0, Ratios.meanRatio(ONE_TO_TEN, null, 0.1, 0.4), 1e-15);
        // one unit straddles the bottom quintile: x = 1, 10 with weights 0.5, 4.5; the bottom 20%
        // (weight 1) is 0.5 at 1 and 0.5 at 10, mean 5.5; the top 20% is all at 10
        assertEquals(10 / 5.5, Ratios.quintileMeanRatio(new double[] {10, 1}, new double[] {4.5, 0.5}), 1e-15);
        assertEquals(10.0, Ratios.quintileMeanRatio(new double[] {1, 10}, new double[] {1, 4}), 1e-15);
        // top = bottom = everything
        assertEquals(1.0, Ratios.meanRatio(ONE_TO_TEN, null, 1, 1), 1e-15);
    }

    @Test
    void degenerateValues() {
        assertEquals(Double.POSITIVE_INFINITY, Ratios.quintileMeanRatio(new double[] {0, 0, 0, 1, 2}));
        assertTrue(Double.isNaN(Ratios.quintileMeanRatio(new double[] {0, 0, 0})));
        assertEquals(Double.POSITIVE_INFINITY, Ratios.p90p10(new double[] {0, 0, 0, 1, 2}));
        assertTrue(Double.isNaN(Ratios.p90p10(new double[] {0, 0})));
        assertEquals(1.0, Ratios.quintileMeanRatio(new double[] {4, 4, 4}), 0);
    }

    @Test
    void integerWeightsEqualFrequencyExpansion() {
        SplittableRandom rng = new SplittableRandom(21);
        for (int rep = 0; rep < 100; rep++) {
            int n = 1 + rng.nextInt(20);
            double[] x = new double[n];
            double[] w = new double[n];
            int total = 0;
            for (int i = 0; i < n; i++) {
                x[i] = Math.exp(rng.nextGaussian());
                w[i] = 1 + rng.nextInt(6);
                total += (int) w[i];
            }
            double[] expanded = new double[total];
            for (int i = 0, k = 0; i < n; i++) {
                for (int c = 0; c < w[i]; c++) {
                    expanded[k++] = x[i];
                }
            }
            double top = 0.05 + 0.5 * rng.nextDouble();
            double bottom = 0.05 + 0.5 * rng.nextDouble();
            double expected = Ratios.meanRatio(expanded, null, top, bottom);
            assertEquals(expected, Ratios.meanRatio(x, w, top, bottom), 1e-12 * expected);
        }
    }

    @Test
    void invariantToScaleOrderAndWeightScale() {
        SplittableRandom rng = new SplittableRandom(22);
        for (int rep = 0; rep < 50; rep++) {
            int n = 2 + rng.nextInt(30);
            double[] x = rng.doubles(n, 0.1, 100).toArray();
            double[] w = rng.doubles(n, 0.1, 5).toArray();
            double[] x2 = x.clone();
            double[] w2 = w.clone();
            for (int i = 0; i < n; i++) {
                x2[i] *= 7.5;
                w2[i] *= 1e6;
            }
            int[] perm = QuantilesTest.permutation(rng, n);
            double[] xp = new double[n];
            double[] wp = new double[n];
            for (int i = 0; i < n; i++) {
                xp[i] = x[perm[i]];
                wp[i] = w[perm[i]];
            }
            double m = Ratios.quintileMeanRatio(x, w);
            assertTrue(m >= 1, "top mean below bottom mean: " + m);
            assertEquals(m, Ratios.quintileMeanRatio(x2, w2), 1e-12 * m);
            assertEquals(m, Ratios.quintileMeanRatio(xp, wp), 1e-12 * m);
            double r = Ratios.p90p10(x, w);
            assertTrue(r >= 1);
            assertEquals(r, Ratios.p90p10(x2, w2), 1e-12 * r);
            assertEquals(r, Ratios.p90p10(xp, wp), 1e-12 * r);
        }
    }

    @Test
    void badInput() {
        assertMessage("x[1] is negative: -1.0", () -> Ratios.p90p10(new double[] {1, -1}));
        assertMessage("topFraction must be in (0, 1]: 0.0",
                () -> Ratios.meanRatio(ONE_TO_TEN, null, 0, 0.2));
        assertMessage("bottomFraction must be in (0, 1]: 1.5",
                () -> Ratios.meanRatio(ONE_TO_TEN, null, 0.2, 1.5));
        assertMessage("weights[0] is NaN",
                () -> Ratios.quintileMeanRatio(new double[] {1, 2}, new double[] {Double.NaN, 1}));
    }
}
