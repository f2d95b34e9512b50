package org.divide.metrics.inference;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Jackknife values, acceleration and standard error against exact hand computations. */
class JackknifeTest {

    static final SampleStatistic MEAN = (x, w) -> {
        double s = 0;
        double t = 0;
        for (int i = 0; i < x.length; i++) {
            double wi = w == null ? 1 : w[i];
            s += wi * x[i];
            t += wi;
        }
        return s / t;
    };

    @Test
    void meanOfATinySampleByHand() {
        // x = 1, 2, 4: leave-one-out means 3, 2.5, 1.5 (fractions: a = (5/18)/(6 (7/6)^{3/2}))
        double[] v = Jackknife.values(MEAN, new double[] {1, 2, 4}, null);
        assertArrayEquals(new double[] {3, 2.5, 1.5}, v, 0);
        assertEquals(0.03673889284811711, Jackknife.acceleration(v), 1e-16);
        // for the mean the jackknife SE is s / sqrt(n)
        assertEquals(0.8819171036881969, Jackknife.standardError(v), 1e-15);
    }

    @Test
    void weightedMeanLeavesOutTheUnitWithItsWeight() {
        // x = 1, 2, 4 with w = 1, 2, 1: leave-one-out weighted means 8/3, 5/2, 5/3
        double[] v = Jackknife.values(MEAN, new double[] {1, 2, 4}, new double[] {1, 2, 1});
        assertArrayEquals(new double[] {8.0 / 3, 2.5, 5.0 / 3}, v, 1e-15);
        assertEquals(0.060708751917441954, Jackknife.acceleration(v), 1e-15);
    }

    @Test
    void accelerationOfTheMeanIsTheSampleSkewnessIdentity() {
        // theta_(i) = (n xbar - x_i)/(n - 1), so a = sum (x - xbar)^3 / (6 (sum (x - xbar)^2)^{3/2})
        SplittableRandom rng = new SplittableRandom(1);
        for (int rep = 0; rep < 20; rep++) {
            double[] x = new double[5 + rng.nextInt(50)];
            for (int i = 0; i < x.length; i++) {
                x[i] = Math.exp(rng.nextGaussian());
            }
            double mean = Arrays.stream(x).average().orElseThrow();
            double s2 = 0;
            double s3 = 0;
            for (double v : x) {
                s2 += (v - mean) * (v - mean);
                s3 += (v - mean) * (v - mean) * (v - mean);
            }
            double expected = s3 / (6 * Math.pow(s2, 1.5));
            assertEquals(expected, Jackknife.acceleration(Jackknife.values(MEAN, x, null)),
                    1e-12 * Math.abs(expected));
        }
    }

    @Test
    void degenerateValues() {
        assertEquals(0.0, Jackknife.acceleration(new double[] {2, 2, 2}), 0);
        assertEquals(0.0, Jackknife.standardError(new double[] {2, 2, 2}), 0);
    }

    @Test
    void groupsPartitionTheUnitsDeterministically() {
        int[][] g = Jackknife.groups(1003, 100, 42);
        assertEquals(100, g.length);
        boolean[] seen = new boolean[1003];
        for (int[] group : g) {
            assertTrue(group.length == 10 || group.length == 11, "size " + group.length);
            for (int i : group) {
                assertTrue(!seen[i], "unit " + i + " twice");
                seen[i] = true;
            }
        }
        for (boolean s : seen) {
            assertTrue(s);
        }
        assertTrue(Arrays.deepEquals(g, Jackknife.groups(1003, 100, 42)));
        assertEquals(5, Jackknife.groups(5, 100, 42).length);
    }

    @Test
    void badInput() {
        assertEquals("the jackknife needs at least 2 units: 1", assertThrows(IllegalArgumentException.class,
                () -> Jackknife.values(MEAN, new double[] {1}, null)).getMessage());
        assertEquals("values needs at least 2 jackknife values: 1", assertThrows(IllegalArgumentException.class,
                () -> Jackknife.acceleration(new double[] {1})).getMessage());
        assertEquals("weights[1] is negative: -2.0", assertThrows(IllegalArgumentException.class,
                () -> Jackknife.values(MEAN, new double[] {1, 2}, new double[] {1, -2})).getMessage());
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> Jackknife.values((x, w) -> x.length == 2 ? Double.NaN : 1, new double[] {1, 2, 3}, null));
        assertEquals("statistic returned NaN on jackknife sample 0 (unit 0 left out)", e.getMessage());
    }
}
