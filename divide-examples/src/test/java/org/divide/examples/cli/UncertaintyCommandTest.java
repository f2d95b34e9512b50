package org.divide.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;

class UncertaintyCommandTest {

    @TempDir
    Path dir;

    private static final String SPEC = """
            {"framework": [
              {"code": "Index", "level": 3},
              {"code": "Access", "parent": "Index", "level": 2},
              {"code": "Skills", "parent": "Index", "level": 2},
              {"code": "a", "parent": "Access", "level": 1, "weight": 2},
              {"code": "b", "parent": "Access", "level": 1},
              {"code": "c", "parent": "Skills", "level": 1, "direction": "negative"}
            ],
            "steps": [{"step": "normalise", "method": "min-max"}, {"step": "aggregate", "method": "arithmetic"}]}
            """;

    private static final String DATA = """
            economy,indicator,year,value
            KEN,a,2020,1
            NOR,a,2020,9
            USA,a,2020,7
            IND,a,2020,2
            BRA,a,2020,4
            KEN,b,2020,10
            NOR,b,2020,30
            USA,b,2020,35
            IND,b,2020,12
            BRA,b,2020,20
            KEN,c,2020,50
            NOR,c,2020,5
            USA,c,2020,20
            IND,c,2020,30
            BRA,c,2020,25
            """;

    private String[] args(String... more) {
        Path spec = Cli.write(dir, "spec.json", SPEC);
        Path data = Cli.write(dir, "data.csv", DATA);
        String[] base = {"uncertainty", "--spec", spec.toString(), "--data", data.toString(), "--seed", "3"};
        String[] all = java.util.Arrays.copyOf(base, base.length + more.length);
        System.arraycopy(more, 0, all, base.length, more.length);
        return all;
    }

    @Test
    void monteCarloIsRepeatableAndRanksAreInRange() {
        Cli r = Cli.run(args("--runs", "40", "--format", "json"));
        assertEquals(ExitCodes.OK, r.code(), r.toString());
        assertTrue(r.err().startsWith("divide: uncertainty of Index in 2020, 5 economies, 40 runs; varied:"), r.err());
        assertEquals(1, r.err().lines().count(), "one line, no progress bar without a terminal: " + r.err());
        assertEquals(r.out(), Cli.run(args("--runs", "40", "--format", "json")).out());
        JsonNode economies = r.json().get("economies");
        assertEquals(5, economies.size());
        for (JsonNode e : economies) {
            for (String column : new String[] {"nominal_rank", "median_rank", "rank_q5", "rank_q95"}) {
                double rank = e.get(column).asDouble();
                assertTrue(rank >= 1 && rank <= 5, e.toString());
            }
            assertTrue(e.get("rank_q5").asDouble() <= e.get("rank_q95").asDouble(), e.toString());
        }
        JsonNode summary = r.json().get("summary").get(0);
        assertEquals(40, summary.get("runs").asInt());
        assertEquals("monte-carlo", summary.get("analysis").asText());
        assertTrue(summary.get("mean_abs_rank_shift").asDouble() >= 0);
    }

    @Test
    void nominalRanksAreThoseOfTheIndexWithTheNominalSpec() {
        Cli index = Cli.run("index", "--spec", Cli.write(dir, "spec.json", SPEC).toString(), "--data",
                Cli.write(dir, "data.csv", DATA).toString(), "--format", "json");
        Cli r = Cli.run(args("--runs", "10", "--format", "json"));
        assertEquals(ExitCodes.OK, r.code(), r.toString());
        for (JsonNode row : index.json().get("scores")) {
            for (JsonNode e : r.json().get("economies")) {
                if (e.get("economy").asText().equals(row.get("economy").asText())) {
                    assertEquals(row.get("Index_rank").asDouble(), e.get("nominal_rank").asDouble(), row.toString());
                }
            }
        }
    }

    @Test
    void sobolGivesIndicesPerAssumption() throws Exception {
        Path out = dir.resolve("sobol.json");
        Cli r = Cli.run(args("--runs", "16", "--sobol", "--out", out.toString()));
        assertEquals(ExitCodes.OK, r.code(), r.toString());
        assertEquals("", r.out());
        JsonNode json = new com.fasterxml.jackson.databind.ObjectMapper().readTree(Files.readString(out));
        JsonNode sensitivity = json.get("sensitivity");
        assertEquals(3, sensitivity.size());
        assertEquals("normalisation", sensitivity.get(0).get("assumption").asText());
        assertEquals("weights", sensitivity.get(1).get("assumption").asText());
        assertEquals(16 * 5, json.get("summary").get(0).get("runs").asInt());
        assertTrue(json.get("economies").get(0).has("ST_rank[aggregation]"), json.toString());
    }

