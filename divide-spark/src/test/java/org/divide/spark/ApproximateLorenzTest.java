package org.divide.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.divide.metrics.inequality.Inequality;
import org.divide.metrics.inequality.LorenzCurve;
import org.junit.jupiter.api.Test;

/** The quantile-sketch option: exact points, and the exact values within the stated bounds. */
class ApproximateLorenzTest {

    @Test
    void exactValuesLieWithinTheBounds() {
        double[] x = TestData.lognormal(20_000, 31, false);
        double[] w = TestData.weights(20_000, 32);
        ApproximateLorenz a = SparkInequality.of(LocalSpark.frame(x, w, null, 4), "x").withWeight("w")
                .approximateLorenz(50, 0.001);
        LorenzCurve exact = Inequality.lorenz(x, w);
        LorenzCurve points = a.curve();
        assertTrue(points.size() > 40 && points.size() <= 51, "points: " + points.size());
        for (int j = 0; j < points.size(); j++) {
            double p = points.population()[j];
            assertEquals(exact.share(p), points.income()[j], 1e-9, "the points lie on the exact curve");
        }
        for (int k = 0; k <= 100; k++) {
            double p = k / 100.0;
            double gap = points.share(p) - exact.share(p);
            assertTrue(gap >= -1e-9 && gap <= a.shareError() + 1e-9, "L(" + p + ") gap " + gap + " > " + a.shareError());
        }
        double g = Inequality.gini(x, w);
        assertTrue(g - a.gini() >= -1e-9 && g - a.gini() <= a.giniError() + 1e-9,
                "Gini " + a.gini() + " vs exact " + g + ", bound " + a.giniError());
        assertTrue(a.giniError() < 0.05, "bound " + a.giniError());
        assertEquals(Inequality.palma(x, w), a.palma(), 0.05 * Inequality.palma(x, w));
        assertEquals(x.length, a.observations());
    }

    @Test
    void badParametersAreRejected() {
        SparkInequality s = SparkInequality.of(LocalSpark.frame(new double[] {1, 2}, null, null, 1), "x");
        assertThrows(IllegalArgumentException.class, () -> s.approximateLorenz(0, 0.01));
        assertThrows(IllegalArgumentException.class, () -> s.approximateLorenz(10, -0.1));
    }
}
