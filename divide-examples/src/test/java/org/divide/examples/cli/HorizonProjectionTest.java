package org.divide.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.divide.core.Economies;
import org.divide.examples.data.DefaultData;
import org.divide.metrics.scenario.DivideProjection;
import org.divide.metrics.scenario.ProjectionInput;
import org.divide.metrics.scenario.ProjectionOptions;
import org.divide.metrics.scenario.ProjectionResult;
import org.divide.metrics.scenario.ProjectionRow;
import org.divide.metrics.scenario.Scenario;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

/** {@code divide horizon --project}: the divide's projected trajectory on the embedded data and real WDI files. */
class HorizonProjectionTest {

    private static final Path BROADBAND = WdiFile.resource("wdi_IT.NET.BBND.P2.csv");
    private static final Path GDP = WdiFile.resource("API_NY.GDP.PCAP.CD_DS2_en_csv_v2_46.csv");

    /** The population file of the embedded data (a project file, WDI SP.POP.TOTL). */
    private static Path population() {
        try {
            return Path.of(DefaultData.class.getResource("/org/divide/examples/data/wdi_SP.POP.TOTL.csv").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The rows of one scenario, by year. */
    private static Map<Integer, JsonNode> rows(JsonNode table, String scenario) {
        Map<Integer, JsonNode> out = new HashMap<>();
        for (JsonNode row : table) {
            if (row.get("scenario").asText().equals(scenario)) {
                out.put(row.get("year").asInt(), row);
            }
        }
        return out;
    }

    @Test
    void embeddedDataByDefaultMatchTheLibrary() throws IOException {
        Cli r = Cli.run("horizon", "--project", "2030", "--format", "json");
        assertEquals(ExitCodes.OK, r.code(), r.toString());
        JsonNode table = r.json().get("projection");
        Map<Integer, JsonNode> trend = rows(table, "trend");
        Map<Integer, JsonNode> beta = rows(table, "beta");
        assertEquals(18, trend.size());
        assertEquals(18, beta.size());
        ProjectionInput in = ProjectionInput.of(DefaultData.load().economies(), DefaultData.INTERNET_USERS,
                DefaultData.POPULATION, Economies.worldBank().incomeGroups(), 2013, 2023);
        for (Scenario s : List.of(Scenario.trend(), Scenario.beta())) {
            // the embedded indicator is a share in percent: by default the projections stop at 100
            ProjectionResult e = DivideProjection.project(in, 2030, s, ProjectionOptions.withDefaults().withCeiling(100));
            Map<Integer, JsonNode> got = rows(table, s.name());
            for (ProjectionRow row : e.rows()) {
                JsonNode g = got.get(row.year());
                assertEquals(row.gini(), g.get("gini").asDouble(), 1e-12, s.name() + " " + row.year());
                assertEquals(row.theilT(), g.get("theil_t").asDouble(), 1e-12);
                assertEquals(row.betweenShare(), g.get("between_share").asDouble(), 1e-12);
                assertEquals(row.projected() ? "projected" : "observed", g.get("status").asText());
                assertEquals(e.sample().size(), g.get("economies").asInt());
            }
        }
        // history is the same in both scenarios; the projection starts after the last well-covered year
        assertEquals(trend.get(2022).get("gini"), beta.get(2022).get("gini"));
        assertEquals("observed", trend.get(2022).get("status").asText());
        assertEquals("projected", trend.get(2023).get("status").asText());
        assertTrue(r.err().contains("embedded data: window 2013-2023"), r.err());
        assertTrue(r.err().contains("sample: 162 economies"), r.err());
        assertTrue(r.err().contains("left out 57 economies holding"), r.err());
        assertTrue(r.err().contains("beta: the yearly log growth 2013-2022"), r.err());
        assertTrue(r.err().contains("last observed weight held constant"), r.err());
        assertTrue(r.err().contains("ceiling 100.0 (the embedded indicator is a share in percent; --ceiling none lifts"
                + " it)"), r.err());
        assertTrue(r.err().contains("--fill-gaps keeps those"), r.err());
        Cli lifted = Cli.run("horizon", "--project", "2030", "--ceiling", "none");
        assertEquals(ExitCodes.OK, lifted.code(), lifted.toString());
        assertTrue(lifted.err().contains("give --ceiling 100"), lifted.err());
    }

    @Test
    void aCeilingAndFilledGapsOnTheEmbeddedData() throws IOException {
        Cli r = Cli.run("horizon", "--project", "2035", "--ceiling", "100", "--fill-gaps", "--scenario", "trend",
                "--format", "json");
        assertEquals(ExitCodes.OK, r.code(), r.toString());
        ProjectionInput in = ProjectionInput.of(DefaultData.load().economies(), DefaultData.INTERNET_USERS,
                DefaultData.POPULATION, Economies.worldBank().incomeGroups(), 2013, 2023);
        ProjectionResult e = DivideProjection.project(in, 2035, Scenario.trend(),
                ProjectionOptions.withDefaults().withCeiling(100).withFillGaps(true));
        Map<Integer, JsonNode> got = rows(r.json().get("projection"), "trend");
        assertEquals(e.rowOf(2035).gini(), got.get(2035).get("gini").asDouble(), 1e-12);
        assertEquals(178, got.get(2035).get("economies").asInt());
        for (double v : e.values(2035)) {
            assertTrue(v <= 100, String.valueOf(v));
        }
        assertTrue(r.err().contains("filled 26 missing values"), r.err());
        assertTrue(r.err().contains("ceiling 100"), r.err());
    }

    @Test
    void broadbandWeightedByPopulationWithAPolicy() {
        Cli r = Cli.run("horizon", "--data", BROADBAND.toString(), "--data", population().toString(), "--weight",
                "SP.POP.TOTL", "--from", "2012", "--to", "2022", "--project", "2030", "--raise", "KEN,India:5%",
                "--format", "json");
        assertEquals(ExitCodes.OK, r.code(), r.toString());
        JsonNode table = r.json().get("projection");
        Map<Integer, JsonNode> trend = rows(table, "trend");
        Map<Integer, JsonNode> policy = rows(table, "policy");
        assertEquals(3, table.findValues("scenario").stream().map(JsonNode::asText).distinct().count());
        // raising two economies below the mean lowers the divide, year after year
        for (int year = 2023; year <= 2030; year++) {
            assertTrue(policy.get(year).get("gini").asDouble() < trend.get(year).get("gini").asDouble(), "" + year);
        }
        assertEquals(trend.get(2015).get("gini"), policy.get(2015).get("gini"));
        int economies = trend.get(2012).get("economies").asInt();
        for (JsonNode row : table) {
            assertEquals(economies, row.get("economies").asInt());
            double share = row.get("between_share").asDouble();
            assertTrue(share >= 0 && share <= 1, row.toString());
        }
        assertTrue(r.err().contains("excluded"), r.err());
        assertTrue(r.err().contains("grouping wb-income"), r.err());
    }

    @Test
    void aWorldBankDownloadUnweightedWithABand() {
        String[] args = {"horizon", "--data", GDP.toString(), "--project", "2030", "--scenario", "trend",
            "--method", "cagr", "--bootstrap", "99", "--seed", "3", "--format", "csv"};
        Cli a = Cli.run(args);
        assertEquals(ExitCodes.OK, a.code(), a.toString());
        assertEquals(a.out(), Cli.run(args).out());
        List<String> lines = a.out().lines().toList();
        assertEquals("scenario,year,status,gini,theil_t,theil_l,between_share,economies,gini_lower_5,gini_upper_95,"
                + "theil_t_lower_5,theil_t_upper_95,between_share_lower_5,between_share_upper_95", lines.get(0));
        boolean projected = false;
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.split(",", -1);
            if (f[2].equals("projected")) {
                projected = true;
                double gini = Double.parseDouble(f[3]);
                assertTrue(Double.parseDouble(f[8]) <= gini && gini <= Double.parseDouble(f[9]), line);
            } else {
                assertEquals("", f[8], line);
            }
        }
        assertTrue(projected);
        assertTrue(a.err().contains("unweighted: every economy counts once"), a.err());
        assertTrue(a.err().contains("bootstrap: 99 draws, seed 3"), a.err());
    }

    @Test
    void usageErrorsAreOneLine() {
        Cli target = Cli.run("horizon", "--project", "2030", "--target", "40");
        assertEquals(ExitCodes.USAGE, target.code(), target.toString());
        assertTrue(target.err().contains("--target and --target-growth go with horizons"), target.err());
        Cli rate = Cli.run("horizon", "--project", "2030", "--raise", "KEN:5");
        assertEquals(ExitCodes.USAGE, rate.code(), rate.toString());
        assertTrue(rate.err().contains("5 would be 500% a year; write 5% for a percentage"), rate.err());
        Cli policy = Cli.run("horizon", "--project", "2030", "--scenario", "policy");
        assertTrue(policy.err().contains("--scenario policy needs --raise"), policy.err());
        Cli early = Cli.run("horizon", "--project", "2020");
        assertTrue(early.err().contains("--project 2020 must be after the window's last year 2023"), early.err());
        Cli outside = Cli.run("horizon", "--project", "2030", "--raise", "ETH:5%");
        assertEquals(ExitCodes.BAD_INPUT, outside.code(), outside.toString());
        assertTrue(outside.err().contains("the policy raises ETH, which is not in the sample: no group"), outside.err());
        Cli missing = Cli.run("horizon", "--data", BROADBAND.toString(), "--economy", "KEN");
        assertEquals(ExitCodes.USAGE, missing.code(), missing.toString());
        assertTrue(missing.err().contains("Missing required option: '--target"), missing.err());
        Cli scenario = Cli.run("horizon", "--data", BROADBAND.toString(), "--economy", "KEN", "--target", "40",
                "--scenario", "beta");
        assertTrue(scenario.err().contains("go with --project YEAR"), scenario.err());
        for (Cli c : List.of(target, rate, policy, early, outside, missing, scenario)) {
            assertFalse(c.err().contains("\tat "), c.err());
            assertEquals(1, c.err().lines().filter(l -> l.startsWith("divide")).count(), c.err());
        }
    }
}
