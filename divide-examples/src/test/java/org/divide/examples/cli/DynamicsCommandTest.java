package org.divide.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.divide.metrics.dynamics.BetaConvergence;
import org.divide.metrics.dynamics.BetaConvergenceResult;
import org.divide.metrics.inequality.Measure;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;

class DynamicsCommandTest {

    private static final double SAME = 1e-12;

    @TempDir
    Path dir;

    private static final String DATA = """
            iso3,yr,users,pop
            KEN,2020,1,10
            NOR,2020,2,10
            USA,2020,3,10
            KEN,2021,2,10
            NOR,2021,3,10
            USA,2021,4,10
            KEN,2022,3,10
            NOR,2022,4,10
            USA,2022,5,10
            KEN,2023,9,10
            """;

    private Cli run(String... more) {
        Path data = Cli.write(dir, "series.csv", DATA);
        String[] base = {"dynamics", "--data", data.toString(), "--economy", "iso3", "--year", "yr", "--value",
            "users"};
        String[] all = java.util.Arrays.copyOf(base, base.length + more.length);
        System.arraycopy(more, 0, all, base.length, more.length);
        return Cli.run(all);
    }

    @Test
    void sigmaPerYearAndBetaAgreeWithTheLibrary() {
        Cli r = run("--weight", "pop", "--to", "2022", "--format", "json");
        assertEquals(ExitCodes.OK, r.code(), r.toString());
        JsonNode sigma = r.json().get("sigma");
        assertEquals(3, sigma.size());
        assertEquals(2020, sigma.get(0).get("year").asInt());
        // Gini of 1, 2, 3: Σ|x_i − x_j| = 8, 2 n² μ = 36
        assertEquals(8.0 / 36, sigma.get(0).get("Gini").asDouble(), SAME);
        assertEquals(Measure.gini().compute(new double[] {3, 4, 5}), sigma.get(2).get("Gini").asDouble(), SAME);
        String verdict = r.json().get("sigma_trend").get(0).get("verdict").asText();
        assertTrue(verdict.equals("closing") || verdict.equals("no significant trend"), verdict);
        BetaConvergenceResult beta = BetaConvergence.estimate(new double[] {1, 2, 3}, new double[] {3, 4, 5}, 2,
                new double[] {10, 10, 10}, null);
        JsonNode b = r.json().get("beta").get(0);
        assertEquals(2020, b.get("from").asInt());
        assertEquals(2022, b.get("to").asInt());
        assertEquals(beta.beta(), b.get("beta").asDouble(), SAME);
        assertTrue(beta.beta() < 0);
        assertEquals(3, b.get("observations").asInt());
    }

    @Test
    void missingEconomyYearsAreSkipped() {
        Path data = Cli.write(dir, "gaps.csv", DATA + "NOR,2023,,10\nUSA,2023,7,10\n");
        Cli r = Cli.run("dynamics", "--data", data.toString(), "--economy", "iso3", "--year", "yr", "--value",
                "users", "--measure", "theil-t", "--format", "csv", "--no-balanced");
        assertEquals(ExitCodes.OK, r.code(), r.toString());
        assertTrue(r.out().startsWith("table,year,Theil T,observations,skipped,"), r.out());
        assertTrue(r.out().lines().anyMatch(l -> l.startsWith("sigma,2023,") && l.contains(",2,1,")), r.out());
    }

    @Test
    void errors() {
        assertEquals(ExitCodes.USAGE, run("--from", "2022", "--to", "2020").code());
        assertEquals(ExitCodes.USAGE, run("--measure", "nope").code());
        Path dup = Cli.write(dir, "dup.csv", DATA + "KEN,2020,4,10\n");
        InequalityCommandTest.assertBadInput(Cli.run("dynamics", "--data", dup.toString(), "--economy", "iso3",
                "--year", "yr", "--value", "users"), "dup.csv line 12", "second row for KEN in 2020");
        Path badYear = Cli.write(dir, "year.csv", DATA.replace("KEN,2021", "KEN,20x1"));
        InequalityCommandTest.assertBadInput(Cli.run("dynamics", "--data", badYear.toString(), "--economy", "iso3",
                "--year", "yr", "--value", "users"), "year.csv line 5", "20x1");
        InequalityCommandTest.assertBadInput(run("--from", "2023"), "one year only");
        InequalityCommandTest.assertBadInput(run("--from", "2023", "--no-balanced"), "one year only");
        Path apart = Cli.write(dir, "apart.csv", "iso3,year,value\nKEN,2020,1\nNOR,2021,2\n");
        InequalityCommandTest.assertBadInput(Cli.run("dynamics", "--data", apart.toString()),
                "no economy has a value in each of the 2 years 2020-2021");
    }

