package org.divide.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * {@code divide uncertainty} end to end on COINr 1.1.14's ASEM iMeta and iData (divide-testdata,
 * provenance in the README there), with small run counts: the order, the ranks, the scale of the
 * scores, the assumptions the options vary, {@code --meta} and {@code --steps}, and the errors.
 */
class UncertaintyAsemTest {

    /** COINr's usual build (as docs/cli.md): denominators, group imputation, treatment, min-max. */
    private static final String STEPS = """
            {"steps": [{"step": "denominate"},
              {"step": "impute", "method": "group-mean", "grouping": "EurAsia_group"},
              {"step": "treat", "method": "coinr"},
              {"step": "normalise", "method": "min-max"},
              {"step": "aggregate", "method": "arithmetic"}]}
            """;

    /** Options that vary none of the default assumptions. */
    private static final String[] NOTHING = {"--assume-normalise", "spec", "--assume-aggregate", "spec",
        "--weight-noise", "0"};

    @TempDir
    Path dir;

    private Path meta;
    private Path data;

    @BeforeEach
    void copy() {
        meta = TestData.copy(dir, "asem/ASEM_iMeta.csv");
        data = TestData.copy(dir, "asem/ASEM_iData.csv");
    }

    private Cli run(String... more) {
        List<String> args = new ArrayList<>(List.of("uncertainty", "--meta", meta.toString(), "--data",
                data.toString(), "--seed", "5"));
        args.addAll(List.of(more));
        return Cli.run(args.toArray(String[]::new));
    }

    private Cli json(String... more) {
        return run(concat(more, "--format", "json"));
    }

    private static Map<String, JsonNode> byEconomy(JsonNode rows) {
        Map<String, JsonNode> out = new HashMap<>();
        for (JsonNode row : rows) {
            out.put(row.get("economy").asText(), row);
        }
        return out;
    }

    @Test
    void rowsByNominalRankWithNamesAndIntegerRanksOfTheIndexBuiltFromMeta() {
        Cli r = json("--runs", "40");
        assertEquals(ExitCodes.OK, r.code(), r.toString());
        JsonNode economies = r.json().get("economies");
        assertEquals(51, economies.size());
        Map<String, JsonNode> index = byEconomy(Cli.run("index", "--meta", meta.toString(), "--data",
                data.toString(), "--format", "json").json().get("scores"));
        int previous = 0;
        for (JsonNode e : economies) {
            JsonNode nominal = e.get("nominal_rank");
            assertTrue(nominal.isInt(), e.toString());
            assertTrue(nominal.asInt() >= previous, "sorted by nominal rank: " + e);
            previous = nominal.asInt();
            JsonNode built = index.get(e.get("economy").asText());
            assertEquals(built.get("Index_rank").asInt(), nominal.asInt(), e.toString());
            assertEquals(built.get("Index").asDouble(), e.get("nominal_score").asDouble(), 0, e.toString());
            assertEquals(built.get("name").asText(), e.get("name").asText());
        }
        assertEquals("DEU", economies.get(0).get("economy").asText());
        assertEquals("Germany", economies.get(0).get("name").asText());
        assertEquals(1, economies.get(0).get("nominal_rank").asInt());
        JsonNode summary = r.json().get("summary").get(0);
        assertEquals(2018, summary.get("year").asInt());
        assertEquals(51, summary.get("economies").asInt());
        assertTrue(r.err().startsWith("divide: uncertainty of Index in 2018, 51 economies, 40 runs; varied:"
                + " normalisation (min-max(range=[1,100]) | z-score(mean=10,sd=2)); weights (100 noisy sets"), r.err());
        assertEquals(1, r.err().lines().count(), r.err());
    }

