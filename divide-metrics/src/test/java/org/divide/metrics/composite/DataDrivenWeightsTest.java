package org.divide.metrics.composite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.divide.core.Direction;
import org.divide.core.Framework;
import org.divide.core.spec.Aggregate;
import org.divide.core.spec.AggregateMethod;
import org.divide.core.spec.Impute;
import org.divide.core.spec.IndexSpec;
import org.divide.core.spec.Normalise;
import org.divide.core.spec.WeightMethod;
import org.divide.core.spec.Weights;
import org.divide.metrics.internal.multivariate.Correlation;
import org.divide.metrics.testdata.AsemFixture;
import org.divide.metrics.weights.OptimisedWeights;
import org.junit.jupiter.api.Test;

/** PCA, optimised and benefit-of-the-doubt weights inside the pipeline (ASEM). */
class DataDrivenWeightsTest {

    static final IndexSpec BASE = IndexSpec.of(AsemFixture.FRAMEWORK, Impute.mean(), Normalise.minMax(),
            Aggregate.arithmetic());

    @Test
    void pcaWeightsOfEachPillarSumToOne() {
        IndexResult r = CompositeIndex.of(BASE.withStep(Weights.of(WeightMethod.pca(1)))).run(AsemFixture.data());
        Map<String, Double> w = r.weights();
        for (String pillar : List.of("Physical", "Social")) {
            double sum = AsemFixture.FRAMEWORK.children(pillar).stream().mapToDouble(n -> w.get(n.code())).sum();
            assertEquals(1, sum, 1e-12, pillar);
        }
        assertEquals(1.0, w.get("Conn"));
    }

    @Test
    void optimisedWeightsBalanceThePillarsCorrelationsWithTheIndex() {
        IndexResult plain = CompositeIndex.of(BASE).run(AsemFixture.data());
        IndexResult opt = CompositeIndex.of(BASE.withStep(Weights.of(WeightMethod.optimised(2)))).run(AsemFixture.data());
        OptimisedWeights.Result o = opt.optimisation().orElseThrow();
        double[] before = correlations(plain);
        double[] after = o.correlations();
        assertEquals(8, after.length);
        assertTrue(objective(after) < objective(before), objective(before) + " -> " + objective(after));
        assertEquals(correlations(opt)[0], after[0], 1e-12);
        double sum = 0;
        for (String p : List.of("Physical", "ConEcFin", "Political", "Instit", "P2P", "Environ", "Social",
                "SusEcFin")) {
            sum += opt.weights().get(p);
        }
        assertEquals(1, sum, 1e-12);
    }

    static double[] correlations(IndexResult r) {
        List<String> pillars = List.of("Physical", "ConEcFin", "Political", "Instit", "P2P", "Environ", "Social",
                "SusEcFin");
        double[] c = new double[pillars.size()];
        for (int k = 0; k < c.length; k++) {
            c[k] = Correlation.pearson(r.scores(pillars.get(k)), r.indexScores());
        }
        return c;
    }

    static double objective(double[] r) {
        double sum = 0;
        for (double v : r) {
            sum += v;
        }
        double ss = 0;
        for (double v : r) {
            ss += Math.pow(1.0 / r.length - v / sum, 2);
        }
        return Math.log(ss / r.length);
    }

    @Test
    void benefitOfTheDoubtAtTheTopGivesTheFrontierOne() {
        IndexResult r = CompositeIndex.of(BASE.withStep(Aggregate.arithmetic().withLevel(4,
                Aggregate.Rule.of(AggregateMethod.benefitOfTheDoubt())))).run(AsemFixture.data());
        double max = 0;
        for (double v : r.indexScores()) {
            assertTrue(v >= 0 && v <= 1 + 1e-12);
            max = Math.max(max, v);
        }
        assertEquals(1, max, 1e-9);
    }

    @Test
    void aNegativeAggregateEntersItsParentReflected() {
        java.util.List<Framework.Node> nodes = new java.util.ArrayList<>(AsemFixture.FRAMEWORK.nodes());
        for (int i = 0; i < nodes.size(); i++) {
            Framework.Node n = nodes.get(i);
            if (n.code().equals("Environ")) {
                nodes.set(i, new Framework.Node(n.code(), n.name(), n.parent(), n.level(), n.weight(),
                        Direction.NEGATIVE, false));
            }
        }
        IndexSpec spec = BASE.withFramework(Framework.of(nodes));
        IndexResult honoured = CompositeIndex.of(spec).run(AsemFixture.data());
        IndexResult ignored = CompositeIndex.of(spec.withStep(Aggregate.arithmetic().withDirections(false)))
                .run(AsemFixture.data());
        IndexResult plain = CompositeIndex.of(BASE).run(AsemFixture.data());
        assertEquals(plain.scores("Environ")[0], honoured.scores("Environ")[0], 0);
        assertEquals(plain.scores("Sust")[0], ignored.scores("Sust")[0], 0);
        assertNotEquals(plain.scores("Sust")[0], honoured.scores("Sust")[0]);
        double[] env = plain.scores("Environ");
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (double v : env) {
            lo = Math.min(lo, v);
            hi = Math.max(hi, v);
        }
        double want = ((lo + hi - env[0]) + plain.scores("Social")[0] + plain.scores("SusEcFin")[0]) / 3;
        assertEquals(want, honoured.scores("Sust")[0], 1e-12);
    }
}
