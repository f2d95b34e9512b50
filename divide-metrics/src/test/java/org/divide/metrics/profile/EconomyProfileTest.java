package org.divide.metrics.profile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;

import org.divide.core.Direction;
import org.divide.core.Economy;
import org.divide.core.Framework;
import org.divide.core.Indicator;
import org.divide.core.Panel;
import org.divide.core.spec.Aggregate;
import org.divide.core.spec.IndexSpec;
import org.divide.core.spec.Normalise;
import org.divide.core.spec.NormaliseMethod;
import org.divide.core.spec.Range;
import org.divide.metrics.composite.CompositeIndex;
import org.divide.metrics.composite.IndexData;
import org.divide.metrics.composite.IndexResult;
import org.divide.metrics.concentration.Quantiles;
import org.divide.metrics.testdata.AsemFixture;
import org.junit.jupiter.api.Test;

/**
 * The economy profile: the binding constraint against brute force (every single-indicator
 * improvement rebuilt through the pipeline), the arithmetic gain equal to the effective weight,
 * gaps and tiers against their definitions, peers.
 */
class EconomyProfileTest {

    static final String[] ECO = {"AAA", "BBB", "CCC", "DDD", "EEE", "FFF"};
    static final double[][] RAW = {
        {1, 4, 9, 2, 7, 5},
        {30, 10, 20, 50, 40, 60},
        {0.5, 0.9, 0.1, 0.3, 0.7, 0.2},
        {8, 3, 5, 1, 9, 6},
    };

    static Framework small() {
        return Framework.builder()
                .add(Framework.Node.indicator("i1", "i1", "P1", 1, Direction.POSITIVE))
                .add(Framework.Node.indicator("i2", "i2", "P1", 2, Direction.POSITIVE))
                .add(Framework.Node.indicator("i3", "i3", "P2", 1, Direction.NEGATIVE))
                .add(Framework.Node.indicator("i4", "i4", "P2", 1, Direction.POSITIVE))
                .add(Framework.Node.aggregate("P1", "P1", "R", 2, 1))
                .add(Framework.Node.aggregate("P2", "P2", "R", 2, 3))
                .add(Framework.Node.aggregate("R", "R", null, 3, 1)).build();
    }

    static Panel panel(double[][] values) {
        Panel.Builder b = Panel.builder().addYear(2020);
        for (String e : ECO) {
            b.addEconomy(Economy.of(e, e));
        }
        for (int i = 0; i < values.length; i++) {
            b.addIndicator(Indicator.of("i" + (i + 1)));
            b.putColumn("i" + (i + 1), 2020, values[i]);
        }
        return b.build();
    }

    @Test
    void bindingConstraintIsTheBestSingleImprovementByBruteForce() {
        for (Aggregate.Rule rule : List.of(Aggregate.Rule.geometric(), Aggregate.Rule.generalised(3),
                Aggregate.Rule.arithmetic())) {
            IndexSpec spec = IndexSpec.of(small(), Normalise.with(new NormaliseMethod.MinMax(Range.of(1, 100))),
                    Aggregate.with(rule));
            IndexResult r = CompositeIndex.of(spec).run(IndexData.of(panel(RAW), 2020));
            double[][] normalised = new double[4][];
            for (int i = 0; i < 4; i++) {
                normalised[i] = r.scores("i" + (i + 1));
            }
            // brute force: rebuild from the normalised values (no normalise step) with one value + 1
            IndexSpec noNormalise = IndexSpec.of(small(), Aggregate.with(rule));
            double[] base = CompositeIndex.of(noNormalise).run(IndexData.of(panel(normalised), 2020)).indexScores();
            for (int e = 0; e < ECO.length; e++) {
                EconomyProfile p = EconomyProfile.of(r, ECO[e], EconomyProfile.Options.defaults().withNearest(2));
                String best = null;
                double bestGain = Double.NEGATIVE_INFINITY;
                for (int i = 0; i < 4; i++) {
                    double[][] up = new double[4][];
                    for (int j = 0; j < 4; j++) {
                        up[j] = normalised[j].clone();
                    }
                    up[i][e] += 1;
                    double gain = CompositeIndex.of(noNormalise).run(IndexData.of(panel(up), 2020)).indexScores()[e]
                            - base[e];
                    assertEquals(gain, p.node("i" + (i + 1)).gain(), 1e-12, rule + " " + ECO[e] + " i" + (i + 1));
                    if (normalised[i][e] < 100 && gain > bestGain) {
                        bestGain = gain;
                        best = "i" + (i + 1);
                    }
                }
                assertEquals(best, p.binding().get(0).code(), rule + " " + ECO[e]);
            }
        }
    }

