package org.divide.io.spec;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.divide.core.Direction;
import org.divide.core.Framework;
import org.divide.core.spec.Aggregate;
import org.divide.core.spec.AggregateMethod;
import org.divide.core.spec.CorrelationType;
import org.divide.core.spec.Denominate;
import org.divide.core.spec.Impute;
import org.divide.core.spec.ImputeMethod;
import org.divide.core.spec.IndexSpec;
import org.divide.core.spec.Normalise;
import org.divide.core.spec.NormaliseMethod;
import org.divide.core.spec.Range;
import org.divide.core.spec.RankTies;
import org.divide.core.spec.Screen;
import org.divide.core.spec.ScreenRule;
import org.divide.core.spec.Step;
import org.divide.core.spec.TransformMethod;
import org.divide.core.spec.Treat;
import org.divide.core.spec.TreatMethod;
import org.divide.core.spec.WeightMethod;
import org.divide.core.spec.Weights;

/**
 * Specs built in code that together use every step kind, every method of every step and every
 * option with a value other than its default.
 */
final class Specs {

    private Specs() {
    }

    /** {@return a three-level framework with uneven weights and a negative indicator} */
    static Framework framework() {
        return Framework.builder()
                .add(Framework.Node.aggregate("Index", "The index", null, 3, 1))
                .add(Framework.Node.aggregate("P1", "Pillar 1", "Index", 2, 0.5))
                .add(new Framework.Node("P2", "Pillar \"2\" / ~", "Index", 2, 2.25, Direction.NEGATIVE, false))
                .add(Framework.Node.indicator("A", "Indicator A", "P1", 1, Direction.POSITIVE))
                .add(Framework.Node.indicator("B", "", "P1", 0, Direction.NEGATIVE))
                .add(Framework.Node.indicator("C", "Indicator C", "P2", 1e-3, Direction.POSITIVE))
                .add(Framework.Node.indicator("D", "Indicator D", "P2", 7, Direction.NEGATIVE))
                .build();
    }

    /** {@return denominate variants} */
    static List<Step> denominate() {
        return List.of(Denominate.by(Map.of("A", "GDP", "C", "Population")),
                Denominate.by(Map.of("B", "Area")).withScales(Map.of("B", 1000.0)),
                new Denominate(Map.of(), Map.of()));
    }

    /** {@return one impute step per method, with the options of each} */
    static List<Step> impute() {
        List<Step> out = new ArrayList<>();
        out.add(Impute.mean());
        out.add(Impute.of(ImputeMethod.median()));
        out.add(Impute.of(ImputeMethod.groupMean("EurAsia_group")));
        out.add(Impute.of(ImputeMethod.groupMedian("income")));
        out.add(Impute.of(new ImputeMethod.RowMean(2, false)));
        out.add(Impute.of(new ImputeMethod.RowMedian(0, true)));
        out.add(Impute.of(new ImputeMethod.LastObservation(3)));
        out.add(Impute.of(ImputeMethod.constant()));
        out.add(Impute.of(ImputeMethod.linear()));
        out.add(Impute.of(ImputeMethod.custom("fill")));
        return out;
    }

    /** {@return screen variants} */
    static List<Step> screen() {
        return List.of(Screen.by(ScreenRule.byMissing()),
                Screen.by(new ScreenRule.ByZeros(0.1)),
                Screen.by(ScreenRule.byMissingAndZeros()).withForced(List.of("KEN", "NOR"), List.of("COD")));
    }

    /** {@return treat variants} */
    static List<Step> treat() {
        TreatMethod all = new TreatMethod.Coinr(3, 2.5, 4, true, TransformMethod.boxCox(-0.5), true);
        return List.of(Treat.coinr(),
                new Treat(all, Map.of("A", TreatMethod.none(), "D",
                        TreatMethod.transform(new TransformMethod.LogGII()))),
                new Treat(TreatMethod.none(), Map.of("B", TreatMethod.coinr().withFallback(TransformMethod.none()))),
                new Treat(TreatMethod.transform(new TransformMethod.LogCTPlus()), Map.of("C",
                        new TreatMethod.Transform(new TransformMethod.LogCTOriginal(), 1.5, 3))),
                Treat.with(TreatMethod.coinr().withFallback(TransformMethod.logCT())),
                Treat.with(TreatMethod.transform(TransformMethod.boxCox(0.25))));
    }

