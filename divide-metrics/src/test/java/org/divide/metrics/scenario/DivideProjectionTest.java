package org.divide.metrics.scenario;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.divide.core.Grouping;
import org.divide.core.Panel;
import org.divide.metrics.dynamics.BetaConvergence;
import org.divide.metrics.dynamics.BetaConvergenceResult;
import org.divide.metrics.dynamics.CatchUp;
import org.divide.metrics.dynamics.GrowthMethod;
import org.divide.metrics.inequality.Decomposition;
import org.divide.metrics.inequality.GeneralizedEntropy;
import org.divide.metrics.inequality.Inequality;
import org.junit.jupiter.api.Test;

/** The projected divide against hand computation and the inequality facade on small panels. */
class DivideProjectionTest {

    private static final double NAN = Double.NaN;
    private static final int[] YEARS = {2000, 2001, 2002, 2003, 2004};
    private static final ProjectionOptions CAGR = ProjectionOptions.withDefaults().withMethod(GrowthMethod.CAGR);

    /** c·(1 + r)^(year − 2000) in every year of the window. */
    private static double[] exponential(double c, double r) {
        double[] x = new double[YEARS.length];
        for (int t = 0; t < x.length; t++) {
            x[t] = c * Math.pow(1 + r, t);
        }
        return x;
    }

    private static double[] constant(double v) {
        double[] w = new double[YEARS.length];
        Arrays.fill(w, v);
        return w;
    }

    /** Four economies on exact exponential paths, two income groups, population weights. */
    private static ProjectionInput exact() {
        return new ProjectionInput(List.of("AAA", "BBB", "CCC", "DDD"), YEARS,
                new double[][] {exponential(10, 0.10), exponential(20, 0.05), exponential(5, 0.20),
                    exponential(40, 0.01)},
                new double[][] {constant(3), constant(1), constant(5), constant(2)},
                new String[] {"L", "H", "L", "H"});
    }

    /** A noisy panel: irregular growth; NGA and BRA have no value in 2004, a thin year at the end. */
    private static ProjectionInput noisy() {
        return new ProjectionInput(List.of("KEN", "IND", "NOR", "USA", "NGA", "BRA"), YEARS,
                new double[][] {{10, 12, 13.5, 17, 19}, {8, 9.5, 11, 13, 15.2}, {80, 82, 85, 86, 88},
                    {75, 77, 76, 80, 83}, {5, 5.5, 6.4, 7, NAN}, {30, 33, 37, 39, NAN}},
                new double[][] {{50, 51, 52, 53, 54}, {1300, 1310, 1320, 1330, 1340}, {5, 5, 5, 5, 5.1},
                    {300, 302, 304, 306, 308}, {200, 205, 210, 215, 220}, {210, 211, 212, 213, NAN}},
                new String[] {"LMC", "LMC", "HIC", "HIC", "LMC", "UMC"});
    }

    private static void close(double expected, double actual) {
        assertEquals(expected, actual, 1e-12 * Math.max(1, Math.abs(expected)));
    }

    @Test
    void trendExtrapolatesTheCagrExactly() {
        ProjectionResult r = DivideProjection.project(exact(), 2010, Scenario.trend(), CAGR);
        assertEquals(List.of("AAA", "BBB", "CCC", "DDD"), r.sample());
        assertEquals(11, r.rows().size());
        close(0.10, r.growth()[0]);
        close(0.20, r.growth()[2]);
        double[] x2010 = r.values(2010);
        close(10 * Math.pow(1.10, 10), x2010[0]);
        close(20 * Math.pow(1.05, 10), x2010[1]);
        close(5 * Math.pow(1.20, 10), x2010[2]);
        close(40 * Math.pow(1.01, 10), x2010[3]);
        assertEquals(false, r.rowOf(2004).projected());
        assertEquals(true, r.rowOf(2005).projected());
        // constant population: the last observed weight
        assertArrayEquals(new double[] {3, 1, 5, 2}, r.weights(2010));
        // on an exact exponential path the fit gives the same rate
        ProjectionResult f = DivideProjection.project(exact(), 2010, Scenario.trend(), ProjectionOptions.withDefaults());
        for (int i = 0; i < 4; i++) {
            close(x2010[i], f.values(2010)[i]);
        }
    }

