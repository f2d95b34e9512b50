package org.divide.metrics.dynamics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;

import org.divide.metrics.internal.numeric.SortedQuantiles;
import org.junit.jupiter.api.Test;

/** Catch-up horizons against hand computation and {@code dynamics/catchup_reference.py}. */
class CatchUpTest {

    private static final int[] YEARS = {2010, 2011, 2012, 2013, 2014, 2015, 2016, 2017, 2018};
    private static final double[] VALUES = {7.2, 9.0, 11.1, 12.5, Double.NaN, 16.6, 17.8, 22.0, 24.9};

    private static void close(double expected, double actual) {
        assertEquals(expected, actual, 1e-12 * Math.abs(expected));
    }

    @Test
    void cagrAndFitMatchNumpy() {
        CatchUpResult c = CatchUp.horizon(YEARS, VALUES, GrowthMethod.CAGR, 80, 0);
        close(0.16777280262114425, c.growth());
        close(7.525282199432664, c.years());
        assertEquals(CatchUpResult.State.REACHABLE, c.state());
        assertEquals(2010, c.firstYear());
        assertEquals(2018, c.lastYear());
        assertEquals(8, c.observations());
        assertEquals(24.9, c.level(), 1e-12);
        CatchUpResult f = CatchUp.horizon(YEARS, VALUES, GrowthMethod.FIT, 80, 0);
        close(0.15937340543640843, f.growth());
        close(7.8926241986004646, f.years());
        close(9.112941797452935, CatchUp.horizon(YEARS, VALUES, GrowthMethod.FIT, 80, 0.02).years());
    }

    @Test
    void neverAtCurrentTrendsIsAState() {
        CatchUpResult c = CatchUp.horizon(YEARS, VALUES, GrowthMethod.CAGR, 80, 0.2);
        assertEquals(CatchUpResult.State.NEVER, c.state());
        assertEquals(Double.POSITIVE_INFINITY, c.years());
        double[] falling = {10, 9, 8};
        CatchUpResult d = CatchUp.horizon(new int[] {2000, 2001, 2002}, falling, GrowthMethod.FIT, 20, 0);
        assertEquals(CatchUpResult.State.NEVER, d.state());
    }

    @Test
    void alreadyThereIsZero() {
        CatchUpResult c = CatchUp.horizon(YEARS, VALUES, GrowthMethod.FIT, 24.9, 0);
        assertEquals(CatchUpResult.State.REACHED, c.state());
        assertEquals(0.0, c.years());
        // a falling series above its target has reached it too
        assertEquals(0.0, CatchUp.years(50, -0.1, 40, 0));
    }

    @Test
    void exactExponentialGivesTheSameRateAndAnExactHorizon() {
        int[] years = {2000, 2001, 2002, 2003, 2004, 2005};
        double[] v = new double[years.length];
        for (int i = 0; i < v.length; i++) {
            v[i] = 3 * Math.pow(1.1, i);
        }
        CatchUpResult c = CatchUp.horizon(years, v, GrowthMethod.CAGR, v[5] * Math.pow(1.1, 7), 0);
        CatchUpResult f = CatchUp.horizon(years, v, GrowthMethod.FIT, v[5] * Math.pow(1.1, 7), 0);
        assertEquals(0.1, c.growth(), 1e-12);
        assertEquals(0.1, f.growth(), 1e-12);
        assertEquals(7.0, c.years(), 1e-9);
        assertEquals(7.0, f.years(), 1e-9);
        // hand: 10 → 20 at 5 % a year, ln 2 / ln 1.05 = 14.2067...
        assertEquals(14.206699082890463, CatchUp.years(10, 0.05, 20, 0), 1e-12);
        // a target growing at 2 %: ln 2 / (ln 1.05 − ln 1.02)
        assertEquals(Math.log(2) / Math.log(1.05 / 1.02), CatchUp.years(10, 0.05, 20, 0.02), 1e-12);
    }

