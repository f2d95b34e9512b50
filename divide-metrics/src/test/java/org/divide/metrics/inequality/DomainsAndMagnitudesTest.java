package org.divide.metrics.inequality;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The domains of the measures as the reference tools have them (R ineq, Stata ineqdec0: GE(2) and
 * the CV are defined whenever the mean is positive, negative values and zeros included), with
 * expected values computed here from the definitions: CV = σ/μ with the population σ, GE(2) =
 * CV²/2; and examples of the magnitudes that once gave empty or infinite results (values of
 * order 1e308 and 1e300, weights whose sum overflows).
 */
class DomainsAndMagnitudesTest {

    private static final double TOLERANCE = 1e-14;

    /** @return {μ, σ_pop} of x with weights w (null: unweighted), by the definitions */
    private static double[] moments(double[] x, double[] w) {
        double sw = 0;
        double swx = 0;
        for (int i = 0; i < x.length; i++) {
            double wi = w == null ? 1 : w[i];
            sw += wi;
            swx += wi * x[i];
        }
        double mu = swx / sw;
        double ss = 0;
        for (int i = 0; i < x.length; i++) {
            double wi = w == null ? 1 : w[i];
            ss += wi * (x[i] - mu) * (x[i] - mu);
        }
        return new double[] {mu, Math.sqrt(ss / sw)};
    }

    @Test
    void ge2AndCvAcceptNegativesAndZerosWhenTheMeanIsPositive() {
        List<double[]> vectors = List.of(
                new double[] {-5, 0, 3, 10, 12},
                new double[] {-1, -1, 0, 0, 4, 9},
                new double[] {0, 0, 0, 1},
                new double[] {-1000.5, 2000.25, 0, 7, 7, 7},
                new double[] {-0.3, 0.4});
        for (double[] x : vectors) {
            double[] m = moments(x, null);
            double cv = m[1] / m[0];
            assertEquals(cv, Measure.coefficientOfVariation().compute(x), TOLERANCE * cv);
            assertEquals(cv * cv / 2, Measure.generalizedEntropy(2).compute(x), TOLERANCE * cv * cv);
            assertEquals(cv, Inequality.coefficientOfVariation(x), TOLERANCE * cv);
            assertEquals(cv * cv / 2, Inequality.generalizedEntropy(x, 2), TOLERANCE * cv * cv);
        }
    }

    @Test
    void weightedGe2AndCvWithNegatives() {
        double[] x = {-4, 0, 2, 5, 11, -2};
        double[] w = {1.5, 2, 0.5, 3, 1, 0};
        double[] m = moments(x, w);
        double cv = m[1] / m[0];
        assertEquals(cv, Measure.coefficientOfVariation().compute(x, w), TOLERANCE * cv);
        assertEquals(cv * cv / 2, Measure.generalizedEntropy(2).compute(x, w), TOLERANCE * cv * cv);
        GeneralizedEntropyAccumulator acc = Measure.generalizedEntropy(2).accumulator();
        for (int i = 0; i < x.length; i++) {
            acc.accept(x[i], w[i]);
        }
        assertEquals(cv * cv / 2, acc.getAsDouble(), TOLERANCE * cv * cv);
    }

    @Test
    void ge2AndCvAreNaNWhenTheMeanIsNotPositive() {
        double[] zeroMean = {-2, 0, 2};
        double[] negativeMean = {-5, 1, 2};
        for (double[] x : List.of(zeroMean, negativeMean)) {
            assertTrue(Double.isNaN(Measure.generalizedEntropy(2).compute(x)));
            assertTrue(Double.isNaN(Measure.coefficientOfVariation().compute(x)));
        }
    }

    @Test
    void otherGeneralisedEntropiesKeepTheirDomains() {
        assertEquals("x[0] is negative: -1.0 (GE(3) requires x >= 0)",
                assertThrows(IllegalArgumentException.class,
                        () -> Measure.generalizedEntropy(3).compute(new double[] {-1, 2, 3})).getMessage());
        assertEquals(Domain.POSITIVE_MEAN, Measure.generalizedEntropy(2).domain());
        assertEquals(Domain.NON_NEGATIVE, Measure.theilT().domain());
        assertEquals(Domain.POSITIVE, Measure.theilL().domain());
        assertEquals(Domain.POSITIVE, Measure.atkinson(1).domain());
        assertEquals(Domain.NON_NEGATIVE, Measure.atkinson(0.5).domain());
        assertEquals(Domain.POSITIVE_MEAN, Measure.coefficientOfVariation().domain());
        assertEquals(Domain.POSITIVE_MEAN, Measure.gini().domain());
        assertEquals(Domain.ANY, Measure.kolm(1).domain());
        assertEquals(Domain.NON_NEGATIVE, Measure.herfindahl().domain());
        assertTrue(Domain.POSITIVE_MEAN.admits(-3) && !Domain.NON_NEGATIVE.admits(-3) && !Domain.POSITIVE.admits(0));
    }

    @Test
    void ge2DecomposesWithGroupsOfNonPositiveMean() {
        double[] x = {-6, -2, 1, 3, 10, 12};
        String[] groups = {"a", "a", "a", "b", "b", "b"};
        Decomposition d = Measure.generalizedEntropy(2).decompose(x, null, groups);
        double[] m = moments(x, null);
        double total = m[1] * m[1] / (2 * m[0] * m[0]);
        assertEquals(total, d.total(), 1e-14 * total);
        assertEquals(d.total(), d.within() + d.between(), 1e-14 * total);
        // group a: mean −7/3, its term σ_a²/(2μ²) with population share 1/2
        double[] a = moments(new double[] {-6, -2, 1}, null);
        assertEquals(0.5 * a[1] * a[1] / (2 * m[0] * m[0]), d.groups().get(0).contribution(), 1e-14);
        assertTrue(Double.isNaN(d.groups().get(0).index()));
    }

