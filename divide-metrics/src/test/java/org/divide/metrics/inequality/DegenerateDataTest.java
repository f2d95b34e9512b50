package org.divide.metrics.inequality;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The documented values for constant data, one observation, a mean of zero and zeros under LIMIT. */
class DegenerateDataTest {

    private static final InequalityOptions CORRECTED = InequalityOptions.withDefaults().withSmallSampleCorrection(SmallSampleCorrection.EFFECTIVE_SAMPLE_SIZE);

    @Test
    void constantData() {
        double[] x = {2.5, 2.5, 2.5, 2.5, 2.5};
        double[] w = {1, 2, 3, 4, 5};
        assertEquals(0, Inequality.gini(x, w));
        assertEquals(0, Inequality.theilT(x, w));
        assertEquals(0, Inequality.theilL(x, w));
        assertEquals(0, Inequality.generalizedEntropy(x, w, -2));
        assertEquals(0, Inequality.atkinson(x, w, 3));
        assertEquals(2.5, Inequality.equallyDistributedEquivalent(x, w, 3));
        assertEquals(0, Inequality.coefficientOfVariation(x, w));
        assertEquals(0, Inequality.varianceOfLogs(x, w));
        assertEquals(0, Inequality.hoover(x, w));
        assertEquals(0, Inequality.kolm(x, w, 2));
        assertEquals(0, Inequality.wolfson(x, w));
        assertEquals(0.25, Inequality.palma(x, w), 1e-15);
        assertEquals(1, Inequality.quantileShareRatio(x, w, 0.2, 0.2), 1e-15);
        assertEquals(0.2, Inequality.herfindahl(x), 1e-15);
        assertEquals(0.2, Inequality.rosenbluth(x), 1e-15);
        assertEquals(1, Inequality.lorenzAsymmetry(x), 1e-15);
        assertEquals(0, Inequality.concentrationIndex(x, new double[] {5, 4, 3, 2, 1}));
        assertEquals(0, Measure.gini().withOptions(CORRECTED).compute(x, w));
    }

    @Test
    void oneObservation() {
        double[] x = {7};
        assertEquals(0, Inequality.gini(x));
        assertEquals(0, Inequality.theilL(x));
        assertTrue(Double.isNaN(Measure.gini().withOptions(CORRECTED).compute(x, null)), "n/(n-1) = inf");
        assertTrue(Double.isNaN(Measure.coefficientOfVariation().withOptions(CORRECTED).compute(x, null)));
        assertEquals(1, Inequality.lorenz(x).share(1));
        assertEquals(0.5, Inequality.lorenz(x).share(0.5), 1e-15);
    }

    @Test
    void meanZeroOrNegativeGivesNaN() {
        double[] zeros = {0, 0, 0};
        assertTrue(Double.isNaN(Inequality.gini(zeros)));
        assertTrue(Double.isNaN(Inequality.theilT(zeros)));
        assertTrue(Double.isNaN(Inequality.generalizedEntropy(zeros, 2)));
        assertTrue(Double.isNaN(Inequality.atkinson(zeros, 0.5)));
        assertTrue(Double.isNaN(Inequality.coefficientOfVariation(zeros)));
        assertTrue(Double.isNaN(Inequality.hoover(zeros)));
        assertTrue(Double.isNaN(Inequality.palma(zeros)));
        assertTrue(Double.isNaN(Inequality.herfindahl(zeros)));
        assertTrue(Double.isNaN(Inequality.wolfson(zeros)));
        double[] negativeMean = {-5, 1, 2};
        assertTrue(Double.isNaN(Inequality.gini(negativeMean)));
        assertTrue(Double.isNaN(Inequality.concentrationIndex(negativeMean, new double[] {1, 2, 3})));
        assertEquals(0, Inequality.kolm(zeros, 1), "Kolm is absolute: defined at mean 0");
    }

    @Test
    void negativeValuesInTheGini() {
        double[] x = {-1, 0, 5};
        assertEquals(GiniOracleTest.pairwiseGini(x, null), Inequality.gini(x), 1e-15);
        assertTrue(Inequality.gini(x) > 1 - 1.0 / 3, "may exceed the bound for non-negative data");
    }

    @Test
    void zerosUnderTheLimitPolicy() {
        InequalityOptions limit = InequalityOptions.withDefaults().withNonPositivePolicy(NonPositivePolicy.LIMIT);
        double[] x = {0, 1, 2};
        assertEquals(Double.POSITIVE_INFINITY, Measure.theilL().withOptions(limit).compute(x, null));
        assertEquals(Double.POSITIVE_INFINITY, Measure.generalizedEntropy(-1).withOptions(limit).compute(x, null));
        assertEquals(1, Measure.atkinson(1).withOptions(limit).compute(x, null));
        assertEquals(1, Measure.atkinson(2.5).withOptions(limit).compute(x, null));
        assertEquals(Double.POSITIVE_INFINITY, Measure.varianceOfLogs().withOptions(limit).compute(x, null));
        assertEquals(Inequality.theilT(x), Measure.theilT().withOptions(limit).compute(x, null));
    }

    @Test
    void shareRatiosWithAnEmptyBottom() {
        assertEquals(Double.POSITIVE_INFINITY, Inequality.palma(new double[] {0, 0, 0, 0, 0, 1, 2, 3, 4, 5}));
    }
}
