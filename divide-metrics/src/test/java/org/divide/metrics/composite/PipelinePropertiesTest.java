package org.divide.metrics.composite;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.divide.core.Framework;
import org.divide.core.Panel;
import org.divide.core.spec.Aggregate;
import org.divide.core.spec.Denominate;
import org.divide.core.spec.Impute;
import org.divide.core.spec.ImputeMethod;
import org.divide.core.spec.IndexSpec;
import org.divide.core.spec.Normalise;
import org.divide.core.spec.NormaliseMethod;
import org.divide.core.spec.Treat;
import org.divide.core.spec.Weights;
import org.divide.metrics.testdata.AsemFixture;
import org.junit.jupiter.api.Test;

/** Invariances of the pipeline on the ASEM "default" build (seeded). */
class PipelinePropertiesTest {

    static final IndexSpec DEFAULT = IndexSpec.of(AsemFixture.FRAMEWORK, Denominate.by(AsemFixture.denominators()),
            Impute.of(ImputeMethod.groupMean("EurAsia_group")), Treat.coinr(), Normalise.minMax(),
            Aggregate.arithmetic());

    @Test
    void scoresDoNotDependOnTheScaleOfTheWeights() {
        IndexResult base = CompositeIndex.of(DEFAULT).run(AsemFixture.data());
        Random rnd = new Random(42);
        Framework f = AsemFixture.FRAMEWORK;
        Map<String, Double> w = new java.util.HashMap<>();
        for (Framework.Node n : f.nodes()) {
            w.put(n.code(), 0.5 + rnd.nextDouble());
        }
        IndexResult a = CompositeIndex.of(DEFAULT.withStep(Weights.explicit(w))).run(AsemFixture.data());
        Map<String, Double> scaled = new java.util.HashMap<>();
        w.forEach((k, v) -> scaled.put(k, v * 7.25));
        IndexResult b = CompositeIndex.of(DEFAULT.withStep(Weights.explicit(scaled))).run(AsemFixture.data());
        for (String code : List.of("Index", "Conn", "Sust", "P2P")) {
            double[] x = a.scores(code);
            double[] y = b.scores(code);
            for (int e = 0; e < x.length; e++) {
                assertEquals(x[e], y[e], 1e-12 * Math.abs(x[e]), code);
            }
        }
        assertNotEquals(base.indexScores()[0], a.indexScores()[0]);
    }

    @Test
    void permutingTheEconomiesPermutesTheResult() {
        List<String> order = new ArrayList<>(AsemFixture.economies());
        Collections.shuffle(order, new Random(7));
        Panel shuffled = AsemFixture.PANEL.selectEconomies(order);
        IndexData d = IndexData.of(shuffled, AsemFixture.YEAR);
        for (String g : AsemFixture.GROUPS) {
            d = d.withGrouping(AsemFixture.grouping(g));
        }
        IndexResult a = CompositeIndex.of(DEFAULT).run(AsemFixture.data());
        IndexResult b = CompositeIndex.of(DEFAULT).run(d);
        for (String code : a.aggregated().codes()) {
            for (String e : order) {
                double x = a.aggregated().value(e, code);
                double y = b.aggregated().value(e, code);
                assertEquals(x, y, 1e-12 * Math.max(1, Math.abs(x)), code + " " + e);
            }
        }
    }

    @Test
    void ranksAreConsistentWithScores() {
        IndexResult r = CompositeIndex.of(DEFAULT).run(AsemFixture.data());
        Stage ranks = r.rankStage();
        for (String code : r.aggregated().codes()) {
            double[] s = r.scores(code);
            double[] k = ranks.column(code);
            for (int i = 0; i < s.length; i++) {
                int better = 0;
                for (double v : s) {
                    better += v > s[i] ? 1 : 0;
                }
                assertEquals(1 + better, k[i], code);
            }
        }
        double[] within = r.ranksWithin("Index", AsemFixture.grouping("EurAsia_group"));
        for (double v : within) {
            assertTrue(v >= 1 && v <= 51);
        }
    }

    @Test
    void changingOneStepOnlyChangesDownstreamStages() {
        CompositeIndex first = CompositeIndex.of(DEFAULT);
        IndexResult a = first.run(AsemFixture.data());
        IndexSpec changed = DEFAULT.withStep(Normalise.with(NormaliseMethod.zScore(10, 2)));
        IndexResult fresh = first.withSpec(changed).run(AsemFixture.data());
        IndexResult reused = first.withSpec(changed).rerun(a);
        for (int s = 0; s < 4; s++) {
            Stage x = a.stages().get(s);
            assertArrayEquals(x.columns(), fresh.stages().get(s).columns(), x.name());
            assertSame(x, reused.stages().get(s), x.name());
        }
        assertTrue(a.treatment().equals(reused.treatment()));
        assertNotEquals(a.normalised().value("AUT", "LPI"), fresh.normalised().value("AUT", "LPI"));
        for (int s = 0; s < fresh.stages().size(); s++) {
            assertArrayEquals(fresh.stages().get(s).columns(), reused.stages().get(s).columns());
        }
        IndexResult weightsOnly = first.withSpec(DEFAULT.withStep(Weights.explicit(Map.of("Conn", 2.0)))).rerun(a);
        assertSame(a.normalised(), weightsOnly.normalised());
        assertNotEquals(a.indexScores()[0], weightsOnly.indexScores()[0]);
    }

    @Test
    void runsAreRepeatableAndThreadSafe() throws Exception {
        CompositeIndex index = CompositeIndex.of(DEFAULT);
        IndexData data = AsemFixture.data();
        double[] want = index.run(data).indexScores();
        List<Thread> threads = new ArrayList<>();
        List<Throwable> failures = Collections.synchronizedList(new ArrayList<>());
        for (int t = 0; t < 4; t++) {
            Thread th = new Thread(() -> {
                try {
                    for (int i = 0; i < 50; i++) {
                        assertArrayEquals(want, index.run(data).indexScores());
                    }
                } catch (Throwable e) {
                    failures.add(e);
                }
            });
            threads.add(th);
            th.start();
        }
        for (Thread th : threads) {
            th.join();
        }
        assertTrue(failures.isEmpty(), failures.toString());
    }
}
