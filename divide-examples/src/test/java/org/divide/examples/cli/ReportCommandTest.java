package org.divide.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code divide report} on a user's own index: COINr's ASEM iMeta/iData (one year, by GDP group)
 * and a small spec over World Bank WDI files (ten years, population-weighted, by income group).
 */
class ReportCommandTest {

    @TempDir
    static Path dir;

    private static Cli asemRun;
    private static String asem;
    private static Cli wdiRun;
    private static String wdi;

    @BeforeAll
    static void run() throws IOException {
        Path meta = copy("/org/divide/testdata/asem/ASEM_iMeta.csv", "ASEM_iMeta.csv");
        Path data = copy("/org/divide/testdata/asem/ASEM_iData.csv", "ASEM_iData.csv");
        Path asemOut = dir.resolve("asem.html");
        asemRun = Cli.run("report", "--meta", meta.toString(), "--data", data.toString(), "--group", "GDP_group",
                "--runs", "20", "--out", asemOut.toString());
        asem = Files.readString(asemOut, StandardCharsets.UTF_8);
        Path spec = copy("/org/divide/examples/report/digital-access.json", "digital-access.json");
        Path long_ = copy("/org/divide/examples/report/wdi_digital_2015_2024.csv", "wdi.csv");
        Path wdiOut = dir.resolve("wdi.html");
        wdiRun = Cli.run("report", "--spec", spec.toString(), "--data", long_.toString(), "--weight", "SP.POP.TOTL",
                "--year", "2022", "--runs", "20", "--out", wdiOut.toString());
        wdi = Files.readString(wdiOut, StandardCharsets.UTF_8);
    }

    private static Path copy(String resource, String name) throws IOException {
        try (InputStream in = ReportCommandTest.class.getResourceAsStream(resource)) {
            Path file = dir.resolve(name);
            Files.copy(in, file);
            return file;
        }
    }

    private static List<String> sections(String html) {
        return Pattern.compile("<section id=\"([a-z]+)\">").matcher(html).results().map(m -> m.group(1)).toList();
    }

    private static String section(String html, String id) {
        int at = html.indexOf("<section id=\"" + id + "\">");
        return html.substring(at, html.indexOf("</section>", at));
    }

    private static int count(String text, String needle) {
        return text.split(Pattern.quote(needle), -1).length - 1;
    }

    @Test
    void theAsemReportHasEverySectionOfAOneYearIndex() {
        assertEquals(0, asemRun.code(), asemRun::toString);
        assertEquals(List.of("headline", "ranking", "map", "lorenz", "inequality", "decomposition", "method"),
                sections(asem), "no convergence with one year");
        assertTrue(section(asem, "method").contains("Convergence: not shown — the data have 1 year"));
        assertTrue(section(asem, "method").contains("The index over time: not shown — the data have fewer than two"
                + " years in which every indicator has values for at least 80% of the economies of its best-covered"
                + " year."), section(asem, "method"));
        assertTrue(asemRun.err().contains("divide: report on Index built for 2018; index scores of 2018, 51 ranked"
                + " economies, unweighted; groups: GDP_group"), asemRun::toString);
        assertTrue(asemRun.out().contains("Report written to "));
        assertTrue(asem.contains("<h1>Sustainable Connectivity</h1>"));
        // Lorenz curves of the index and its two top-level pillars (Conn, Sust)
        assertEquals(3, count(asem, "class=\"lorenz\""));
        assertTrue(section(asem, "inequality").contains("<td>Connectivity</td>"));
    }

    @Test
    void everySectionStatesItsSample() {
        for (String html : List.of(asem, wdi)) {
            for (String id : sections(html)) {
                assertTrue(section(html, id).contains("<p class=\"sample\">Sample: "), id);
            }
        }
        assertTrue(section(asem, "ranking").contains("Sample: 51 of 51 economies ranked in 2018."));
        assertTrue(section(wdi, "decomposition").contains("Sample: 215 economies with a group and an index score in"
                + " 2022; 2 without a group (wb-income) left out."), section(wdi, "decomposition"));
    }

    @Test
    void groupsAreInTheirNaturalOrder() {
        String asemGroups = section(asem, "decomposition");
        int s = asemGroups.indexOf("<td>S</td>");
        int m = asemGroups.indexOf("<td>M</td>");
        int l = asemGroups.indexOf("<td>L</td>");
        int xl = asemGroups.indexOf("<td>XL</td>");
        assertTrue(s > 0 && s < m && m < l && l < xl, asemGroups);
        String income = section(wdi, "decomposition");
        int low = income.indexOf("<td>Low income</td>");
        int lower = income.indexOf("<td>Lower middle income</td>");
        int upper = income.indexOf("<td>Upper middle income</td>");
        int high = income.indexOf("<td>High income</td>");
        assertTrue(low > 0 && low < lower && lower < upper && upper < high, income);
    }

