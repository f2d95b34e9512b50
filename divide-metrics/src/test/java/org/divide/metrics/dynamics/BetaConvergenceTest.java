package org.divide.metrics.dynamics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * β-convergence against R 4.2.2 {@code lm} on the PySAL Mexico data, 1940 → 2000; the script and
 * its output are {@code resources/dynamics/reference.R} and {@code reference-output.txt}.
 */
class BetaConvergenceTest {

    /** Relative tolerance of coefficients, standard errors, t and R² against R. */
    private static final double REL = 1e-10;
    /** Relative tolerance of p-values (commons-math3's regularised incomplete beta against R's pt). */
    private static final double REL_P = 1e-9;

    private static final Mexico MX = Mexico.load();

    private static void close(double expected, double actual, double rel) {
        assertEquals(expected, actual, Math.abs(expected) * rel, () -> "expected " + expected + " got " + actual);
    }

    @Test
    void unconditionalMatchesLm() {
        BetaConvergenceResult r = BetaConvergence.estimate(MX.gdp[0], MX.gdp[6], 60);
        // R: summary(lm(g ~ lx))
        close(0.082289274735969267, r.intercept(), REL);
        close(-0.0072548026778385157, r.beta(), REL);
        close(0.012155924366011263, r.interceptStandardError(), REL);
        close(0.0013963930068126701, r.standardError(), REL);
        close(-5.1953874320796904, r.t(), REL);
        close(1.3416379751848233e-05, r.p(), REL_P);
        close(0.47361079834349051, r.rSquared(), REL);
        close(0.45606449162160678, r.adjustedRSquared(), REL);
        close(0.0048981469522795043, r.residualStandardError(), REL);
        assertEquals(32, r.observations());
        // λ = −ln(1 + βT)/T, half-life ln 2/λ
        double lambda = -Math.log(1 + r.beta() * 60) / 60;
        close(lambda, r.speed(), 1e-15);
        close(Math.log(2) / lambda, r.halfLife(), 1e-15);
        assertNull(r.baselineGroup());
        assertTrue(r.groupLabels().isEmpty());
    }

    @Test
    void conditionalOnRegionsMatchesLm() {
        BetaConvergenceResult r = BetaConvergence.estimate(MX.gdp[0], MX.gdp[6], 60, null, MX.region);
        // R: summary(lm(g ~ lx + factor(hanson98)))
        close(0.093500524661794135, r.intercept(), REL);
        close(-0.0081849140672343532, r.beta(), REL);
        close(0.01368347527686732, r.interceptStandardError(), REL);
        close(0.0014806713806044482, r.standardError(), REL);
        close(-5.5278397181507355, r.t(), REL);
        close(8.3930358127304302e-06, r.p(), REL_P);
        close(0.59852420572158305, r.rSquared(), REL);
        close(0.52131732220650284, r.adjustedRSquared(), REL);
        close(0.0045949623908033786, r.residualStandardError(), REL);
        assertEquals("1", r.baselineGroup());
        assertEquals(List.of("2", "3", "4", "5"), r.groupLabels());
        double[] effects = {-0.0056670952048433997, -0.0045501827311333672, 0.0021910443906586739,
            -0.0027900034629752997};
        double[] se = {0.0026186826199452286, 0.0025422330731231062, 0.0037626701849052856, 0.0028391874266990142};
        double[] p = {0.039824564919221775, 0.085134872891496682, 0.56537319171508815, 0.33482306407653761};
        for (int g = 0; g < 4; g++) {
            close(effects[g], r.groupEffects()[g], REL);
            close(se[g], r.groupStandardErrors()[g], REL);
            close(p[g], r.groupP()[g], REL_P);
        }
    }

    @Test
    void weightedMatchesLm() {
        double[] w = new double[32];
        for (int i = 0; i < 32; i++) {
            w[i] = i + 1;
        }
        BetaConvergenceResult r = BetaConvergence.estimate(MX.gdp[0], MX.gdp[6], 60, w, null);
        // R: summary(lm(g ~ lx, weights = 1:32))
        close(0.079251294396250671, r.intercept(), REL);
        close(-0.0069817831061801516, r.beta(), REL);
        close(0.010904265287574051, r.interceptStandardError(), REL);
        close(0.0012662051641574514, r.standardError(), REL);
        close(-5.5139430037200308, r.t(), REL);
        close(5.459704404461898e-06, r.p(), REL_P);
        close(0.50334059282689447, r.rSquared(), REL);
        close(0.48678527925445758, r.adjustedRSquared(), REL);
    }

    @Test
    void excludesAndCountsMissingAndNonPositive() {
        double[] x0 = MX.gdp[0].clone();
        double[] x1 = MX.gdp[6].clone();
        double[] a0 = new double[34];
        double[] a1 = new double[34];
        System.arraycopy(x0, 0, a0, 0, 32);
        System.arraycopy(x1, 0, a1, 0, 32);
        a0[32] = Double.NaN;
        a1[32] = 5;
        a0[33] = 4;
        a1[33] = -1;
        BetaConvergenceResult r = BetaConvergence.estimate(a0, a1, 60);
        assertEquals(1, r.excludedMissing());
        assertEquals(1, r.excludedNonPositive());
        close(-0.0072548026778385157, r.beta(), REL);
    }

    @Test
    void divergenceHasNoHalfLife() {
        BetaConvergenceResult r = BetaConvergence.estimate(new double[] {1, 2, 4, 8}, new double[] {1, 4, 16, 70}, 10);
        assertTrue(r.beta() > 0);
        assertTrue(r.speed() < 0);
        assertTrue(Double.isNaN(r.halfLife()));
    }

    @Test
    void badInputNamesTheArgument() {
        double[] x = {1, 2, 3};
        assertTrue(assertThrows(IllegalArgumentException.class, () -> BetaConvergence.estimate(x, x, 0))
                .getMessage().contains("span"));
        assertTrue(assertThrows(IllegalArgumentException.class,
                () -> BetaConvergence.estimate(x, new double[2], 5)).getMessage().contains("last"));
        assertTrue(assertThrows(IllegalArgumentException.class,
                () -> BetaConvergence.estimate(x, x, 5, new double[] {1, -1, 1}, null)).getMessage()
                .contains("weights[1]"));
        assertThrows(IllegalArgumentException.class, () -> BetaConvergence.estimate(new double[] {2, 2, 2}, x, 5));
    }
}