    @Test
    void valuesNearTheLargestDoubleGiveTheResultOfOrderOne() {
        double[] x = {1, 2, 3, 5, 8, 13};
        double[] big = new double[x.length];
        double[] large = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            big[i] = x[i] * 1e307;
            large[i] = x[i] * 1e300;
        }
        for (Measure m : List.of(Measure.gini(), Measure.theilT(), Measure.coefficientOfVariation(),
                Measure.generalizedEntropy(2), Measure.atkinson(2), Measure.hoover(), Measure.palma())) {
            double expected = m.compute(x);
            assertEquals(expected, m.compute(big), 1e-13, m.name());
            assertEquals(expected, m.compute(large), 1e-13, m.name());
        }
        assertEquals(Measure.equallyDistributedEquivalent(0.5).compute(x) * 1e307,
                Measure.equallyDistributedEquivalent(0.5).compute(big), 1e294);
    }

    @Test
    void longArraysOnTheParallelPathAtExtremeMagnitudes() {
        double[] x = TestData.lognormal(14, 300_000);
        double[] w = TestData.weights(15, x.length);
        for (double c : new double[] {1e300, 0x1p-1000, 1e-300}) {
            double[] scaled = new double[x.length];
            double[] weights = new double[x.length];
            for (int i = 0; i < x.length; i++) {
                scaled[i] = x[i] * c;
                weights[i] = w[i] * 1e300;
            }
            for (Measure m : List.of(Measure.gini(), Measure.theilT(), Measure.theilL(), Measure.coefficientOfVariation(),
                    Measure.generalizedEntropy(2), Measure.palma(), Measure.wolfson())) {
                assertEquals(m.compute(x, w), m.compute(scaled, weights), 1e-12, m.name() + " at " + c);
            }
            Decomposition d = Measure.theilT().decompose(x, w, groupsOf(x.length));
            Decomposition e = Measure.theilT().decompose(scaled, weights, groupsOf(x.length));
            assertEquals(d.within(), e.within(), 1e-12);
            assertEquals(d.between(), e.between(), 1e-12);
            assertEquals(d.groups().get(1).mean() * c, e.groups().get(1).mean(), 1e-12 * d.groups().get(1).mean() * c);
            assertEquals(Inequality.lorenz(x, w).mean() * c, Inequality.lorenz(scaled, weights).mean(),
                    1e-12 * Inequality.lorenz(x, w).mean() * c);
        }
    }

    private static int[] groupsOf(int n) {
        int[] g = new int[n];
        for (int i = 0; i < n; i++) {
            g[i] = i % 7;
        }
        return g;
    }

    @Test
    void weightsWhoseSumOverflowsAndTinyWeights() {
        double[] x = {1, 2, 3, 5, 8, 13};
        double[] w = {1, 2, 1, 3, 1, 1};
        double[] huge = new double[w.length];
        double[] tiny = new double[w.length];
        for (int i = 0; i < w.length; i++) {
            huge[i] = w[i] * 5e307;
            tiny[i] = w[i] * 1e-310;
        }
        for (Measure m : List.of(Measure.gini(), Measure.theilT(), Measure.theilL(), Measure.coefficientOfVariation(),
                Measure.wolfson(), Measure.kolm(1))) {
            double expected = m.compute(x, w);
            assertEquals(expected, m.compute(x, huge), 1e-13, m.name());
            assertEquals(expected, m.compute(x, tiny), 1e-12, m.name());
        }
    }

    @Test
    void kolmBeyondTheLargestDoubleIsAnErrorNamingTheRule() {
        double[] x = {-1.5e308, 1.5e308, 1.5e308, 1.5e308}; // μ − min = 2.25e308
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Measure.kolm(1).compute(x));
        assertTrue(e.getMessage().startsWith("Kolm(1) is not representable as a double"), e.getMessage());
        KolmAccumulator acc = Measure.kolm(1).accumulator();
        for (double v : x) {
            acc.accept(v);
        }
        assertThrows(IllegalArgumentException.class, acc::getAsDouble);
        // a finite result at the same magnitude: K ≈ μ − min as κ(x − min) grows
        double k = Measure.kolm(1).compute(new double[] {1e308, 1.5e308});
        assertEquals(0.25e308, k, 1e-12 * 0.25e308);
    }

    @Test
    void singleObservationIsZeroAsInIneq() {
        // R ineq: Gini(5) = 0, Theil(5) = 0, var.coeff(5) = 0 (population σ)
        for (Measure m : List.of(Measure.gini(), Measure.theilT(), Measure.theilL(), Measure.coefficientOfVariation(),
                Measure.generalizedEntropy(2), Measure.atkinson(1), Measure.hoover(), Measure.kolm(1),
                Measure.varianceOfLogs(), Measure.wolfson())) {
            assertEquals(0, m.compute(new double[] {5}), m.name());
            assertEquals(0, m.compute(new double[] {5e307}), m.name());
        }
        assertEquals(5e307, Measure.equallyDistributedEquivalent(2).compute(new double[] {5e307}));
        assertEquals(1, Measure.herfindahl().compute(new double[] {5}));
        assertTrue(Double.isNaN(Measure.gini().withOptions(InequalityOptions.withDefaults()
                .withSmallSampleCorrection(SmallSampleCorrection.RECORDS)).compute(new double[] {5})));
    }
}
