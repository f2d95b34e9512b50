package org.divide.metrics.uncertainty;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.ForkJoinPool;
import org.divide.core.Direction;
import org.divide.core.Economy;
import org.divide.core.Framework;
import org.divide.core.Indicator;
import org.divide.core.Panel;
import org.divide.core.spec.Aggregate;
import org.divide.core.spec.IndexSpec;
import org.divide.core.spec.Normalise;
import org.divide.core.spec.NormaliseMethod;
import org.divide.core.spec.Weights;
import org.divide.metrics.composite.CompositeIndex;
import org.divide.metrics.composite.IndexData;
import org.divide.metrics.composite.IndexResult;
import org.divide.metrics.testdata.AsemFixture;
import org.junit.jupiter.api.Test;

/**
 * The index layer on COINr's ASEM example ({@link AsemFixture}) with the vignette's design, and on
 * a small synthetic index for the degenerate cases.
 */
class IndexUncertaintyTest {

    /** COINr's vignette: winmax 1–5, min-max [1, 100] vs z-score (10, 2), ±25% weights at levels 2–3, mean. */
    static List<Assumption> vignette() {
        return List.of(Assumption.winsorisationLimit(1, 5),
                Assumption.normalisation(List.of(NormaliseMethod.minMax(1, 100), NormaliseMethod.zScore(10, 2))),
                Assumption.weightNoise(0.25, 100, 2, 3),
                Assumption.aggregation(List.of(Aggregate.Rule.arithmetic(), Aggregate.Rule.geometric())));
    }

    static IndexUncertainty asem() {
        return IndexUncertainty.of(AsemFixture.exampleCoin(), AsemFixture.data()).withAssumptions(vignette())
                .withAnalysis(UncertaintyAnalysis.withDefaults().withSamples(100).withSeed(7).withBootstrap(100));
    }

    @Test
    void theVignetteDesignOnAsem() {
        IndexUncertaintyResult r = asem().sensitivity();
        assertEquals(600, r.runs());
        assertEquals(0, r.failedRuns());
        assertEquals(51, r.economies().size());
        assertEquals(List.of("winsorisation", "normalisation", "weights", "aggregation"), r.assumptions());
        assertEquals(List.of("1", "2", "3", "4", "5"), r.alternatives().get(0));
        assertEquals(List.of("min_max(1, 100)", "z_score(10, 2)"), r.alternatives().get(1));
        assertEquals(100, r.alternatives().get(2).size());
        IndexResult nominal = CompositeIndex.of(AsemFixture.exampleCoin()).run(AsemFixture.data());
        double[] nominalRanks = nominal.ranks("Index");
        for (int e = 0; e < 51; e++) {
            EconomyUncertainty u = r.economies().get(e);
            assertEquals(nominal.economies().get(e), u.economy());
            assertEquals(nominalRanks[e], u.nominalRank());
            assertTrue(1 <= u.rankLow() && u.rankLow() <= u.medianRank() && u.medianRank() <= u.rankHigh()
                    && u.rankHigh() <= 51, u::toString);
            assertEquals(4, u.rankIndices().size());
            assertTrue(u.meanAbsoluteRankShift() >= 0);
        }
        // COINr's summary: the mean absolute rank shift, and its indices on the four assumptions
        assertEquals(200, r.summary().count());
        assertTrue(r.meanAbsoluteRankShift() > 0.5 && r.meanAbsoluteRankShift() < 10, r.summary()::toString);
        assertEquals(4, r.summaryIndices().size());
        double sumTotal = 0;
        for (SobolIndex s : r.summaryIndices()) {
            assertTrue(Double.isFinite(s.firstOrder()) && Double.isFinite(s.total()), s::toString);
            sumTotal += s.total();
        }
        assertTrue(sumTotal > 0.5, "the assumptions explain the summary's variance: " + r.summaryIndices());
        ResultTable t = r.table();
        assertEquals(10 + 16, t.columns().size());
        assertEquals("rank_q5", t.columns().get(3));
        assertEquals("ST_rank[aggregation]", t.columns().get(23));
        assertEquals(51, t.rows().size());
        assertEquals(52, t.toCsv().split("\n").length);
    }

    @Test
    void sameSeedSameResultOnOneOrTwoThreads() {
        ForkJoinPool two = new ForkJoinPool(2);
        try {
            IndexUncertainty base = asem().withAnalysis(UncertaintyAnalysis.withDefaults().withSamples(16).withSeed(3)
                    .withBootstrap(50));
            IndexUncertaintyResult one = base.withAnalysis(UncertaintyAnalysis.withDefaults().withSamples(16)
                    .withSeed(3).withBootstrap(50).withExecutor(Runnable::run)).sensitivity();
            IndexUncertaintyResult many = base.withAnalysis(UncertaintyAnalysis.withDefaults().withSamples(16)
                    .withSeed(3).withBootstrap(50).withExecutor(two)).sensitivity();
            assertEquals(one, many);
            assertEquals(one, base.sensitivity());
            IndexUncertaintyResult other = base.withAnalysis(UncertaintyAnalysis.withDefaults().withSamples(16)
                    .withSeed(4).withBootstrap(50)).sensitivity();
            assertTrue(!one.runMatrix().equals(other.runMatrix()));
        } finally {
            two.shutdown();
        }
    }

