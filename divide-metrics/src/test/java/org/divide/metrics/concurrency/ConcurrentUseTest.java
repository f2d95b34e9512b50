package org.divide.metrics.concurrency;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.divide.core.spec.Aggregate;
import org.divide.core.spec.IndexSpec;
import org.divide.core.spec.NormaliseMethod;
import org.divide.metrics.composite.CompositeIndex;
import org.divide.metrics.composite.IndexData;
import org.divide.metrics.inequality.Measure;
import org.divide.metrics.inference.Bootstrap;
import org.divide.metrics.inference.BootstrapInterval;
import org.divide.metrics.testdata.AsemFixture;
import org.divide.metrics.uncertainty.Assumption;
import org.divide.metrics.uncertainty.IndexUncertainty;
import org.divide.metrics.uncertainty.IndexUncertaintyResult;
import org.divide.metrics.uncertainty.UncertaintyAnalysis;
import org.junit.jupiter.api.Test;

/**
 * Index builds, uncertainty analyses and bootstraps run concurrently on one shared spec, panel
 * and set of options objects give, task for task, the results of the same tasks run one after
 * the other: the library's objects are immutable and its parallel kernels deterministic.
 */
class ConcurrentUseTest {

    private static final int ROUNDS = 6;

    @Test
    void concurrentRunsEqualSequentialRuns() throws Exception {
        IndexSpec spec = IndexSpec.plain(AsemFixture.FRAMEWORK);
        IndexData data = AsemFixture.data();
        CompositeIndex index = CompositeIndex.of(spec);
        IndexUncertainty uncertainty = IndexUncertainty.of(spec, data)
                .withAssumptions(List.of(Assumption.normalisation(List.of(NormaliseMethod.minMax(1, 100),
                        NormaliseMethod.zScore(10, 2))), Assumption.aggregation(List.of(Aggregate.Rule.arithmetic(),
                                Aggregate.Rule.geometric()))))
                .withAnalysis(UncertaintyAnalysis.withDefaults().withSamples(64).withSeed(7));
        double[] scores = index.run(data).indexScores();
        double[] positive = java.util.Arrays.stream(scores).filter(v -> v > 0).toArray();
        Bootstrap bootstrap = Bootstrap.withDefaults().withReplicates(199).withSeed(3);
        Measure gini = Measure.gini();

        List<Callable<Object>> tasks = new ArrayList<>();
        for (int r = 0; r < ROUNDS; r++) {
            tasks.add(() -> index.run(data).indexScores());
            tasks.add(() -> ranks(uncertainty.monteCarlo()));
            tasks.add(() -> interval(bootstrap.interval(gini::compute, positive)));
        }
        List<Object> sequential = new ArrayList<>();
        for (Callable<Object> task : tasks) {
            sequential.add(task.call());
        }
        ExecutorService pool = Executors.newFixedThreadPool(6);
        try {
            List<Future<Object>> futures = pool.invokeAll(tasks);
            for (int t = 0; t < tasks.size(); t++) {
                assertArrayEquals((double[]) sequential.get(t), (double[]) futures.get(t).get(), 0, "task " + t);
            }
        } finally {
            pool.shutdown();
            assertEquals(true, pool.awaitTermination(1, TimeUnit.MINUTES));
        }
    }

    private static double[] ranks(IndexUncertaintyResult result) {
        List<String> economies = AsemFixture.economies();
        double[] out = new double[economies.size() * 3];
        for (int e = 0; e < economies.size(); e++) {
            out[3 * e] = result.economy(economies.get(e)).medianRank();
            out[3 * e + 1] = result.economy(economies.get(e)).rankLow();
            out[3 * e + 2] = result.economy(economies.get(e)).rankHigh();
        }
        return out;
    }

    private static double[] interval(BootstrapInterval ci) {
        return new double[] {ci.estimate(), ci.lower(), ci.upper()};
    }
}
