package org.divide.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.divide.metrics.inequality.Decomposition;
import org.divide.metrics.inequality.Measure;
import org.divide.metrics.inference.Bootstrap;
import org.divide.metrics.inference.BootstrapInterval;
import org.divide.metrics.inference.IntervalMethod;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;

class InequalityCommandTest {

    /** Exact in binary: the sums and ratios below are computed without rounding. */
    private static final double EXACT = 0;
    /** Agreement with a direct library call on the same data. */
    private static final double SAME = 1e-15;

    @TempDir
    Path dir;

    private Path units() {
        return Cli.write(dir, "units.csv", """
                unit,income,pop,region
                a,1,1,North
                b,2,1,North
                c,3,1,South
                d,4,1,South
                """);
    }

    @Test
    void giniOfOneToFourIsAQuarter() {
        // Σ_i Σ_j |x_i − x_j| = 20, 2 n² μ = 80: G = 0.25
        Cli r = Cli.run("inequality", "--data", units().toString(), "--value", "income", "--measure", "gini",
                "--format", "json");
        assertEquals(ExitCodes.OK, r.code(), r.toString());
        JsonNode row = r.json().get("measures").get(0);
        assertEquals("Gini", row.get("measure").asText());
        assertEquals(0.25, row.get("value").asDouble(), EXACT);
        assertEquals(4, row.get("observations").asInt());
        assertEquals("", r.err());
    }

    @Test
    void measuresAgreeWithTheLibrary() {
        double[] x = {1, 2, 3, 4};
        double[] w = {1, 1, 1, 1};
        Cli r = Cli.run("inequality", "--data", units().toString(), "--value", "Income", "--weight", "pop",
                "--measure", "theil-t,ge:2,atkinson:0.5,cv,palma,hoover,kolm:1,share-ratio:0.2:0.2", "--format", "json");
        assertEquals(ExitCodes.OK, r.code(), r.toString());
        JsonNode rows = r.json().get("measures");
        List<Measure> expected = List.of(Measure.theilT(), Measure.generalizedEntropy(2), Measure.atkinson(0.5),
                Measure.coefficientOfVariation(), Measure.palma(), Measure.hoover(), Measure.kolm(1),
                Measure.quantileShareRatio(0.2, 0.2));
        assertEquals(expected.size(), rows.size());
        for (int i = 0; i < expected.size(); i++) {
            assertEquals(expected.get(i).name(), rows.get(i).get("measure").asText());
            assertEquals(expected.get(i).compute(x, w), rows.get(i).get("value").asDouble(), SAME);
        }
    }

    @Test
    void decompositionByGroup() {
        double[] x = {1, 2, 3, 4};
        String[] g = {"North", "North", "South", "South"};
        Decomposition d = Measure.theilT().decompose(x, null, g);
        Cli r = Cli.run("inequality", "--data", units().toString(), "--value", "income", "--group", "region",
                "--measure", "theil-t,atkinson:1", "--format", "json");
        assertEquals(ExitCodes.OK, r.code(), r.toString());
        JsonNode terms = r.json().get("decomposition");
        assertEquals(1, terms.size());
        assertEquals(d.total(), terms.get(0).get("total").asDouble(), SAME);
        assertEquals(d.within(), terms.get(0).get("within").asDouble(), SAME);
        assertEquals(d.between(), terms.get(0).get("between").asDouble(), SAME);
        JsonNode groups = r.json().get("groups");
        assertEquals(2, groups.size());
        assertEquals("North", groups.get(0).get("group").asText());
        assertEquals(0.5, groups.get(0).get("population_share").asDouble(), EXACT);
        assertEquals(1.5, groups.get(0).get("mean").asDouble(), EXACT);
        assertTrue(r.err().contains("Atkinson(1) is not decomposable"), r.err());
    }