    /** A run through the data-stage cache equals a full run of the same spec. */
    @Test
    void cachedRunsEqualFullRuns() {
        CompositeIndex index = CompositeIndex.of(AsemFixture.exampleCoin());
        IndexResult nominal = index.run(AsemFixture.data());
        List<Assumption> assumptions = vignette();
        List<Assumption.Alternatives> bound = new java.util.ArrayList<>();
        for (int a = 0; a < assumptions.size(); a++) {
            bound.add(assumptions.get(a).bind(new Assumption.Context(index.spec(), nominal.weights(), 1, a)));
        }
        IndexModel model = new IndexModel(index, AsemFixture.data(), bound, List.of("w", "n", "x", "a"), "Index", nominal,
                FailurePolicy.THROW);
        SplittableRandom rng = new SplittableRandom(5);
        for (int i = 0; i < 30; i++) {
            double[] x = {rng.nextInt(5), rng.nextInt(2), rng.nextInt(100), rng.nextInt(2)};
            double[] cached = model.evaluate(x);
            IndexResult full = CompositeIndex.of(model.spec(x)).run(AsemFixture.data());
            assertArrayEquals(full.ranks("Index"), java.util.Arrays.copyOfRange(cached, 0, 51), model.describe(x));
            assertArrayEquals(full.scores("Index"), java.util.Arrays.copyOfRange(cached, 51, 102), model.describe(x));
        }
        // the noisy weights stay within ±25% of the nominal ones, at levels 2 and 3 only
        IndexSpec noisy = model.spec(new double[] {4, 0, 17, 0});
        Map<String, Double> w = noisy.step(Weights.class).orElseThrow().explicit();
        assertEquals(10, w.size());
        w.forEach((code, v) -> assertTrue(v >= 0.75 * nominal.weights().get(code) && v <= 1.25 * nominal.weights().get(code)));
    }

    @Test
    void monteCarloOnAsem() {
        IndexUncertaintyResult r = asem().withTarget("Conn").withRankInterval(0.1, 0.9).monteCarlo();
        assertEquals(100, r.runs());
        assertEquals("Conn", r.target());
        assertTrue(r.summaryIndices().isEmpty());
        assertTrue(r.economies().get(0).rankIndices().isEmpty());
        assertEquals(List.of("economy", "nominal_rank", "median_rank", "rank_q10", "rank_q90", "mean_abs_rank_shift",
                "nominal_score", "median_score", "score_q10", "score_q90"), r.table().columns());
        assertEquals(r.economies().get(3), r.economy(r.economies().get(3).economy()));
    }

    /** The geometric mean of z-scores around 0 fails; the policy decides what a failed run is. */
    @Test
    void failedRuns() {
        IndexUncertainty u = IndexUncertainty.of(AsemFixture.exampleCoin(), AsemFixture.data())
                .withAssumptions(List.of(Assumption.normalisation(List.of(NormaliseMethod.minMax(1, 100),
                        NormaliseMethod.zScore(0, 1))), Assumption.aggregation(List.of(Aggregate.Rule.arithmetic(),
                        Aggregate.Rule.geometric()))))
                .withAnalysis(UncertaintyAnalysis.withDefaults().withSamples(32).withBootstrap(0));
        IllegalStateException e = assertThrows(IllegalStateException.class, u::monteCarlo);
        assertTrue(e.getMessage().startsWith("the model failed at run "), e.getMessage());
        assertTrue(e.getCause().getMessage().startsWith(
                "the index failed with normalisation = z_score(0, 1), aggregation = geometric: "), e.getCause().getMessage());
        IndexUncertaintyResult r = u.withFailurePolicy(FailurePolicy.MISSING).monteCarlo();
        assertTrue(r.failedRuns() > 0 && r.failedRuns() < 32, "failed " + r.failedRuns());
        assertEquals(r.failedRuns(), r.summary().missing());
        assertEquals(32 - r.failedRuns(), r.summary().count());
    }

