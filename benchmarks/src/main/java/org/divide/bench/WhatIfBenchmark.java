package org.divide.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;

import org.divide.core.spec.IndexSpec;
import org.divide.metrics.composite.CompositeIndex;
import org.divide.metrics.profile.Change;
import org.divide.metrics.profile.WhatIf;
import org.divide.metrics.profile.WhatIfResult;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Single-economy what-ifs per second on COINr's ASEM example (51 economies, 49 indicators, the
 * plain build: min-max [0, 100], arithmetic means), issue #16's target ≥ 10 000/s:
 * {@code inside} changes one indicator of one economy within the indicator's range (only the
 * economy's aggregation path is recomputed), {@code frontier} raises it above the maximum (the
 * column's normalisation moves, every economy's path is recomputed), {@code rebuild} the same
 * changes by a full rebuild of the modified data through the pipeline, for comparison. 1 024
 * seeded changes cycled.
 *
 * <pre>
 * java -jar benchmarks/target/benchmarks.jar org.divide.bench.WhatIfBenchmark
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class WhatIfBenchmark {

    private static final int CHANGES = 1024;

    private WhatIf whatIf;
    private List<List<Change>> inside;
    private List<List<Change>> frontier;
    private int next;

    /** Builds the base index and the changes. */
    @Setup
    public void setUp() {
        AsemExample asem = new AsemExample();
        whatIf = WhatIf.of(CompositeIndex.of(IndexSpec.plain(asem.framework)), asem.data);
        List<String> economies = whatIf.base().economies();
        List<String> indicators = asem.framework.indicatorCodes();
        SplittableRandom rng = new SplittableRandom(16);
        inside = new ArrayList<>();
        frontier = new ArrayList<>();
        for (int c = 0; c < CHANGES; c++) {
            String e = economies.get(rng.nextInt(economies.size()));
            String i = indicators.get(rng.nextInt(indicators.size()));
            double[] raw = Arrays.stream(whatIf.base().raw().column(i)).filter(v -> !Double.isNaN(v)).toArray();
            double min = Arrays.stream(raw).min().orElseThrow();
            double max = Arrays.stream(raw).max().orElseThrow();
            inside.add(List.of(new Change(e, i, new Change.ToValue(min + (max - min) * (0.05 + 0.9 * rng.nextDouble())))));
            frontier.add(List.of(new Change(e, i, new Change.ToValue(max + (max - min) * rng.nextDouble()))));
        }
    }

    /**
     * One what-if inside the indicator's range.
     *
     * @return the result
     */
    @Benchmark
    public WhatIfResult inside() {
        next = (next + 1) & (CHANGES - 1);
        return whatIf.apply(inside.get(next));
    }

    /**
     * One what-if moving the indicator's maximum.
     *
     * @return the result
     */
    @Benchmark
    public WhatIfResult frontier() {
        next = (next + 1) & (CHANGES - 1);
        return whatIf.apply(frontier.get(next));
    }

    /**
     * One what-if by a full rebuild.
     *
     * @return the result
     */
    @Benchmark
    public WhatIfResult rebuild() {
        next = (next + 1) & (CHANGES - 1);
        return whatIf.rebuild(inside.get(next));
    }
}