    @Test
    void bootstrapIsSeededAndCoversThePointEstimate() {
        int[] years = new int[15];
        double[] v = new double[15];
        double[] noise = {0.01, -0.02, 0.015, 0, -0.01, 0.02, -0.015, 0.005, 0.01, -0.005, 0, 0.02, -0.02, 0.01, -0.01};
        for (int i = 0; i < 15; i++) {
            years[i] = 2005 + i;
            v[i] = 5 * Math.exp(0.08 * i + noise[i]);
        }
        for (GrowthMethod m : GrowthMethod.values()) {
            CatchUpResult a = CatchUp.horizon(years, v, m, 60, 0, 999, 42);
            CatchUpResult b = CatchUp.horizon(years, v, m, 60, 0, 999, 42);
            assertEquals(a, b, m.name());
            assertEquals(999, a.draws());
            assertTrue(a.lower() <= a.years() && a.years() <= a.upper(), m + ": " + a);
            assertEquals(0.0, a.neverShare(), m.name());
            assertTrue(a.upper() - a.lower() < 6, m + ": " + a);
            CatchUpResult other = CatchUp.horizon(years, v, m, 60, 0, 999, 43);
            assertTrue(other.lower() != a.lower() || other.upper() != a.upper(), m.name());
        }
        CatchUpResult none = CatchUp.horizon(years, v, GrowthMethod.FIT, 60, 0);
        assertTrue(Double.isNaN(none.lower()) && Double.isNaN(none.neverShare()));
    }

    @Test
    void bootstrapCountsTheDrawsThatNeverReach() {
        // a flat, noisy series: about half of the draws shrink
        int[] years = {2000, 2001, 2002, 2003, 2004, 2005, 2006, 2007};
        double[] v = {10, 10.4, 9.8, 10.3, 9.7, 10.2, 9.9, 10.1};
        CatchUpResult r = CatchUp.horizon(years, v, GrowthMethod.FIT, 20, 0, 2000, 7);
        assertTrue(r.neverShare() > 0.1 && r.neverShare() < 0.9, r.toString());
        assertEquals(Double.POSITIVE_INFINITY, r.upper());
    }

    @Test
    void betaPathMatchesTheHalfLifeOfBetaConvergence() {
        close(38.867164197494638, CatchUp.yearsToClose(-0.015, 20, 0.5));
        close(129.11392471625769, CatchUp.yearsToClose(-0.015, 20, 0.9));
        BetaConvergenceResult b = BetaConvergence.estimate(new double[] {1, 2, 4, 8}, new double[] {3, 5, 8, 13}, 20);
        close(b.halfLife(), CatchUp.yearsToClose(b.beta(), 20, 0.5));
        assertEquals(Double.POSITIVE_INFINITY, CatchUp.yearsToClose(0.01, 20, 0.5));
    }

    @Test
    void badInputNamesTheYear() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> CatchUp.horizon(new int[] {2000, 2001}, new double[] {1, 0}, GrowthMethod.CAGR, 2, 0));
        assertTrue(e.getMessage().contains("2001"), e.getMessage());
        assertThrows(IllegalArgumentException.class,
                () -> CatchUp.horizon(new int[] {2000, 2001}, new double[] {1, Double.NaN}, GrowthMethod.FIT, 2, 0));
    }

    @Test
    void growthAndItsDrawsAreThoseOfTheHorizon() {
        for (GrowthMethod m : GrowthMethod.values()) {
            CatchUpResult r = CatchUp.horizon(YEARS, VALUES, m, 80, 0, 99, 5);
            assertEquals(r.growth(), CatchUp.growth(YEARS, VALUES, m), 0);
            double[] g = CatchUp.growthDraws(YEARS, VALUES, m, 99, 5);
            double[] h = new double[g.length];
            for (int b = 0; b < g.length; b++) {
                h[b] = CatchUp.years(r.level(), g[b], 80, 0);
            }
            Arrays.sort(h);
            assertEquals(r.lower(), SortedQuantiles.type7(h, 0.05), 0);
            assertEquals(r.upper(), SortedQuantiles.type7(h, 0.95), 0);
        }
        assertThrows(IllegalArgumentException.class, () -> CatchUp.growthDraws(YEARS, VALUES, GrowthMethod.FIT, -1, 0));
    }
}
