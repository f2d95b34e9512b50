package org.divide.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code divide path} as a new user runs it: on the embedded example and on COINr's ASEM iMeta and
 * iData (divide-testdata, provenance in the README there). The path reaches the target rank; an
 * unreachable target says so with the best reachable score; a costly indicator is avoided; a
 * rebuild by {@code divide whatif} of the path's values (ASEM, no treatment) gives the rank and
 * score reached; errors are one line with a non-zero exit.
 */
class PathCommandTest {

    @TempDir
    Path dir;

    private Path meta;
    private Path data;

    @BeforeEach
    void copy() {
        meta = TestData.copy(dir, "asem/ASEM_iMeta.csv");
        data = TestData.copy(dir, "asem/ASEM_iData.csv");
    }

    private Cli asem(String command, String... more) {
        List<String> args = new ArrayList<>(List.of(command, "--meta", meta.toString(), "--data", data.toString()));
        args.addAll(List.of(more));
        return Cli.run(args.toArray(String[]::new));
    }

    private static double costOf(JsonNode path) {
        double total = 0;
        for (JsonNode s : path) {
            total += s.get("change").asDouble() * s.get("cost").asDouble();
        }
        return total;
    }

    @Test
    void embeddedPathReachesTheTargetRank() {
        Cli c = Cli.run("path", "--economy", "KEN", "--target-rank", "20", "--format", "json");
        assertEquals(0, c.code(), c.toString());
        JsonNode reached = c.json().get("reached").get(0);
        assertEquals("yes", reached.get("feasible").asText());
        assertEquals(20, reached.get("rank_after").asInt());
        assertTrue(reached.get("rank_before").asInt() > 20);
        assertTrue(reached.get("score_after").asDouble() > reached.get("target_score").asDouble());
        assertEquals(reached.get("total_cost").asDouble(), costOf(c.json().get("path")), 1e-6);
        assertTrue(c.err().contains("path of KEN (Kenya) in AIF 2025 to rank 20"), c.err());
        // every change stays within the frontier
        for (JsonNode s : c.json().get("path")) {
            assertTrue(s.get("target").asDouble() <= s.get("frontier").asDouble() + 1e-9, s.toString());
            assertTrue(s.get("change").asDouble() >= 0, s.toString());
        }
    }

    @Test
    void embeddedPathReachesTheTargetTier() {
        Cli c = Cli.run("path", "--economy", "Kenya", "--target-tier", "2", "--cost", "GAIRI=3", "--format", "json");
        assertEquals(0, c.code(), c.toString());
        JsonNode reached = c.json().get("reached").get(0);
        assertEquals(2, reached.get("tier_after").asInt());
        for (JsonNode s : c.json().get("path")) {
            if (s.get("indicator").asText().equals("GAIRI")) {
                assertEquals(3, s.get("cost").asDouble(), 0);
                assertEquals(0, s.get("change").asDouble(), 0, "GAIRI, three times as costly, is left alone");
            }
        }
        assertEquals(reached.get("total_cost").asDouble(), costOf(c.json().get("path")), 1e-6);
    }

    @Test
    void asemPathRebuiltByWhatIfReachesTheRank() {
        Cli c = asem("path", "--economy", "IND", "--target-rank", "20", "--format", "json");
        assertEquals(0, c.code(), c.toString());
        JsonNode reached = c.json().get("reached").get(0);
        assertEquals(32, reached.get("rank_before").asInt());
        assertEquals(20, reached.get("rank_after").asInt());
        List<String> args = new ArrayList<>(List.of("whatif", "--meta", meta.toString(), "--data", data.toString(),
                "--economy", "IND", "--format", "json"));
        for (JsonNode s : c.json().get("path")) {
            if (s.get("change").asDouble() > 0) {
                args.add("--set");
                args.add(s.get("indicator").asText() + "=" + s.get("value_target").asDouble());
            }
        }
        assertTrue(args.size() > 8, args.toString());
        Cli w = Cli.run(args.toArray(String[]::new));
        assertEquals(0, w.code(), w.toString());
        JsonNode ind = null;
        for (JsonNode r : w.json().get("whatif")) {
            ind = r.get("economy").asText().equals("IND") ? r : ind;
        }
        assertEquals(20, ind.get("rank_after").asInt(), ind.toString());
        assertEquals(reached.get("score_after").asDouble(), ind.get("score_after").asDouble(), 1e-6);
    }