    @Test
    void theMapIsDrawnWithQuintileClassesAndALegend() {
        for (String html : List.of(asem, wdi)) {
            String map = section(html, "map");
            assertTrue(count(map, "class=\"country\"") >= 170);
            assertTrue(map.contains("quintiles: each class holds a fifth of the"), map.substring(0, 200));
            assertEquals(6, count(map, "class=\"legend\""), "five classes and no value");
        }
        assertTrue(section(asem, "map").contains("<title>Austria: "), "ASEM's ISO3 codes meet the shapes");
    }

    @Test
    void everyChartSpansThePage() {
        for (String html : List.of(asem, wdi)) {
            Matcher svg = Pattern.compile("<svg [^>]*>").matcher(html);
            int charts = 0;
            while (svg.find()) {
                charts++;
                assertTrue(svg.group().contains("viewBox=\"0 0 960 ") && svg.group().contains("width=\"100%\""),
                        svg.group());
            }
            assertTrue(charts >= 4, "charts: " + charts);
        }
    }

    @Test
    void headlineFiguresCarryTheirIntervals() {
        String headline = section(wdi, "headline");
        assertTrue(Pattern.compile("rank interval \\d+–\\d+ \\(5–95%, 20 Monte Carlo runs\\)").matcher(headline)
                .find(), headline);
        assertTrue(Pattern.compile("<i>95% CI 0\\.\\d+–0\\.\\d+</i>").matcher(headline).find(), headline);
    }

    @Test
    void theIndexOverTimeIsDrawnByIncomeGroup() {
        String overTime = section(wdi, "overtime");
        assertEquals(1, count(overTime, "<svg "), overTime);
        assertTrue(overTime.contains("Digital access (example) over time by wb-income: median and interquartile"
                + " range"), overTime);
        // 2024 is thin for broadband: the index over time stops at 2023 and says so
        assertTrue(overTime.contains("scored in 2015–2023 (9 years;"), overTime);
        assertTrue(overTime.contains("left out 2024: an indicator with values for fewer than 80%"), overTime);
        for (String group : List.of("Low income", "Lower middle income", "Upper middle income", "High income")) {
            assertTrue(overTime.contains("<tr><td>" + group + "</td><td class=\"n\">2015</td>"), group);
        }
        assertTrue(overTime.indexOf("<tr><td>Low income</td>") < overTime.indexOf("<tr><td>High income</td>"));
        // the spec treats outliers year by year: the section says which indicators and why it matters
        assertTrue(overTime.contains("Caution: the spec&#39;s outlier treatment changed "), overTime);
    }

    @Test
    void noTrendIsDrawnOverTheThinYear() {
        assertEquals(0, wdiRun.code(), wdiRun::toString);
        assertEquals(List.of("headline", "ranking", "map", "lorenz", "inequality", "decomposition", "convergence",
                "overtime", "method"), sections(wdi));
        String convergence = section(wdi, "convergence");
        // broadband: 151 economies report in 2024, fewer than 80% of the 206 of 2022
        assertTrue(convergence.contains("<td>Fixed broadband subscriptions per 100 people</td><td>balanced panel of"
                + " 156 economies observed in every year 2015–2023 (52 economies with a gap left out); left out 2024:"
                + " values for fewer than 80% of the 206 economies of the best-covered year</td>"), convergence);
        // secure servers are reported every year: 2024 stays
        assertTrue(convergence.contains("balanced panel of 209 economies observed in every year 2015–2024"));
        // the σ chart's x axis ends at 2024 only through the servers' line; the broadband line stops at 2023
        assertFalse(section(wdi, "decomposition").contains("<td>2024</td>"), "decomposition over time: no 2024 row");
        assertTrue(section(wdi, "decomposition").contains("left out 2024: values for fewer than 80%"));
    }

    @Test
    void badGroupsAndWeightsAreOneLineErrors() {
        Cli noGroup = Cli.run("report", "--meta", dir.resolve("ASEM_iMeta.csv").toString(), "--data",
                dir.resolve("ASEM_iData.csv").toString(), "--group", "Continent", "--out", dir.resolve("x.html")
                        .toString());
        assertEquals(ExitCodes.BAD_INPUT, noGroup.code(), noGroup::toString);
        assertTrue(noGroup.err().contains("--group Continent: no such grouping; use wb-income, wb-region, a column of"
                + " the data (GDP_group, GDPpc_group, Pop_group, EurAsia_group)"), noGroup::toString);
        Cli noWeight = Cli.run("report", "--meta", dir.resolve("ASEM_iMeta.csv").toString(), "--data",
                dir.resolve("ASEM_iData.csv").toString(), "--weight", "POP", "--out", dir.resolve("y.html")
                        .toString());
        assertEquals(ExitCodes.USAGE, noWeight.code(), noWeight::toString);
        assertTrue(noWeight.err().contains("--weight POP: no such indicator in "), noWeight::toString);
        Cli dataAlone = Cli.run("report", "--data", dir.resolve("ASEM_iData.csv").toString());
        assertEquals(ExitCodes.USAGE, dataAlone.code(), dataAlone::toString);
        assertFalse(dataAlone.err().contains("Exception"), dataAlone::toString);
    }
}
