package org.divide.core.spec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Validation of every normalisation record: each bad parameter is named with its value. */
class NormaliseMethodTest {

    /** Asserts an {@link IllegalArgumentException} whose message holds every part. */
    static void rejects(Runnable r, String... parts) {
        String m = assertThrows(IllegalArgumentException.class, r::run).getMessage();
        for (String p : parts) {
            assertTrue(m.contains(p), m + " should contain " + p);
        }
    }

    @Test
    void rangeMustBeFiniteAndIncreasing() {
        rejects(() -> Range.of(1, 1), "must increase", "[1.0, 1.0]");
        rejects(() -> Range.of(Double.NaN, 1), "Range.lower", "NaN");
        rejects(() -> Range.of(0, Double.POSITIVE_INFINITY), "Range.upper", "Infinity");
        assertEquals(new Range(0, 100), Range.PERCENT);
    }

    @Test
    void everyRecordValidatesItsParameters() {
        rejects(() -> new NormaliseMethod.MinMax(null), "MinMax.range", "null");
        rejects(() -> new NormaliseMethod.ZScore(Double.NaN, 1), "ZScore.mean", "NaN");
        rejects(() -> new NormaliseMethod.ZScore(0, 0), "ZScore.sd", "0.0");
        rejects(() -> new NormaliseMethod.Scaled(1, 1, Range.PERCENT), "Scaled", "bounds must increase");
        rejects(() -> new NormaliseMethod.Scaled(0, 1, null), "Scaled.range");
        rejects(() -> new NormaliseMethod.Rank(null), "Rank.ties");
        rejects(() -> new NormaliseMethod.Borda(null), "Borda.ties");
        rejects(() -> new NormaliseMethod.PercentileRank(null, Range.UNIT), "PercentileRank.ties");
        rejects(() -> new NormaliseMethod.PercentileRank(RankTies.MIN, null), "PercentileRank.range");
        rejects(() -> new NormaliseMethod.FractionOfMax(null), "FractionOfMax.range");
        rejects(() -> new NormaliseMethod.DistanceToMax(null), "DistanceToMax.range");
        rejects(() -> NormaliseMethod.distanceToReference(" "), "DistanceToReference.economy");
        rejects(() -> new NormaliseMethod.DistanceToReference("KEN", true, null), "DistanceToReference.range");
        rejects(() -> NormaliseMethod.distanceToTarget(Double.NaN), "DistanceToTarget.target", "NaN");
        rejects(() -> new NormaliseMethod.DistanceToTarget(1, false, null), "DistanceToTarget.range");
        rejects(() -> NormaliseMethod.goalposts(Double.NEGATIVE_INFINITY, 1), "Goalposts.low");
        rejects(() -> NormaliseMethod.goalposts(2, 1), "Goalposts", "low 2.0, high 1.0");
        rejects(() -> new NormaliseMethod.Goalposts(0, 1, true, null), "Goalposts.range");
    }

    @Test
    void factoriesCarryCoinrDefaults() {
        assertEquals(new NormaliseMethod.MinMax(Range.PERCENT), NormaliseMethod.minMax());
        assertEquals(new NormaliseMethod.Scaled(0, 5, Range.PERCENT), NormaliseMethod.scaled(0, 5));
        assertEquals(new NormaliseMethod.Goalposts(0, 5, true, Range.UNIT), NormaliseMethod.goalposts(0, 5));
        assertEquals(new NormaliseMethod.Rank(RankTies.MIN), NormaliseMethod.rank());
        assertEquals(new NormaliseMethod.PercentileRank(RankTies.MAX, Range.of(0, 10)),
                NormaliseMethod.percentileRank().withTies(RankTies.MAX).withRange(0, 10));
        assertEquals(new NormaliseMethod.DistanceToTarget(3, false, Range.of(1, 2)),
                NormaliseMethod.distanceToTarget(3).withRange(1, 2));
        assertEquals("n_goalposts", NormaliseMethod.goalposts(0, 1).coinrName());
        assertEquals("z-score", NormaliseMethod.zScore().name());
        assertEquals("distance-to-reference", NormaliseMethod.distanceToReference("KEN").name());
        assertEquals("benefit-of-the-doubt", AggregateMethod.benefitOfTheDoubt().name());
    }

    @Test
    void aggregateRecordsValidateTheirParameters() {
        rejects(() -> new AggregateMethod.Geometric(-1), "Geometric.shift", "-1.0");
        rejects(() -> new AggregateMethod.Harmonic(Double.POSITIVE_INFINITY), "Harmonic.shift");
        rejects(() -> AggregateMethod.generalised(0), "Generalised", "power must not be 0");
        rejects(() -> AggregateMethod.generalised(Double.NaN), "Generalised.power", "NaN");
        rejects(() -> new AggregateMethod.Generalised(2, -0.5), "Generalised.shift", "-0.5");
        rejects(() -> Aggregate.Rule.of(AggregateMethod.median()).withShift(1), "takes no shift");
        rejects(() -> new Aggregate.Rule(null, 0), "Aggregate.Rule.method");
        assertEquals(new AggregateMethod.Geometric(1), Aggregate.Rule.geometric().withShift(1).method());
        assertEquals("a_genmean", AggregateMethod.generalised(2).coinrName());
    }
}
