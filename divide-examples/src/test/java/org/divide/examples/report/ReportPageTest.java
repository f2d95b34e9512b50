package org.divide.examples.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;

import org.divide.examples.data.DefaultData;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ReportPageTest {

    private static DefaultData data;
    private static String html;
    private static ReportData report;

    @BeforeAll
    static void render() throws IOException {
        data = DefaultData.load();
        report = ReportData.of(data, 7);
        html = ReportPage.render(report);
    }

    private static int count(String text, String needle) {
        int n = 0;
        for (int i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + needle.length())) {
            n++;
        }
        return n;
    }

    @Test
    void everySectionIsPresent() {
        for (String title : ReportPage.SECTIONS) {
            assertTrue(html.contains("<h2>" + Html.escape(title) + "</h2>"), title);
        }
    }

    @Test
    void everyChartIsAnInlineSvgAndNothingIsFetched() {
        assertEquals(14, count(html, "<svg "), "ranking, map, two Lorenz, group means, decomposition over time, σ,"
                + " the index over time, two compute bars, GenAI, and languages: Lorenz, income groups, crawls");
        assertEquals(count(html, "<svg "), count(html, "</svg>"));
        assertEquals(14, count(html, "class=\"lorenz\""), "index, four pillars, six key indicators, three crawls");
        assertTrue(count(html, "class=\"line\"") >= 6);
        assertFalse(html.contains("http://") && html.replace("http://www.w3.org/2000/svg", "").contains("http://"));
        assertFalse(html.contains("https://"));
        assertFalse(html.contains("<script src"));
    }

    @Test
    void theMapHasEveryCountryShape() {
        assertTrue(count(html, "class=\"country\"") >= 170, () -> "shapes: " + count(html, "class=\"country\""));
        assertTrue(html.contains("<title>United States: "), "tooltip with the score");
        assertTrue(html.contains("quintiles: each class holds a fifth of the"), "the classes are stated");
        for (String fill : SvgMap.CLASSES) {
            assertTrue(html.contains("fill=\"" + fill + "\" stroke=\"#666\""), "legend box " + fill);
        }
    }

    @Test
    void everySectionStatesItsSample() {
        String[] sections = html.split("<section id=\"");
        assertEquals(ReportPage.SECTIONS.size(), sections.length - 1);
        for (int i = 1; i < sections.length; i++) {
            String section = sections[i].substring(0, sections[i].indexOf("</section>"));
            assertTrue(section.contains("<p class=\"sample\">Sample: "), section.substring(0, 30));
        }
    }

    @Test
    void internetUseIsNotDrawnOverItsThinYears() {
        // 2023 has Internet use for 62 economies, 2022 for 186: 2023 is left out, not drawn as a fall
        org.divide.metrics.dynamics.SigmaConvergenceResult internet = report.sigma().get(0);
        assertEquals("Individuals using the Internet", internet.measure());
        assertEquals(2022, internet.years()[internet.years().length - 1]);
        int n = internet.observations()[0];
        for (int o : internet.observations()) {
            assertEquals(n, o, "the same economies every year");
        }
        assertTrue(html.contains("<td>Individuals using the Internet</td><td>balanced panel of " + n + " economies"
                + " observed in every year 2000–2022 ("), html);
        assertTrue(html.contains("left out 2023–2025: values for fewer than 80% of the"));
        assertEquals(2022, report.decomposition().get(report.decomposition().size() - 1).year());
    }

    @Test
    void theLegendsAreWholeAndTheGroupsInIncomeOrder() {
        assertTrue(html.contains(">Individuals using the Internet</tspan>"));
        String compute = html.substring(html.indexOf("<section id=\"compute\">"));
        assertTrue(compute.indexOf("<td>Low income</td>") < compute.indexOf("<td>Lower middle income</td>")
                && compute.indexOf("<td>Upper middle income</td>") < compute.indexOf("<td>High income</td>"));
        assertTrue(html.contains("Gini of the index scores across economies (2025)</span>\n<i>95% CI "), "interval");
    }

    @Test
    void noNumberIsMissingOrMalformed() {
        assertFalse(html.contains("NaN"));
        assertFalse(html.contains("Infinity"));
    }

    @Test
    void sameSeedSameReport() throws IOException {
        assertEquals(html, ReportPage.render(ReportData.of(data, 7)));
    }

    @Test
    void textIsEscaped() {
        assertEquals("a &lt;b&gt; &amp; &quot;c&quot; &#39;d&#39;", Html.escape("a <b> & \"c\" 'd'"));
        Html h = new Html().table("<caption>", List.of("<th>"), List.of(List.of("<td>")));
        assertTrue(h.toString().contains("&lt;td&gt;"));
        String svg = SvgBarChart.render("A & B", "<unit>", List.of(SvgBarChart.Bar.of("x<y", 1)), "s&t");
        assertTrue(svg.contains("A &amp; B") && svg.contains("x&lt;y") && svg.contains("&lt;unit&gt;"));
    }

    @Test
    void topoJsonArcsAreDecodedAndReversed() throws IOException {
        // Two squares sharing the arc 0 (x = 1, from y = 0 to y = 1); quantised with scale 1 and
        // translate (-180, 0) so that λ = q − 180, φ = q; equirectangular at 1 px per degree: x = λ + 180 = q, y = 90 − q.
        String topology = "{\"type\":\"Topology\",\"transform\":{\"scale\":[1,1],\"translate\":[-180,0]},"
                + "\"objects\":{\"c\":{\"type\":\"GeometryCollection\",\"geometries\":["
                + "{\"type\":\"Polygon\",\"id\":\"001\",\"properties\":{\"name\":\"A\"},\"arcs\":[[0,1]]},"
                + "{\"type\":\"MultiPolygon\",\"id\":\"002\",\"arcs\":[[[~0,2]]]},"
                + "{\"type\":\"Point\",\"coordinates\":[0,0]}]}},"
                + "\"arcs\":[[[1,0],[0,1]],[[1,1],[-1,0],[0,-1],[1,0]],[[1,0],[1,0],[0,1],[-1,0]]]}";
        List<TopoJson.Shape> shapes = TopoJson.read(new StringReader(topology.replace("~0", "-1")), "c", 1);
        assertEquals(2, shapes.size());
        assertEquals("001", shapes.get(0).id());
        assertEquals("A", shapes.get(0).name());
        // arc 0: (1,0) → (1,1); arc 1: (1,1) → (0,1) → (0,0) → (1,0); y flipped: 90 − φ
        assertEquals("M1.00,90.00 L1.00,89.00 L0.00,89.00 L0.00,90.00 L1.00,90.00 Z",
                shapes.get(0).path());
        // arc ~0 reversed: (1,1) → (1,0); arc 2: (1,0) → (2,0) → (2,1) → (1,1)
        assertEquals("M1.00,89.00 L1.00,90.00 L2.00,90.00 L2.00,89.00 L1.00,89.00 Z",
                shapes.get(1).path());
        assertEquals("", shapes.get(1).name());
    }
}
