package org.divide.metrics.inequality;

import static org.divide.metrics.inequality.TestData.assertClose;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The accumulators of the sum-based measure types: accept vs combine vs array, with the measure's options. */
class SumBasedMeasureTest {

    private static final InequalityOptions SKIP = InequalityOptions.withDefaults().withNaNPolicy(NaNPolicy.SKIP);

    private static List<SumBasedMeasure<?>> measures() {
        return List.of(Measure.theilT(), Measure.theilL(), Measure.generalizedEntropy(2), Measure.atkinson(0.5),
                Measure.atkinson(1), Measure.kolm(0.5), Measure.coefficientOfVariation(), Measure.varianceOfLogs());
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static InequalityAccumulator streamed(SumBasedMeasure<?> m, double[] x, double[] w, int parts) {
        InequalityAccumulator total = null;
        int n = x.length;
        for (int k = 0; k < parts; k++) {
            InequalityAccumulator a = m.accumulator();
            for (int i = k * n / parts; i < (k + 1) * n / parts; i++) {
                if (w == null) {
                    a.accept(x[i]);
                } else {
                    a.accept(x[i], w[i]);
                }
            }
            total = total == null ? a : total.combine(a);
        }
        return total;
    }

    @Test
    void acceptCombineAndArrayAgreeUnderTheMeasuresOptions() {
        double[] x = TestData.lognormal(5, 400);
        double[] w = TestData.weights(5, 400);
        x[17] = Double.NaN;
        x[230] = Double.NaN;
        double keptWeight = 0;
        for (int i = 0; i < x.length; i++) {
            keptWeight += Double.isNaN(x[i]) ? 0 : w[i];
        }
        for (SumBasedMeasure<?> defaults : measures()) {
            SumBasedMeasure<?> m = defaults.withOptions(SKIP);
            Estimate expected = m.evaluate(x, w);
            for (int parts : new int[] {1, 3, 8}) {
                InequalityAccumulator<?> a = streamed(m, x, w, parts);
                assertClose(expected.value(), a.getAsDouble(), 1e-12, m.name() + " in " + parts + " parts");
                assertEquals(expected.observations(), a.count(), m.name());
                assertEquals(expected.skippedNaN(), a.skippedNaN(), m.name());
                assertEquals(m.name(), a.measure());
                assertClose(keptWeight, a.totalWeight(), 1e-13, m.name() + " total weight");
            }
            assertClose(m.compute(x, null), streamed(m, x, null, 4).getAsDouble(), 1e-12, m.name() + " unweighted");
        }
    }

    @Test
    void combineReturnsThis() {
        GeneralizedEntropyAccumulator a = Measure.theilT().accumulator();
        a.accept(1, 2);
        GeneralizedEntropyAccumulator b = Measure.theilT().accumulator();
        b.accept(3);
        assertSame(a, a.combine(b));
        assertClose(Inequality.theilT(new double[] {1, 3}, new double[] {2, 1}), a.getAsDouble(), 1e-15, "Theil T");
    }
}
