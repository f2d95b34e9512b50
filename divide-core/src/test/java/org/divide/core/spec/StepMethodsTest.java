package org.divide.core.spec;

import static org.divide.core.spec.NormaliseMethodTest.rejects;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Validation of the method records of impute, screen, treat (and transforms) and weights: each
 * bad parameter is named with its value; and their spec names.
 */
class StepMethodsTest {

    @Test
    void imputeRecords() {
        rejects(() -> ImputeMethod.groupMean(null), "GroupMean.grouping", "null");
        rejects(() -> ImputeMethod.groupMedian(" "), "GroupMedian.grouping", "blank");
        rejects(() -> new ImputeMethod.RowMean(1, true), "RowMean.groupLevel", "1");
        rejects(() -> new ImputeMethod.RowMedian(-2, false), "RowMedian.groupLevel", "-2");
        rejects(() -> new ImputeMethod.LastObservation(-1), "LastObservation.maxSteps", "-1");
        rejects(() -> ImputeMethod.custom(""), "Custom.function");
        rejects(() -> Impute.of(null), "Impute.method");
        assertEquals(new ImputeMethod.RowMean(0, true), ImputeMethod.rowMean());
        assertEquals("last-observation", ImputeMethod.lastObservation().name());
        assertEquals("group-median", ImputeMethod.groupMedian("g").name());
    }

    @Test
    void screenRecords() {
        rejects(() -> new ScreenRule.ByMissing(1.5), "ByMissing.availabilityThreshold", "1.5");
        rejects(() -> new ScreenRule.ByZeros(-0.1), "ByZeros.nonZeroThreshold", "-0.1");
        rejects(() -> new ScreenRule.ByMissingAndZeros(0.5, Double.NaN), "ByMissingAndZeros.nonZeroThreshold", "NaN");
        rejects(() -> Screen.by(null), "Screen.rule");
        rejects(() -> Screen.by(ScreenRule.byZeros()).withForced(List.of("A"), List.of("A")), "both forced");
        assertEquals(new ScreenRule.ByMissing(2.0 / 3), ScreenRule.byMissing());
        assertEquals("by-missing-and-zeros", ScreenRule.byMissingAndZeros().name());
    }

    @Test
    void treatAndTransformRecords() {
        rejects(() -> new TreatMethod.Coinr(-1, 2, 3.5, false, TransformMethod.logCT(), false),
                "Coinr.winsorisationLimit", "-1");
        rejects(() -> TreatMethod.coinr().withThresholds(0, 3.5), "Coinr.skewThreshold", "0.0");
        rejects(() -> TreatMethod.coinr().withThresholds(2, Double.NaN), "Coinr.kurtosisThreshold", "NaN");
        rejects(() -> TreatMethod.coinr().withFallback(null), "Coinr.fallback");
        rejects(() -> TreatMethod.transform(null), "Transform.transform");
        rejects(() -> TreatMethod.transform(TransformMethod.none()), "needs a transform");
        rejects(() -> new TreatMethod.Transform(TransformMethod.logCT(), -2, 3), "Transform.skewThreshold", "-2.0");
        rejects(() -> TransformMethod.boxCox(Double.POSITIVE_INFINITY), "BoxCox.lambda", "Infinity");
        rejects(() -> Treat.with(null), "Treat.defaults");
        assertEquals(5, TreatMethod.coinr().winsorisationLimit());
        assertEquals(new TransformMethod.LogCT(), TreatMethod.coinr().fallback());
        assertEquals("log-ct-original", new TransformMethod.LogCTOriginal().name());
        assertEquals("log-gii", new TransformMethod.LogGII().name());
        assertEquals("box-cox", TransformMethod.boxCox(0).name());
        assertEquals("coinr", TreatMethod.coinr().name());
    }

    @Test
    void weightRecords() {
        rejects(() -> WeightMethod.equal(-1), "Equal.level", "-1");
        rejects(() -> WeightMethod.pca(0), "Pca needs a level", "0");
        rejects(() -> new WeightMethod.PcaLoadings(-3), "PcaLoadings needs a level", "-3");
        rejects(() -> WeightMethod.optimised(2).withTargets(Map.of("a", 0.0)), "Optimised.targets[a]", "0.0");
        rejects(() -> WeightMethod.optimised(2).withOptimiser(null, 0.1, 5), "Optimised.correlation");
        rejects(() -> WeightMethod.maxInformation(1).withOptimiser(CorrelationType.PEARSON, 0, 5),
                "MaxInformation.tolerance", "0.0");
        rejects(() -> WeightMethod.maxInformation(1).withOptimiser(CorrelationType.PEARSON, 0.1, 0),
                "MaxInformation.maxIterations", "0");
        rejects(() -> Weights.explicit(Map.of("a", -1.0)), "Weights.explicit[a]", "-1.0");
        assertEquals(2, Weights.of(WeightMethod.optimised(2)).level());
        assertEquals(0, Weights.explicit(Map.of()).level());
        assertEquals("pca-loadings", new WeightMethod.PcaLoadings(1).name());
        assertEquals("max-information", WeightMethod.maxInformation(1).name());
    }
}