    @Test
    void aWdiFileWithTheDefaultsIsABalancedPanelOfCountries() {
        Path file = WdiFile.resource("wdi_IT.NET.SECR.P6.csv");
        Cli r = Cli.run("dynamics", "--data", file.toString(), "--format", "json");
        assertEquals(ExitCodes.OK, r.code(), r.toString());
        assertTrue(r.err().contains("excluded 47 World Bank aggregates (AFE, AFW, ARB, CEB, CSS, ...);"
                + " --keep-aggregates keeps them"), r.err());
        assertTrue(r.err().contains("balanced panel: 204 of 215 economies have a value in each of the 15 years"
                + " 2010-2024; 11 with a gap left out (--no-balanced keeps them)"), r.err());
        // independently: the countries with a value in every year 2010-2024
        java.util.Map<String, java.util.TreeMap<Integer, Double>> countries = WdiFile.countries(file);
        java.util.List<java.util.TreeMap<Integer, Double>> balanced = countries.values().stream()
                .filter(m -> m.subMap(2010, true, 2024, true).size() == 15).toList();
        assertEquals(204, balanced.size());
        JsonNode sigma = r.json().get("sigma");
        assertEquals(15, sigma.size());
        for (JsonNode row : sigma) {
            int year = row.get("year").asInt();
            double[] x = balanced.stream().mapToDouble(m -> m.get(year)).toArray();
            assertEquals(204, row.get("observations").asInt());
            assertEquals(Measure.gini().compute(x), row.get("Gini").asDouble(), SAME, "Gini " + year);
        }
        JsonNode beta = r.json().get("beta").get(0);
        assertEquals(2010, beta.get("from").asInt());
        long zeros = balanced.stream().filter(m -> m.get(2010) <= 0).count();
        assertEquals(204 - zeros, beta.get("observations").asInt());
        assertEquals(zeros, beta.get("excluded_non_positive").asInt());
    }

    @Test
    void aThinYearIsLeftOutAndTheUnbalancedPanelIsSaidSo() {
        Cli r = run("--format", "json");
        assertEquals(ExitCodes.OK, r.code(), r.toString());
        assertTrue(r.err().contains("left out 1 year with values for fewer than 80% of the most economies in any"
                + " year (3): 2023"), r.err());
        assertTrue(r.err().contains("balanced panel: 3 of 3 economies have a value in each of the 3 years"
                + " 2020-2022"), r.err());
        assertEquals(3, r.json().get("sigma").size());
        Cli u = run("--no-balanced", "--format", "json");
        assertEquals(4, u.json().get("sigma").size());
        assertTrue(u.err().contains("unbalanced panel"), u.err());
    }

    @Test
    void aggregatesAreExcludedUnlessKept() {
        Path data = Cli.write(dir, "agg.csv", DATA + "WLD,2020,2,30\nWLD,2021,3,30\nWLD,2022,4,30\nWLD,2023,5,30\n");
        String[] args = {"dynamics", "--data", data.toString(), "--economy-column", "iso3", "--year-column", "yr",
            "--value", "users", "--to", "2022", "--format", "json"};
        Cli r = Cli.run(args);
        assertEquals(ExitCodes.OK, r.code(), r.toString());
        assertTrue(r.err().contains("excluded 1 World Bank aggregate (WLD)"), r.err());
        assertEquals(3, r.json().get("sigma").get(0).get("observations").asInt());
        String[] keep = java.util.Arrays.copyOf(args, args.length + 1);
        keep[args.length] = "--keep-aggregates";
        Cli k = Cli.run(keep);
        assertTrue(k.err().contains("kept 1 World Bank aggregate (WLD) (--keep-aggregates)"), k.err());
        assertEquals(4, k.json().get("sigma").get(0).get("observations").asInt());
        assertEquals(Measure.gini().compute(new double[] {1, 2, 3, 2}),
                k.json().get("sigma").get(0).get("Gini").asDouble(), SAME);
    }