    @Test
    void csvIsOneTidyTableOfEconomiesSummaryAndSensitivity() throws Exception {
        Cli r = Cli.run(args("--runs", "16", "--sobol", "--format", "csv"));
        assertEquals(ExitCodes.OK, r.code(), r.toString());
        TidyCsv csv = TidyCsv.parse(r.out());
        csv.assertTables(java.util.List.of("economies", "summary", "assumptions", "sensitivity"),
                java.util.List.of(5, 1, 3, 3));
        assertEquals(java.util.List.of("table", "economy", "name", "nominal_rank"), csv.header().subList(0, 4));
        assertTrue(csv.header().containsAll(java.util.List.of("target", "runs", "assumption", "S", "ST")),
                csv.header().toString());
        assertEquals("80", csv.table("summary").get(0).get("runs"));
        assertEquals("", csv.table("summary").get(0).get("economy"));
        assertEquals("normalisation", csv.table("sensitivity").get(0).get("assumption"));
        // ranks are integers, in CSV and in JSON
        for (java.util.Map<String, String> e : csv.table("economies")) {
            assertTrue(e.get("nominal_rank").matches("[1-5]"), e.toString());
        }
        Path out = dir.resolve("mc.csv");
        assertEquals(ExitCodes.OK, Cli.run(args("--runs", "16", "--sobol", "--out", out.toString())).code());
        assertEquals(r.out().lines().toList(), Files.readAllLines(out));
        for (JsonNode e : Cli.run(args("--runs", "10", "--format", "json")).json().get("economies")) {
            assertTrue(e.get("nominal_rank").isInt(), e.toString());
        }
    }

    @Test
    void errors() {
        assertEquals(ExitCodes.USAGE, Cli.run(args("--runs", "1")).code());
        assertEquals(ExitCodes.USAGE, Cli.run(args("--weight-noise", "2")).code());
        assertEquals(ExitCodes.USAGE, Cli.run("uncertainty", "--runs", "5").code());
        InequalityCommandTest.assertBadInput(Cli.run(args("--runs", "5", "--year", "1999")), "1999");
    }

    @Test
    void weightSetsFromAFile() {
        // set "nominal" repeats the spec's weights; "b only" weighs nothing but b, on which USA leads NOR
        Path sets = Cli.write(dir, "sets.csv", """
                set,code,weight
                nominal,a,2
                b only,a,0
                b only,Skills,0
                """);
        Cli r = Cli.run(args("--runs", "32", "--weight-sets", sets.toString(), "--assume-normalise", "spec",
                "--assume-aggregate", "spec", "--format", "json"));
        assertEquals(ExitCodes.OK, r.code(), r.toString());
        JsonNode weights = r.json().get("assumptions").get(0);
        assertEquals("weights", weights.get("assumption").asText());
        assertEquals(2, weights.get("alternatives").asInt());
        assertEquals("weights (2 sets of sets.csv: nominal | b only)", weights.get("varied").asText());
        JsonNode first = r.json().get("economies").get(0);
        assertEquals("NOR", first.get("economy").asText());
        assertEquals(1, first.get("rank_q5").asDouble(), 0, first.toString());
        assertEquals(2, first.get("rank_q95").asDouble(), 0, first.toString());
        JsonNode last = r.json().get("economies").get(4);
        assertEquals("KEN", last.get("economy").asText());
        assertEquals(5, last.get("rank_q5").asDouble(), 0, last.toString());
        assertTrue(r.json().get("summary").get(0).get("mean_abs_rank_shift").asDouble() > 0, r.out());
    }

    @Test
    void weightSetErrorsNameTheFileLineAndValue() {
        Path unknown = Cli.write(dir, "unknown.csv", "set,code,weight\ns1,a,1\ns1,zz,2\n");
        InequalityCommandTest.assertBadInput(Cli.run(args("--weight-sets", unknown.toString())), "unknown.csv",
                "line 3", "no node 'zz'");
        Path negative = Cli.write(dir, "negative.csv", "set,code,weight\ns1,a,-1\n");
        InequalityCommandTest.assertBadInput(Cli.run(args("--weight-sets", negative.toString())), "negative.csv",
                "line 2", "'-1'");
        Cli both = Cli.run(args("--weight-sets", negative.toString(), "--weight-noise", "0.1"));
        assertEquals(ExitCodes.USAGE, both.code(), both.toString());
        assertTrue(both.err().contains("give one"), both.err());
    }

    @Test
    void progressBarLine() {
        String line = ProgressBar.line("uncertainty", new org.divide.metrics.uncertainty.RunProgress(300, 600,
                java.time.Duration.ofSeconds(3), java.time.Duration.ofSeconds(75)));
        assertEquals("uncertainty [###############...............]  50% 300/600, 1m15s left", line);
    }

    @Test
    void help() {
        Cli r = Cli.run("uncertainty", "--help");
        assertEquals(ExitCodes.OK, r.code());
        assertTrue(r.out().contains("--sobol") && r.out().contains("noisy weight sets")
                && r.out().contains("geometric"), r.out());
    }
}