    @Test
    void degenerateAssumptionsAndEconomies() {
        IndexUncertaintyResult r = IndexUncertainty.of(Tiny.SPEC, Tiny.DATA)
                .withAssumptions(List.of(Assumption.winsorisationLimit(5, 5), Assumption.dropOne(1),
                        Assumption.aggregation(List.of(Aggregate.Rule.arithmetic(), Aggregate.Rule.geometric()))))
                .withAnalysis(UncertaintyAnalysis.withDefaults().withSamples(64).withBootstrap(20)).sensitivity();
        assertEquals(List.of("none", "a", "b", "c", "d"), r.alternatives().get(1));
        assertEquals(64 * 4, r.runs()); // the one-choice assumption costs no runs
        EconomyUncertainty top = r.economy("TOP");
        assertEquals(1, top.nominalRank());
        assertEquals(1, top.rankLow());
        assertEquals(1, top.rankHigh());
        assertEquals(0, top.meanAbsoluteRankShift());
        assertTrue(Double.isNaN(top.rankIndices().get(1).firstOrder())); // the rank never changes
        assertEquals(0, top.rankIndices().get(0).total()); // one alternative
        for (EconomyUncertainty e : r.economies()) {
            assertEquals(0, e.scoreIndices().get(0).firstOrder());
        }
        EconomyUncertainty mid = r.economy("MID");
        assertTrue(mid.scoreIndices().get(1).total() > 0, mid::toString);
    }

    @Test
    void badArguments() {
        IndexUncertainty u = IndexUncertainty.of(Tiny.SPEC, Tiny.DATA);
        assertThrows(IllegalArgumentException.class, u::monteCarlo); // no assumptions
        assertThrows(IllegalArgumentException.class, () -> u.withTarget("nope"));
        assertThrows(IllegalArgumentException.class, () -> u.withAssumptions(List.of(Assumption.dropOne(1),
                Assumption.dropOne(2).named("drop L1"))));
        assertThrows(IllegalArgumentException.class, () -> u.withRankInterval(0.9, 0.1));
        assertThrows(IllegalArgumentException.class, () -> u.withFailurePolicy(null));
        assertThrows(IllegalArgumentException.class, () -> Assumption.winsorisationLimit(3, 2));
        assertThrows(IllegalArgumentException.class, () -> Assumption.weightNoise(1.5, 10, 2));
        assertThrows(IllegalArgumentException.class, () -> Assumption.aggregation(1, List.of(Aggregate.Rule.arithmetic())));
        assertThrows(IllegalArgumentException.class, () -> Assumption.normalisation(List.of()));
        IllegalArgumentException drop = assertThrows(IllegalArgumentException.class,
                () -> u.withAssumptions(List.of(Assumption.dropOne(List.of("zz")))).monteCarlo());
        assertEquals("drop: no node zz in the framework", drop.getMessage());
        assertThrows(IllegalArgumentException.class,
                () -> u.withAssumptions(List.of(Assumption.dropOne(3))).monteCarlo());
        Assumption custom = Assumption.of("custom", List.of("x"), (spec, c) -> spec);
        assertSame(IndexUncertainty.class, u.withAssumptions(List.of(custom)).getClass());
    }

    /** Five economies, four indicators in two pillars; TOP leads every indicator. */
    static final class Tiny {
        static final IndexSpec SPEC;
        static final IndexData DATA;

        static {
            Framework f = Framework.builder()
                    .add(Framework.Node.aggregate("Index", "Index", null, 3, 1))
                    .add(Framework.Node.aggregate("P1", "P1", "Index", 2, 1))
                    .add(Framework.Node.aggregate("P2", "P2", "Index", 2, 1))
                    .add(Framework.Node.indicator("a", "a", "P1", 1, Direction.POSITIVE))
                    .add(Framework.Node.indicator("b", "b", "P1", 1, Direction.POSITIVE))
                    .add(Framework.Node.indicator("c", "c", "P2", 1, Direction.POSITIVE))
                    .add(Framework.Node.indicator("d", "d", "P2", 2, Direction.POSITIVE)).build();
            Panel.Builder p = Panel.builder();
            String[] economies = {"TOP", "MID", "LOW", "ODD", "EVN"};
            double[][] values = {{10, 10, 10, 10}, {5, 3, 6, 2}, {1, 1, 1, 1}, {8, 1, 2, 7}, {2, 7, 8, 3}};
            for (String c : List.of("a", "b", "c", "d")) {
                p.addIndicator(Indicator.of(c));
            }
            for (int e = 0; e < economies.length; e++) {
                p.addEconomy(Economy.of(economies[e], economies[e]));
                for (int k = 0; k < 4; k++) {
                    p.put(economies[e], "abcd".substring(k, k + 1), 2020, values[e][k]);
                }
            }
            SPEC = IndexSpec.of(f, Normalise.with(NormaliseMethod.minMax(1, 100)), Aggregate.arithmetic());
            DATA = IndexData.of(p.build(), 2020);
        }
    }
}