    @Test
    void geometricPathPrintsItsBoundsAndRebuildsToTheRank() {
        Path steps = Cli.write(dir, "geo.json", "{\"steps\": [{\"step\": \"normalise\", \"method\": \"min-max\","
                + " \"lower\": 1, \"upper\": 100}, {\"step\": \"aggregate\", \"method\": \"geometric\"}]}");
        Cli c = asem("path", "--steps", steps.toString(), "--economy", "IND", "--target-rank", "10", "--format",
                "json");
        assertEquals(0, c.code(), c.toString());
        JsonNode reached = c.json().get("reached").get(0);
        assertEquals("interior point", reached.get("method").asText());
        assertEquals(10, reached.get("rank_after").asInt());
        assertTrue(reached.get("gap").asDouble() <= 1e-9, reached.toString());
        assertTrue(reached.get("lower_bound").asDouble() <= reached.get("total_cost").asDouble());
        assertEquals(reached.get("total_cost").asDouble(), costOf(c.json().get("path")), 1e-6);
        assertTrue(c.err().contains("method interior point: the optimal cost lies in ["), c.err());
        List<String> args = new ArrayList<>(List.of("whatif", "--meta", meta.toString(), "--data", data.toString(),
                "--steps", steps.toString(), "--economy", "IND", "--format", "json"));
        for (JsonNode s : c.json().get("path")) {
            if (s.get("change").asDouble() > 0) {
                args.add("--set");
                args.add(s.get("indicator").asText() + "=" + s.get("value_target").asDouble());
            }
        }
        Cli w = Cli.run(args.toArray(String[]::new));
        assertEquals(0, w.code(), w.toString());
        for (JsonNode r : w.json().get("whatif")) {
            if (r.get("economy").asText().equals("IND")) {
                assertEquals(10, r.get("rank_after").asInt(), r.toString());
                assertEquals(reached.get("score_after").asDouble(), r.get("score_after").asDouble(), 1e-6);
            } else {
                assertEquals(r.get("score_before").asDouble(), r.get("score_after").asDouble(), 1e-9, r.toString());
            }
        }
    }

    @Test
    void unreachableTargetSaysSo() {
        Cli c = asem("path", "--economy", "IND", "--target-score", "100.5", "--format", "json");
        assertEquals(0, c.code(), c.toString());
        JsonNode reached = c.json().get("reached").get(0);
        assertEquals("no", reached.get("feasible").asText());
        assertEquals(reached.get("best_reachable").asDouble(), reached.get("score_after").asDouble(), 1e-9);
        assertTrue(c.err().contains("the target is out of reach"), c.err());
    }

    @Test
    void aCostlyIndicatorIsAvoided() {
        Cli plain = asem("path", "--economy", "IND", "--target-rank", "30", "--format", "json");
        assertEquals(0, plain.code(), plain.toString());
        String first = plain.json().get("path").get(0).get("indicator").asText();
        assertTrue(plain.json().get("path").get(0).get("change").asDouble() > 0);
        Cli costly = asem("path", "--economy", "IND", "--target-rank", "30", "--cost", first + "=50", "--format",
                "json");
        assertEquals(0, costly.code(), costly.toString());
        for (JsonNode s : costly.json().get("path")) {
            if (s.get("indicator").asText().equals(first)) {
                assertEquals(0, s.get("change").asDouble(), 0, s.toString());
            }
        }
        assertEquals(30, costly.json().get("reached").get(0).get("rank_after").asInt());
    }

    @Test
    void badInputIsOneLine() {
        Cli c = asem("path", "--economy", "IND", "--target-rank", "20", "--cost", "NOPE=2");
        assertTrue(c.code() != 0);
        assertTrue(c.err().contains("cost NOPE") && !c.err().contains("\tat "), c.err());
        Cli both = Cli.run("path", "--economy", "KEN", "--target-rank", "2", "--target-score", "50");
        assertTrue(both.code() != 0);
        assertFalse(both.err().contains("\tat "), both.err());
        Cli rank = asem("path", "--economy", "IND", "--target-rank", "99");
        assertTrue(rank.code() != 0);
        assertTrue(rank.err().contains("beyond the 51 economies"), rank.err());
    }
}