    @Test
    void eachEconomyCountsFromItsOwnLastObservation() {
        ProjectionResult r = DivideProjection.project(noisy(), 2008, Scenario.trend(), CAGR);
        assertEquals(6, r.sample().size());
        // 2004 has values for 4 of 6 economies, fewer than 80 %: a thin year, projected from 2003 on
        assertEquals(List.of(), r.skippedYears());
        assertEquals(List.of(2000, 2001, 2002, 2003, 2004, 2005, 2006, 2007, 2008), r.rows().stream()
                .map(ProjectionRow::year).toList());
        assertEquals(false, r.rowOf(2003).projected());
        assertEquals(true, r.rowOf(2004).projected());
        assertEquals(2, r.rowOf(2004).projectedEconomies());
        assertEquals(6, r.rowOf(2005).projectedEconomies());
        assertEquals(0, r.rowOf(2003).projectedEconomies());
        assertEquals(2003, r.lastYears()[4]);
        double g = Math.pow(7.0 / 5, 1.0 / 3) - 1;
        close(g, r.growth()[4]);
        close(7 * Math.pow(1 + g, 5), r.values(2008)[4]);
        // KEN and IND are observed in 2004: their own values, then their trend from there
        assertEquals(19, r.values(2004)[0], 0);
        assertEquals(15.2, r.values(2004)[1], 0);
        double gInd = Math.pow(15.2 / 8, 1.0 / 4) - 1;
        close(15.2 * Math.pow(1 + gInd, 1), r.values(2005)[1]);
        for (ProjectionRow row : r.rows()) {
            assertEquals(6, row.economies());
        }
    }

    @Test
    void anEconomyMissingInAWellCoveredYearIsLeftOut() {
        double[][] x = noisy().values();
        x[1][2] = NAN;
        ProjectionInput in = new ProjectionInput(noisy().economies(), YEARS, x, noisy().weights(), noisy().groups());
        ProjectionResult r = DivideProjection.project(in, 2006, Scenario.trend(), CAGR);
        assertEquals(List.of("KEN", "NOR", "USA", "NGA", "BRA"), r.sample());
        assertEquals(List.of(new LeftOut("IND", "no value or weight in 2002, a well-covered year")), r.leftOut());
        assertEquals(5, r.rowOf(2002).economies());
        // filling the gap keeps IND, its 2002 value interpolated in logs between 2001 and 2003
        ProjectionResult f = DivideProjection.project(in, 2006, Scenario.trend(), CAGR.withFillGaps(true));
        assertEquals(6, f.sample().size());
        assertEquals(List.of("IND 2002"), f.filled());
        close(Math.sqrt(9.5 * 13), f.values(2002)[1]);
        // the trend uses the observations only: the CAGR from 8 (2000) to 15.2 (2004)
        close(Math.pow(15.2 / 8, 1.0 / 4) - 1, f.growth()[1]);
    }

    @Test
    void measuresAreTheFacadeOnTheProjectedColumns() {
        for (Scenario s : List.of(Scenario.trend(), Scenario.beta(), Scenario.policy(Map.of("NGA", 0.05)))) {
            ProjectionResult r = DivideProjection.project(noisy(), 2012, s, ProjectionOptions.withDefaults());
            String[] groups = r.groups();
            for (ProjectionRow row : r.rows()) {
                double[] x = r.values(row.year());
                double[] w = r.weights(row.year());
                assertEquals(Inequality.gini(x, w), row.gini(), 0, s + " " + row.year());
                assertEquals(Inequality.theilT(x, w), row.theilT(), 0);
                assertEquals(Inequality.theilL(x, w), row.theilL(), 0);
                Decomposition d = GeneralizedEntropy.theilT().decompose(x, w, groups);
                close(d.between() / d.total(), row.betweenShare());
                assertTrue(row.betweenShare() >= 0 && row.betweenShare() <= 1, row.toString());
            }
        }
    }

    @Test
    void observedRowsCarryTheObservedValuesAndWeights() {
        ProjectionResult r = DivideProjection.project(noisy(), 2006, Scenario.trend(), CAGR);
        assertArrayEquals(new double[] {17, 13, 86, 80, 7, 39}, r.values(2003));
        assertArrayEquals(new double[] {53, 1330, 5, 306, 215, 213}, r.weights(2003));
        // projected years hold each economy's last weight
        assertArrayEquals(new double[] {54, 1340, 5.1, 308, 220, 213}, r.weights(2006));
    }

