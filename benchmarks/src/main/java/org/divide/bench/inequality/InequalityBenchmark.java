package org.divide.bench.inequality;

import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.divide.metrics.inequality.Decomposition;
import org.divide.metrics.inequality.GeneralizedEntropy;
import org.divide.metrics.inequality.Gini;
import org.divide.metrics.inequality.Inequality;
import org.divide.metrics.inequality.InequalityOptions;
import org.divide.metrics.inequality.Measure;
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
import org.openjdk.jmh.annotations.Warmup;

/**
 * Inequality measures on lognormal(0, 1) data with uniform weights in [0.5, 5) and 200 groups.
 *
 * <pre>
 * java -jar benchmarks/target/benchmarks.jar 'inequality' -f 1 -wi 2 -i 3 -p n=1000000,10000000
 * </pre>
 * n = 10⁸ is a manual run that needs a larger heap than the default of small machines:
 * <pre>
 * java -jar benchmarks/target/benchmarks.jar 'inequality.InequalityBenchmark.gini' -p n=100000000 -jvmArgs -Xmx4g
 * </pre>
 * (unweighted Gini: x plus two {@code long} scratch arrays, 2.4 GB; weighted: x, w and two
 * scratch arrays, 3.2 GB).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
public class InequalityBenchmark {

    /** Number of observations. */
    @Param({"1000", "10000", "100000", "1000000", "10000000"})
    public int n;

    private double[] x;
    private double[] w;
    private int[] groups;
    private GeneralizedEntropy sequentialTheil;
    private GeneralizedEntropy theil;
    private Gini gini;

    /** Draws the data (seeded). */
    @Setup(Level.Trial)
    public void setUp() {
        SplittableRandom rng = new SplittableRandom(1);
        x = new double[n];
        w = new double[n];
        groups = new int[n];
        for (int i = 0; i < n; i++) {
            x[i] = Math.exp(rng.nextGaussian());
            w[i] = 0.5 + 4.5 * rng.nextDouble();
            groups[i] = rng.nextInt(200);
        }
        theil = Measure.theilT();
        gini = Measure.gini();
        sequentialTheil = theil.withOptions(InequalityOptions.withDefaults().withParallel(false));
    }

    /** @return the unweighted Gini (one radix sort of the values, one pass) */
    @Benchmark
    public double gini() {
        return Inequality.gini(x);
    }

    /** @return the weighted Gini (one radix sort of packed value/index keys, one pass) */
    @Benchmark
    public double giniWeighted() {
        return Inequality.gini(x, w);
    }

    /** @return Theil T, unweighted, chunks on the common pool */
    @Benchmark
    public double theilT() {
        return Inequality.theilT(x);
    }

    /** @return Theil T, weighted, chunks on the common pool */
    @Benchmark
    public double theilTWeighted() {
        return Inequality.theilT(x, w);
    }

    /** @return Theil T, unweighted, on one thread */
    @Benchmark
    public double theilTOneThread() {
        return sequentialTheil.compute(x, null);
    }

    /** @return the weighted Theil T decomposition into 200 groups */
    @Benchmark
    public Decomposition decomposeTheil200() {
        return theil.decompose(x, w, groups);
    }

    /** @return the weighted Gini decomposition into 200 groups (within, between, overlap) */
    @Benchmark
    public Decomposition decomposeGini200() {
        return gini.decompose(x, w, groups);
    }
}
