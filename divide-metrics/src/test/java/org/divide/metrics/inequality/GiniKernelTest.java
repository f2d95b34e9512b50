package org.divide.metrics.inequality;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Arrays;
import java.util.Comparator;
import java.util.SplittableRandom;
import java.util.concurrent.ForkJoinPool;
import java.util.function.IntToDoubleFunction;
import java.util.stream.IntStream;
import org.divide.metrics.internal.sort.PairSort;
import org.divide.metrics.internal.sort.SortedOrder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@link GiniKernel} (the fused bucket sort and sum behind {@link Inequality#gini}) against an
 * independent reference, on many distributions and sizes around its thresholds; its agreement
 * with the {@link SortedOrder} pass it replaces; the independence of its bits from the number of
 * threads; and {@link PairSort#sortPairs} and {@link PairSort#sortInto} against {@link Arrays#sort}.
 *
 * <p>Tolerances: {@link #REFERENCE} relative to the exact reference, {@link #PREVIOUS} relative
 * to the previous implementation (both compute the same centred sum with compensated sums).
 */
class GiniKernelTest {

    /** Relative tolerance against the exact reference. */
    private static final double REFERENCE = 1e-12;
    /** Relative tolerance against the sorted-order pass. */
    private static final double PREVIOUS = 1e-14;

    /**
     * The textbook formula G = 2·Σ_i w_i x_i (C_{<i} + w_i/2) / (W·T) − 1 over the observations
     * sorted by value ({@link Arrays#sort} of an index), every sum exact in {@link BigDecimal}.
     */
    static double reference(double[] x, double[] w) {
        Integer[] order = IntStream.range(0, x.length).boxed().toArray(Integer[]::new);
        Arrays.sort(order, Comparator.comparingDouble(i -> x[i] + 0.0));
        BigDecimal before = BigDecimal.ZERO;
        BigDecimal sum = BigDecimal.ZERO;
        BigDecimal total = BigDecimal.ZERO;
        for (int i : order) {
            BigDecimal wi = new BigDecimal(w == null ? 1 : w[i]);
            BigDecimal wx = wi.multiply(new BigDecimal(x[i]));
            sum = sum.add(wx.multiply(before.add(before).add(wi)));
            total = total.add(wx);
            before = before.add(wi);
        }
        MathContext mc = MathContext.DECIMAL128;
        return sum.divide(before.multiply(total), mc).subtract(BigDecimal.ONE).doubleValue();
    }

    private static double[] draw(int n, IntToDoubleFunction value) {
        return IntStream.range(0, n).mapToDouble(value).toArray();
    }

    /** Named value distributions, seeded. */
    private static double[] values(String kind, int n, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        switch (kind) {
            case "lognormal":
                return TestData.lognormal(seed, n);
            case "uniform":
                return draw(n, i -> r.nextDouble());
            case "ties":
                return draw(n, i -> r.nextInt(10));
            case "twoValues":
                return draw(n, i -> r.nextBoolean() ? 3.5 : 1e4);
            case "zeros":
                return draw(n, i -> r.nextInt(4) == 0 ? Math.exp(r.nextGaussian()) : 0);
            case "negative":
                return draw(n, i -> r.nextInt(5) == 0 ? -r.nextDouble() * 2 : Math.exp(r.nextGaussian()));
            case "subnormal":
                return draw(n, i -> r.nextInt(3) == 0 ? Double.MIN_VALUE * (1 + r.nextInt(1000))
                        : r.nextInt(2) == 0 ? Double.MIN_NORMAL * r.nextDouble() : r.nextDouble());
            case "hugeRange":
                return draw(n, i -> Math.pow(10, -300 + 600 * r.nextDouble()) / n);
            case "narrowWithOutlier":
                double[] x = draw(n, i -> Double.longBitsToDouble(Double.doubleToLongBits(1000.0)
                        + r.nextInt(1 << 20)));
                x[n / 2] = 1e12;
                return x;
            default:
                throw new IllegalArgumentException(kind);
        }
    }

    private static double[] weights(int n, long seed) {
        SplittableRandom r = new SplittableRandom(seed + 7);
        double[] w = draw(n, i -> r.nextInt(9) == 0 ? 0 : 0.5 + 4.5 * r.nextDouble());
        w[0] = 1;
        return w;
    }

    private static Sample sample(double[] x, double[] w) {
        return Sample.of(GiniIndex.NAME, x, w, Domain.POSITIVE_MEAN, InequalityOptions.withDefaults());
    }

    private static void check(String kind, int n, long seed) {
        double[] x = values(kind, n, seed);
        for (double[] w : new double[][] {null, weights(n, seed)}) {
            String what = kind + " n=" + n + (w == null ? " unweighted" : " weighted");
            Sample s = sample(x, w);
            double expected = reference(x, w);
            double actual = Inequality.gini(x, w);
            if (s.isConstant()) {
                assertEquals(0, actual, 0, what);
                continue;
            }
            assertEquals(expected, actual, REFERENCE * Math.abs(expected), what);
            double previous = GiniIndex.uncorrected(s, SortedOrder.byValue(s.x, s.w, false));
            assertEquals(previous, actual, PREVIOUS * Math.abs(previous), what + " vs sorted order");
            long parallel = Double.doubleToRawLongBits(GiniIndex.uncorrected(s, true));
            assertEquals(parallel, Double.doubleToRawLongBits(GiniIndex.uncorrected(s, false)), what + " threads");
            assertEquals(Double.doubleToRawLongBits(actual), parallel, what + " entry point");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"lognormal", "uniform", "ties", "twoValues", "zeros", "negative", "subnormal",
        "hugeRange", "narrowWithOutlier"})
    void equalsReferenceOnDistributions(String kind) {
        for (int n : new int[] {2, 3, 24, 25, 1000, 5000}) {
            check(kind, n, n * 31L + kind.length());
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {(1 << 16) - 1, 1 << 16, (1 << 16) + 1, 200_000})
    void equalsReferenceAroundParallelThreshold(int n) {
        check("lognormal", n, n);
        check("ties", n, n + 1);
    }

    @Test
    void longBucketIsSortedInPlace() {
        check("narrowWithOutlier", 300_000, 5);
    }

    @Test
    void singleObservationAndAllEqual() {
        assertEquals(0, Inequality.gini(new double[] {4}), 0);
        assertEquals(0, Inequality.gini(new double[] {4}, new double[] {2}), 0);
        double[] equal = new double[100_000];
        Arrays.fill(equal, 2.5);
        assertEquals(0, Inequality.gini(equal), 0);
        assertEquals(0, Inequality.gini(equal, weights(equal.length, 1)), 0);
        assertEquals(0.5, Inequality.gini(new double[] {0, 1}), 1e-15);
        assertEquals(1.0 / 6, Inequality.gini(new double[] {1, 2}), 1e-15);
        assertEquals(6.0 / 56, Inequality.gini(new double[] {1, 2}, new double[] {1, 3}), 1e-15);
    }

    @Test
    void bitsDoNotDependOnThePool() throws Exception {
        double[] x = values("lognormal", 500_000, 3);
        double[] w = weights(x.length, 3);
        for (double[] weights : new double[][] {null, w}) {
            Sample s = sample(x, weights);
            long sequential = Double.doubleToRawLongBits(GiniIndex.uncorrected(s, false));
            for (int threads : new int[] {1, 3, 8}) {
                ForkJoinPool pool = new ForkJoinPool(threads);
                try {
                    long bits = Double.doubleToRawLongBits(pool.submit(() -> GiniIndex.uncorrected(s, true)).get());
                    assertEquals(sequential, bits, threads + " threads");
                } finally {
                    pool.shutdown();
                }
            }
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 2, 24, 25, 100, 5000, 70_000})
    void sortPairsOrdersLikeArraysSort(int n) {
        SplittableRandom r = new SplittableRandom(n);
        for (int kind = 0; kind < 4; kind++) {
            long[] keys = new long[n];
            for (int i = 0; i < n; i++) {
                keys[i] = kind == 0 ? r.nextLong() : kind == 1 ? r.nextInt(5) : kind == 2 ? 1L << r.nextInt(64)
                        : Long.MIN_VALUE + r.nextInt(1 << 20);
            }
            long[] payload = new long[n];
            for (int i = 0; i < n; i++) {
                payload[i] = keys[i] * 31 + 7;
            }
            for (int capacity : new int[] {0, 64, n}) {
                long[] a = keys.clone();
                long[] p = payload.clone();
                PairSort.sortPairs(a, p, 0, n, new PairSort.Workspace(capacity, true));
                long[] expected = keys.clone();
                for (int i = 0; i < n; i++) {
                    expected[i] ^= Long.MIN_VALUE;
                }
                Arrays.sort(expected);
                for (int i = 0; i < n; i++) {
                    assertEquals(expected[i] ^ Long.MIN_VALUE, a[i], "kind " + kind + " rank " + i);
                    assertEquals(a[i] * 31 + 7, p[i], "payload moved with its key");
                }
                long[] alone = keys.clone();
                PairSort.sortPairs(alone, null, 0, n, new PairSort.Workspace(capacity, false));
                assertTrue(Arrays.equals(a, alone), "without payload");
                long[] in = keys.clone();
                long[] inPayload = payload.clone();
                PairSort.Workspace workspace = new PairSort.Workspace(capacity, true);
                boolean moved = PairSort.sortInto(in, inPayload, 0, n, workspace);
                if (moved) {
                    assertTrue(Arrays.equals(keys, in), "input left in place");
                    in = Arrays.copyOf(workspace.keys, n);
                    inPayload = Arrays.copyOf(workspace.payload, n);
                }
                assertTrue(Arrays.equals(a, in), "sortInto, kind " + kind + ", capacity " + capacity);
                assertTrue(Arrays.equals(p, inPayload), "sortInto payload");
            }
        }
    }
}