    @Test
    void betaFollowsTheConvergencePath() {
        ProjectionResult r = DivideProjection.project(noisy(), 2010, Scenario.beta(), ProjectionOptions.withDefaults());
        // β between the first and the last observed row (2000 and 2003), weighted by the weights of 2000
        assertEquals(2000, r.betaFrom());
        assertEquals(2003, r.betaTo());
        BetaConvergenceResult b = BetaConvergence.estimate(r.values(2000), r.values(2003), 3, r.weights(2000), null);
        assertEquals(b.beta(), r.beta().beta(), 0);
        assertTrue(b.beta() < 0, "the laggards grow faster in this panel: " + b.beta());
        double a = b.intercept();
        double beta = b.beta();
        // KEN from 19 in 2004, 6 years to 2010
        double m = (Math.pow(1 + 3 * beta, 6.0 / 3) - 1) / beta;
        close(Math.exp(Math.log(19) + (a + beta * Math.log(19)) * m), r.values(2010)[0]);
        // h = T gives back the fitted growth: ln y(T) − ln y = T·(a + β ln y); NGA from 7 in 2003, 2006 = 3 years on
        close(Math.log(7) + 3 * (a + beta * Math.log(7)), Math.log(r.values(2006)[4]));
        // the rich grow more slowly than the poor along the path
        double kenGrowth = r.values(2006)[0] / r.values(2005)[0];
        double norGrowth = r.values(2006)[2] / r.values(2005)[2];
        assertTrue(kenGrowth > norGrowth, kenGrowth + " " + norGrowth);
        assertNull(r.rowOf(2010).band());
    }

    @Test
    void policyWithoutARaiseIsTheTrend() {
        ProjectionResult trend = DivideProjection.project(noisy(), 2012, Scenario.trend(), ProjectionOptions.withDefaults());
        ProjectionResult policy = DivideProjection.project(noisy(), 2012, Scenario.policy(Map.of("KEN", 0.0,
                "NGA", 0.0)), ProjectionOptions.withDefaults());
        assertEquals(trend.rows(), policy.rows());
        assertArrayEquals(trend.values(2012), policy.values(2012));
    }

    @Test
    void raisingThePoorestNarrowsTheDivideAndTheRichestWidensIt() {
        ProjectionResult trend = DivideProjection.project(noisy(), 2012, Scenario.trend(), ProjectionOptions.withDefaults());
        ProjectionResult poorest = DivideProjection.project(noisy(), 2012, Scenario.policy(Map.of("NGA", 0.05)),
                ProjectionOptions.withDefaults());
        ProjectionResult richest = DivideProjection.project(noisy(), 2012, Scenario.policy(Map.of("NOR", 0.05)),
                ProjectionOptions.withDefaults());
        for (int year = 2005; year <= 2012; year++) {
            assertTrue(poorest.rowOf(year).gini() < trend.rowOf(year).gini(), "poorest " + year);
            assertTrue(richest.rowOf(year).gini() > trend.rowOf(year).gini(), "richest " + year);
        }
        // the observed history is the same
        assertEquals(trend.rowOf(2003), poorest.rowOf(2003));
        // NGA raised 5 % a year on top of its trend from 2003
        close(trend.values(2012)[4] * Math.pow(1.05, 9), poorest.values(2012)[4]);
    }

    @Test
    void permutingTheEconomiesChangesNothing() {
        ProjectionInput in = noisy();
        List<Integer> order = new ArrayList<>(List.of(0, 1, 2, 3, 4, 5));
        Collections.reverse(order);
        List<String> codes = new ArrayList<>();
        double[][] x = new double[6][];
        double[][] w = new double[6][];
        String[] g = new String[6];
        for (int j = 0; j < 6; j++) {
            int i = order.get(j);
            codes.add(in.economies().get(i));
            x[j] = in.values()[i];
            w[j] = in.weights()[i];
            g[j] = in.groups()[i];
        }
        ProjectionInput reversed = new ProjectionInput(codes, YEARS, x, w, g);
        ProjectionOptions o = ProjectionOptions.withDefaults().withDraws(49);
        for (Scenario s : List.of(Scenario.trend(), Scenario.beta(), Scenario.policy(Map.of("KEN", 0.03)))) {
            ProjectionResult a = DivideProjection.project(in, 2011, s, o);
            ProjectionResult b = DivideProjection.project(reversed, 2011, s, o);
            for (int r = 0; r < a.rows().size(); r++) {
                ProjectionRow p = a.rows().get(r);
                ProjectionRow q = b.rows().get(r);
                close(p.gini(), q.gini());
                close(p.theilT(), q.theilT());
                close(p.theilL(), q.theilL());
                close(p.betweenShare(), q.betweenShare());
                if (p.band() != null) {
                    close(p.band().giniLower(), q.band().giniLower());
                    close(p.band().giniUpper(), q.band().giniUpper());
                }
            }
        }
    }

