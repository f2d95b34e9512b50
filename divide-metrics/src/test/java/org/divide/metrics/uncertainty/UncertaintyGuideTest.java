package org.divide.metrics.uncertainty;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.divide.core.spec.Aggregate;
import org.divide.core.spec.IndexSpec;
import org.divide.core.spec.Normalise;
import org.divide.core.spec.NormaliseMethod;
import org.divide.metrics.composite.IndexData;
import org.divide.metrics.testdata.AsemFixture;
import org.junit.jupiter.api.Test;

/** The examples of {@code docs/uncertainty.md} and the class Javadoc, as written there. */
class UncertaintyGuideTest {

    @Test
    void engineExample() {
        List<Input> inputs = List.of(Input.uniform("x1", -Math.PI, Math.PI),
                Input.uniform("x2", -Math.PI, Math.PI), Input.uniform("x3", -Math.PI, Math.PI));
        Model ishigami = x -> new double[] {
                Math.sin(x[0]) + 7 * Math.pow(Math.sin(x[1]), 2) + 0.1 * Math.pow(x[2], 4) * Math.sin(x[0])};

        SensitivityResult sa = UncertaintyAnalysis.withDefaults()
                .withSamples(1 << 12)
                .withSeed(7)
                .sobol(ishigami, inputs);
        SobolIndex x1 = sa.output(0).index("x1");

        UncertaintyResult ua = UncertaintyAnalysis.withDefaults().withSamples(10_000)
                .withQuantiles(0.05, 0.5, 0.95).monteCarlo(ishigami, inputs);
        double q95 = ua.output(0).quantile(0.95);

        assertEquals(0.314, x1.firstOrder(), 0.01);
        assertEquals(0.558, x1.total(), 0.01);
        assertTrue(x1.firstLower() < 0.314 && 0.314 < x1.firstUpper(), x1::toString);
        assertEquals(20_480, sa.runs().runs());
        assertTrue(q95 > ua.output(0).median());
    }

    @Test
    void indexExample() {
        IndexSpec spec = AsemFixture.exampleCoin();
        IndexData data = AsemFixture.data();
        IndexUncertaintyResult r = IndexUncertainty.of(spec, data)
                .withAssumptions(List.of(
                        Assumption.winsorisationLimit(1, 5),
                        Assumption.normalisation(List.of(NormaliseMethod.minMax(1, 100), NormaliseMethod.zScore(10, 2))),
                        Assumption.weightNoise(0.25, 100, 2, 3),
                        Assumption.aggregation(List.of(Aggregate.Rule.arithmetic(), Aggregate.Rule.geometric()))))
                .withAnalysis(UncertaintyAnalysis.withDefaults().withSamples(100).withSeed(1).withBootstrap(100))
                .sensitivity();
        String csv = r.table().toCsv();
        double coinrSummary = r.meanAbsoluteRankShift();

        assertEquals(600, r.runs());
        assertTrue(csv.startsWith("economy,nominal_rank,median_rank,rank_q5,rank_q95,"), csv);
        assertTrue(coinrSummary > 0);
    }
}