    @Test
    void scoresOfEveryRunAreOnTheNominalScale() {
        // the default assumptions normalise by z-scores around 10 in half the runs; on their own scale
        // those scores would pull the median far below the nominal min-max scores
        JsonNode economies = json("--runs", "40").json().get("economies");
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (JsonNode e : economies) {
            lo = Math.min(lo, e.get("nominal_score").asDouble());
            hi = Math.max(hi, e.get("nominal_score").asDouble());
        }
        int changed = 0;
        for (JsonNode e : economies) {
            double q5 = e.get("score_q5").asDouble();
            double median = e.get("median_score").asDouble();
            double q95 = e.get("score_q95").asDouble();
            assertTrue(lo <= q5 && q5 <= median && median <= q95 && q95 <= hi, e.toString());
            assertTrue(Math.abs(median - e.get("nominal_score").asDouble()) < 0.1 * (hi - lo), e.toString());
            assertTrue(e.get("rank_q5").asDouble() <= e.get("median_rank").asDouble()
                    && e.get("median_rank").asDouble() <= e.get("rank_q95").asDouble(), e.toString());
            changed += q95 > q5 ? 1 : 0;
        }
        assertTrue(changed > 40, "the runs vary the scores: " + changed);
        // the best economy of every run sits at the nominal best score
        assertEquals(hi, economies.get(0).get("score_q95").asDouble(), 0);
    }

    @Test
    void runsThatVaryNothingGiveTheNominalScoresAndRanks() {
        Cli r = json(concat(NOTHING, "--runs", "8"));
        assertEquals(ExitCodes.OK, r.code(), r.toString());
        assertTrue(r.err().contains("varied: nothing"), r.err());
        for (JsonNode e : r.json().get("economies")) {
            double nominal = e.get("nominal_score").asDouble();
            assertEquals(nominal, e.get("median_score").asDouble(), 0, e.toString());
            assertEquals(nominal, e.get("score_q5").asDouble(), 0, e.toString());
            assertEquals(nominal, e.get("score_q95").asDouble(), 0, e.toString());
            int rank = e.get("nominal_rank").asInt();
            for (String c : new String[] {"median_rank", "rank_q5", "rank_q95", "mean_rank"}) {
                assertEquals(rank, e.get(c).asDouble(), 0, c + " " + e);
            }
            assertEquals(0, e.get("mean_abs_rank_shift").asDouble(), 0);
        }
        assertEquals(0, r.json().get("summary").get(0).get("mean_abs_rank_shift").asDouble(), 0);
    }

    @Test
    void winsorisationChangesTheRanks() {
        Path steps = Cli.write(dir, "steps.json", STEPS);
        Cli limits = json(concat(NOTHING, "--steps", steps.toString(), "--assume-winmax", "1:5", "--runs", "20"));
        assertEquals(ExitCodes.OK, limits.code(), limits.toString());
        JsonNode assumptions = limits.json().get("assumptions");
        assertEquals(1, assumptions.size());
        assertEquals("winsorisation", assumptions.get(0).get("assumption").asText());
        assertEquals(5, assumptions.get(0).get("alternatives").asInt());
        assertTrue(limits.json().get("summary").get(0).get("mean_abs_rank_shift").asDouble() > 0, limits.out());

        Cli onOff = json(concat(NOTHING, "--steps", steps.toString(), "--assume-treat", "none,spec", "--runs", "20"));
        assertEquals(ExitCodes.OK, onOff.code(), onOff.toString());
        assertEquals("treatment (none | spec)", onOff.json().get("assumptions").get(0).get("varied").asText());
        double shift = onOff.json().get("summary").get(0).get("mean_abs_rank_shift").asDouble();
        assertTrue(shift > 0, onOff.out());
        // the nominal build is the steps' own, with COINr's treatment
        Map<String, JsonNode> index = byEconomy(Cli.run("index", "--meta", meta.toString(), "--data",
                data.toString(), "--steps", steps.toString(), "--format", "json").json().get("scores"));
        for (JsonNode e : onOff.json().get("economies")) {
            assertEquals(index.get(e.get("economy").asText()).get("Index_rank").asInt(), e.get("nominal_rank").asInt());
        }
        // with the spec's treatment only, nothing moves
        Cli fixed = json(concat(NOTHING, "--steps", steps.toString(), "--assume-treat", "spec", "--runs", "4"));
        assertEquals(0, fixed.json().get("summary").get(0).get("mean_abs_rank_shift").asDouble(), 0, fixed.out());
    }