    @Test
    void leftOutEconomiesAreNamedWithTheReason() {
        ProjectionInput in = new ProjectionInput(List.of("AAA", "ONE", "ZER", "NOW", "NOG", "BBB"), YEARS,
                new double[][] {exponential(10, 0.1), {NAN, NAN, 3, NAN, NAN}, {1, 0, 2, 3, 4}, exponential(9, 0.1),
                    exponential(8, 0.1), exponential(30, 0.02)},
                new double[][] {constant(1), constant(1), constant(1), constant(NAN), constant(1), constant(2)},
                new String[] {"L", "L", "L", "L", null, "H"});
        ProjectionResult r = DivideProjection.project(in, 2006, Scenario.trend(), ProjectionOptions.withDefaults());
        assertEquals(List.of("AAA", "BBB"), r.sample());
        assertEquals(List.of(new LeftOut("ONE", "1 value in the window; a trend needs two"),
                new LeftOut("ZER", "a value that is not > 0 and finite in 2001 (0.0): no growth rate"),
                new LeftOut("NOW", "0 weights in the window"), new LeftOut("NOG", "no group")), r.leftOut());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> DivideProjection.project(in,
                2006, Scenario.policy(Map.of("ZER", 0.05)), ProjectionOptions.withDefaults()));
        assertTrue(e.getMessage().contains("ZER, which is not in the sample: a value that is not > 0"), e.getMessage());
    }

    @Test
    void populationAtItsOwnTrend() {
        ProjectionResult r = DivideProjection.project(noisy(), 2007, Scenario.trend(),
                CAGR.withPopulation(PopulationAssumption.TREND));
        double p = Math.pow(54.0 / 50, 1.0 / 4) - 1;
        close(54 * Math.pow(1 + p, 3), r.weights(2007)[0]);
        close(CatchUp.growth(YEARS, new double[] {50, 51, 52, 53, 54}, GrowthMethod.CAGR), p);
    }

    @Test
    void theBandIsSeededAndCollapsesOnExactTrends() {
        ProjectionOptions o = ProjectionOptions.withDefaults().withDraws(199).withSeed(7);
        ProjectionResult exact = DivideProjection.project(exact(), 2008, Scenario.trend(), o);
        ProjectionRow row = exact.rowOf(2008);
        assertNotNull(row.band());
        // an exact exponential leaves no residual: every draw is the trend
        close(row.gini(), row.band().giniLower());
        close(row.gini(), row.band().giniUpper());
        ProjectionResult a = DivideProjection.project(noisy(), 2010, Scenario.trend(), o);
        ProjectionResult b = DivideProjection.project(noisy(), 2010, Scenario.trend(), o);
        assertEquals(a.rows(), b.rows());
        ProjectionRow.Band band = a.rowOf(2010).band();
        assertTrue(band.giniLower() < a.rowOf(2010).gini() && a.rowOf(2010).gini() < band.giniUpper(), band.toString());
        assertTrue(band.theilTLower() < band.theilTUpper(), band.toString());
        assertNull(a.rowOf(2003).band());
    }

    @Test
    void unweightedAndUngroupedInputs() {
        ProjectionInput in = new ProjectionInput(List.of("A", "B", "C"), YEARS,
                new double[][] {exponential(1, 0.1), exponential(2, 0.0), exponential(4, -0.05)}, null, null);
        ProjectionResult r = DivideProjection.project(in, 2006, Scenario.trend(), CAGR.withDraws(19));
        assertNull(r.weights(2006));
        // exact trends: the band is the point
        close(r.rowOf(2006).gini(), r.rowOf(2006).band().giniLower());
        assertTrue(Double.isNaN(r.rowOf(2006).betweenShare()));
        close(Inequality.gini(new double[] {Math.pow(1.1, 6), 2, 4 * Math.pow(0.95, 6)}), r.rowOf(2006).gini());
    }

    @Test
    void badInputIsAOneLineError() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> DivideProjection.project(exact(), 2004,
                Scenario.trend(), CAGR)).getMessage().contains("after the window's last year 2004: 2004"));
        ProjectionInput one = new ProjectionInput(List.of("A", "B"), YEARS,
                new double[][] {exponential(1, 0.1), constant(NAN)}, null, null);
        assertTrue(assertThrows(IllegalArgumentException.class, () -> DivideProjection.project(one, 2006,
                Scenario.trend(), CAGR)).getMessage().contains("the sample has 1 economy"));
        ProjectionInput negative = new ProjectionInput(List.of("A", "B"), YEARS,
                new double[][] {exponential(1, 0.1), exponential(2, 0.1)},
                new double[][] {constant(1), {1, 1, -4, 1, 1}}, null);
        assertEquals("the weight of B in 2002 must be >= 0 and finite: -4.0", assertThrows(
                IllegalArgumentException.class, () -> DivideProjection.project(negative, 2006, Scenario.trend(), CAGR))
                .getMessage());
        assertThrows(IllegalArgumentException.class, () -> Scenario.policy(Map.of("A", -1.0)));
        assertThrows(IllegalArgumentException.class, () -> Scenario.policy(Map.of()));
    }

    @Test
    void aCeilingCapsTheProjectedShares() {
        ProjectionOptions capped = CAGR.withCeiling(100);
        ProjectionResult r = DivideProjection.project(noisy(), 2030, Scenario.trend(), capped);
        ProjectionResult free = DivideProjection.project(noisy(), 2030, Scenario.trend(), CAGR);
        // KEN grows (19/10)^(1/4) − 1 ≈ 17 % a year: past 100 by 2030 without the ceiling
        assertTrue(free.values(2030)[0] > 100, String.valueOf(free.values(2030)[0]));
        assertEquals(100, r.values(2030)[0], 0);
        assertEquals(free.values(2005)[0], r.values(2005)[0], 0);
        for (int year = 2005; year <= 2030; year++) {
            for (double v : r.values(year)) {
                assertTrue(v <= 100, year + ": " + v);
            }
        }
        assertEquals(free.rowOf(2003), r.rowOf(2003));
        // a base above the ceiling is held, not cut
        ProjectionResult low = DivideProjection.project(noisy(), 2006, Scenario.trend(), CAGR.withCeiling(50));
        assertEquals(88, low.values(2006)[2], 0);
        assertThrows(IllegalArgumentException.class, () -> CAGR.withCeiling(0));
    }

    @Test
    void theWindowOfAPanel() {
        List<Panel.Row> rows = new ArrayList<>();
        ProjectionInput in = noisy();
        for (int i = 0; i < 6; i++) {
            for (int t = 0; t < YEARS.length; t++) {
                rows.add(new Panel.Row(in.economies().get(i), "X", YEARS[t], in.values()[i][t]));
                rows.add(new Panel.Row(in.economies().get(i), "POP", YEARS[t], in.weights()[i][t]));
            }
        }
        rows.add(new Panel.Row("KEN", "X", 1999, 9));
        Map<String, String> labels = new HashMap<>();
        for (int i = 0; i < 6; i++) {
            labels.put(in.economies().get(i), in.groups()[i]);
        }
        Panel panel = Panel.fromRows(rows);
        ProjectionInput of = ProjectionInput.of(panel, "X", "POP", Grouping.of("income", labels), 2000, 2004);
        List<String> order = of.economies();
        for (int i = 0; i < 6; i++) {
            int j = order.indexOf(in.economies().get(i));
            assertArrayEquals(in.values()[i], of.values()[j]);
            assertArrayEquals(in.weights()[i], of.weights()[j]);
            assertEquals(in.groups()[i], of.groups()[j]);
        }
        assertArrayEquals(YEARS, of.years());
        ProjectionResult a = DivideProjection.project(in, 2008, Scenario.trend(), CAGR);
        ProjectionResult b = DivideProjection.project(of, 2008, Scenario.trend(), CAGR);
        close(a.rowOf(2008).gini(), b.rowOf(2008).gini());
        close(a.rowOf(2008).betweenShare(), b.rowOf(2008).betweenShare());
    }
}