    @Test
    void aFailingBetaKeepsSigmaAndGivesItsReason() {
        Path data = Cli.write(dir, "zeros.csv", "iso3,year,users\nKEN,2000,0\nNOR,2000,0\nUSA,2000,0\n"
                + "KEN,2001,1\nNOR,2001,2\nUSA,2001,4\nKEN,2002,2\nNOR,2002,3\nUSA,2002,5\n");
        Cli r = Cli.run("dynamics", "--data", data.toString(), "--value", "users", "--format", "json");
        assertEquals(ExitCodes.OK, r.code(), r.toString());
        assertEquals(3, r.json().get("sigma").size());
        assertEquals(Measure.gini().compute(new double[] {2, 3, 5}), r.json().get("sigma").get(2).get("Gini")
                .asDouble(), SAME);
        JsonNode beta = r.json().get("beta").get(0);
        assertTrue(beta.get("beta").isNull(), beta.toString());
        assertTrue(beta.get("note").asText().contains("3 of 3 values in 2000 are zero or negative"), beta.toString());
        assertTrue(r.err().contains("beta-convergence 2000-2002"), r.err());
    }

    @Test
    void csvIsOneTidyTableOfSigmaTrendAndBeta() {
        Cli r = run("--weight", "pop", "--to", "2022", "--format", "csv");
        assertEquals(ExitCodes.OK, r.code(), r.toString());
        TidyCsv csv = TidyCsv.parse(r.out());
        csv.assertTables(List.of("sigma", "sigma_trend", "beta"), List.of(3, 1, 1));
        assertEquals(List.of("table", "year", "Gini", "observations", "skipped", "measure", "slope_per_year",
                "standard_error", "p", "r_squared", "years", "verdict", "from", "to", "beta", "excluded_missing",
                "excluded_non_positive", "speed", "half_life_years", "note"), csv.header());
        assertEquals("2020", csv.table("sigma").get(0).get("year"));
        assertEquals(8.0 / 36, Double.parseDouble(csv.table("sigma").get(0).get("Gini")), SAME);
        assertEquals("", csv.table("sigma").get(0).get("beta"));
        assertEquals("Gini", csv.table("sigma_trend").get(0).get("measure"));
        assertEquals("3", csv.table("sigma_trend").get(0).get("years"));
        BetaConvergenceResult beta = BetaConvergence.estimate(new double[] {1, 2, 3}, new double[] {3, 4, 5}, 2,
                new double[] {10, 10, 10}, null);
        assertEquals(beta.beta(), Double.parseDouble(csv.table("beta").get(0).get("beta")), SAME);
        assertEquals("3", csv.table("beta").get(0).get("observations"));
        assertEquals("", csv.table("beta").get(0).get("year"));
    }

    @Test
    void outWritesTheTablesToAFileByItsExtension() throws Exception {
        Cli printed = run("--to", "2022", "--format", "csv");
        for (String name : List.of("dyn.csv", "dyn.json", "dyn.xlsx")) {
            Path file = dir.resolve(name);
            Cli r = run("--to", "2022", "--out", file.toString());
            assertEquals(ExitCodes.OK, r.code(), r.toString());
            assertEquals("", r.out());
            assertTrue(java.nio.file.Files.size(file) > 0, name);
        }
        String csv = java.nio.file.Files.readString(dir.resolve("dyn.csv"));
        assertEquals(printed.out().lines().toList(), csv.lines().toList());
        TidyCsv.parse(csv).assertTables(List.of("sigma", "sigma_trend", "beta"), List.of(3, 1, 1));
        JsonNode json = new com.fasterxml.jackson.databind.ObjectMapper().readTree(dir.resolve("dyn.json").toFile());
        assertEquals(3, json.get("sigma").size());
        assertEquals(Measure.gini().compute(new double[] {3, 4, 5}), json.get("sigma").get(2).get("Gini").asDouble(),
                SAME);
        assertEquals(2022, json.get("beta").get(0).get("to").asInt());
    }

    @Test
    void help() {
        Cli r = Cli.run("dynamics", "--help");
        assertEquals(ExitCodes.OK, r.code());
        assertTrue(r.out().contains("--economy") && r.out().contains("beta"), r.out());
    }
}
