package org.divide.bench.composite.pipeline;

import java.util.concurrent.TimeUnit;

import org.divide.bench.AsemExample;
import org.divide.core.spec.Aggregate;
import org.divide.core.spec.Denominate;
import org.divide.core.spec.Impute;
import org.divide.core.spec.ImputeMethod;
import org.divide.core.spec.IndexSpec;
import org.divide.core.spec.Normalise;
import org.divide.core.spec.NormaliseMethod;
import org.divide.core.spec.Treat;
import org.divide.metrics.composite.CompositeIndex;
import org.divide.metrics.composite.IndexData;
import org.divide.metrics.composite.IndexResult;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Full builds of a composite index, re-run after warm-up on data loaded once (as a sensitivity
 * analysis re-runs them):
 *
 * <ul>
 * <li>{@code asemPlain}: COINr's ASEM example, min-max [0, 100] and arithmetic means;</li>
 * <li>{@code asemDefault}: ASEM with COINr's usual steps — denominate by iMeta's denominators,
 *     impute by the mean of the Europe/Asia group, treat outliers (COINr's rule), min-max, arithmetic
 *     means (COINr: ≈ 0.23 s per run on the same machine);</li>
 * <li>{@code asemDefaultRerunFromNormalise}: the default build re-run from the normalisation, the
 *     stages before it reused ({@code CompositeIndex.rerun});</li>
 * <li>{@code synthetic200x60}: 200 economies × 60 indicators (5 % missing), mean imputation,
 *     treatment, min-max, arithmetic means over 10 pillars, 4 sub-indices and the index.</li>
 * </ul>
 *
 * <pre>
 * java -jar benchmarks/target/benchmarks.jar org.divide.bench.composite.pipeline
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class PipelineBenchmark {

    private IndexData asem;
    private CompositeIndex plain;
    private CompositeIndex asemDefault;
    private CompositeIndex rerunIndex;
    private IndexResult defaultResult;
    private IndexData synthetic;
    private CompositeIndex syntheticIndex;

    /** Loads the data and compiles the specs. */
    @Setup(Level.Trial)
    public void setUp() {
        AsemExample in = new AsemExample();
        asem = in.data;
        plain = CompositeIndex.of(IndexSpec.plain(in.framework));
        IndexSpec spec = IndexSpec.of(in.framework, Denominate.by(in.denominators),
                Impute.of(ImputeMethod.groupMean("EurAsia_group")), Treat.coinr(), Normalise.minMax(),
                Aggregate.arithmetic());
        asemDefault = CompositeIndex.of(spec);
        defaultResult = asemDefault.run(asem);
        rerunIndex = asemDefault.withSpec(spec.withStep(Normalise.with(NormaliseMethod.minMax(1, 100))));
        SyntheticIndex s = new SyntheticIndex(200, 60, 2024);
        synthetic = s.data;
        syntheticIndex = CompositeIndex.of(IndexSpec.of(s.framework, Impute.mean(), Treat.coinr(), Normalise.minMax(),
                Aggregate.arithmetic()));
    }

    /**
     * ASEM, plain build.
     *
     * @return the result
     */
    @Benchmark
    public IndexResult asemPlain() {
        return plain.run(asem);
    }

    /**
     * ASEM, default build.
     *
     * @return the result
     */
    @Benchmark
    public IndexResult asemDefault() {
        return asemDefault.run(asem);
    }

    /**
     * ASEM, default build, ranks of the index included.
     *
     * @return the index ranks
     */
    @Benchmark
    public double[] asemDefaultWithRanks() {
        return asemDefault.run(asem).ranks("Index");
    }

    /**
     * ASEM, default build re-run from the normalisation.
     *
     * @return the result
     */
    @Benchmark
    public IndexResult asemDefaultRerunFromNormalise() {
        return rerunIndex.rerun(defaultResult);
    }

    /**
     * Synthetic 200 × 60 index.
     *
     * @return the result
     */
    @Benchmark
    public IndexResult synthetic200x60() {
        return syntheticIndex.run(synthetic);
    }
}
