package org.divide.metrics.dynamics;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.divide.core.Panel;
import org.divide.metrics.inequality.Inequality;
import org.divide.metrics.inequality.Measure;
import org.divide.metrics.inference.Bootstrap;
import org.divide.metrics.inference.IntervalMethod;
import org.junit.jupiter.api.Test;

/** σ-convergence: the Gini per year and its trend against R 4.2.2 (resources/dynamics/reference.R). */
class SigmaConvergenceTest {

    /** Relative tolerance against R. */
    private static final double REL = 1e-10;

    private static final Mexico MX = Mexico.load();

    /** R: sum(abs(outer(v, v, "-"))) / (2 n² mean(v)) for 1940, 1950, …, 2000. */
    private static final double[] GINI = {0.35372371173452849, 0.29644613439022827, 0.25371832856559051,
        0.25513356494927303, 0.24505338049421577, 0.25181825879538217, 0.25811308248827908};

    private static void close(double expected, double actual, double rel) {
        assertEquals(expected, actual, Math.abs(expected) * rel, () -> "expected " + expected + " got " + actual);
    }

    @Test
    void giniTrendMatchesR() {
        SigmaConvergenceResult r = SigmaConvergence.of(Measure.gini()).compute(Mexico.YEARS, MX.gdp, null);
        for (int t = 0; t < GINI.length; t++) {
            close(GINI[t], r.values()[t], REL);
            assertEquals(32, r.observations()[t]);
        }
        // R: summary(lm(gini ~ years))
        close(-0.0013741163821421945, r.trend().slope(), REL);
        close(0.00052915644707557212, r.trend().standardError(), REL);
        close(2.9804387673083359, r.trend().intercept(), REL);
        close(0.048436251309352994, r.trend().p(), 1e-9);
        close(0.57422888882151768, r.trend().rSquared(), REL);
        assertEquals("Gini", r.measure());
        assertEquals(Verdict.CLOSING, r.verdict());
        assertEquals(Verdict.NO_SIGNIFICANT_TREND,
                SigmaConvergence.of(Measure.gini()).withAlpha(0.01).compute(Mexico.YEARS, MX.gdp, null).verdict());
    }

    @Test
    void panelWeightedEqualsRawWeighted() {
        Panel p = MX.panel();
        SigmaConvergenceResult a = SigmaConvergence.of(Measure.theilT()).compute(p, "GDPPC", "POP");
        double[][] w = new double[7][];
        for (int t = 0; t < 7; t++) {
            w[t] = p.column("POP", Mexico.YEARS[t]);
        }
        SigmaConvergenceResult b = SigmaConvergence.of(Measure.theilT()).compute(Mexico.YEARS, MX.gdp, w);
        assertEquals(a, b);
        close(Inequality.theilT(MX.gdp[3], w[3]), a.values()[3], 1e-15);
        SigmaConvergenceResult two = SigmaConvergence.of(Measure.theilT()).compute(p, "GDPPC", null, 2000, 1940);
        assertArrayEquals(new int[] {1940, 2000}, two.years());
        assertTrue(Double.isNaN(two.trend().standardError()));
    }

    @Test
    void missingValuesAreSkippedAndCounted() {
        double[][] x = {{1, 2, Double.NaN, 4}, {Double.NaN, Double.NaN, Double.NaN, 3}, {1, 1, 2, 2}};
        SigmaConvergenceResult r = SigmaConvergence.of(Inequality::gini).withName("G")
                .compute(new int[] {2000, 2001, 2002}, x, null);
        assertArrayEquals(new int[] {3, 1, 4}, r.observations());
        assertArrayEquals(new int[] {1, 3, 0}, r.skipped());
        assertTrue(Double.isNaN(r.values()[1]));
        close(Inequality.gini(new double[] {1, 2, 4}), r.values()[0], 1e-15);
        assertEquals(2, r.trend().observations());
    }

    @Test
    void bootstrapBandsContainTheEstimateAndAreSeeded() {
        Bootstrap b = Bootstrap.withDefaults().withReplicates(200).withSeed(7).withMethod(IntervalMethod.PERCENTILE);
        SigmaConvergence s = SigmaConvergence.of(Measure.gini()).withBootstrap(b);
        SigmaConvergenceResult r = s.compute(Mexico.YEARS, MX.gdp, null);
        for (int t = 0; t < 7; t++) {
            assertTrue(r.lower()[t] <= r.values()[t] && r.values()[t] <= r.upper()[t]);
            close(GINI[t], r.values()[t], REL);
        }
        assertEquals(r, s.compute(Mexico.YEARS, MX.gdp, null));
    }

    @Test
    void badInputNamesTheArgument() {
        Panel p = MX.panel();
        SigmaConvergence s = SigmaConvergence.of(Measure.gini());
        assertTrue(assertThrows(IllegalArgumentException.class, () -> s.compute(p, "NOPE", null)).getMessage()
                .contains("NOPE"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> s.compute(p, "GDPPC", null, 1941))
                .getMessage().contains("1941"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> s.withAlpha(1.5)).getMessage()
                .contains("alpha"));
        double[][] neg = {{1, -2, 3}};
        assertTrue(assertThrows(IllegalArgumentException.class,
                () -> SigmaConvergence.of(Measure.theilT()).compute(new int[] {2000}, neg, null)).getMessage()
                .contains("2000"));
    }
}
