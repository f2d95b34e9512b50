package org.divide.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.divide.examples.report.EconomyPage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code divide report --economy}: the economy pages on the embedded example (Kenya and India, one
 * page each) and on COINr's ASEM iMeta/iData (India, with intervals), checked against
 * {@code divide profile} on the same index, with the unknown-economy error.
 */
class EconomyPageTest {

    @TempDir
    static Path dir;

    private static Cli embeddedRun;
    private static String ken;
    private static String ind;
    private static Cli asemRun;
    private static String asem;
    private static Path meta;
    private static Path data;

    @BeforeAll
    static void run() throws IOException {
        embeddedRun = Cli.run("report", "--economy", "KEN,India", "--out", dir.resolve("r.html").toString());
        ken = Files.readString(dir.resolve("r-KEN.html"), StandardCharsets.UTF_8);
        ind = Files.readString(dir.resolve("r-IND.html"), StandardCharsets.UTF_8);
        meta = copy("/org/divide/testdata/asem/ASEM_iMeta.csv", "ASEM_iMeta.csv");
        data = copy("/org/divide/testdata/asem/ASEM_iData.csv", "ASEM_iData.csv");
        asemRun = Cli.run("report", "--meta", meta.toString(), "--data", data.toString(), "--economy", "IND",
                "--runs", "20", "--out", dir.resolve("asem.html").toString());
        asem = Files.readString(dir.resolve("asem-IND.html"), StandardCharsets.UTF_8);
    }

    private static Path copy(String resource, String name) throws IOException {
        try (InputStream in = EconomyPageTest.class.getResourceAsStream(resource)) {
            Path file = dir.resolve(name);
            Files.copy(in, file);
            return file;
        }
    }

    private static String section(String html, String id) {
        int at = html.indexOf("<section id=\"" + id + "\">");
        assertTrue(at >= 0, id);
        return html.substring(at, html.indexOf("</section>", at));
    }

    private static int count(String text, String needle) {
        return text.split(Pattern.quote(needle), -1).length - 1;
    }

    /** The profile row of the index from {@code divide profile --format csv}: score and rank. */
    private static String[] profileRow(String... args) {
        Cli r = Cli.run(args);
        assertEquals(ExitCodes.OK, r.code(), r::toString);
        String row = r.out().lines().filter(l -> l.startsWith("profile,")).findFirst().orElseThrow();
        return row.split(",");
    }

    /** The index row of the page's profile table: node, name, level, score, rank, of, ties, tier. */
    private static String indexRow(String html, String root, String name, String level, String[] p) {
        return "<td>" + root + "</td><td>" + name + "</td><td class=\"n\">" + level + "</td><td class=\"n\">"
                + String.format(Locale.ROOT, "%.4f", Double.parseDouble(p[4])) + "</td><td class=\"n\">" + p[5]
                + "</td><td class=\"n\">" + p[6] + "</td><td class=\"n\">" + p[7] + "</td><td class=\"n\">" + p[8]
                + "</td>";
    }

    @Test
    void thePagesScoreAndRankAreThoseOfDivideProfile() {
        assertEquals(ExitCodes.OK, embeddedRun.code(), embeddedRun::toString);
        String[] k = profileRow("profile", "--economy", "KEN", "--format", "csv");
        assertEquals("133", k[5]);
        assertTrue(ken.contains(indexRow(ken, "AIF", "AI foundations (illustrative)", "3", k)), ken);
        assertTrue(ken.contains("<b>14.6337</b>") && ken.contains("<b>133 of 179</b>"), "the cards");
        String[] i = profileRow("profile", "--economy", "IND", "--format", "csv");
        assertTrue(ind.contains(indexRow(ind, "AIF", "AI foundations (illustrative)", "3", i)));
        assertTrue(ind.contains("<h1>India (IND) in AI foundations (illustrative)</h1>"));
        assertTrue(embeddedRun.out().contains("r-KEN.html") && embeddedRun.out().contains("r-IND.html"));
        assertTrue(embeddedRun.err().contains("divide: economy page of KEN in AIF 2025: score 14.63, rank 133 of 179;"
                + " path to tier 2 of 4 (from tier 3); over time: 11 years"), embeddedRun::toString);
    }

