package org.divide.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code divide profile} and {@code divide whatif} as a new user runs them: on the embedded example
 * and on COINr's ASEM iMeta and iData (divide-testdata, provenance in the README there). The ASEM
 * profile's index score is COINr 1.1.14's (plain build); a what-if's new score equals
 * {@code divide index} on a data file with the value changed by hand; errors are one line with a
 * non-zero exit.
 */
class ProfileCommandTest {

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

    private static JsonNode row(JsonNode table, String column, String value) {
        for (JsonNode r : table) {
            if (r.get(column).asText().equals(value)) {
                return r;
            }
        }
        throw new AssertionError("no row " + column + " = " + value + " in " + table);
    }

    @Test
    void asemProfileMatchesCoinrAndStatesTheSample() throws IOException {
        Cli c = asem("profile", "--economy", "IND", "--peers", "EurAsia_group", "--top", "3", "--format", "json");
        assertEquals(0, c.code(), c.toString());
        JsonNode index = row(c.json().get("profile"), "node", "Index");
        // COINr 1.1.14, plain ASEM build (D_plain_minmax_amean_dset_Aggregated.csv): IND Index
        Path coinr = TestData.copy(dir, "coinr/D_plain_minmax_amean_dset_Aggregated.csv");
        List<String> lines = Files.readAllLines(coinr, StandardCharsets.UTF_8);
        List<String> header = List.of(lines.get(0).replace("\"", "").split(","));
        String[] ind = lines.stream().filter(l -> l.startsWith("\"IND\"")).findFirst().orElseThrow().split(",");
        assertEquals(Double.parseDouble(ind[header.indexOf("Index")]), index.get("score").asDouble(), 1e-9);
        assertEquals(32, index.get("rank").asInt());
        assertEquals(51, index.get("ranked").asInt());
        assertTrue(c.err().contains("IND (India) in Index 2018: score 46.80, rank 32 of 51"), c.err());
        assertTrue(c.err().contains("peers: EurAsia_group: Asia (20 economies)"), c.err());
        assertTrue(c.err().contains("ties share the best rank"), c.err());
        // arithmetic means: each node's gain is its effective weight (IND has every indicator)
        for (JsonNode n : c.json().get("profile")) {
            assertEquals(n.get("effective_weight").asDouble(), n.get("gain").asDouble(),
                    n.get("node").asText().equals("Index") ? 1 : 1e-12, n.get("node").asText());
        }
        JsonNode sw = c.json().get("strengths_weaknesses");
        assertEquals(12, sw.size());
        // as COINr's get_str_weak logic in R (divide-metrics' str_weak_asem_reference.csv): TIRcon 1,
        // MigStock 3, FDI 4; weakest FemLab 48, Cov4G 49, UNVote 49
        List<String> got = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            got.add(sw.get(i).get("indicator").asText() + " " + sw.get(i).get("rank").asInt());
        }
        assertEquals(List.of("TIRcon 1", "MigStock 3", "FDI 4", "FemLab 48", "Cov4G 49", "UNVote 49"), got);
    }

    @Test
    void embeddedProfileAndItsIntervals() {
        Cli c = Cli.run("profile", "--economy", "Kenya", "--runs", "8", "--format", "json");
        assertEquals(0, c.code(), c.toString());
        assertTrue(c.err().contains("the embedded example index AIF"), c.err());
        assertTrue(c.err().contains("KEN (Kenya) in AIF 2025"), c.err());
        assertTrue(c.err().contains("intervals from 8 Monte Carlo runs"), c.err());
        JsonNode index = c.json().get("profile").get(0);
        assertEquals("AIF", index.get("node").asText());
        assertTrue(index.get("rank_p5").asDouble() <= index.get("rank_p95").asDouble(), index.toString());
        assertTrue(index.get("score_p5").asDouble() <= index.get("score_p95").asDouble(), index.toString());
        assertEquals(index.get("frontier").asDouble() - index.get("score").asDouble(),
                index.get("gap_frontier").asDouble(), 1e-12);
    }

    @Test
    void unknownEconomyNamesCloseMatches() {
        Cli c = Cli.run("profile", "--economy", "KEX");
        assertNotEquals(0, c.code());
        List<String> lines = c.err().lines().filter(l -> l.contains("KEX")).toList();
        assertEquals(1, lines.size(), c.err());
        assertTrue(lines.get(0).contains("close matches: KEN (Kenya), MEX (Mexico)"), c.err());
    }

    @Test
    void whatIfEqualsTheIndexOfTheChangedFile() throws IOException {
        Cli c = asem("whatif", "--economy", "IND", "--set", "LPI=p90", "--format", "json");
        assertEquals(0, c.code(), c.toString());
        assertTrue(c.err().contains("rebuilt incrementally"), c.err());
        JsonNode change = c.json().get("changes").get(0);
        double value = change.get("value_after").asDouble();
        // the same change made by hand in the data file, then divide index
        List<String> lines = new ArrayList<>(Files.readAllLines(data, StandardCharsets.UTF_8));
        List<String> header = List.of(lines.get(0).replace("\"", "").split(","));
        for (int i = 1; i < lines.size(); i++) {
            String[] cells = lines.get(i).split(",", -1);
            if (cells[header.indexOf("uCode")].equals("\"IND\"")) {
                assertEquals(change.get("value_before").asDouble(), Double.parseDouble(cells[header.indexOf("LPI")]));
                cells[header.indexOf("LPI")] = Double.toString(value);
                lines.set(i, String.join(",", cells));
            }
        }
        Path changed = Files.write(dir.resolve("changed.csv"), lines, StandardCharsets.UTF_8);
        Cli index = Cli.run("index", "--meta", meta.toString(), "--data", changed.toString(), "--format", "json");
        assertEquals(0, index.code(), index.toString());
        JsonNode rebuilt = row(index.json().get("scores"), "economy", "IND");
        JsonNode after = row(c.json().get("whatif"), "economy", "IND");
        assertEquals(rebuilt.get("Index").asDouble(), after.get("score_after").asDouble(), 0.0);
        assertEquals(rebuilt.get("Index_rank").asInt(), after.get("rank_after").asInt());
        for (JsonNode r : c.json().get("whatif")) {
            JsonNode other = row(index.json().get("scores"), "economy", r.get("economy").asText());
            assertEquals(other.get("Index").asDouble(), r.get("score_after").asDouble(), 0.0, r.toString());
        }
    }

    @Test
    void embeddedWhatIfByPercentage() {
        Cli c = Cli.run("whatif", "--economy", "KEN", "--set", "IT.NET.USER.ZS=+10%", "--format", "json");
        assertEquals(0, c.code(), c.toString());
        JsonNode change = c.json().get("changes").get(0);
        assertEquals(1.1 * change.get("value_before").asDouble(), change.get("value_after").asDouble(), 1e-12);
        assertTrue(c.err().contains("rebuilt through the whole pipeline"), c.err());
        JsonNode ken = row(c.json().get("whatif"), "economy", "KEN");
        assertTrue(ken.get("score_after").asDouble() > ken.get("score_before").asDouble(), ken.toString());
        assertEquals(179, c.json().get("whatif").size());
    }

    @Test
    void badSetIsAUsageError() {
        Cli c = Cli.run("whatif", "--economy", "KEN", "--set", "IT.NET.USER.ZS=lots");
        assertEquals(2, c.code(), c.toString());
        assertTrue(c.err().contains("'lots' is not a number, +P%, -P%, peer-median or pNN"), c.err());
        c = Cli.run("whatif", "--economy", "KEN", "--set", "NOPE=1");
        assertNotEquals(0, c.code());
        assertTrue(c.err().contains("NOPE is not an indicator of AIF"), c.err());
    }

    /** A geometric index over three WDI files (the World Bank's bulk CSVs kept in this folder). */
    private static final String WDI_SPEC = """
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
    void realWdiFilesWithAGeometricMean() {
        Path spec = Cli.write(dir, "spec.json", WDI_SPEC);
        List<String> args = new ArrayList<>(List.of("profile", "--spec", spec.toString(), "--economy", "KEN",
                "--year", "2022", "--format", "json"));
        for (String f : List.of("wdi_IT.NET.BBND.P2.csv", "wdi_IT.NET.SECR.P6.csv", "wdi_IT.CEL.SETS.P2.csv")) {
            args.addAll(List.of("--data", WdiFile.resource(f).toString()));
        }
        Cli c = Cli.run(args.toArray(String[]::new));
        assertEquals(0, c.code(), c.toString());
        assertTrue(c.err().contains("index Digital built for 2022 (--year)"), c.err());
        List<String> indexArgs = new ArrayList<>(args);
        indexArgs.set(0, "index");
        indexArgs.remove("--economy");
        indexArgs.remove("KEN");
        Cli index = Cli.run(indexArgs.toArray(String[]::new));
        JsonNode ken = row(index.json().get("scores"), "economy", "KEN");
        JsonNode root = row(c.json().get("profile"), "node", "Digital");
        assertEquals(ken.get("Digital").asDouble(), root.get("score").asDouble(), 0.0);
        assertEquals(ken.get("Digital_rank").asInt(), root.get("rank").asInt());
        // geometric means: the gain depends on the level, not the effective weight; the binding
        // indicator is the one of largest gain
        double best = -1;
        String binding = null;
        boolean differs = false;
        for (JsonNode n : c.json().get("profile")) {
            if (n.get("level").asInt() == 1) {
                differs |= Math.abs(n.get("gain").asDouble() - n.get("effective_weight").asDouble()) > 1e-3;
                if (n.get("gain").asDouble() > best) {
                    best = n.get("gain").asDouble();
                    binding = n.get("node").asText();
                }
                if (n.get("binding").asText().equals("yes")) {
                    assertEquals(binding, n.get("node").asText());
                }
            }
        }
        assertTrue(differs, c.out());
        assertTrue(c.err().contains("binding constraint at level 1: " + binding), c.err());
    }
}
