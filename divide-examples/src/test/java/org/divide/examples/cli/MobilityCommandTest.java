package org.divide.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * {@code divide mobility} on a real file (OWID internet users), checked against the independent
 * numpy computation of resources/org/divide/examples/cli/paths (reference.py), and on the World
 * Bank income tiers.
 */
class MobilityCommandTest {

    @TempDir
    Path dir;

    private static final String INTERNET = WdiFile.resource("owid_IT.NET.USER.ZS_share_internet.csv").toString();

    @Test
    void internetQuintiles2010To2020MatchTheReference() {
        Cli r = Cli.run("mobility", "--data", INTERNET, "--classes", "5", "--from", "2010", "--to", "2020",
                "--format", "json");
        assertEquals(ExitCodes.OK, r.code(), r.toString());
        assertTrue(r.err().contains("balanced panel: 171 of 213 economies have a value in each of the 11 years"
                + " 2010-2020"), r.err());
        JsonNode json = r.json();
        double[][] expected = {{326, 25, 0, 0, 0}, {24, 293, 21, 1, 0}, {0, 21, 292, 27, 0}, {0, 1, 27, 290, 23},
            {0, 0, 0, 22, 317}};
        JsonNode t = json.get("transitions");
        for (int i = 0; i < 5; i++) {
            assertEquals("Q" + (i + 1), t.get(i).get("from").asText());
            for (int j = 0; j < 5; j++) {
                assertEquals(expected[i][j], t.get(i).get("Q" + (j + 1)).asDouble(), 0, "transitions " + i + j);
            }
        }
        double[] steady = {0.19689498997612356, 0.19808701804934273, 0.1986713455362173, 0.19925567302308955,
            0.2070909734152268};
        for (int j = 0; j < 5; j++) {
            assertEquals(steady[j], json.get("steady_state").get(j).get("steady_state").asDouble(), 1e-12);
        }
        JsonNode classes = json.get("classes");
        assertEquals(2010, classes.get(0).get("year").asInt());
        assertEquals(7, classes.get(0).get("upper_bound").asDouble(), 1e-12);
        assertEquals(93.39, classes.get(4).get("upper_bound").asDouble(), 1e-12);
        JsonNode m = json.get("mobility");
        assertEquals(0.14063790740420856, measure(m, "shorrocks"), 1e-14);
        assertEquals(0.7266094570405869, measure(m, "kendall_tau"), 1e-14);
        assertEquals(171, measure(m, "economies"), 0);
        assertEquals(1710, measure(m, "transitions"), 0);
        JsonNode movers = json.get("movers");
        long up = 0;
        for (JsonNode mover : movers) {
            up += mover.get("direction").asText().equals("up") ? 1 : 0;
        }
        assertEquals(32, up);
        assertEquals(64, movers.size());
        // first passage times: a row per class, the recurrence time 1/pi on the diagonal
        JsonNode f = json.get("first_passage");
        assertEquals(1 / steady[0], f.get(0).get("Q1").asDouble(), 1e-9);
    }

    @Test
    void pooledQuintilesAreAbsoluteClasses() {
        Cli r = Cli.run("mobility", "--data", INTERNET, "--from", "2010", "--to", "2020", "--pooled", "--format",
                "json");
        assertEquals(ExitCodes.OK, r.code(), r.toString());
        JsonNode json = r.json();
        double[] bins = {17, 39.5527, 61.7, 78.6896, 100};
        JsonNode classes = json.get("classes");
        for (int j = 0; j < 5; j++) {
            assertEquals(bins[j], classes.get(j).get("upper_bound").asDouble(), 1e-12, "2010");
            assertEquals(bins[j], classes.get(50 + j).get("upper_bound").asDouble(), 1e-12, "2020");
        }
        double[][] expected = {{313, 57, 0, 0, 0}, {0, 277, 69, 2, 0}, {0, 3, 274, 76, 0}, {0, 0, 2, 270, 52},
            {0, 0, 0, 4, 311}};
        for (int i = 0; i < 5; i++) {
            for (int j = 0; j < 5; j++) {
                assertEquals(expected[i][j], json.get("transitions").get(i).get("Q" + (j + 1)).asDouble(), 0);
            }
        }
        JsonNode shares = json.get("steady_state");
        assertEquals(0.3742690058479532, shares.get(0).get("share_2010").asDouble(), 1e-14);
        assertEquals(0.3567251461988304, shares.get(4).get("share_2020").asDouble(), 1e-14);
    }

    @Test
    void unbalancedPanelsSkipTheUnobservedSteps() {
        Cli r = Cli.run("mobility", "--data", INTERNET, "--from", "2010", "--to", "2020", "--no-balanced", "--format",
                "json");
        assertEquals(ExitCodes.OK, r.code(), r.toString());
        assertTrue(r.err().contains("unbalanced panel"), r.err());
        JsonNode m = r.json().get("mobility");
        assertTrue(measure(m, "economies") > 171, r.out());
        String note = null;
        for (JsonNode row : m) {
            if (row.get("measure").asText().equals("transitions")) {
                note = row.get("note").asText();
            }
        }
        assertTrue(note != null && note.contains("with a year unobserved"), note);
    }

