package org.divide.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * {@code divide index --over-time} as a new user runs it: on the WDI files as downloaded (copies of
 * the shared data) with a small spec, and on the embedded data. Per year it equals the one-year
 * command; global min-max takes the bounds over the pooled years (checked against the files read
 * independently); the convergence row agrees with a Gini computed here from the printed scores.
 */
class IndexOverTimeCommandTest {

    static final String SPEC = "digital-infrastructure.json";
    static final String[] FILES = {"wdi_IT.NET.BBND.P2.csv", "wdi_IT.CEL.SETS.P2.csv", "wdi_IT.NET.SECR.P6.csv"};

    static List<String> args(String... more) {
        List<String> a = new ArrayList<>(List.of("index", "--spec", WdiFile.resource(SPEC).toString()));
        for (String f : FILES) {
            a.add("--data");
            a.add(WdiFile.resource(f).toString());
        }
        a.addAll(List.of(more));
        return a;
    }

    static Cli run(List<String> args) {
        return Cli.run(args.toArray(new String[0]));
    }

    /** node → economy → year → score row of the JSON output. */
    static Map<String, JsonNode> rows(JsonNode json, String node, int year) {
        Map<String, JsonNode> out = new HashMap<>();
        for (JsonNode r : json.get("scores")) {
            if (r.get("node").asText().equals(node) && r.get("year").asInt() == year) {
                out.put(r.get("economy").asText(), r);
            }
        }
        return out;
    }

    @Test
    void perYearEqualsTheOneYearCommandForEveryYear() {
        Cli over = run(args("--over-time", "--from", "2015", "--to", "2019", "--normalise", "per-year", "--format",
                "json"));
        assertEquals(ExitCodes.OK, over.code(), over.toString());
        assertTrue(over.err().contains("divide: normalisation per-year: each year normalised alone"), over.err());
        JsonNode json = over.json();
        assertEquals("per-year", json.get("build").get("normalisation").asText());
        int compared = 0;
        for (int year = 2015; year <= 2019; year++) {
            Cli one = run(args("--year", Integer.toString(year), "--format", "json"));
            assertEquals(ExitCodes.OK, one.code(), one.toString());
            Map<String, JsonNode> got = rows(json, "DIG", year);
            for (JsonNode r : one.json().get("scores")) {
                if (r.get("DIG").isNull()) {
                    continue;
                }
                JsonNode o = got.get(r.get("economy").asText());
                assertEquals(r.get("DIG").asDouble(), o.get("score").asDouble(), 0.0, year + " " + r);
                assertEquals(r.get("DIG_rank").asInt(), o.get("rank").asInt());
                if (!r.get("Servers").isNull()) {
                    assertEquals(r.get("Servers").asDouble(), rows(json, "Servers", year)
                            .get(r.get("economy").asText()).get("score").asDouble(), 0.0);
                }
                compared++;
            }
        }
        assertTrue(compared > 5 * 150, "compared " + compared);
    }

    @Test
    void globalMinMaxTakesTheBoundsOverThePooledYears() {
        Cli over = run(args("--over-time", "--from", "2015", "--to", "2019", "--format", "json"));
        assertEquals(ExitCodes.OK, over.code(), over.toString());
        assertTrue(over.err().contains("divide: normalisation global: each indicator normalised over all 5 years"
                + " pooled"), over.err());
        JsonNode json = over.json();
        assertEquals("global", json.get("build").get("normalisation").asText());
        // the secure servers read independently: min and max over the economies and the five years
        Map<String, TreeMap<Integer, Double>> servers = WdiFile.countries(WdiFile.resource(FILES[2]));
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (TreeMap<Integer, Double> s : servers.values()) {
            for (double v : s.subMap(2015, true, 2019, true).values()) {
                min = Math.min(min, v);
                max = Math.max(max, v);
            }
        }
        int checked = 0;
        for (int year = 2015; year <= 2019; year++) {
            Map<String, JsonNode> got = rows(json, "IT.NET.SECR.P6", year);
            for (Map.Entry<String, JsonNode> e : got.entrySet()) {
                double x = servers.get(e.getKey()).get(year);
                assertEquals((x - min) / (max - min) * 100, e.getValue().get("score").asDouble(), 1e-9,
                        e.getKey() + " " + year);
                checked++;
            }
        }
        assertTrue(checked > 5 * 150, "checked " + checked);
        // the index is the weighted mean of the pillars (Access 2, Servers 1)
        JsonNode kor = rows(json, "DIG", 2019).get("KOR");
        double access = rows(json, "Access", 2019).get("KOR").get("score").asDouble();
        double srv = rows(json, "Servers", 2019).get("KOR").get("score").asDouble();
        assertEquals((2 * access + srv) / 3, kor.get("score").asDouble(), 1e-12);
    }

