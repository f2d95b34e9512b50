package org.divide.metrics.inequality;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Options, measure values, names, corrections and the facade's method references. */
class OptionsTest {

    @Test
    void optionsAreImmutableValues() {
        InequalityOptions d = InequalityOptions.withDefaults();
        assertSame(d, InequalityOptions.withDefaults());
        assertEquals(SmallSampleCorrection.NONE, d.smallSampleCorrection());
        assertEquals(NonPositivePolicy.REJECT, d.nonPositivePolicy());
        assertEquals(NaNPolicy.REJECT, d.nanPolicy());
        assertEquals(WolfsonConvention.WOLFSON_1994, d.wolfsonConvention());
        assertTrue(d.parallel());
        InequalityOptions c = d.withSmallSampleCorrection(SmallSampleCorrection.EFFECTIVE_SAMPLE_SIZE);
        assertEquals(SmallSampleCorrection.EFFECTIVE_SAMPLE_SIZE, c.smallSampleCorrection());
        assertEquals(SmallSampleCorrection.NONE, d.smallSampleCorrection());
        assertEquals(d, c.withSmallSampleCorrection(SmallSampleCorrection.NONE));
        assertEquals(d.hashCode(), c.withSmallSampleCorrection(SmallSampleCorrection.NONE).hashCode());
        assertNotEquals(d, d.withParallel(false));
        assertFalse(d.withParallel(false).parallel());
        assertTrue(d.toString().contains("REJECT"));
    }

    @Test
    void correctionsOfTheWeightedGini() {
        double[] x = {1, 2, 3, 4, 5};
        double[] w = {1, 2, 3, 4, 5};
        InequalityOptions d = InequalityOptions.withDefaults();
        double g = Inequality.gini(x, w);
        assertEquals(0.247058823529412,
                Measure.gini().withOptions(d.withSmallSampleCorrection(SmallSampleCorrection.EFFECTIVE_SAMPLE_SIZE))
                        .compute(x, w), 1e-15, "acid bcwGini");
        assertEquals(0.2, Measure.gini().withOptions(d.withSmallSampleCorrection(SmallSampleCorrection.FREQUENCY))
                .compute(x, w), 1e-15, "ineq::Gini(rep(x, w), corr = TRUE)");
        assertEquals(0.233333333333333, Measure.gini().withOptions(d.withSmallSampleCorrection(SmallSampleCorrection.RECORDS))
                .compute(x, w), 1e-15, "acid bcGini");
        assertEquals(0.186666666666667, g, 1e-15);
    }

    @Test
    void measuresAreValuesWithNames() {
        assertEquals(Measure.generalizedEntropy(1), Measure.theilT());
        assertEquals("Theil T", Measure.theilT().name());
        assertEquals("MLD", Measure.theilL().toString());
        assertEquals("GE(2)", Measure.generalizedEntropy(2).name());
        assertEquals("GE(-0.5)", Measure.generalizedEntropy(-0.5).name());
        assertEquals("Atkinson(0.5)", Measure.atkinson(0.5).name());
        assertEquals("S80/S20", Measure.quantileShareRatio(0.2, 0.2).name());
        assertEquals("S90/S40", Measure.quantileShareRatio(0.4, 0.1).name());
        assertEquals("Palma", Measure.palma().name());
        Measure gini = Measure.gini();
        Measure palma = Measure.palma();
        assertTrue(gini instanceof Decomposable);
        assertFalse(palma instanceof Decomposable);
        Measure m = Measure.gini().withOptions(InequalityOptions.withDefaults().withSmallSampleCorrection(SmallSampleCorrection.EFFECTIVE_SAMPLE_SIZE));
        assertNotEquals(Measure.gini(), m);
        assertEquals(Measure.gini().hashCode(), Measure.gini().hashCode());
        assertEquals(SmallSampleCorrection.EFFECTIVE_SAMPLE_SIZE, m.options().smallSampleCorrection());
        assertThrows(IllegalArgumentException.class, () -> Measure.quantileShareRatio(0.5, 0.6));
    }

    @Test
    void facadeMethodsAreWeightedMeasures() {
        WeightedMeasure[] measures = {Inequality::gini, Inequality::theilT, Inequality::theilL,
            Inequality::coefficientOfVariation, Inequality::varianceOfLogs, Inequality::hoover, Inequality::palma,
            Inequality::wolfson, Measure.atkinson(2),
            (x, w) -> Inequality.generalizedEntropy(x, w, 2)};
        double[] x = {1, 2, 3, 4, 5};
        for (WeightedMeasure m : measures) {
            assertEquals(m.compute(x, null), m.compute(x, new double[] {2, 2, 2, 2, 2}), 1e-15);
        }
        assertEquals(Inequality.gini(x), Measure.gini().compute(x));
        WeightedMeasure frequencies = Inequality::herfindahl;
        assertEquals(frequencies.compute(x, null) / 2, frequencies.compute(x, new double[] {2, 2, 2, 2, 2}), 1e-15,
                "Herfindahl counts units: weights are frequencies");
    }

    @Test
    void geTwoIsHalfTheSquaredCoefficientOfVariation() {
        double[] x = TestData.lognormal(12, 777);
        double[] w = TestData.weights(12, 777);
        double cv = Inequality.coefficientOfVariation(x, w);
        assertEquals(cv * cv / 2, Inequality.generalizedEntropy(x, w, 2), 1e-13);
        assertEquals(1 - Math.exp(-Inequality.theilL(x, w)), Inequality.atkinson(x, w, 1), 1e-14);
        double eps = 2.5;
        double ge = Inequality.generalizedEntropy(x, w, 1 - eps);
        assertEquals(1 - Math.pow(eps * (eps - 1) * ge + 1, 1 / (1 - eps)), Inequality.atkinson(x, w, eps), 1e-13);
        assertEquals(Inequality.theilT(x, w), Inequality.generalizedEntropy(x, w, 1 + 1e-7), 1e-5, "continuity at 1");
        assertEquals(Inequality.theilL(x, w), Inequality.generalizedEntropy(x, w, 1e-7), 1e-5, "continuity at 0");
    }
}
