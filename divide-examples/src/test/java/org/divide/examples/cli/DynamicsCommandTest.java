package org.divide.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

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
                "users", "--measure", "theil-t", "--format", "csv");
        assertEquals(ExitCodes.OK, r.code(), r.toString());
        assertTrue(r.out().startsWith("year,Theil T,observations,skipped"), r.out());
        assertTrue(r.out().lines().anyMatch(l -> l.startsWith("2023,") && l.endsWith(",2,1")), r.out());
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
        InequalityCommandTest.assertBadInput(run("--from", "2021"), "series.csv", "beta-convergence 2021-2023");
    }

    @Test
    void help() {
        Cli r = Cli.run("dynamics", "--help");
        assertEquals(ExitCodes.OK, r.code());
        assertTrue(r.out().contains("--economy") && r.out().contains("beta"), r.out());
    }
}