    @Test
    void theEmbeddedDataOverTimeWithItsConvergence() {
        Cli r = Cli.run("index", "--over-time", "--from", "2015", "--to", "2019", "--format", "json");
        assertEquals(ExitCodes.OK, r.code(), r.toString());
        assertTrue(r.err().contains("divide: index AIF built over time for 2015-2019 (5 years"), r.err());
        assertTrue(r.err().contains("on a balanced sample: "), r.err());
        JsonNode json = r.json();
        JsonNode first = json.get("scores").get(0);
        assertEquals(List.of("economy", "name", "group", "year", "node", "score", "rank", "rank_change", "tier",
                "tier_change"), fields(first));
        assertEquals("AIF", first.get("node").asText());
        assertEquals(1, first.get("rank").asInt());
        assertEquals(4, first.get("tier").asInt());
        // the Gini of the index in the first and last year, over the balanced economies, from the printed scores
        JsonNode aif = json.get("convergence").get(0);
        assertEquals("AIF", aif.get("node").asText());
        int n = aif.get("economies").asInt();
        Map<String, Integer> years = new HashMap<>();
        Map<String, JsonNode> y2015 = rows(json, "AIF", 2015);
        Map<String, JsonNode> y2019 = rows(json, "AIF", 2019);
        for (String e : y2015.keySet()) {
            for (int y = 2015; y <= 2019; y++) {
                if (rows(json, "AIF", y).containsKey(e)) {
                    years.merge(e, 1, Integer::sum);
                }
            }
        }
        List<String> balanced = years.entrySet().stream().filter(e -> e.getValue() == 5).map(Map.Entry::getKey)
                .toList();
        // the balanced sample asks for every pillar too; with arithmetic means every scored economy has them
        assertEquals(n, balanced.size());
        assertEquals(gini(balanced, y2015), aif.get("gini_first").asDouble(), 1e-12);
        assertEquals(gini(balanced, y2019), aif.get("gini_last").asDouble(), 1e-12);
        assertEquals(4, json.get("convergence").size());
    }

    @Test
    void fixedTierCutsAreTheSameEveryYear() {
        Cli r = Cli.run("index", "--over-time", "--from", "2015", "--to", "2016", "--tier-cuts", "20,40", "--format",
                "json");
        assertEquals(ExitCodes.OK, r.code(), r.toString());
        assertTrue(r.err().contains("divide: tiers: 3 tiers cut at 20, 40, the same every year (1 = lowest)"),
                r.err());
        int checked = 0;
        for (JsonNode row : r.json().get("scores")) {
            double score = row.get("score").asDouble();
            int tier = row.get("tier").asInt();
            assertEquals(score <= 20 ? 1 : score <= 40 ? 2 : 3, tier, row.toString());
            checked++;
        }
        assertTrue(checked > 1000, "rows " + checked);
        Cli both = Cli.run("index", "--over-time", "--tiers", "3", "--tier-cuts", "20");
        assertEquals(ExitCodes.USAGE, both.code());
        assertTrue(both.err().contains("--tiers and --tier-cuts exclude each other"), both.err());
    }

    static double gini(List<String> economies, Map<String, JsonNode> rows) {
        double[] x = economies.stream().mapToDouble(e -> rows.get(e).get("score").asDouble()).toArray();
        double sum = 0;
        double mean = 0;
        for (double a : x) {
            mean += a / x.length;
            for (double b : x) {
                sum += Math.abs(a - b);
            }
        }
        return sum / (2.0 * x.length * x.length * mean);
    }

    static List<String> fields(JsonNode row) {
        List<String> names = new ArrayList<>();
        row.fieldNames().forEachRemaining(names::add);
        return names;
    }