    @Test
    void everyChartStatesItsYearAndEverySectionItsSample() {
        for (String html : List.of(ken, ind, asem)) {
            for (String id : List.of("profile", "indicators", "peers", "strengths", "binding", "path", "overtime",
                    "method")) {
                assertTrue(section(html, id).contains("<p class=\"sample\">Sample: "), id);
            }
        }
        // indicators with peer median and frontier marks, gains of indicators and pillars, the path, over time
        assertEquals(5, count(ken, "<svg "));
        assertEquals(count(ken, "<svg "), count(ken, "</svg>"));
        assertTrue(ken.contains("aria-label=\"Kenya&#39;s normalised indicators, 2025\""));
        assertEquals(10, count(section(ken, "indicators"), "class=\"bar\""), "one bar per indicator");
        assertEquals(20, count(section(ken, "indicators"), "class=\"mark\""), "peer median and frontier per indicator");
        assertTrue(section(ken, "indicators").contains("Sample: 2025, 10 indicators as normalised"));
        assertTrue(section(ken, "indicators").contains("median of 43 peers (wb-income: Lower middle income)"));
        assertTrue(ken.contains("aria-label=\"Kenya&#39;s index score over time, 2011–2021\""));
        assertTrue(section(ken, "overtime").contains("Median of Lower middle income (band: 25th–75th percentile)"));
        assertTrue(section(ken, "binding").contains("level 1: SE.TER.ENRR (+0.1250); level 2: DI (+0.2500)"));
    }

    @Test
    void thePathAndTheHorizonsAreThoseOfTheLibrary() {
        String path = section(ken, "path");
        // divide path --economy KEN --target-tier 2: SE.TER.ENRR to the frontier, Internet use partly
        assertTrue(path.contains("<td>SE.TER.ENRR</td><td>Tertiary enrolment, % gross</td><td class=\"n\">4.8307</td>"
                + "<td class=\"n\">100.0000</td>"), path);
        assertTrue(path.contains("path to tier 2 of 4 (from tier 3): target score 27.4852; reached with score 27.4852,"
                + " rank 89, tier 2"), path);
        String h = section(ken, "overtime");
        assertTrue(h.contains("Years for KEN to reach the leading group&#39;s median at its own trend"), h);
        assertTrue(h.contains("<td>the High income median of 2021, fixed</td><td class=\"n\">2012–2021</td>"), h);
        assertTrue(h.contains("999 residual-bootstrap draws"));
    }

    @Test
    void theAsemPageHasIntervalsAndSaysWhyThereIsNoTrend() {
        assertEquals(ExitCodes.OK, asemRun.code(), asemRun::toString);
        String[] p = profileRow("profile", "--meta", meta.toString(), "--data", data.toString(), "--economy", "IND",
                "--format", "csv");
        assertEquals("32", p[5]);
        assertTrue(asem.contains(indexRow(asem, "Index", "Sustainable Connectivity", "4", p)), asem);
        assertTrue(section(asem, "profile").contains("<th>Rank 5%</th><th>Rank 95%</th>"));
        assertTrue(section(asem, "profile").contains("5th and 95th percentiles over 20 Monte Carlo runs"));
        assertTrue(section(asem, "overtime").contains("Sample: not shown: the data have 1 year."), section(asem,
                "overtime"));
        assertTrue(section(asem, "peers").contains("<td>GDP_group: XL</td>") || section(asem, "peers")
                .contains("GDP_group: "));
        assertEquals(4, count(asem, "<svg "), "no chart over time with one year");
    }

    @Test
    void theUnknownEconomyIsOneLineNamingIt() {
        Cli r = Cli.run("report", "--economy", "Kenia", "--out", dir.resolve("x.html").toString());
        assertEquals(ExitCodes.BAD_INPUT, r.code());
        List<String> errors = r.err().lines().filter(l -> !l.startsWith("divide: the embedded example")).toList();
        assertEquals(List.of("divide: no economy Kenia among the 179 economies of the index in 2025; close matches:"
                + " BEN (Benin), KEN (Kenya)"), errors);
        assertFalse(Files.exists(dir.resolve("x-Kenia.html")));
        Cli w = Cli.run("report", "--economy", "KEN", "--weight", "SP.POP.TOTL");
        assertEquals(ExitCodes.USAGE, w.code());
    }

