package org.divide.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Empty, single-row, all-zero-weight and out-of-domain inputs through the commands: a located
 * one-line error with exit 3, or the result with a note saying what it means — never a silent 0
 * or an empty panel with exit 0.
 */
class EdgeInputTest {

    @TempDir
    Path dir;

    @Test
    void aFileWithoutDataIsAnErrorInEveryCommand() {
        Path empty = Cli.write(dir, "empty.csv", "economy,year,value\n");
        Path wdi = Cli.write(dir, "wdi_X.csv", "Country Name,Country Code,Year,Value\nKenya,KEN,2020,\n");
        for (Cli r : new Cli[] {Cli.run("inequality", "--data", empty.toString()),
            Cli.run("convert", empty.toString(), dir.resolve("e.json").toString()),
            Cli.run("dynamics", "--data", wdi.toString()),
            Cli.run("convert", wdi.toString(), dir.resolve("w.json").toString())}) {
            assertEquals(ExitCodes.BAD_INPUT, r.code(), r.toString());
            assertEquals(1, r.err().lines().count(), r.toString());
            assertTrue(r.err().contains("no data rows after the header") || r.err().contains("no value in the file"),
                    r.toString());
        }
    }

    @Test
    void allZeroWeightsAreNamedAndOneObservationIsExplained() {
        Path zero = Cli.write(dir, "w0.csv", "economy,year,value,w\nKEN,2020,1,0\nUGA,2020,5,0\n");
        Cli weights = Cli.run("inequality", "--data", zero.toString(), "--weight", "w");
        assertEquals(ExitCodes.BAD_INPUT, weights.code(), weights.toString());
        assertTrue(weights.err().contains("w0.csv: every weight (--weight w) is zero in 2020"), weights.toString());

        Path one = Cli.write(dir, "one.csv", "economy,year,value\nKEN,2020,3\n");
        Cli single = Cli.run("inequality", "--data", one.toString(), "--measure", "gini", "--format", "csv");
        assertEquals(ExitCodes.OK, single.code(), single.toString());
        assertTrue(single.err().contains("one observation only: inequality across a single unit is 0 by definition"),
                single.toString());
        assertEquals(0.0, Double.parseDouble(TidyCsv.parse(single.out()).table("measures").get(0).get("value")));
    }

    @Test
    void dynamicsDropsOrLocatesValuesOutsideTheDomain() {
        Path neg = Cli.write(dir, "neg.csv", "economy,year,value\nKEN,2020,-1\nUGA,2020,5\nDEU,2020,9\nKEN,2021,2\n"
                + "UGA,2021,5\nDEU,2021,9\n");
        Cli dropped = Cli.run("dynamics", "--data", neg.toString(), "--measure", "mld", "--format", "csv");
        assertEquals(ExitCodes.OK, dropped.code(), dropped.toString());
        assertTrue(dropped.err().contains("MLD: dropped 1 value outside its domain (zero or negative) over the years"),
                dropped.toString());
        double expected = Math.log(7 / Math.sqrt(45)); // MLD of {5, 9}: ln(mean / geometric mean)
        assertEquals(expected, Double.parseDouble(TidyCsv.parse(dropped.out()).table("sigma").get(0).get("MLD")),
                1e-12);

        Cli rejected = Cli.run("dynamics", "--data", neg.toString(), "--measure", "mld", "--zeros", "reject");
        assertEquals(ExitCodes.BAD_INPUT, rejected.code(), rejected.toString());
        assertTrue(rejected.err().contains("neg.csv: year 2020: the value of KEN is negative: -1.0"),
                rejected.toString());
        assertFalse(rejected.err().contains("x[0]"), rejected.toString());
    }

