package org.divide.metrics.inequality;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.divide.metrics.internal.sort.RadixSort;
import org.divide.metrics.internal.sort.SortedOrder;
import org.divide.metrics.numeric.CompensatedSum;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The radix-sort Gini and concentration index against the O(n²) pairwise definitions, on random
 * data with ties, duplicates, negative zeros, negative values and zero weights; and the radix
 * sort itself against {@link Arrays#sort(double[])}.
 */
class GiniOracleTest {

    /** ΣΣ w_i w_j |x_i − x_j| / (2W²μ): the definition (compensated sums), for small n only. */
    static double pairwiseGini(double[] x, double[] w) {
        CompensatedSum total = new CompensatedSum();
        CompensatedSum weight = new CompensatedSum();
        CompensatedSum income = new CompensatedSum();
        for (int i = 0; i < x.length; i++) {
            double wi = w == null ? 1 : w[i];
            weight.add(wi);
            income.add(wi * x[i]);
            for (int j = 0; j < x.length; j++) {
                total.add(wi * (w == null ? 1 : w[j]) * Math.abs(x[i] - x[j]));
            }
        }
        return total.value() / (2 * weight.value() * income.value());
    }

    /** ΣΣ w_i w_j (x_i − x_j) sign(r_i − r_j) / (2W²μ). */
    static double pairwiseConcentration(double[] x, double[] rank, double[] w) {
        double total = 0;
        double weight = 0;
        double income = 0;
        for (int i = 0; i < x.length; i++) {
            double wi = w == null ? 1 : w[i];
            weight += wi;
            income += wi * x[i];
            for (int j = 0; j < x.length; j++) {
                total += wi * (w == null ? 1 : w[j]) * (x[i] - x[j]) * Math.signum(rank[i] - rank[j]);
            }
        }
        return total / (2 * weight * income);
    }

    /** Awkward values: ties, duplicates, ±0, negatives, tiny and huge magnitudes, near-equal doubles. */
    static double[] awkward(long seed, int n) {
        SplittableRandom r = new SplittableRandom(seed);
        double[] pool = {0.0, -0.0, 1, 1, 2.5, 1e-300, 1e300 / n, -3, Math.nextUp(1.0), Math.nextDown(1.0), 7, 7, 7};
        double[] x = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = r.nextInt(3) == 0 ? pool[r.nextInt(pool.length)] : Math.exp(3 * r.nextDouble()) - 0.5;
        }
        x[0] = Math.max(x[0], 50);
        return x;
    }

    static double[] weightsWithZeros(long seed, int n) {
        SplittableRandom r = new SplittableRandom(seed + 99);
        double[] w = new double[n];
        for (int i = 0; i < n; i++) {
            w[i] = r.nextInt(7) == 0 ? 0 : r.nextDouble() * 10;
        }
        w[0] = 1;
        return w;
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, 10, 100, 2047, 2048, 2500, 4100})
    void giniEqualsPairwiseDefinition(int n) {
        for (long seed = 0; seed < 5; seed++) {
            double[] x = awkward(seed * 1000 + n, n);
            double[] w = weightsWithZeros(seed, n);
            double expected = pairwiseGini(x, null);
            assertEquals(expected, Inequality.gini(x), 1e-12 * Math.max(1, Math.abs(expected)), "unweighted n=" + n);
            double expectedW = pairwiseGini(x, w);
            assertEquals(expectedW, Inequality.gini(x, w), 1e-12 * Math.max(1, Math.abs(expectedW)), "weighted n=" + n);
        }
    }

    @Test
    void giniOfLognormalWithTiesEqualsPairwise() {
        double[] x = TestData.lognormal(42, 3000);
        double[] w = TestData.weights(42, 3000);
        assertEquals(pairwiseGini(x, null), Inequality.gini(x), 1e-13);
        assertEquals(pairwiseGini(x, w), Inequality.gini(x, w), 1e-13);
    }

    @ParameterizedTest
    @ValueSource(ints = {2, 5, 50, 700, 3000})
    void concentrationIndexEqualsPairwiseDefinition(int n) {
        SplittableRandom r = new SplittableRandom(n);
        double[] x = TestData.lognormal(n, n);
        double[] rank = new double[n];
        for (int i = 0; i < n; i++) {
            rank[i] = r.nextInt(Math.max(2, n / 3));
        }
        double[] w = TestData.weights(n, n);
        assertEquals(pairwiseConcentration(x, rank, null), Inequality.concentrationIndex(x, rank), 1e-13);
        assertEquals(pairwiseConcentration(x, rank, w), Inequality.concentrationIndex(x, rank, w), 1e-13);
        assertEquals(Inequality.gini(x, w), Inequality.concentrationIndex(x, x, w), 1e-14, "ranked by itself");
        assertEquals(-Inequality.gini(x, w), Inequality.concentrationIndex(x, TestData.scale(x, -1), w), 1e-14,
                "ranked in reverse");
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 2, 100, 2047, 2048, 5000, 70000, 300000})
    void radixSortOrdersLikeArraysSort(int n) {
        for (boolean parallel : new boolean[] {false, true}) {
            radixSortOrdersLikeArraysSort(n, parallel);
        }
    }

    private static void radixSortOrdersLikeArraysSort(int n, boolean parallel) {
        double[] x = awkward(n, Math.max(n, 1));
        x = Arrays.copyOf(x, n);
        long[] keys = new long[n];
        for (int i = 0; i < n; i++) {
            keys[i] = RadixSort.key(x[i]);
        }
        long[] sorted = RadixSort.sort(keys, new long[n], n, 0, parallel);
        double[] actual = new double[n];
        for (int i = 0; i < n; i++) {
            actual[i] = RadixSort.value(sorted[i]);
        }
        double[] expected = x.clone();
        Arrays.sort(expected);
        for (int i = 0; i < n; i++) {
            assertEquals(expected[i], actual[i], 0, "rank " + i);
        }
        if (n > 0) {
            SortedOrder order = SortedOrder.indexed(x, null, parallel);
            boolean[] seen = new boolean[n];
            for (int i = 0; i < n; i++) {
                assertEquals(expected[i], order.value(i), 0, "indexed rank " + i);
                assertEquals(x[order.index(i)], order.value(i), 0);
                seen[order.index(i)] = true;
            }
            for (boolean s : seen) {
                assertTrue(s, "every index once");
            }
        }
    }

    @Test
    void packedKeysWithLongRunsOfEqualHighBitsAreOrderedExactly() {
        int n = 40000;
        double[] x = new double[n];
        SplittableRandom r = new SplittableRandom(5);
        for (int i = 0; i < n; i++) {
            x[i] = Double.longBitsToDouble(Double.doubleToLongBits(1000.0) + r.nextInt(1 << 14));
        }
        SortedOrder order = SortedOrder.indexed(x, null, true);
        double[] expected = x.clone();
        Arrays.sort(expected);
        double[] actual = new double[n];
        for (int i = 0; i < n; i++) {
            actual[i] = order.value(i);
        }
        assertArrayEquals(expected, actual);
        double[] w = TestData.weights(1, n);
        assertEquals(pairwiseGini(Arrays.copyOf(x, 3000), Arrays.copyOf(w, 3000)),
                Inequality.gini(Arrays.copyOf(x, 3000), Arrays.copyOf(w, 3000)), 1e-12);
    }

    @Test
    void narrowAndConstantKeys() {
        double[] x = new double[100000];
        Arrays.fill(x, 3.25);
        x[500] = 3.5;
        x[99999] = -0.0;
        double[] expected = x.clone();
        Arrays.sort(expected);
        SortedOrder order = SortedOrder.byValue(x, null, true);
        for (int i = 0; i < x.length; i++) {
            assertEquals(expected[i] == 0 ? 0.0 : expected[i], order.value(i), 0);
        }
        Arrays.fill(x, 2);
        assertEquals(2, SortedOrder.indexed(x, null, true).value(77777), 0);
        assertEquals(2, SortedOrder.byValue(x, null, false).value(5), 0);
    }

    @Test
    void keysPreserveOrderAndRoundTrip() {
        double[] v = {Double.NEGATIVE_INFINITY, -Double.MAX_VALUE, -1, -Double.MIN_VALUE, -0.0, 0.0, Double.MIN_VALUE,
            1, Double.MAX_VALUE, Double.POSITIVE_INFINITY};
        for (int i = 0; i < v.length; i++) {
            assertEquals(v[i] == 0 ? 0.0 : v[i], RadixSort.value(RadixSort.key(v[i])), 0);
            if (i > 0 && !(v[i] == 0 && v[i - 1] == 0)) {
                assertTrue(Long.compareUnsigned(RadixSort.key(v[i - 1]), RadixSort.key(v[i])) < 0, "order at " + i);
            }
        }
        assertEquals(RadixSort.key(-0.0), RadixSort.key(0.0), "signed zeros share a key");
    }
}
