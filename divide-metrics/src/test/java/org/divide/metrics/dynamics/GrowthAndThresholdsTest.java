package org.divide.metrics.dynamics;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.divide.core.Economy;
import org.divide.core.Grouping;
import org.divide.core.Indicator;
import org.divide.core.Panel;
import org.junit.jupiter.api.Test;

/** CAGR, log-linear trends, group series and thresholds: hand-worked cases and R (reference.R). */
class GrowthAndThresholdsTest {

    private static final Mexico MX = Mexico.load();

    @Test
    void cagrHandWorkedAndR() {
        // 100 → 121 over 2 years: √1.21 − 1 = 0.1
        assertEquals(0.1, Growth.cagr(100, 121, 2), 1e-15);
        assertTrue(Double.isNaN(Growth.cagr(Double.NaN, 121, 2)));
        // R: (27782 / 10384)^(1/60) − 1, Aguascalientes 1940–2000
        assertEquals(0.016537288001911676, Growth.cagr(10384, 27782, 60), 1e-15);
        double[] all = Growth.cagr(MX.panel(), "GDPPC", 1940, 2000);
        assertEquals(0.016537288001911676, all[0], 1e-15);
    }

    @Test
    void logLinearTrendMatchesR() {
        double[] v = new double[7];
        for (int t = 0; t < 7; t++) {
            v[t] = MX.gdp[t][0];
        }
        TrendFit f = Growth.logLinearTrend(Mexico.YEARS, v);
        // R: summary(lm(log(v) ~ years))
        assertEquals(0.02229151538458056, f.slope(), 0.02229151538458056 * 1e-10);
        assertEquals(0.0052597886044397236, f.standardError(), 0.0052597886044397236 * 1e-10);
        assertEquals(-34.361251060699033, f.intercept(), 34.361251060699033 * 1e-10);
        assertEquals(Math.expm1(f.slope()), Growth.trendRate(f), 0.0);
        // a missing year is skipped: 1, 2, _, 8 doubles every year
        TrendFit g = Growth.logLinearTrend(new int[] {2000, 2001, 2002, 2003}, new double[] {1, 2, Double.NaN, 8});
        assertEquals(Math.log(2), g.slope(), 1e-12);
        assertEquals(3, g.observations());
        TrendFit[] per = Growth.logLinearTrends(MX.panel(), "GDPPC", 1940, 2000);
        assertEquals(f.slope(), per[0].slope(), 0.0);
    }

    private static Panel small() {
        Panel.Builder b = Panel.builder();
        Indicator x = Indicator.of("X");
        Indicator pop = Indicator.of("POP");
        String[] codes = {"AAA", "BBB", "CCC", "DDD"};
        double[][] values = {{1, 2}, {4, 4}, {9, Double.NaN}, {16, 32}};
        double[] people = {10, 20, 30, 40};
        for (int e = 0; e < 4; e++) {
            Economy ec = Economy.of(codes[e], codes[e]);
            for (int t = 0; t < 2; t++) {
                b.put(ec, x, 2000 + t, values[e][t]);
                b.put(ec, pop, 2000 + t, people[e]);
            }
        }
        return b.build();
    }

    @Test
    void groupSeriesHandWorked() {
        Grouping g = Grouping.of("g", Map.of("AAA", "low", "BBB", "low", "CCC", "high", "DDD", "high"));
        GroupSeries s = GroupSeries.of(small(), "X", "POP", g, GroupStatistic.MEAN);
        List<String> labels = s.labels();
        // low: (10·1 + 20·4)/30 = 3 in 2000, (10·2 + 20·4)/30 = 10/3 in 2001
        assertArrayEquals(new double[] {3, 10.0 / 3}, s.row("low"), 1e-15);
        // high: (30·9 + 40·16)/70 = 13 in 2000; CCC missing in 2001 → 32
        assertArrayEquals(new double[] {13, 32}, s.row("high"), 1e-15);
        assertEquals(32.0 / 13 - 1, s.cagr("high", 2000, 2001), 1e-15);
        assertEquals(2, labels.size());
        GroupSeries m = GroupSeries.of(small(), "X", null, g, GroupStatistic.MEDIAN, 2000);
        assertArrayEquals(new double[] {12.5}, m.row("high"), 1e-15);
        assertThrows(IllegalArgumentException.class, () -> s.row("mid"));
    }

    @Test
    void thresholdsHandWorked() {
        ThresholdResult r = Thresholds.above(small(), "X", "POP", 4);
        assertArrayEquals(new int[] {2000, 2001}, r.years());
        // 2000: values 1, 4, 9, 16 → 3 of 4 at or above 4; population (20 + 30 + 40)/100
        // 2001: values 2, 4, _, 32 → 2 of 3; population (20 + 40)/70
        assertArrayEquals(new int[] {4, 3}, r.covered());
        assertArrayEquals(new int[] {3, 2}, r.above());
        assertArrayEquals(new double[] {0.75, 2.0 / 3}, r.economyShare(), 1e-15);
        assertArrayEquals(new double[] {0.9, 60.0 / 70}, r.populationShare(), 1e-15);
        assertTrue(Double.isNaN(Thresholds.above(small(), "X", null, 4).populationShare()[0]));
    }

    @Test
    void badInputNamesTheArgument() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Growth.cagr(-1, 2, 3)).getMessage()
                .contains("start must be finite and > 0: -1.0"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Growth.cagr(1, 2, 0)).getMessage()
                .contains("years"));
        assertTrue(assertThrows(IllegalArgumentException.class,
                () -> Growth.logLinearTrend(new int[] {1, 2}, new double[] {1, -2})).getMessage()
                .contains("values[1]"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Growth.cagr(small(), "X", 2000, 2005))
                .getMessage().contains("2005"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Growth.cagr(small(), "Y", 2000, 2001))
                .getMessage().contains("indicator is not in the panel: Y"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Growth.cagr(small(), "X", 2001, 2000))
                .getMessage().contains("to must be after from"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Thresholds.above(small(), "X", "POP", Double.NaN))
                .getMessage().contains("threshold"));
    }
}