    @Test
    void aCoinrPanelIDataWithItsTimeColumn(@org.junit.jupiter.api.io.TempDir Path dir) throws java.io.IOException {
        // COINr's ASEM rows for 2018, and again for 2019 with the LPI doubled plus 5
        Path meta = TestData.copy(dir, "asem/ASEM_iMeta.csv");
        Path data = TestData.copy(dir, "asem/ASEM_iData.csv");
        List<String> lines = java.nio.file.Files.readAllLines(data);
        List<String> header = List.of(lines.get(0).replace("\"", "").split(","));
        int time = header.indexOf("Time");
        int lpi = header.indexOf("LPI");
        List<String> out = new ArrayList<>(lines);
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.split(",(?=(?:[^\"]*\"[^\"]*\")*[^\"]*$)", -1);
            f[time] = "2019";
            if (!f[lpi].isEmpty()) {
                f[lpi] = Double.toString(2 * Double.parseDouble(f[lpi]) + 5);
            }
            out.add(String.join(",", f));
        }
        Path panel = dir.resolve("asem_panel.csv");
        java.nio.file.Files.write(panel, out);
        Cli r = Cli.run("index", "--over-time", "--meta", meta.toString(), "--data", panel.toString(), "--group",
                "EurAsia_group", "--format", "json");
        assertEquals(ExitCodes.OK, r.code(), r.toString());
        assertTrue(r.err().contains("divide: index Index built over time for 2018-2019 (2 years, 51 economies)"),
                r.err());
        JsonNode json = r.json();
        // Flights did not move: its pooled bounds are 2018's, so both years carry the one-year build's scores
        Cli one = Cli.run("index", "--meta", meta.toString(), "--data", data.toString(), "--format", "json");
        assertEquals(ExitCodes.OK, one.code(), one.toString());
        int checked = 0;
        for (JsonNode row : one.json().get("scores")) {
            String e = row.get("economy").asText();
            if (row.get("Flights").isNull()) {
                continue;
            }
            for (int year : new int[] {2018, 2019}) {
                assertEquals(row.get("Flights").asDouble(), rows(json, "Flights", year).get(e).get("score").asDouble(),
                        1e-12, e + " " + year);
            }
            String group = rows(json, "Index", 2018).get(e).get("group").asText();
            assertTrue(group.equals("Europe") || group.equals("Asia"), e + " " + group);
            checked++;
        }
        assertTrue(checked > 40, "checked " + checked);
    }

    @Test
    void panelImputationFillsYearsAndIsStated() {
        Cli without = run(args("--over-time", "--from", "2018", "--format", "json"));
        Cli with = run(args("--over-time", "--from", "2018", "--impute-panel", "latest", "--max-time", "1",
                "--format", "json"));
        assertEquals(ExitCodes.OK, with.code(), with.toString());
        assertTrue(with.err().contains("divide: panel imputation latest (max_time 1) before the build: "), with.err());
        assertEquals("latest (max_time 1)", with.json().get("build").get("panel_imputation").asText());
        assertTrue(with.json().get("build").get("years").size() > without.json().get("build").get("years").size(),
                with.err() + without.err());
    }

    @Test
    void intervalsFromMonteCarloRunsOverEveryYear() {
        Cli r = run(args("--over-time", "--from", "2018", "--to", "2020", "--runs", "6", "--seed", "3", "--format",
                "json"));
        assertEquals(ExitCodes.OK, r.code(), r.toString());
        assertTrue(r.err().contains("divide: intervals: 5-95% of the index rank and score over 6 Monte Carlo runs (seed"
                + " 3) varying normalisation, weights, aggregation, each run rebuilding every year with global"
                + " normalisation"), r.err());
        JsonNode json = r.json();
        assertEquals(6, json.get("build").get("interval_runs").asInt());
        int index = 0;
        for (JsonNode row : json.get("scores")) {
            if (row.get("node").asText().equals("DIG")) {
                assertTrue(row.get("rank_q5").asDouble() <= row.get("rank_q95").asDouble(), row.toString());
                assertTrue(row.get("score_q5").asDouble() <= row.get("score_q95").asDouble(), row.toString());
                index++;
            } else {
                assertTrue(row.get("rank_q5").isNull(), row.toString());
            }
        }
        assertTrue(index > 3 * 150, "index rows " + index);
        Cli same = run(args("--over-time", "--from", "2018", "--to", "2020", "--runs", "6", "--seed", "3", "--format",
                "json"));
        assertEquals(r.out(), same.out(), "the same seed gives the same intervals");
    }

    @Test
    void theNewOptionsGoWithOverTimeAndBadValuesAreUsageErrors() {
        Cli r = run(args("--normalise", "global"));
        assertEquals(ExitCodes.USAGE, r.code(), r.toString());
        assertTrue(r.err().contains("--normalise, --impute-panel, --max-time, --tiers, --tier-cuts, --runs and --seed"
                + " go with --over-time"), r.err());
        r = run(args("--over-time", "--seed", "4"));
        assertEquals(ExitCodes.USAGE, r.code());
        assertTrue(r.err().contains("--seed goes with --runs"), r.err());
        r = run(args("--over-time", "--year", "2019"));
        assertEquals(ExitCodes.USAGE, r.code());
        assertTrue(r.err().contains("--year builds one year; --over-time builds every year"), r.err());
        r = run(args("--over-time", "--impute-panel", "forward"));
        assertEquals(ExitCodes.USAGE, r.code());
        assertTrue(r.err().contains("--impute-panel forward: use latest, constant or linear"), r.err());
        r = run(args("--over-time", "--normalise", "pooled"));
        assertEquals(ExitCodes.USAGE, r.code());
        assertTrue(r.err().contains("'pooled': use global or per-year"), r.err());
        r = run(args("--over-time", "--from", "2023", "--to", "2023"));
        assertEquals(ExitCodes.BAD_INPUT, r.code(), r.toString());
        assertTrue(r.err().contains("one year (2023) from --from to --to; an index over time needs two or more"),
                r.err());
    }
}
