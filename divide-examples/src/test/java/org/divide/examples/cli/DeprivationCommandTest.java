package org.divide.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * {@code divide deprivation} on the WDI digital indicators of the report tests, checked against
 * the independent numpy computation of resources/org/divide/examples/cli/paths (reference.py), and
 * on the worked example of Alkire and Foster (2011).
 */
class DeprivationCommandTest {

    @TempDir
    Path dir;

    private Path wdi() {
        try (InputStream in = getClass().getResourceAsStream("/org/divide/examples/report/wdi_digital_2015_2024.csv")) {
            Path file = dir.resolve("wdi_digital.csv");
            Files.copy(in, file);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void digitalDeprivation2022MatchesTheReference() {
        Cli r = Cli.run("deprivation", "--data", wdi().toString(), "--cutoff", "IT.NET.BBND.P2=10", "--cutoff",
                "IT.CEL.SETS.P2=80", "--cutoff", "IT.NET.SECR.P6=100", "--cutoff", "SE.TER.ENRR=25", "--k", "0.5",
                "--weight", "SP.POP.TOTL", "--group", "wb-income", "--format", "json");
        assertEquals(ExitCodes.OK, r.code(), r.toString());
        assertTrue(r.err().contains("year 2022: the latest year"), r.err());
        JsonNode json = r.json();
        JsonNode h = json.get("deprivation").get(0);
        assertEquals(2022, h.get("year").asInt());
        assertEquals(123, h.get("economies").asInt());
        assertEquals(6605962005.0, h.get("weight").asDouble(), 0);
        assertEquals(0.13059294170130487, h.get("H").asDouble(), 1e-14);
        assertEquals(0.6633659822427636, h.get("A").asDouble(), 1e-14);
        assertEquals(0.08663091504565806, h.get("M0").asDouble(), 1e-14);
        assertEquals(0.04287937627118931, h.get("M1").asDouble(), 1e-14);
        assertEquals(0.031024642336270485, h.get("M2").asDouble(), 1e-14);
        double[] contribution = {0.37686587297524504, 0.14640997750555584, 0.11395392593497762, 0.3627702235842215};
        double sum = 0;
        for (int j = 0; j < 4; j++) {
            double c = json.get("dimensions").get(j).get("contribution").asDouble();
            assertEquals(contribution[j], c, 1e-13);
            sum += c;
        }
        assertEquals(1, sum, 1e-12);
        JsonNode groups = json.get("groups");
        assertEquals("Low income", groups.get(0).get("group").asText());
        assertEquals(0.8571373430370953, groups.get(0).get("M0").asDouble(), 1e-13);
        assertEquals(0.38692143083254077, groups.get(1).get("population_share").asDouble(), 1e-13);
        assertEquals(0.18179447526111125, groups.get(1).get("M0").asDouble(), 1e-13);
        double byGroup = 0;
        for (JsonNode g : groups) {
            byGroup += g.get("population_share").asDouble() * g.get("M0").asDouble();
        }
        assertEquals(h.get("M0").asDouble(), byGroup, 1e-14, "group M0s add up");
        JsonNode k = json.get("robustness");
        assertEquals(4, k.size());
        assertEquals(0.1635425022021452, k.get(0).get("M0").asDouble(), 1e-14);
        assertEquals(0.06014272992325514, k.get(2).get("M0").asDouble(), 1e-14);
        assertEquals(0.007721205323523504, k.get(3).get("H").asDouble(), 1e-14);
        JsonNode first = json.get("economies").get(0);
        assertEquals(1, first.get("score").asDouble(), 0);
        assertEquals("yes", first.get("deprived").asText());
    }

    @Test
    void alkireFosterExampleThroughTheCommand() {
        Path af = Cli.write(dir, "af.csv", """
                economy,income,schooling,health,insurance
                KEN,13.1,14,4,1
                NOR,15.2,7,5,0
                USA,12.5,10,1,0
                IND,20,11,3,1
                """);
        Cli r = Cli.run("deprivation", "--data", af.toString(), "--cutoff", "income=13", "--cutoff", "schooling=12",
                "--cutoff", "health=3", "--cutoff", "insurance=1", "--k", "2/4", "--format", "json");
        assertEquals(ExitCodes.OK, r.code(), r.toString());
        JsonNode h = r.json().get("deprivation").get(0);
        assertEquals(0.5, h.get("H").asDouble(), 1e-15);
        assertEquals(0.75, h.get("A").asDouble(), 1e-15);
        assertEquals(0.375, h.get("M0").asDouble(), 1e-15);
        assertEquals(0.20552884615384615, h.get("M1").asDouble(), 1e-15);
        Cli pct = Cli.run("deprivation", "--data", af.toString(), "--cutoff", "income=13", "--cutoff", "schooling=12",
                "--cutoff", "health=3", "--cutoff", "insurance=1", "--k", "50%", "--format", "csv");
        assertEquals(ExitCodes.OK, pct.code(), pct.toString());
        assertTrue(pct.out().contains("deprivation,,0.5,4,0.5,0.75,0.375,"), pct.out());
    }

    @Test
    void errorsAreOneLine() {
        Path file = wdi();
        Cli r = Cli.run("deprivation", "--data", file.toString(), "--cutoff", "IT.NET.BBND.P2=10", "--k", "2");
        assertEquals(ExitCodes.USAGE, r.code(), r.toString());
        assertTrue(r.err().contains("--k must be a share in (0, 1]"), r.err());
        assertTrue(r.err().contains("for 2 of d indicators give 2/d"), r.err());
        r = Cli.run("deprivation", "--data", file.toString(), "--cutoff", "NOPE=1");
        assertEquals(ExitCodes.BAD_INPUT, r.code(), r.toString());
        assertTrue(r.err().contains("--cutoff NOPE: no such indicator"), r.err());
        assertEquals(1, r.err().strip().lines().count(), r.err());
        r = Cli.run("deprivation", "--data", file.toString(), "--cutoff", "IT.NET.BBND.P2");
        assertEquals(ExitCodes.USAGE, r.code(), r.toString());
        assertTrue(r.err().contains("--cutoff IT.NET.BBND.P2: expected IND=VALUE"), r.err());
        r = Cli.run("deprivation", "--data", file.toString(), "--cutoff", "IT.NET.BBND.P2=ten");
        assertEquals(ExitCodes.USAGE, r.code(), r.toString());
        r = Cli.run("deprivation", "--data", file.toString(), "--cutoff", "IT.NET.BBND.P2=10", "--deprived-above",
                "SE.TER.ENRR");
        assertEquals(ExitCodes.USAGE, r.code(), r.toString());
        assertTrue(r.err().contains("--deprived-above SE.TER.ENRR: not a dimension"), r.err());
        r = Cli.run("deprivation", "--data", file.toString(), "--cutoff", "IT.NET.BBND.P2=10", "--from", "2015");
        assertEquals(ExitCodes.USAGE, r.code(), r.toString());
        assertTrue(r.err().contains("deprivation measures one year: choose it with --year"), r.err());
        r = Cli.run("deprivation", "--data", file.toString(), "--cutoff", "IT.NET.BBND.P2=10", "--year", "1990");
        assertEquals(ExitCodes.BAD_INPUT, r.code(), r.toString());
        assertTrue(r.err().contains("no economy has a value in every indicator in 1990"), r.err());
    }
}