    @Test
    void imputationAndDropOneAndSobolWithBootstrap() {
        Path steps = Cli.write(dir, "steps.json", STEPS);
        Cli r = json("--steps", steps.toString(), "--assume-impute", "spec,mean,group-median(grouping=GDP_group)",
                "--drop-one", "--sobol", "--bootstrap", "0", "--runs", "8");
        assertEquals(ExitCodes.OK, r.code(), r.toString());
        List<String> names = new ArrayList<>();
        List<Integer> counts = new ArrayList<>();
        for (JsonNode a : r.json().get("assumptions")) {
            names.add(a.get("assumption").asText());
            counts.add(a.get("alternatives").asInt());
        }
        assertEquals(List.of("imputation", "normalisation", "weights", "aggregation", "drop L1"), names);
        assertEquals(List.of(3, 2, 100, 2, 50), counts);
        assertEquals(8 * (2 + 5), r.json().get("summary").get(0).get("runs").asInt());
        JsonNode sensitivity = r.json().get("sensitivity");
        assertEquals(5, sensitivity.size());
        assertTrue(sensitivity.get(0).get("S_lower").isNull(), "no bootstrap, no interval: " + sensitivity);
        assertTrue(r.json().get("economies").get(0).has("ST_rank[drop L1]"));
        assertFalse(r.json().get("economies").get(0).has("ST_score[weights]"), "no indices on raw scores");
    }

    @Test
    void badOptionValuesAreOneLineUsageErrors() {
        String[][] cases = {
            {"--assume-normalise", "z-scor"}, {"--assume-normalise", "z-score(mu=1)"},
            {"--assume-aggregate", "geometric("}, {"--assume-treat", "winsorise"}, {"--assume-winmax", "5:1"},
            {"--assume-impute", "group-mean(grouping=Nowhere)"}, {"--assume-impute", "spec,mean"},
            {"--weight-noise", "2"}, {"--drop-one", "4"}, {"--bootstrap", "10"}, {"--runs", "1"},
            {"--sobol", "--bootstrap", "-1"}, {"--steps", "x.json", "--spec", "y.json"},
        };
        String[] reasons = {"unknown normalise method 'z-scor'", "unknown member 'mu'", "unbalanced", "winsorise",
            "'5:1'", "no grouping named Nowhere", "no impute step", "[0, 1]", "from 1 to 3", "goes with --sobol",
            "at least 2", "at least 0", "mutually exclusive"};
        for (int i = 0; i < cases.length; i++) {
            Cli r = run(cases[i]);
            assertEquals(ExitCodes.USAGE, r.code(), r.toString());
            assertEquals(1, r.err().lines().count(), r.err());
            assertTrue(r.err().contains(reasons[i]), reasons[i] + " in " + r.err());
        }
    }

    @Test
    void outWritesTheSameTables() throws IOException {
        Path out = dir.resolve("u.csv");
        Cli file = run("--runs", "6", "--out", out.toString());
        assertEquals(ExitCodes.OK, file.code(), file.toString());
        assertEquals("", file.out());
        Cli printed = run("--runs", "6", "--format", "csv");
        assertEquals(printed.out().lines().toList(), Files.readAllLines(out));
        TidyCsv csv = TidyCsv.parse(printed.out());
        csv.assertTables(List.of("economies", "summary", "assumptions"), List.of(51, 1, 3));
        assertNotEquals("", csv.table("economies").get(0).get("name"));
    }

    private static String[] concat(String[] a, String... b) {
        List<String> all = new ArrayList<>(List.of(a));
        all.addAll(List.of(b));
        return all.toArray(String[]::new);
    }
}
