package org.divide.bench.uncertainty;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.TimeUnit;
import org.divide.metrics.uncertainty.Input;
import org.divide.metrics.uncertainty.Model;
import org.divide.metrics.uncertainty.SensitivityResult;
import org.divide.metrics.uncertainty.UncertaintyAnalysis;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
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
 * Sobol first-order and total indices of Sobol's g-function (d = 8, a = {0, 1, 4.5, 9, 99, 99, 99,
 * 99}) at N = 2^14, i.e. N (d + 2) = 163 840 model runs, on a fork-join pool of 1 or 2 threads,
 * without and with 1000 bootstrap replicates. The engine's own cost: the model is a few
 * nanoseconds per run.
 *
 * <pre>
 * java -jar benchmarks/target/benchmarks.jar org.divide.bench.uncertainty.SobolEngineBenchmark
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class SobolEngineBenchmark {

    private static final double[] A = {0, 1, 4.5, 9, 99, 99, 99, 99};

    /** Worker threads of the fork-join pool. */
    @Param({"1", "2"})
    public int threads;

    /** Bootstrap replicates. */
    @Param({"0", "1000"})
    public int bootstrap;

    /** log2 N. */
    @Param({"14"})
    public int log2n;

    private ForkJoinPool pool;
    private UncertaintyAnalysis options;
    private List<Input> inputs;
    private Model g;

    /** Builds the pool, options and model. */
    @Setup
    public void setUp() {
        pool = new ForkJoinPool(threads);
        options = UncertaintyAnalysis.withDefaults().withSamples(1 << log2n).withBootstrap(bootstrap)
                .withSeed(1).withExecutor(pool);
        inputs = new ArrayList<>();
        for (int i = 0; i < A.length; i++) {
            inputs.add(Input.uniform("x" + (i + 1), 0, 1));
        }
        g = x -> {
            double y = 1;
            for (int i = 0; i < A.length; i++) {
                y *= (Math.abs(4 * x[i] - 2) + A[i]) / (1 + A[i]);
            }
            return new double[] {y};
        };
    }

    /** Shuts the pool down. */
    @TearDown
    public void tearDown() {
        pool.shutdown();
    }

    /**
     * The analysis.
     *
     * @return the result
     */
    @Benchmark
    public SensitivityResult gFunction() {
        return options.sobol(g, inputs);
    }
}
