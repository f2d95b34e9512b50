package org.divide.bench.inference;

import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.TimeUnit;
import org.divide.metrics.inequality.Inequality;
import org.divide.metrics.inference.Bootstrap;
import org.divide.metrics.inference.BootstrapInterval;
import org.divide.metrics.inference.IntervalMethod;
import org.divide.metrics.inference.SampleStatistic;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Bootstrap of 2000 replicates on lognormal(0, 1) data: the mean (O(n) per replicate), a Gini by
 * one comparison sort of a copy (O(n log n) per replicate) and the facade's
 * {@code Inequality::gini} (radix sort), at n = 10³ and 10⁵, on a fork-join pool of 1 or 2
 * threads; percentile and BCa (the BCa jackknife adds min(n, 2000) evaluations).
 *
 * <pre>
 * java -jar benchmarks/target/benchmarks.jar org.divide.bench.inference
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 1, time = 2)
@Measurement(iterations = 3, time = 2)
public class BootstrapBenchmark {

    /** Sample size. */
    @Param({"1000", "100000"})
    public int n;

    /** Worker threads of the fork-join pool. */
    @Param({"1", "2"})
    public int threads;

    /**
     * The statistic: {@code mean}, {@code gini} (the local sort-based one) or {@code facadeGini}
     * ({@code Inequality::gini}, radix sort).
     */
    @Param({"mean", "gini", "facadeGini"})
    public String statistic;

    private double[] x;
    private SampleStatistic measure;
    private ForkJoinPool pool;
    private Bootstrap percentile;
    private Bootstrap bca;

    /** Draws the data and builds the options. */
    @Setup(Level.Trial)
    public void setUp() {
        SplittableRandom rng = new SplittableRandom(1);
        x = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = Math.exp(rng.nextGaussian());
        }
        switch (statistic) {
            case "mean":
                measure = BootstrapBenchmark::mean;
                break;
            case "gini":
                measure = BootstrapBenchmark::gini;
                break;
            case "facadeGini":
                measure = Inequality::gini;
                break;
            default:
                throw new IllegalArgumentException("statistic: " + statistic);
        }
        pool = new ForkJoinPool(threads);
        percentile = Bootstrap.withDefaults().withReplicates(2000).withSeed(42)
                .withMethod(IntervalMethod.PERCENTILE).withExecutor(pool);
        bca = percentile.withMethod(IntervalMethod.BCA);
    }

    /** Shuts the pool down. */
    @TearDown(Level.Trial)
    public void tearDown() {
        pool.shutdown();
    }

    /**
     * Percentile interval.
     *
     * @return the interval
     */
    @Benchmark
    public BootstrapInterval percentile() {
        return percentile.interval(measure, x);
    }

    /**
     * BCa interval (bootstrap plus jackknife).
     *
     * @return the interval
     */
    @Benchmark
    public BootstrapInterval bca() {
        return bca.interval(measure, x);
    }

    /** The weighted mean, O(n). */
    static double mean(double[] v, double[] w) {
        double s = 0;
        for (double d : v) {
            s += d;
        }
        return s / v.length;
    }

    /** The Gini coefficient by one sort of a copy, O(n log n): 2 Σ i x_(i) / (n Σ x) − (n + 1)/n. */
    static double gini(double[] v, double[] w) {
        double[] s = v.clone();
        Arrays.sort(s);
        double num = 0;
        double sum = 0;
        for (int i = 0; i < s.length; i++) {
            num += (i + 1) * s[i];
            sum += s[i];
        }
        return 2 * num / (s.length * sum) - (s.length + 1.0) / s.length;
    }
}