    /** {@return every normalisation method, each with its options} */
    static List<NormaliseMethod> normaliseRules() {
        return List.of(NormaliseMethod.none(),
                NormaliseMethod.minMax(-1, 1),
                NormaliseMethod.zScore(10, 2),
                NormaliseMethod.scaled(0, 50).withRange(0, 10),
                NormaliseMethod.rank().withTies(RankTies.AVERAGE),
                NormaliseMethod.borda().withTies(RankTies.FIRST),
                NormaliseMethod.percentileRank().withTies(RankTies.MAX).withRange(0, 100),
                NormaliseMethod.fractionOfMax().withRange(0.5, 10.25),
                NormaliseMethod.distanceToMax(),
                new NormaliseMethod.DistanceToReference("KEN", true, Range.UNIT),
                new NormaliseMethod.DistanceToTarget(0.75, true, Range.PERCENT),
                new NormaliseMethod.Goalposts(1, 9, false, Range.PERCENT),
                NormaliseMethod.minMax(0, 1e300));
    }

    /** {@return one normalise step per method, with overrides and directions} */
    static List<Step> normalise() {
        List<NormaliseMethod> rules = normaliseRules();
        List<Step> out = new ArrayList<>();
        for (int i = 0; i < rules.size(); i++) {
            Normalise n = Normalise.with(rules.get(i));
            if (i % 2 == 1) {
                n = new Normalise(rules.get(i), Map.of("A", rules.get((i + 1) % rules.size()), "D",
                        rules.get((i + 5) % rules.size())), Map.of("B", Direction.POSITIVE, "C", Direction.NEGATIVE));
            }
            out.add(n);
        }
        return out;
    }

    /** {@return one weights step per method, with the options} */
    static List<Step> weights() {
        return List.of(Weights.explicit(Map.of("A", 2.0, "P1", 0.5)),
                Weights.equal(0),
                Weights.equal(1).withExplicit(Map.of("D", 0.0)),
                Weights.of(WeightMethod.pca(1)),
                Weights.of(new WeightMethod.PcaLoadings(2)),
                Weights.of(WeightMethod.optimised(2).withTargets(Map.of("P1", 0.6, "P2", 0.4))
                        .withOptimiser(CorrelationType.SPEARMAN, 0.05, 100)),
                Weights.of(WeightMethod.maxInformation(1).withOptimiser(CorrelationType.PEARSON, 1e-6, 1)));
    }

    /** {@return a rule of every aggregation method, each with its options} */
    static List<Aggregate.Rule> aggregateRules() {
        return List.of(Aggregate.Rule.arithmetic(),
                Aggregate.Rule.geometric().withShift(1),
                Aggregate.Rule.of(AggregateMethod.harmonic()).withShift(0.5).withAvailabilityThreshold(0.25),
                Aggregate.Rule.generalised(-1.5),
                Aggregate.Rule.of(AggregateMethod.median()).withAvailabilityThreshold(1),
                Aggregate.Rule.of(AggregateMethod.copeland()),
                Aggregate.Rule.of(AggregateMethod.benefitOfTheDoubt()));
    }

    /** {@return one aggregate step per method, with per-level and per-node rules} */
    static List<Step> aggregate() {
        List<Aggregate.Rule> rules = aggregateRules();
        List<Step> out = new ArrayList<>();
        for (int i = 0; i < rules.size(); i++) {
            Aggregate a = Aggregate.with(rules.get(i));
            if (i % 2 == 0) {
                a = a.withLevel(2, rules.get((i + 1) % rules.size())).withNode("P2", rules.get((i + 3) % rules.size()))
                        .withNode("Index", rules.get((i + 2) % rules.size())).withDirections(i % 4 == 0);
            }
            out.add(a);
        }
        return out;
    }

    /**
     * The specs: the k-th holds the k-th variant (cyclically) of every kind, in canonical order;
     * then a spec without steps and one with a non-canonical order of some steps.
     *
     * @return the specs
     */
    static List<IndexSpec> all() {
        List<List<Step>> kinds = List.of(denominate(), impute(), screen(), treat(), normalise(), weights(),
                aggregate());
        int n = kinds.stream().mapToInt(List::size).max().orElseThrow();
        List<IndexSpec> out = new ArrayList<>();
        for (int k = 0; k < n; k++) {
            List<Step> steps = new ArrayList<>();
            for (List<Step> variants : kinds) {
                steps.add(variants.get(k % variants.size()));
            }
            out.add(new IndexSpec(framework(), steps));
        }
        out.add(IndexSpec.of(framework()));
        out.add(IndexSpec.of(framework(), Normalise.minMax(), Impute.mean(), Weights.equal(0)));
        return out;
    }
}
