package org.divide.metrics.inequality;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** Lorenz curves, interpolated shares, and the share ratios read off them. */
class LorenzCurveTest {

    @Test
    void pointsAndInterpolation() {
        LorenzCurve c = Inequality.lorenz(new double[] {3, 1, 2}, new double[] {1, 2, 1});
        assertArrayEquals(new double[] {0, 0.5, 0.75, 1}, c.population(), 1e-15);
        assertArrayEquals(new double[] {0, 2.0 / 7, 4.0 / 7, 1}, c.income(), 1e-15);
        assertEquals(7.0 / 4, c.mean(), 1e-15);
        assertEquals(1.0 / 7, c.share(0.25), 1e-15);
        assertEquals(0.5 * 2.0 / 7 + 0.5 * 4.0 / 7, c.share(0.625), 1e-15);
        assertEquals(7.0 / 4 / 7, c.generalizedShare(0.25), 1e-15);
        assertArrayEquals(new double[] {0, 0.5, 1, 1.75}, c.generalizedIncome(), 1e-15);
        assertEquals(4, c.size());
    }

    @Test
    void recordCopiesItsArrays() {
        double[] p = {0, 0.5, 1};
        double[] l = {0, 0.2, 1};
        LorenzCurve c = new LorenzCurve(p, l, 2);
        p[1] = 0.9;
        assertEquals(0.5, c.population()[1]);
        assertNotSame(c.income(), c.income());
        assertEquals(new LorenzCurve(new double[] {0, 0.5, 1}, new double[] {0, 0.2, 1}, 2), c);
        assertThrows(IllegalArgumentException.class, () -> new LorenzCurve(new double[] {0, 1}, new double[] {0}, 1));
        assertThrows(IllegalArgumentException.class,
                () -> new LorenzCurve(new double[] {0, 0.6, 0.5, 1}, new double[] {0, 0.1, 0.2, 1}, 1));
    }

    @Test
    void palmaSplitsTheCountryThatStraddlesAPercentile() {
        // the richest of three countries holds 12% of the population: a threshold rule gives no top 10%
        double[] income = {1, 4, 20};
        double[] population = {50, 38, 12};
        double total = 50 * 1 + 38 * 4 + 12 * 20;
        double top10 = 10 * 20 / total;
        double bottom40 = 40 * 1 / total;
        assertEquals(top10 / bottom40, Inequality.palma(income, population), 1e-12);
        LorenzCurve c = Inequality.lorenz(income, population);
        assertEquals((1 - c.share(0.8)) / c.share(0.2), Inequality.quantileShareRatio(income, population, 0.2, 0.2),
                1e-12);
    }

    @Test
    void sharesAgreeWithTheCurve() {
        double[] x = TestData.lognormal(1, 1000);
        double[] w = TestData.weights(1, 1000);
        LorenzCurve c = Inequality.lorenz(x, w);
        double palma = (1 - c.share(0.9)) / c.share(0.4);
        assertEquals(palma, Inequality.palma(x, w), 1e-12);
        double hoover = 0;
        double[] p = c.population();
        double[] l = c.income();
        for (int k = 0; k < p.length; k++) {
            hoover = Math.max(hoover, p[k] - l[k]);
        }
        assertEquals(hoover, Inequality.hoover(x, w), 1e-12, "Hoover = largest gap to the diagonal");
        double area = 0;
        for (int k = 1; k < p.length; k++) {
            area += (p[k] - p[k - 1]) * (l[k] + l[k - 1]) / 2;
        }
        assertEquals(1 - 2 * area, Inequality.gini(x, w), 1e-12, "Gini = 1 - 2 x area under the curve");
    }

    @Test
    void wolfsonConventions() {
        double[] x = {20000, 25000, 27000, 30000, 35000, 45000, 60000, 75000, 80000, 120000};
        InequalityOptions o = InequalityOptions.withDefaults();
        double canonical = Inequality.wolfson(x);
        assertEquals(0.40250, canonical, 1e-12);
        assertEquals(canonical / 2,
                Measure.wolfson().withOptions(o.withWolfsonConvention(WolfsonConvention.PYSAL)).compute(x, null), 1e-15);
        double[] w = {1, 1, 2, 2, 3, 3, 2, 2, 1, 1};
        assertEquals(Inequality.wolfson(TestData.expand(x, w)), Inequality.wolfson(x, w), 1e-12);
        assertEquals(Measure.wolfson().withOptions(o.withWolfsonConvention(WolfsonConvention.DINEQ))
                .compute(TestData.expand(x, w), null),
                Measure.wolfson().withOptions(o.withWolfsonConvention(WolfsonConvention.DINEQ)).compute(x, w), 1e-12);
    }
}