    @Test
    void arithmeticGainIsTheEffectiveWeight() {
        IndexResult r = CompositeIndex.of(IndexSpec.plain(AsemFixture.FRAMEWORK)).run(AsemFixture.data());
        EconomyProfile p = EconomyProfile.of(r, "AUT", EconomyProfile.Options.defaults());
        int complete = 0;
        for (NodeProfile n : p.nodes()) {
            if (n.level() == 1 && !Double.isNaN(n.score())) {
                complete++;
            }
        }
        // AUT has every indicator: weights are not renormalised, so the gain is the effective weight
        assertEquals(AsemFixture.FRAMEWORK.indicatorCodes().size(), complete);
        for (NodeProfile n : p.nodes()) {
            if (n.level() < AsemFixture.FRAMEWORK.levels()) {
                assertEquals(n.effectiveWeight(), n.gain(), 1e-12, n.code());
            }
        }
    }

    @Test
    void gapsAndTiersFollowTheirDefinitions() {
        IndexResult r = CompositeIndex.of(IndexSpec.plain(AsemFixture.FRAMEWORK)).run(AsemFixture.data());
        EconomyProfile p = EconomyProfile.of(r, "IND", EconomyProfile.Options.defaults()
                .withPeerGroup(AsemFixture.grouping("EurAsia_group")));
        assertEquals(51, p.economies());
        assertEquals("Index", p.nodes().get(0).code());
        for (NodeProfile n : p.nodes()) {
            double[] x = r.scores(n.code());
            double[] present = Arrays.stream(x).filter(v -> !Double.isNaN(v)).toArray();
            if (Double.isNaN(n.score())) {
                continue;
            }
            assertEquals(Arrays.stream(present).max().orElseThrow() - n.score(), n.frontierGap(), 0.0, n.code());
            double[] cuts = {Quantiles.quantile(present, 0.25), Quantiles.quantile(present, 0.5),
                Quantiles.quantile(present, 0.75)};
            int above = 0;
            for (double c : cuts) {
                above += n.score() > c ? 1 : 0;
            }
            assertEquals(4 - above, n.tier(), n.code());
            if (above < 3) {
                assertEquals(cuts[above], n.nextTierThreshold(), 0.0, n.code());
                assertTrue(n.nextTierGap() >= 0, n.code());
            } else {
                assertTrue(Double.isNaN(n.nextTierThreshold()), n.code());
            }
        }
        // peers: the other Asian economies of ASEM
        List<String> eco = r.economies();
        for (int q : p.peers().positions()) {
            assertEquals("Asia", AsemFixture.grouping("EurAsia_group").label(eco.get(q)).orElseThrow());
        }
        assertEquals(20, p.peers().positions().length);
    }

    @Test
    void nearestPeersByEuclideanDistance() {
        double[][] cols = {{0, 1, 5, 0.5}, {0, 1, 5, Double.NaN}};
        Peers.Result p = Peers.nearest(cols, 0, 2);
        assertEquals(3, p.positions()[0]);
        assertEquals(0.5 * Math.sqrt(2), p.distances()[0], 1e-15); // one of two indicators in common, rescaled
        assertEquals(1, p.positions()[1]);
        assertEquals(Math.sqrt(2), p.distances()[1], 1e-15);
    }

    @Test
    void weightedGapsToTheFrontierAddUpToTheIndexGap() {
        // min-max [0, 100] puts every indicator's frontier at 100, so the ideal economy scores 100;
        // with arithmetic means and no missing value the index gap is the effective-weighted sum
        // of the indicator gaps, and of the pillar gaps at every level
        IndexResult r = CompositeIndex.of(IndexSpec.plain(AsemFixture.FRAMEWORK)).run(AsemFixture.data());
        EconomyProfile p = EconomyProfile.of(r, "AUT", EconomyProfile.Options.defaults());
        double indexGap = 100 - p.node("Index").score();
        for (int level = 1; level < AsemFixture.FRAMEWORK.levels(); level++) {
            double sum = 0;
            for (NodeProfile n : p.nodes()) {
                if (n.level() == level) {
                    sum += n.effectiveWeight() * (100 - n.score());
                }
            }
            assertEquals(indexGap, sum, 1e-9, "level " + level);
        }
        for (NodeProfile n : p.nodes()) {
            if (n.level() == 1) {
                assertEquals(100.0, n.frontier(), 0.0, n.code());
            }
        }
    }
}