    @Test
    void thePagesAreWellFormed() {
        for (String html : List.of(ken, ind, asem)) {
            assertFalse(html.contains("NaN") || html.contains("Infinity"));
            assertFalse(html.contains("https://") || html.contains("<script"));
            Deque<String> open = new ArrayDeque<>();
            Matcher m = Pattern.compile("<(/?)(section|table|details|svg|div|tr|p|h1|h2)[ >]").matcher(html);
            while (m.find()) {
                if (m.group(1).isEmpty()) {
                    open.push(m.group(2));
                } else {
                    assertEquals(m.group(2), open.pop(), "closing tag at " + m.start());
                }
            }
            assertTrue(open.isEmpty(), open::toString);
        }
    }

    /** A geometric index over three WDI files: no path (not linear), but an index over time. */
    private static final String GEOMETRIC = """
            {"format": "divide-index-spec", "version": 2,
             "framework": [
              {"code": "Digital", "name": "Digital", "level": 3, "weight": 1, "direction": "positive", "indicator": false},
              {"code": "Fixed", "name": "Fixed", "parent": "Digital", "level": 2, "weight": 1, "direction": "positive", "indicator": false},
              {"code": "Mobile", "name": "Mobile", "parent": "Digital", "level": 2, "weight": 1, "direction": "positive", "indicator": false},
              {"code": "IT.NET.BBND.P2", "name": "Broadband", "parent": "Fixed", "level": 1, "weight": 1, "direction": "positive", "indicator": true},
              {"code": "IT.NET.SECR.P6", "name": "Servers", "parent": "Fixed", "level": 1, "weight": 1, "direction": "positive", "indicator": true},
              {"code": "IT.CEL.SETS.P2", "name": "Mobile subscriptions", "parent": "Mobile", "level": 1, "weight": 1, "direction": "positive", "indicator": true}],
             "steps": [{"step": "normalise", "method": "min-max", "range": [1, 100]},
                       {"step": "aggregate", "method": "geometric"}]}
            """;

    @Test
    void aGeometricIndexGetsItsPathWithItsGapAndDrawsItsYears() throws IOException {
        Path spec = Cli.write(dir, "geometric.json", GEOMETRIC);
        List<String> data = new java.util.ArrayList<>();
        for (String f : List.of("wdi_IT.NET.BBND.P2.csv", "wdi_IT.NET.SECR.P6.csv", "wdi_IT.CEL.SETS.P2.csv")) {
            data.addAll(List.of("--data", WdiFile.resource(f).toString()));
        }
        List<String> args = new java.util.ArrayList<>(List.of("report", "--spec", spec.toString(), "--year", "2022",
                "--economy", "KEN", "--out", dir.resolve("geo.html").toString()));
        args.addAll(data);
        Cli r = Cli.run(args.toArray(String[]::new));
        assertEquals(ExitCodes.OK, r.code(), r::toString);
        String html = Files.readString(dir.resolve("geo-KEN.html"), StandardCharsets.UTF_8);
        List<String> profile = new java.util.ArrayList<>(List.of("profile", "--spec", spec.toString(), "--year",
                "2022", "--economy", "KEN", "--format", "csv"));
        profile.addAll(data);
        String[] p = profileRow(profile.toArray(String[]::new));
        assertTrue(html.contains(indexRow(html, "Digital", "Digital", "3", p)), html);
        String path = section(html, "path");
        // a geometric mean is concave: the path is found by the interior point method, its gap stated
        assertTrue(path.contains("found by interior point, its cost within a relative gap of "), path);
        assertEquals(1, count(path, "<svg "));
        String overTime = section(html, "overtime");
        assertTrue(overTime.contains("Median of Lower middle income (band: 25th–75th percentile)"), overTime);
        assertTrue(overTime.contains("Median of High income"));
        assertTrue(overTime.contains("the index rebuilt for every well-covered year of the data"));
    }

    @Test
    void pagesAreNamedAfterTheReport() {
        assertEquals(Path.of("out", "divide-report-KEN.html"), EconomyReport.pageFile(Path.of("out",
                "divide-report.html"), "KEN"));
        assertEquals(Path.of("page-IND.html"), EconomyReport.pageFile(Path.of("page"), "IND"));
    }

    @Test
    void aHorizonThatNeverReachesSaysSo() {
        org.divide.metrics.dynamics.CatchUpResult never = org.divide.metrics.dynamics.CatchUp.horizon(
                new int[] {2020, 2021, 2022}, new double[] {10, 10.5, 11}, org.divide.metrics.dynamics.GrowthMethod.FIT,
                50, 0.2);
        assertEquals("never at current trends", EconomyPage.reachedIn(never));
        assertEquals("never", EconomyPage.years(never.years()));
    }
}
