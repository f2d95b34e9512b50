package org.divide.metrics.concentration;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;
import org.divide.metrics.inequality.Inequality;
import org.junit.jupiter.api.Test;

/**
 * The concentration measures against the independent implementations of the inequality package:
 * the top/bottom mean ratio on the interpolated Lorenz curve against the share ratios S80/S20 and
 * Palma, the HHI against the Herfindahl index.
 */
class InequalityCrossCheckTest {

    @Test
    void meanRatiosAreShareRatiosTimesTheFractionRatio() {
        SplittableRandom rng = new SplittableRandom(51);
        for (int rep = 0; rep < 100; rep++) {
            int n = 2 + rng.nextInt(60);
            double[] x = new double[n];
            double[] w = new double[n];
            for (int i = 0; i < n; i++) {
                x[i] = Math.exp(1.5 * rng.nextGaussian());
                w[i] = rng.nextInt(8) == 0 ? 50 * rng.nextDouble() : rng.nextDouble();
            }
            double s8020 = Inequality.quantileShareRatio(x, w, 0.2, 0.2);
            assertEquals(s8020, Ratios.quintileMeanRatio(x, w), 1e-12 * s8020);
            double palma = Inequality.palma(x, w);
            assertEquals(4 * palma, Ratios.meanRatio(x, w, 0.1, 0.4), 4e-12 * palma);
            double unweighted = Inequality.quantileShareRatio(x, 0.2, 0.2);
            assertEquals(unweighted, Ratios.quintileMeanRatio(x), 1e-12 * unweighted);
        }
    }

    @Test
    void hhiIsTheHerfindahlIndexOfTheAmounts() {
        SplittableRandom rng = new SplittableRandom(52);
        for (int rep = 0; rep < 50; rep++) {
            double[] a = ConcentrationTest.randomAmounts(rng, 1 + rng.nextInt(40));
            double h = Inequality.herfindahl(a);
            assertEquals(h, Concentration.hhi(a), 1e-14 * h);
        }
    }
}