    @Test
    void bootstrapIntervalIsTheLibrarysAndRepeatable() {
        Path data = Cli.write(dir, "many.csv", "v\n1\n3\n2\n8\n5\n13\n21\n4\n7\n9\n");
        double[] x = {1, 3, 2, 8, 5, 13, 21, 4, 7, 9};
        BootstrapInterval ci = Bootstrap.withDefaults().withReplicates(200).withSeed(7).withMethod(IntervalMethod.BCA)
                .interval(Measure.gini()::compute, x, null);
        String[] args = {"inequality", "--data", data.toString(), "--value", "v", "--measure", "gini",
            "--bootstrap", "200", "--seed", "7", "--format", "csv"};
        Cli r = Cli.run(args);
        assertEquals(ExitCodes.OK, r.code(), r.toString());
        assertEquals(r.out(), Cli.run(args).out());
        List<String> lines = r.out().lines().toList();
        assertEquals("measure,value,observations,lower,upper,standard_error,confidence,method,replicates", lines.get(0));
        String[] cells = lines.get(1).split(",");
        assertEquals(ci.estimate(), Double.parseDouble(cells[1]), SAME);
        assertEquals(ci.lower(), Double.parseDouble(cells[3]), SAME);
        assertEquals(ci.upper(), Double.parseDouble(cells[4]), SAME);
    }

    @Test
    void tableIsReadable() {
        Cli r = Cli.run("inequality", "--data", units().toString(), "--value", "income", "--measure", "gini");
        assertEquals(ExitCodes.OK, r.code(), r.toString());
        assertTrue(r.out().startsWith("measures\n"), r.out());
        assertTrue(r.out().lines().anyMatch(l -> l.matches("Gini +0\\.2500 +4")), r.out());
    }

    @Test
    void missingValuesAreSkippedAndCounted() {
        Path data = Cli.write(dir, "gaps.csv", "v,w\n1,1\n,2\n2,NA\n3,1\n");
        Cli r = Cli.run("inequality", "--data", data.toString(), "--value", "v", "--weight", "w", "--format", "json");
        assertEquals(ExitCodes.OK, r.code(), r.toString());
        assertEquals(2, r.json().get("measures").get(0).get("observations").asInt());
        assertTrue(r.err().contains("skipped 2 rows"), r.err());
    }

    @Test
    void unknownMeasureOrBadParameterIsAUsageError() {
        for (String measure : List.of("ginni", "ge", "atkinson:x", "gini:2", "kolm:-1", "share-ratio:0.7:0.5")) {
            Cli r = Cli.run("inequality", "--data", units().toString(), "--value", "income", "--measure", measure);
            assertEquals(ExitCodes.USAGE, r.code(), r.toString());
            assertTrue(r.err().contains(measure), r.toString());
        }
        assertEquals(ExitCodes.USAGE, Cli.run("inequality", "--value", "income").code());
        assertEquals(ExitCodes.USAGE, Cli.run("inequality", "--data", units().toString(), "--value", "income",
                "--bootstrap", "1").code());
        assertEquals(ExitCodes.USAGE, Cli.run("inequality", "--data", units().toString(), "--value", "income",
                "--format", "xml").code());
    }

    @Test
    void badDataIsOneLineNamingFileLineAndValue() {
        Path data = Cli.write(dir, "bad.csv", "v,w\n1,1\n2,1\n3x,1\n");
        assertBadInput(Cli.run("inequality", "--data", data.toString(), "--value", "v"), "bad.csv line 4", "'3x'");
        Path negative = Cli.write(dir, "negative.csv", "v,w\n1,1\n2,-3\n");
        assertBadInput(Cli.run("inequality", "--data", negative.toString(), "--value", "v", "--weight", "w"),
                "negative.csv line 3", "-3");
        assertBadInput(Cli.run("inequality", "--data", data.toString(), "--value", "income"), "bad.csv",
                "missing column 'income'");
        assertBadInput(Cli.run("inequality", "--data", dir.resolve("none.csv").toString(), "--value", "v"),
                "none.csv", "no such file");
    }

    static void assertBadInput(Cli r, String... parts) {
        assertEquals(ExitCodes.BAD_INPUT, r.code(), r.toString());
        assertEquals(1, r.err().lines().count(), r.err());
        assertTrue(r.err().startsWith("divide: "), r.err());
        assertFalse(r.err().contains("\tat "), r.err());
        for (String part : parts) {
            assertTrue(r.err().contains(part), r.toString());
        }
    }

    @Test
    void help() {
        Cli r = Cli.run("inequality", "--help");
        assertEquals(ExitCodes.OK, r.code());
        assertTrue(r.out().contains("--measure"), r.out());
        assertTrue(r.out().contains("share-ratio"), r.out());
    }
}
