package org.divide.metrics.inference;

import static org.divide.metrics.inference.JackknifeTest.MEAN;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.atomic.AtomicBoolean;
import org.divide.metrics.internal.numeric.SortedQuantiles;
import org.junit.jupiter.api.Test;

/** Bootstrap intervals: determinism across executors, degenerate data, failures, options, errors. */
class BootstrapTest {

    /** Mean absolute difference over twice the mean, by one sort: a Gini-like O(n log n) statistic. */
    static final SampleStatistic GINI = SampleStatistic.unweighted(x -> {
        double[] s = x.clone();
        Arrays.sort(s);
        double num = 0;
        double sum = 0;
        for (int i = 0; i < s.length; i++) {
            num += (2.0 * (i + 1) - s.length - 1) * s[i];
            sum += s[i];
        }
        return sum == 0 ? 0 : num / (s.length * sum);
    });

    static double[] lognormal(long seed, int n) {
        SplittableRandom rng = new SplittableRandom(seed);
        double[] x = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = Math.exp(rng.nextGaussian());
        }
        return x;
    }

    @Test
    void sameSeedSameBitsOnAnyExecutor() {
        double[] x = lognormal(1, 300);
        double[] w = new SplittableRandom(2).doubles(300, 0.5, 3).toArray();
        String[] strata = new String[300];
        for (int i = 0; i < 300; i++) {
            strata[i] = i % 3 == 0 ? "LIC" : i % 3 == 1 ? "MIC" : "HIC";
        }
        Bootstrap base = Bootstrap.withDefaults().withReplicates(500).withSeed(42);
        ForkJoinPool one = new ForkJoinPool(1);
        ForkJoinPool four = new ForkJoinPool(4);
        ExecutorService fixed = Executors.newFixedThreadPool(4);
        try {
            for (IntervalMethod m : IntervalMethod.values()) {
                Bootstrap b = base.withMethod(m);
                BootstrapInterval reference = b.withExecutor(Runnable::run).interval(MEAN, x, w, strata);
                assertEquals(reference, b.withExecutor(one).interval(MEAN, x, w, strata));
                assertEquals(reference, b.withExecutor(four).interval(MEAN, x, w, strata));
                assertEquals(reference, b.withExecutor(fixed).interval(MEAN, x, w, strata));
                assertEquals(reference, b.interval(MEAN, x, w, strata));
                BootstrapInterval gini = b.withExecutor(one).interval(GINI, x);
                assertEquals(gini, b.withExecutor(four).interval(GINI, x));
                assertEquals(m, gini.method());
            }
            // grouped jackknife (n > groups) is seeded too
            Bootstrap grouped = base.withJackknifeGroups(37);
            assertEquals(grouped.withExecutor(one).interval(GINI, x), grouped.withExecutor(four).interval(GINI, x));
        } finally {
            one.shutdown();
            four.shutdown();
            fixed.shutdown();
        }
        BootstrapInterval a = base.interval(MEAN, x);
        BootstrapInterval c = base.withSeed(43).interval(MEAN, x);
        assertTrue(!Arrays.equals(a.replicateValues(), c.replicateValues()));
    }

    @Test
    void resultSummarisesItsReplicates() {
        double[] x = lognormal(3, 100);
        BootstrapInterval ci = Bootstrap.withDefaults().withReplicates(1000).withMethod(IntervalMethod.PERCENTILE)
                .interval(GINI, x);
        double[] r = ci.replicateValues();
        assertEquals(1000, r.length);
        assertEquals(GINI.apply(x, null), ci.estimate(), 0);
        double mean = Arrays.stream(r).average().orElseThrow();
        assertEquals(mean - ci.estimate(), ci.bias(), 1e-15);
        double ss = Arrays.stream(r).map(v -> (v - mean) * (v - mean)).sum();
        assertEquals(Math.sqrt(ss / 999), ci.standardError(), 1e-15);
        double[] sorted = r.clone();
        Arrays.sort(sorted);
        // the levels as R's boot.ci computes them: (1 -/+ 0.95)/2
        assertEquals(SortedQuantiles.type7(sorted, (1 - 0.95) / 2), ci.lower(), 0);
        assertEquals(SortedQuantiles.type7(sorted, (1 + 0.95) / 2), ci.upper(), 0);
        assertTrue(ci.contains(ci.estimate()));
        assertTrue(Double.isNaN(ci.acceleration()));
        // the record copies its array in and out
        r[0] = -1;
        assertNotEquals(-1, ci.replicateValues()[0]);
    }

    @Test
    void constantDataCollapseToThePoint() {
        double[] x = {3, 3, 3, 3, 3};
        for (IntervalMethod m : IntervalMethod.values()) {
            BootstrapInterval ci = Bootstrap.withDefaults().withMethod(m).interval(MEAN, x);
            assertEquals(3.0, ci.lower(), 0);
            assertEquals(3.0, ci.upper(), 0);
            assertEquals(0.0, ci.standardError(), 0);
            assertEquals(0.0, ci.bias(), 0);
            assertEquals(m, ci.method());
        }
        BootstrapInterval g = Bootstrap.withDefaults().interval(GINI, x);
        assertEquals(0.0, g.biasCorrection(), 0);
        assertEquals(0.0, g.acceleration(), 0);
        assertEquals(0.0, g.upper(), 0);
        BootstrapInterval single = Bootstrap.withDefaults().interval(MEAN, new double[] {7});
        assertEquals(7.0, single.lower(), 0);
        assertEquals(7.0, single.upper(), 0);
    }

    @Test
    void bcaFallsBackToPercentileWhenTheBiasCorrectionIsInfinite() {
        // the number of distinct values is n on the sample and (almost surely) less on every resample
        SampleStatistic distinct = SampleStatistic.unweighted(x -> Arrays.stream(x).distinct().count());
        BootstrapInterval ci = Bootstrap.withDefaults().withReplicates(200)
                .interval(distinct, lognormal(4, 30));
        assertEquals(IntervalMethod.PERCENTILE, ci.method());
        assertEquals(Double.POSITIVE_INFINITY, ci.biasCorrection());
        assertTrue(ci.upper() < 30);
    }

    @Test
    void stratifiedResamplingKeepsEachStratumsSize() {
        double[] x = new double[40];
        String[] strata = new String[40];
        for (int i = 0; i < 40; i++) {
            boolean low = i < 13;
            x[i] = low ? i / 13.0 : 10 + i;
            strata[i] = low ? "low" : "high";
        }
        SampleStatistic lowCount = SampleStatistic.unweighted(v -> Arrays.stream(v).filter(t -> t < 5).count());
        BootstrapInterval ci = Bootstrap.withDefaults().withReplicates(300).interval(lowCount, x, null, strata);
        assertTrue(Arrays.stream(ci.replicateValues()).allMatch(v -> v == 13));
        BootstrapInterval free = Bootstrap.withDefaults().withReplicates(300).interval(lowCount, x);
        assertTrue(free.standardError() > 1);
        // stratification removes the between-strata part of the variance of the mean
        Bootstrap b = Bootstrap.withDefaults().withReplicates(2000).withMethod(IntervalMethod.PERCENTILE);
        assertTrue(b.interval(MEAN, x, null, strata).standardError() < 0.5 * b.interval(MEAN, x).standardError());
    }

    @Test
    void progressIsMonotoneAndComplete() {
        List<int[]> calls = new ArrayList<>();
        Bootstrap.withDefaults().withReplicates(300).withProgress((d, t) -> calls.add(new int[] {d, t}))
                .withExecutor(new ForkJoinPool(3)).interval(MEAN, lognormal(5, 50));
        int previous = 0;
        for (int[] c : calls) {
            assertEquals(350, c[1]);
            assertTrue(c[0] > previous);
            previous = c[0];
        }
        assertEquals(350, previous);
    }

    @Test
    void cancellationStopsTheWorkers() {
        AtomicBoolean cancel = new AtomicBoolean();
        Bootstrap b = Bootstrap.withDefaults().withReplicates(5000).withCancellation(cancel::get)
                .withProgress((d, t) -> cancel.set(true));
        CancellationException e = assertThrows(CancellationException.class, () -> b.interval(GINI, lognormal(6, 2000)));
        assertTrue(e.getMessage().startsWith("cancelled after "), e.getMessage());
    }

    @Test
    void statisticFailuresSurfaceInTheCallingThread() {
        double[] x = lognormal(7, 50);
        SampleStatistic failing = (v, w) -> {
            if (v[0] == v[1]) {
                throw new IllegalArgumentException("boom");
            }
            return v[0];
        };
        ForkJoinPool four = new ForkJoinPool(4);
        try {
            IllegalStateException e = assertThrows(IllegalStateException.class, () -> Bootstrap.withDefaults()
                    .withReplicates(2000).withExecutor(four).interval(failing, x));
            assertTrue(e.getMessage().matches("statistic failed on bootstrap replicate \\d+: boom"), e.getMessage());
            assertTrue(e.getCause() instanceof IllegalArgumentException);
        } finally {
            four.shutdown();
        }
        IllegalStateException nan = assertThrows(IllegalStateException.class,
                () -> Bootstrap.withDefaults().interval((v, w) -> v[0] == v[1] ? Double.NaN : 0, x));
        assertTrue(nan.getMessage().startsWith("statistic returned NaN on bootstrap replicate "));
    }

    @Test
    void badOptionsAndData() {
        Bootstrap d = Bootstrap.withDefaults();
        assertMessage("replicates must be >= 2: 1", () -> d.withReplicates(1));
        assertMessage("confidence must be in (0, 1): 1.0", () -> d.withConfidence(1));
        assertMessage("confidence must be in (0, 1): NaN", () -> d.withConfidence(Double.NaN));
        assertMessage("method is null", () -> d.withMethod(null));
        assertMessage("executor is null", () -> d.withExecutor(null));
        assertMessage("jackknifeGroups must be >= 2: 1", () -> d.withJackknifeGroups(1));
        assertMessage("statistic is null", () -> d.interval(null, new double[] {1}));
        assertMessage("x is empty", () -> d.interval(MEAN, new double[0]));
        assertMessage("x is null", () -> d.interval(MEAN, null));
        assertMessage("weights has length 2 but x has length 3",
                () -> d.interval(MEAN, new double[] {1, 2, 3}, new double[] {1, 1}));
        assertMessage("weights[1] is negative: -2.0",
                () -> d.interval(MEAN, new double[] {1, 2}, new double[] {1, -2}));
        assertMessage("weights[0] is infinite: Infinity",
                () -> d.interval(MEAN, new double[] {1, 2}, new double[] {Double.POSITIVE_INFINITY, 1}));
        assertMessage("weights are all zero", () -> d.interval(MEAN, new double[] {1, 2}, new double[] {0, 0}));
        assertMessage("strata[1] is null",
                () -> d.interval(MEAN, new double[] {1, 2}, null, new String[] {"a", null}));
        assertMessage("statistic is NaN on the full sample", () -> d.interval((x, w) -> Double.NaN, new double[] {1}));
        assertMessage("the statistic is unweighted but weights were given",
                () -> d.interval(GINI, new double[] {1, 2}, new double[] {1, 1}));
    }

    @Test
    void optionsAreImmutable() {
        Bootstrap d = Bootstrap.withDefaults();
        Bootstrap b = d.withReplicates(10).withSeed(5).withConfidence(0.8).withMethod(IntervalMethod.PERCENTILE);
        assertSame(d, Bootstrap.withDefaults());
        assertEquals(Bootstrap.DEFAULT_REPLICATES, d.replicates());
        assertEquals(IntervalMethod.BCA, d.method());
        assertEquals(0.95, d.confidence(), 0);
        assertEquals(10, b.replicates());
        assertEquals(5, b.seed());
        assertEquals(0.8, b.confidence(), 0);
        assertArrayEquals(new double[] {1, 2}, new double[] {1, 2});
    }

    static void assertMessage(String expected, Runnable call) {
        assertEquals(expected, assertThrows(IllegalArgumentException.class, call::run).getMessage());
    }
}
