package org.divide.core.spec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.divide.core.Direction;
import org.divide.core.Framework;
import org.divide.core.Framework.Node;
import org.junit.jupiter.api.Test;

class IndexSpecTest {

    static final Framework TREE = Framework.of(List.of(
            Node.indicator("a", "A", "P", 1, Direction.POSITIVE),
            Node.indicator("b", "B", "P", 1, Direction.NEGATIVE),
            Node.indicator("c", "C", "Q", 1, Direction.POSITIVE),
            Node.aggregate("P", "P", "I", 2, 1),
            Node.aggregate("Q", "Q", "I", 2, 1),
            Node.aggregate("I", "Index", null, 3, 1)));

    static String message(Runnable r) {
        return assertThrows(IllegalArgumentException.class, r::run).getMessage();
    }

    @Test
    void plainSpecHasNormaliseThenAggregate() {
        IndexSpec s = IndexSpec.plain(TREE);
        assertEquals(List.of(StepKind.NORMALISE, StepKind.AGGREGATE), s.steps().stream().map(Step::kind).toList());
        assertEquals(NormaliseMethod.minMax(), s.step(Normalise.class).orElseThrow().defaults());
        assertEquals(100, ((NormaliseMethod.MinMax) s.step(Normalise.class).orElseThrow().defaults()).range().upper());
    }

    @Test
    void withStepInsertsInCanonicalOrderAndReplaces() {
        IndexSpec s = IndexSpec.plain(TREE).withStep(Impute.mean()).withStep(Denominate.by(Map.of("a", "pop")))
                .withStep(Treat.coinr());
        assertEquals(List.of(StepKind.DENOMINATE, StepKind.IMPUTE, StepKind.TREAT, StepKind.NORMALISE,
                StepKind.AGGREGATE), s.steps().stream().map(Step::kind).toList());
        IndexSpec t = s.withStep(Normalise.with(NormaliseMethod.zScore(10, 2)));
        assertEquals(NormaliseMethod.ZScore.class, t.step(Normalise.class).orElseThrow().defaults().getClass());
        assertEquals(5, t.steps().size());
        assertSame(s, s.withoutStep(StepKind.SCREEN));
        assertEquals(4, s.withoutStep(StepKind.TREAT).steps().size());
    }

    @Test
    void stepsNameOnlyKnownNodesOfTheRightKind() {
        assertTrue(message(() -> IndexSpec.of(TREE, Denominate.by(Map.of("zz", "pop")))).contains("unknown node zz"));
        assertTrue(message(() -> IndexSpec.of(TREE, Denominate.by(Map.of("P", "pop")))).contains("P is an aggregate"));
        assertTrue(message(() -> IndexSpec.of(TREE, Aggregate.arithmetic().withNode("a", Aggregate.Rule.geometric())))
                .contains("a is an indicator"));
        assertTrue(message(() -> IndexSpec.of(TREE, Aggregate.arithmetic().withLevel(4, Aggregate.Rule.geometric())))
                .contains("level 4"));
        assertTrue(message(() -> IndexSpec.of(TREE, Weights.of(WeightMethod.optimised(2).withTargets(Map.of("a", 1.0)))))
                .contains("node a is at level 1"));
        assertTrue(message(() -> IndexSpec.of(TREE, Aggregate.arithmetic(), Normalise.minMax()))
                .contains("AGGREGATE must be the last"));
        assertTrue(message(() -> IndexSpec.of(TREE, Normalise.minMax(), Normalise.minMax())).contains("two NORMALISE"));
    }

    @Test
    void rulesRejectParametersTheirMethodDoesNotUse() {
        // a rank taking a range, goalposts without bounds, min-max with a cap: no longer expressible (records)
        assertTrue(message(() -> NormaliseMethod.goalposts(2, 1)).contains("bounds must increase"));
        assertTrue(message(() -> NormaliseMethod.minMax(100, 0)).contains("must increase"));
        assertTrue(message(() -> Aggregate.Rule.generalised(0)).contains("power must not be 0"));
        assertTrue(message(() -> Aggregate.Rule.arithmetic().withShift(1)).contains("takes no shift"));
        assertTrue(message(() -> Aggregate.Rule.arithmetic().withAvailabilityThreshold(1.5)).contains("[0, 1]"));
        assertTrue(message(() -> ImputeMethod.groupMean(" ")).contains("GroupMean.grouping is blank"));
        assertTrue(message(() -> Screen.by(ScreenRule.byMissing()).withForced(List.of("X"), List.of("X")))
                .contains("both forced"));
        assertTrue(message(() -> WeightMethod.pca(0)).contains("needs a level"));
        assertTrue(message(() -> Denominate.by(Map.of("a", "pop")).withScales(Map.of("b", 2.0)))
                .contains("has no denominator"));
        assertTrue(message(() -> TreatMethod.transform(TransformMethod.none())).contains("needs a transform"));
    }

    @Test
    void mapsAreCopiedAndKeepInsertionOrder() {
        java.util.LinkedHashMap<String, Double> m = new java.util.LinkedHashMap<>();
        m.put("c", 2.0);
        m.put("a", 1.0);
        Weights w = Weights.explicit(m);
        m.put("b", 3.0);
        assertEquals(List.of("c", "a"), List.copyOf(w.explicit().keySet()));
        assertThrows(UnsupportedOperationException.class, () -> w.explicit().put("x", 1.0));
        Aggregate a = Aggregate.arithmetic().withLevel(2, Aggregate.Rule.geometric()).withNode("Q",
                Aggregate.Rule.generalised(2));
        assertEquals(AggregateMethod.generalised(2), a.ruleFor("Q", 2).method());
        assertEquals(AggregateMethod.geometric(), a.ruleFor("P", 2).method());
        assertEquals(AggregateMethod.arithmetic(), a.ruleFor("I", 3).method());
    }
}
