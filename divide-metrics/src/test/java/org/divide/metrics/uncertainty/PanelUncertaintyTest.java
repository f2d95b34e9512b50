package org.divide.metrics.uncertainty;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.divide.core.Indicator;
import org.divide.core.Panel;
import org.divide.core.spec.Aggregate;
import org.divide.core.spec.IndexSpec;
import org.divide.core.spec.NormaliseMethod;
import org.divide.core.spec.Treat;
import org.divide.metrics.composite.CompositeIndex;
import org.divide.metrics.composite.IndexData;
import org.divide.metrics.composite.NormalisationScope;
import org.divide.metrics.testdata.AsemFixture;
import org.junit.jupiter.api.Test;

/**
 * Intervals of an index over several years: one year per year is {@link IndexUncertainty} on that
 * year exactly (the same runs, the same quantiles); with two identical years and global
 * normalisation, both years carry the one year's intervals.
 */
class PanelUncertaintyTest {

    static final IndexSpec SPEC = IndexSpec.plain(AsemFixture.FRAMEWORK).withStep(Treat.coinr());

    static List<Assumption> assumptions() {
        return List.of(Assumption.winsorisationLimit(1, 5),
                Assumption.normalisation(List.of(NormaliseMethod.minMax(1, 100), NormaliseMethod.zScore(10, 2))),
                Assumption.weightNoise(0.25, 20, 2, 3),
                Assumption.aggregation(List.of(Aggregate.Rule.arithmetic(), Aggregate.Rule.geometric())));
    }

    /** Min-max alternatives only: pooling a year with itself leaves min and max alone (a z-score's sd would move). */
    static List<Assumption> minMaxAssumptions() {
        return List.of(Assumption.winsorisationLimit(1, 5),
                Assumption.normalisation(List.of(NormaliseMethod.minMax(1, 100), NormaliseMethod.minMax(10, 100))),
                Assumption.weightNoise(0.25, 20, 2, 3),
                Assumption.aggregation(List.of(Aggregate.Rule.arithmetic(), Aggregate.Rule.geometric())));
    }

    static UncertaintyAnalysis runs() {
        return UncertaintyAnalysis.withDefaults().withSamples(40).withSeed(11);
    }

    @Test
    void oneYearIsTheOneYearAnalysis() {
        IndexUncertaintyResult one = IndexUncertainty.of(SPEC, AsemFixture.data()).withAssumptions(assumptions())
                .withAnalysis(runs()).withFailurePolicy(FailurePolicy.MISSING).monteCarlo();
        PanelUncertainty.Result over = PanelUncertainty.of(CompositeIndex.of(SPEC), List.of(AsemFixture.data()),
                NormalisationScope.PER_YEAR).withAssumptions(assumptions()).withAnalysis(runs()).monteCarlo();
        assertEquals(51, over.intervals().size());
        assertEquals(40, over.runs());
        for (PanelUncertainty.Interval i : over.intervals()) {
            EconomyUncertainty e = one.economy(i.economy());
            assertEquals(e.nominalRank(), i.nominalRank(), 0.0, i.economy());
            assertEquals(e.rankLow(), i.rankLow(), 0.0, i.economy());
            assertEquals(e.rankHigh(), i.rankHigh(), 0.0, i.economy());
            assertEquals(e.scoreLow(), i.scoreLow(), 0.0, i.economy());
            assertEquals(e.scoreHigh(), i.scoreHigh(), 0.0, i.economy());
        }
    }

    @Test
    void twoIdenticalYearsPooledCarryTheOneYearsIntervals() {
        Panel p = AsemFixture.PANEL;
        Panel.Builder b = p.toBuilder();
        for (Indicator i : p.indicators()) {
            b.putColumn(i.code(), 2019, p.column(i.code(), AsemFixture.YEAR));
        }
        Panel two = b.build();
        PanelUncertainty.Result over = PanelUncertainty.of(CompositeIndex.of(SPEC), List.of(IndexData.of(two, 2018),
                IndexData.of(two, 2019)), NormalisationScope.GLOBAL).withAssumptions(minMaxAssumptions())
                .withAnalysis(runs()).monteCarlo();
        PanelUncertainty.Result single = PanelUncertainty.of(CompositeIndex.of(SPEC), List.of(AsemFixture.data()),
                NormalisationScope.GLOBAL).withAssumptions(minMaxAssumptions()).withAnalysis(runs()).monteCarlo();
        assertEquals(102, over.intervals().size());
        for (int e = 0; e < 51; e++) {
            PanelUncertainty.Interval a = over.intervals().get(e);
            PanelUncertainty.Interval c = over.intervals().get(51 + e);
            PanelUncertainty.Interval s = single.intervals().get(e);
            assertEquals(2018, a.year());
            assertEquals(2019, c.year());
            assertEquals(s.rankLow(), a.rankLow(), 0.0);
            assertEquals(s.rankHigh(), c.rankHigh(), 0.0);
            assertEquals(s.scoreHigh(), c.scoreHigh(), 1e-9);
            assertEquals(s.nominalRank(), c.nominalRank(), 0.0);
            assertTrue(a.rankLow() <= a.rankHigh());
        }
    }
}
