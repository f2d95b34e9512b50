package org.divide.bench.uncertainty;

import java.util.List;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.TimeUnit;
import org.divide.bench.AsemExample;
import org.divide.core.spec.Aggregate;
import org.divide.core.spec.Normalise;
import org.divide.core.spec.NormaliseMethod;
import org.divide.metrics.uncertainty.Assumption;
import org.divide.metrics.uncertainty.IndexUncertainty;
import org.divide.metrics.uncertainty.IndexUncertaintyResult;
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
 * COINr's sensitivity vignette on the ASEM example (51 economies, 49 indicators, the full
 * {@code build_example_coin()} pipeline): d = 4 assumptions — winsorisation limit 1–5, min-max
 * [1, 100] vs z-score (10, 2), 100 weight sets with ±25% noise at levels 2 and 3, arithmetic vs
 * geometric mean. {@code sobol600}: N = 100, N (d + 2) = 600 runs with 100 bootstrap replicates
 * (COINr: ≈ 71–140 s); {@code monteCarlo10000}: 10 000 Monte Carlo runs. Every invocation starts
 * cold (a new analysis, an empty data-stage cache), on a fork-join pool of 1 or 2 threads.
 *
 * <pre>
 * java -jar benchmarks/target/benchmarks.jar org.divide.bench.uncertainty.AsemUncertaintyBenchmark
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class AsemUncertaintyBenchmark {

    /** Worker threads of the fork-join pool. */
    @Param({"1", "2"})
    public int threads;

    private ForkJoinPool pool;
    private IndexUncertainty vignette;

    /** Loads ASEM and builds the analysis. */
    @Setup
    public void setUp() {
        pool = new ForkJoinPool(threads);
        AsemExample asem = new AsemExample();
        vignette = IndexUncertainty.of(asem.exampleCoin(), asem.data).withAssumptions(List.of(
                Assumption.winsorisationLimit(1, 5),
                Assumption.normalisation(List.of(NormaliseMethod.minMax(1, 100), NormaliseMethod.zScore(10, 2))),
                Assumption.weightNoise(0.25, 100, 2, 3),
                Assumption.aggregation(List.of(Aggregate.Rule.arithmetic(), Aggregate.Rule.geometric()))));
    }

    /** Shuts the pool down. */
    @TearDown
    public void tearDown() {
        pool.shutdown();
    }

    /**
     * The vignette's Sobol analysis: 600 runs.
     *
     * @return the result
     */
    @Benchmark
    public IndexUncertaintyResult sobol600() {
        return vignette.withAnalysis(UncertaintyAnalysis.withDefaults().withSamples(100).withBootstrap(100)
                .withSeed(1).withExecutor(pool)).sensitivity();
    }

    /**
     * A Monte Carlo analysis of 10 000 runs.
     *
     * @return the result
     */
    @Benchmark
    @Warmup(iterations = 4, time = 1)
    @Measurement(iterations = 5, time = 1)
    public IndexUncertaintyResult monteCarlo10000() {
        return vignette.withAnalysis(UncertaintyAnalysis.withDefaults().withSamples(10_000).withSeed(1)
                .withExecutor(pool)).monteCarlo();
    }
}
