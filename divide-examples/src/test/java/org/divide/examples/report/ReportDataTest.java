package org.divide.examples.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.divide.core.Direction;
import org.divide.core.Economies;
import org.divide.core.Economy;
import org.divide.core.Framework;
import org.divide.core.Framework.Node;
import org.divide.core.Grouping;
import org.divide.core.Indicator;
import org.divide.core.Panel;
import org.divide.core.spec.Aggregate;
import org.divide.core.spec.IndexSpec;
import org.divide.core.spec.Normalise;
import org.divide.metrics.composite.IndexData;
import org.divide.metrics.dynamics.SigmaConvergenceResult;
import org.divide.metrics.inequality.Inequality;
import org.divide.metrics.uncertainty.Assumption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The report on a constructed panel whose last year is thin: 40 economies report indicator A in
 * 2010–2014 (one of them misses 2012), only 10 in 2015; indicator B is complete.
 */
class ReportDataTest {

    private static final int ECONOMIES = 40;
    private static final int[] YEARS = {2010, 2011, 2012, 2013, 2014, 2015};
    private static Panel panel;
    private static ReportData report;
    private static String html;

    @BeforeAll
    static void build() throws IOException {
        List<Economy> economies = Economies.worldBank().classified().subList(0, ECONOMIES);
        Panel.Builder b = Panel.builder();
        economies.forEach(b::addEconomy);
        for (String code : List.of("A", "B", "POP")) {
            b.addIndicator(Indicator.of(code));
        }
        for (int year : YEARS) {
            b.addYear(year);
            double[] a = new double[ECONOMIES];
            double[] bb = new double[ECONOMIES];
            double[] pop = new double[ECONOMIES];
            for (int e = 0; e < ECONOMIES; e++) {
                int t = year - YEARS[0];
                boolean thin = year == 2015 && e >= 10;
                boolean gap = year == 2012 && e == 3;
                a[e] = thin || gap ? Double.NaN : 10 + e + 2.0 * t * (ECONOMIES - e) / ECONOMIES;
                bb[e] = 50 + (e % 7) * 3 + t;
                pop[e] = 1e6 * (1 + e % 5);
            }
            b.putColumn("A", year, a).putColumn("B", year, bb).putColumn("POP", year, pop);
        }
        panel = b.build();
        Framework framework = Framework.of(List.of(Node.aggregate("I", "Test index", null, 3, 1),
                Node.aggregate("P1", "Pillar one", "I", 2, 1), Node.aggregate("P2", "Pillar two", "I", 2, 1),
                Node.indicator("A", "Indicator A", "P1", 1, Direction.POSITIVE),
                Node.indicator("B", "Indicator B", "P2", 1, Direction.POSITIVE)));
        IndexSpec spec = IndexSpec.of(framework, Normalise.minMax(), Aggregate.arithmetic());
        Grouping income = Economies.worldBank().incomeGroups();
        ReportInput input = ReportInput.of(spec, IndexData.of(panel, 2014), income, "POP",
                List.of(Assumption.weightNoise(0.25, 10, 1, 2)), 10, 7);
        report = ReportData.of(input);
        html = ReportPage.render(report);
    }

    @Test
    void theThinLastYearIsLeftOutOfTheTrendAndSaidSo() {
        TrendSample a = report.trends().get(0);
        assertEquals("A", a.indicator());
        assertArrayEquals(new int[] {2010, 2011, 2012, 2013, 2014}, a.years());
        assertEquals(List.of(2015), a.thin());
        assertEquals(ECONOMIES - 1, a.economies().length, "the economy with a gap in 2012 is left out");
        assertEquals("balanced panel of 39 economies observed in every year 2010–2014 (1 economy with a gap left"
                + " out); left out 2015: values for fewer than 80% of the 40 economies of the best-covered year",
                a.statement());
        SigmaConvergenceResult sigma = report.sigma().get(0);
        assertArrayEquals(a.years(), sigma.years());
        // the σ of the last year drawn is the weighted Gini of the 39 economies in 2014, recomputed here
        double[][] x = a.matrix(panel, "A");
        double[][] w = a.matrix(panel, "POP");
        assertEquals(Inequality.gini(x[4], w[4]), sigma.values()[4], 1e-12);
        assertTrue(html.contains("left out 2015: values for fewer than 80% of the 40 economies"), "captioned");
        assertEquals(List.of(2010, 2011, 2012, 2013, 2014), report.decomposition().stream()
                .map(ReportData.DecompositionRow::year).toList(), "the decomposition over time too");
    }

