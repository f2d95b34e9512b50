package org.divide.examples.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.divide.metrics.inequality.Inequality;
import org.junit.jupiter.api.Test;

class SvgLineChartTest {

    @Test
    void aSeriesKeepsItsOwnArrays() {
        double[] y = {1, 2};
        double[] lower = {0.5, 1.5};
        SvgLineChart.Series s = new SvgLineChart.Series("a", y, lower, new double[] {1.5, 2.5});
        y[0] = 99;
        lower[0] = 99;
        s.y()[1] = 99;
        s.upper()[1] = 99;
        assertEquals(1, s.y()[0]);
        assertEquals(2, s.y()[1]);
        assertEquals(0.5, s.lower()[0]);
        assertEquals(2.5, s.upper()[1]);
        assertNull(new SvgLineChart.Series("b", y, null, null).lower());
    }

    @Test
    void theChartSpansThePageAndTheLegendIsWhole() {
        String name = "Individuals using the Internet (% of population), a name long enough to need a second line"
                + " in the legend under the plot of a page-wide chart, and then some more words to be sure";
        String svg = SvgLineChart.render("t", "Year", "Gini", new int[] {2000, 2001}, List.of(
                new SvgLineChart.Series("Individuals using the Internet", new double[] {0.5, 0.4}, null, null),
                new SvgLineChart.Series(name, new double[] {0.3, 0.2}, null, null)), "s");
        assertTrue(svg.startsWith("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 960 "), svg);
        assertTrue(svg.contains("width=\"100%\""));
        assertTrue(svg.contains(">Individuals using the Internet</tspan>"), "the short name on one line");
        StringBuilder legend = new StringBuilder();
        for (String part : svg.split("<tspan ")) {
            if (part.contains("</tspan>") && legend.length() + part.length() > 0) {
                legend.append(part, part.indexOf('>') + 1, part.indexOf("</tspan>")).append(' ');
            }
        }
        assertTrue(legend.toString().contains(Html.escape(name)), legend.toString());
        assertTrue(Svg.wrap(name, Svg.chars(960 - 60 - 24 - 40)).size() >= 2);
    }

    @Test
    void lorenzAndBarChartsSpanThePageToo() {
        String lorenz = SvgLorenz.render("t", "x", List.of(new SvgLorenz.Curve("a", Inequality.lorenz(
                new double[] {1, 2, 3}, new double[] {1, 1, 1}))), "s");
        assertTrue(lorenz.contains("viewBox=\"0 0 960 ") && lorenz.contains("width=\"100%\""), lorenz);
        String bars = SvgBarChart.render("t", "u", List.of(SvgBarChart.Bar.of("a", 1)), "s");
        assertTrue(bars.contains("viewBox=\"0 0 960 ") && bars.contains("width=\"100%\""), bars);
        assertEquals("Saint Vincent and the Grenadines, a long na…", SvgBarChart.shorten(
                "Saint Vincent and the Grenadines, a long name indeed", 44));
    }
}