    @Test
    void aYearWithoutASigmaSaysWhy() {
        Path zeros = Cli.write(dir, "z.csv", "economy,year,value\nKEN,2000,0\nUGA,2000,0\nDEU,2000,0\nKEN,2001,1\n"
                + "UGA,2001,2\nDEU,2001,4\n");
        Cli r = Cli.run("dynamics", "--data", zeros.toString(), "--format", "csv");
        assertEquals(ExitCodes.OK, r.code(), r.toString());
        TidyCsv csv = TidyCsv.parse(r.out());
        assertEquals("every value is 0: the measure is undefined (mean 0)", csv.table("sigma").get(0).get("note"));
        assertEquals("", csv.table("sigma").get(1).get("note"));
    }

    @Test
    void oneEconomyCannotConvergeNorBeRanked() {
        Path one = Cli.write(dir, "one2.csv", "economy,year,value\nKEN,2020,3\nKEN,2021,4\n");
        Cli dynamics = Cli.run("dynamics", "--data", one.toString());
        assertEquals(ExitCodes.BAD_INPUT, dynamics.code(), dynamics.toString());
        assertTrue(dynamics.err().contains("one2.csv: 1 economy only (KEN); convergence compares economies"),
                dynamics.toString());
        Path missing = Cli.write(dir, "miss.csv", "economy,year,value\nKEN,2020,\nUGA,2020,\n");
        Cli none = Cli.run("dynamics", "--data", missing.toString());
        assertEquals(ExitCodes.BAD_INPUT, none.code(), none.toString());
        assertTrue(none.err().contains("miss.csv: no row has a value"), none.toString());

        Path meta = TestData.copy(dir, "asem/ASEM_iMeta.csv");
        Path data = TestData.copy(dir, "asem/ASEM_iData.csv");
        Cli index = Cli.run("index", "--meta", meta.toString(), "--data", data.toString(), "--economies", "DEU");
        assertEquals(ExitCodes.BAD_INPUT, index.code(), index.toString());
        assertTrue(index.err().contains("1 economy in 2018 (DEU): an index normalises and ranks economies against each"
                + " other; it needs two or more"), index.toString());
    }

    /** The same shares at order 1 and near the largest double give the same measures and a finite mean. */
    @Test
    void anyMagnitudeGivesTheSameMeasures() {
        Path small = Cli.write(dir, "small.csv", "economy,value\nKEN,1\nUGA,1.5\nDEU,0.5\n");
        Path big = Cli.write(dir, "big.csv", "economy,value\nKEN,1e308\nUGA,1.5e308\nDEU,0.5e308\n");
        String measures = "gini,theil-t,cv,ge:2,atkinson:1";
        TidyCsv one = TidyCsv.parse(Cli.run("inequality", "--data", small.toString(), "--measure", measures,
                "--format", "csv").out());
        Cli r = Cli.run("inequality", "--data", big.toString(), "--measure", measures, "--format", "csv");
        assertEquals(ExitCodes.OK, r.code(), r.toString());
        TidyCsv huge = TidyCsv.parse(r.out());
        for (int m = 0; m < 5; m++) {
            assertEquals(Double.parseDouble(one.table("measures").get(m).get("value")),
                    Double.parseDouble(huge.table("measures").get(m).get("value")), 1e-12, one.table("measures")
                            .get(m).get("measure"));
        }
        assertEquals(1e308, Double.parseDouble(huge.table("sample").get(0).get("mean")), 1e294);

        Path negative = Cli.write(dir, "neg1.csv", "economy,value\nKEN,-1\nUGA,5\nDEU,2\n");
        TidyCsv ge2 = TidyCsv.parse(Cli.run("inequality", "--data", negative.toString(), "--measure", "ge:2,cv",
                "--format", "csv").out());
        // mean 2, population variance 6: GE(2) = var / (2 mean^2) = 0.75, CV = sqrt(6) / 2
        assertEquals(0.75, Double.parseDouble(ge2.table("measures").get(0).get("value")), 1e-12);
        assertEquals(Math.sqrt(6) / 2, Double.parseDouble(ge2.table("measures").get(1).get("value")), 1e-12);
    }
}