    @Test
    void aCompleteIndicatorKeepsEveryYear() {
        TrendSample b = report.trends().get(1);
        assertArrayEquals(YEARS, b.years());
        assertTrue(b.thin().isEmpty());
        assertEquals(ECONOMIES, b.economies().length);
        assertEquals("balanced panel of 40 economies observed in every year 2010–2015", b.statement());
        ReportData.BetaRow beta = report.beta().get(1);
        assertNotNull(beta.result());
        assertEquals(ECONOMIES, beta.result().observations());
        assertEquals(5, beta.result().span());
    }

    @Test
    void theIndexSampleIsStatedWithItsWeights() {
        assertEquals("index scores of 2014, 40 ranked economies weighted by POP of 2014", report.samples()
                .get("index-sample"));
        assertTrue(html.contains("<p class=\"sample\">Sample: index scores of 2014, 40 ranked economies"));
        // one Lorenz curve for the index and one per pillar
        assertEquals(List.of("I", "P1", "P2"), report.inequality().stream().map(ReportData.InequalityRow::indicator)
                .toList());
    }

    @Test
    void theIndexOverTimeLeavesOutTheThinYear() {
        assertArrayEquals(new int[] {2010, 2011, 2012, 2013, 2014}, report.overTime().years());
        assertEquals(List.of(2015), report.overTime().skipped());
        assertTrue(html.contains("<section id=\"overtime\">"));
    }

    @Test
    void everySectionStatesItsSample() {
        String[] sections = html.split("<section id=\"");
        assertEquals(9, sections.length - 1, "headline, ranking, map, Lorenz, inequality, decomposition,"
                + " convergence, the index over time, method");
        for (int i = 1; i < sections.length; i++) {
            String section = sections[i].substring(0, sections[i].indexOf("</section>"));
            assertTrue(section.contains("<p class=\"sample\">Sample: "), () -> "no sample in " + section.substring(0,
                    40));
        }
    }

    @Test
    void groupsAreInTheirNaturalOrder() {
        List<String> labels = report.groups().ordered().stream().map(g -> g.label()).toList();
        List<String> natural = new ArrayList<>(Economies.worldBank().incomeGroups().labels());
        natural.retainAll(labels);
        assertEquals(natural, labels);
        assertEquals("Low income", GroupOrder.of(Grouping.of("g", Map.of("A", "High income", "B", "Low income",
                "C", "Upper middle income"))).get(0));
        assertEquals(List.of("S", "M", "L", "XL"), GroupOrder.of(Grouping.of("size", linked("A", "XL", "B", "S",
                "C", "L", "D", "M"))));
        assertEquals(List.of("Europe", "Asia"), GroupOrder.of(Grouping.of("continent", linked("A", "Europe", "B",
                "Asia"))), "not a known scale: the grouping's own order");
    }

    private static Map<String, String> linked(String... pairs) {
        Map<String, String> m = new java.util.LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            m.put(pairs[i], pairs[i + 1]);
        }
        return m;
    }

    @Test
    void theMapClassesAreQuintiles() {
        double[] sorted = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10};
        int[] classes = new int[sorted.length];
        for (int i = 0; i < sorted.length; i++) {
            classes[i] = SvgMap.classOf(sorted[i], sorted);
        }
        assertArrayEquals(new int[] {0, 0, 1, 1, 2, 2, 3, 3, 4, 4}, classes);
        double[] ties = {1, 1, 1, 1, 1, 2, 3, 4, 5, 6};
        assertEquals(0, SvgMap.classOf(1, ties), "ties share the lowest class");
        assertEquals(2, SvgMap.classOf(2, ties));
        assertFalse(SvgMap.CLASSES.get(0).equalsIgnoreCase("#ffffff"));
        assertTrue(html.contains("quintiles: each class holds a fifth of the"));
    }

    @Test
    void theWeightMustCoverTheRankedEconomies() {
        Panel.Builder b = panel.toBuilder();
        b.addIndicator(Indicator.of("THIN"));
        double[] thin = new double[ECONOMIES];
        java.util.Arrays.fill(thin, Double.NaN);
        thin[0] = 1;
        for (int year : YEARS) {
            b.putColumn("THIN", year, thin);
        }
        Panel withThin = b.build();
        ReportInput input = ReportInput.of(report.input().spec(), IndexData.of(withThin, 2014), null, "THIN",
                report.input().assumptions(), 10, 7);
        IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> ReportData.of(input));
        assertEquals("weight indicator THIN has values for fewer than 80% of the 40 ranked economies in every year up"
                + " to 2014", e.getMessage());
    }
}