    @Test
    void incomeTiersNeedNoData() {
        Cli r = Cli.run("mobility", "--tiers", "wb-income", "--from", "2015", "--to", "2020", "--economies",
                "CHN,IND,KEN,NOR,ARG", "--format", "json");
        assertEquals(ExitCodes.OK, r.code(), r.toString());
        JsonNode json = r.json();
        assertEquals("L", json.get("transitions").get(0).get("from").asText());
        assertEquals(5, measure(json.get("mobility"), "economies"), 0);
        assertEquals(25, measure(json.get("mobility"), "transitions"), 0);
        assertTrue(json.get("classes") == null, "no quantile bounds for tiers");
    }

    @Test
    void emptyClassesAreNotedAndCanBeFilled() {
        // five economies that never leave their income group FY2015-FY2020 except as recorded; a
        // class nobody is in has no observed transition
        Cli r = Cli.run("mobility", "--tiers", "wb-income", "--from", "2019", "--to", "2020", "--economies",
                "NOR,DEU", "--format", "json");
        assertEquals(ExitCodes.OK, r.code(), r.toString());
        assertTrue(r.err().contains("no economy left L, LM, UM (no observed transition from it)"), r.err());
        assertTrue(r.json().get("first_passage") == null);
        Cli filled = Cli.run("mobility", "--tiers", "wb-income", "--from", "2019", "--to", "2020", "--economies",
                "NOR,DEU", "--fill-empty-classes", "--format", "json");
        assertEquals(ExitCodes.OK, filled.code(), filled.toString());
        assertEquals(1, filled.json().get("steady_state").get(3).get("steady_state_4").asDouble(), 1e-15);
    }

    @Test
    void errorsAreOneLine() {
        Cli r = Cli.run("mobility", "--data", INTERNET, "--from", "2020", "--to", "2010");
        assertEquals(ExitCodes.USAGE, r.code(), r.toString());
        assertTrue(r.err().contains("--from must be before --to: 2020 >= 2010"), r.err());
        r = Cli.run("mobility", "--tiers", "wb-income", "--data", INTERNET);
        assertEquals(ExitCodes.USAGE, r.code(), r.toString());
        r = Cli.run("mobility", "--tiers", "oecd");
        assertEquals(ExitCodes.USAGE, r.code(), r.toString());
        assertTrue(r.err().startsWith("divide: --tiers oecd: the one built-in tiering is wb-income"), r.err());
        r = Cli.run("mobility", "--data", INTERNET, "--from", "2020", "--to", "2020");
        assertEquals(ExitCodes.USAGE, r.code(), r.toString());
        Path one = Cli.write(dir, "one.csv", "economy,year,value\nKEN,2020,1\nNOR,2020,2\n");
        r = Cli.run("mobility", "--data", one.toString());
        assertEquals(ExitCodes.BAD_INPUT, r.code(), r.toString());
        assertEquals(1, r.err().strip().lines().filter(l -> !l.contains("economies have a value")).count(), r.err());
        assertTrue(r.err().contains("one year only (2020)"), r.err());
    }

    @Test
    void indexMoversCarryTheirScoreIntervals() {
        Cli r = Cli.run("mobility", "--index", "--classes", "4", "--runs", "20", "--format", "json");
        assertEquals(0, r.code(), r.toString());
        assertTrue(r.err().contains("intervals: 5-95% of the index rank and score over 20 Monte Carlo runs"),
                r.err());
        JsonNode movers = r.json().get("movers");
        assertTrue(movers.size() > 5, movers.toString());
        int noise = 0;
        for (JsonNode m : movers) {
            String a = "2011";
            String b = "2021";
            double lo = Math.max(m.get("q5_" + a).asDouble(), m.get("q5_" + b).asDouble());
            double hi = Math.min(m.get("q95_" + a).asDouble(), m.get("q95_" + b).asDouble());
            assertTrue(m.get("q5_" + a).asDouble() <= m.get("q95_" + a).asDouble(), m.toString());
            assertTrue(m.get("q5_" + b).asDouble() <= m.get("q95_" + b).asDouble(), m.toString());
            double va = m.get("value_" + a).asDouble();
            double vb = m.get("value_" + b).asDouble();
            boolean inside = lo <= hi && va >= lo && va <= hi && vb >= lo && vb <= hi;
            assertEquals(inside ? "may be" : "no", m.get("noise").asText(), m.toString());
            noise += inside ? 1 : 0;
        }
        assertTrue(noise < movers.size(), "not every move is noise");
        // on an indicator there is no index to vary: said, and the table has no interval columns
        Cli ind = Cli.run("mobility", "--data", INTERNET, "--from", "2010", "--to", "2020", "--runs", "20",
                "--format", "json");
        assertEquals(0, ind.code(), ind.toString());
        assertTrue(ind.err().contains("intervals are not available: mobility runs here on an indicator"), ind.err());
        assertFalse(ind.json().get("movers").get(0).has("noise"));
        Cli bad = Cli.run("mobility", "--index", "--value", "x");
        assertEquals(ExitCodes.USAGE, bad.code(), bad.toString());
        Cli spec = Cli.run("mobility", "--data", INTERNET, "--meta", "x.csv");
        assertEquals(ExitCodes.USAGE, spec.code(), spec.toString());
        assertTrue(spec.err().contains("go with --index"), spec.err());
    }

    private static double measure(JsonNode table, String name) {
        for (JsonNode row : table) {
            if (row.get("measure").asText().equals(name)) {
                return row.get("value").asDouble();
            }
        }
        throw new AssertionError("no measure " + name);
    }
}
