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
        // one tidy table: the measures, then the sample, under one header
        assertEquals("table,measure,value,observations,lower,upper,standard_error,confidence,method,replicates,group,n,"
                + "mean,total_weight", lines.get(0));
        String[] cells = lines.get(1).split(",");
        assertEquals("measures", cells[0]);
        assertEquals(ci.estimate(), Double.parseDouble(cells[2]), SAME);
        assertEquals(ci.lower(), Double.parseDouble(cells[4]), SAME);
        assertEquals(ci.upper(), Double.parseDouble(cells[5]), SAME);
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

    @Test
    void aWdiFileIsOneYearOfCountriesSaidOutLoud() {
        Path file = WdiFile.resource("wdi_IT.NET.SECR.P6.csv");
        Cli r = Cli.run("inequality", "--data", file.toString(), "--format", "json");
        assertEquals(ExitCodes.OK, r.code(), r.toString());
        assertTrue(r.err().contains("excluded 47 World Bank aggregates (AFE, AFW, ARB, CEB, CSS, ...);"
                + " --keep-aggregates keeps them"), r.err());
        assertTrue(r.err().contains("year 2024: the latest year with values for at least 80% of the most economies"
                + " in any year (215); --year chooses another"), r.err());
        assertTrue(r.err().contains("used the values of 2024; left out the other 14 years (2010-2023)"), r.err());
        // independently: the 2024 values of the countries
        double[] x = WdiFile.countries(file).values().stream().filter(m -> m.containsKey(2024))
                .mapToDouble(m -> m.get(2024)).toArray();
        assertEquals(215, x.length);
        JsonNode gini = r.json().get("measures").get(0);
        assertEquals(Measure.gini().compute(x), gini.get("value").asDouble(), 1e-12);
        assertEquals(215, gini.get("observations").asInt());
        JsonNode all = r.json().get("sample").get(0);
        assertEquals("all", all.get("group").asText());
        assertEquals(215, all.get("n").asInt());
        assertEquals(java.util.Arrays.stream(x).average().orElseThrow(), all.get("mean").asDouble(), 1e-9);
        assertEquals(2024, all.get("year").asInt());

        Cli y = Cli.run("inequality", "--data", file.toString(), "--year", "2015", "--measure", "gini", "--format",
                "json");
        double[] x2015 = WdiFile.countries(file).values().stream().filter(m -> m.containsKey(2015))
                .mapToDouble(m -> m.get(2015)).toArray();
        assertEquals(Measure.gini().compute(x2015), y.json().get("measures").get(0).get("value").asDouble(), 1e-12);
        assertFalse(y.err().contains("latest year"), y.err());
        Cli k = Cli.run("inequality", "--data", file.toString(), "--year", "2015", "--keep-aggregates", "--format",
                "json");
        assertTrue(k.err().contains("kept 47 World Bank aggregates"), k.err());
        assertTrue(k.json().get("sample").get(0).get("n").asInt() > x2015.length, k.out());
        assertBadInput(Cli.run("inequality", "--data", file.toString(), "--year", "1900"), "no row in 1900");
    }

    @Test
    void zerosAreDroppedOnlyWhereAMeasureNeedsPositiveValues() {
        Path data = Cli.write(dir, "zeros.csv", "v\n0\n1\n2\n3\n");
        Cli r = Cli.run("inequality", "--data", data.toString(), "--value", "v", "--format", "json");
        assertEquals(ExitCodes.OK, r.code(), r.toString());
        JsonNode rows = r.json().get("measures");
        assertEquals(4, rows.size());
        assertEquals(Measure.gini().compute(new double[] {0, 1, 2, 3}), rows.get(0).get("value").asDouble(), SAME);
        assertEquals(4, rows.get(0).get("observations").asInt());
        // Theil T keeps zeros (0 ln 0 = 0); MLD needs x > 0: its zero is dropped and counted
        assertEquals(0, rows.get(1).get("dropped_non_positive").asInt());
        assertEquals(Measure.theilL().compute(new double[] {1, 2, 3}), rows.get(2).get("value").asDouble(), SAME);
        assertEquals(3, rows.get(2).get("observations").asInt());
        assertEquals(1, rows.get(2).get("dropped_non_positive").asInt());
        assertTrue(r.err().contains("MLD: dropped 1 value outside its domain (zero or negative); --zeros keep|reject"
                + " changes this"), r.err());

        Cli reject = Cli.run("inequality", "--data", data.toString(), "--value", "v", "--zeros", "reject", "--format", "json");
        assertEquals(ExitCodes.OK, reject.code(), reject.toString());
        JsonNode mld = reject.json().get("measures").get(2);
        assertTrue(mld.get("value").isNull(), mld.toString());
        assertTrue(mld.get("note").asText().contains("the value at " + data + " line 2 is zero"), mld.toString());
        assertFalse(reject.err().contains("x["), reject.err());
        assertEquals(Measure.gini().compute(new double[] {0, 1, 2, 3}),
                reject.json().get("measures").get(0).get("value").asDouble(), SAME);

        Cli keep = Cli.run("inequality", "--data", data.toString(), "--value", "v", "--zeros", "keep", "--measure", "mld,atkinson:1",
                "--format", "csv");
        assertEquals(ExitCodes.OK, keep.code(), keep.toString());
        assertTrue(keep.out().contains("MLD,Infinity,4"), keep.out());
        assertTrue(keep.out().contains("Atkinson(1),1.0,4") || keep.out().contains("Atkinson(1),1,4"), keep.out());

        Cli none = Cli.run("inequality", "--data", data.toString(), "--value", "v", "--zeros", "reject", "--measure", "mld");
        assertEquals(ExitCodes.BAD_INPUT, none.code(), none.toString());
        assertTrue(none.err().contains("no measure could be computed"), none.err());
        assertTrue(none.out().contains("MLD"), none.out());
    }

    @Test
    void missingValuesCanBeRejectedNamingTheLine() {
        Path data = Cli.write(dir, "gaps.csv", "iso3,v\nKEN,1\nNOR,\nUSA,3\n");
        assertBadInput(Cli.run("inequality", "--data", data.toString(), "--value", "v", "--missing", "reject"),
                "gaps.csv line 3", "missing value for NOR");
        Path bad = Cli.write(dir, "bad.csv", "iso3,v\nKEN,1\nNOR,2x\n");
        assertBadInput(Cli.run("inequality", "--data", bad.toString(), "--value", "v"), "bad.csv line 3",
                "'2x' is not a number", "(economy NOR)");
        assertEquals(ExitCodes.USAGE, Cli.run("inequality", "--data", data.toString(), "--value", "v", "--missing",
                "drop").code());
        assertEquals(ExitCodes.USAGE, Cli.run("inequality", "--data", data.toString(), "--value", "v", "--zeros",
                "skip").code());
    }

    @Test
    void groupsInIncomeOrderWithTheirSizeMeanAndWeight() {
        Path data = Cli.write(dir, "income.csv", """
                iso3,v,pop,income
                NOR,90,5,High income
                KEN,2,50,Low income
                BRA,10,200,Upper middle income
                USA,80,330,High income
                NER,1,25,Low income
                """);
        Cli r = Cli.run("inequality", "--data", data.toString(), "--value", "v", "--weight", "pop", "--group",
                "income", "--measure", "theil-t", "--format", "json");
        assertEquals(ExitCodes.OK, r.code(), r.toString());
        JsonNode sample = r.json().get("sample");
        assertEquals(List.of("all", "Low income", "Upper middle income", "High income"),
                java.util.stream.StreamSupport.stream(sample.spliterator(), false).map(g -> g.get("group").asText())
                        .toList());
        assertEquals(5, sample.get(0).get("n").asInt());
        assertEquals(610, sample.get(0).get("total_weight").asDouble(), EXACT);
        assertEquals((90 * 5 + 2 * 50 + 10 * 200 + 80 * 330 + 1 * 25) / 610.0, sample.get(0).get("mean").asDouble(),
                SAME);
        assertEquals(2, sample.get(1).get("n").asInt());
        assertEquals(75, sample.get(1).get("total_weight").asDouble(), EXACT);
        assertEquals((2 * 50 + 1 * 25) / 75.0, sample.get(1).get("mean").asDouble(), SAME);
        JsonNode groups = r.json().get("groups");
        assertEquals("Low income", groups.get(0).get("group").asText());
        assertEquals("High income", groups.get(2).get("group").asText());
        assertEquals(List.of("North", "South"), Groups.naturalOrder(List.of("North", "South")));
        assertEquals(List.of("LIC", "LMC", "HIC"), Groups.naturalOrder(List.of("HIC", "LIC", "LMC")));
    }

    @Test
    void top500CountriesAreResolvedByName() {
        Path file = WdiFile.resource("top500_2025-06_by_country.csv");
        Cli r = Cli.run("inequality", "--data", file.toString(), "--value", "rmax_tflops_sum", "--measure", "gini",
                "--format", "json");
        assertEquals(ExitCodes.OK, r.code(), r.toString());
        assertEquals("", r.err());
        assertEquals(41, r.json().get("measures").get(0).get("observations").asInt());
    }

    @Test
    void detectedColumnsThatAreNotAPanelAreReadAsUnitsSaidSo() {
        Path codes = Cli.write(dir, "codes.csv", "code,v\nA1,1\nB2,2\nC3,3\n");
        Cli r = Cli.run("inequality", "--data", codes.toString(), "--value", "v", "--measure", "gini", "--format",
                "json");
        assertEquals(ExitCodes.OK, r.code(), r.toString());
        assertEquals(Measure.gini().compute(new double[] {1, 2, 3}),
                r.json().get("measures").get(0).get("value").asDouble(), SAME);
        assertTrue(r.err().contains("column 'code' holds no economy the registry knows: the rows are read as units"),
                r.err());
        // systems by country and installation year: several rows per country and year
        Path systems = Cli.write(dir, "systems.csv", "Country,Year,rmax\nJapan,2020,5\nJapan,2020,7\nItaly,2021,1\n");
        Cli s = Cli.run("inequality", "--data", systems.toString(), "--value", "rmax", "--measure", "gini",
                "--format", "json");
        assertEquals(ExitCodes.OK, s.code(), s.toString());
        assertEquals(3, s.json().get("measures").get(0).get("observations").asInt());
        assertTrue(s.err().contains("several rows per Country and Year: the rows are read as units"), s.err());
        Path none = Cli.write(dir, "none.csv", "iso3,v\nWLD,1\nHIC,2\n");
        assertEquals(ExitCodes.BAD_INPUT, Cli.run("inequality", "--data", none.toString(), "--value", "v").code());
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
    void csvIsOneTidyTableOfMeasuresSampleDecompositionAndGroups() {
        Cli r = Cli.run("inequality", "--data", units().toString(), "--value", "income", "--group", "region",
                "--measure", "gini,theil-t", "--format", "csv");
        assertEquals(ExitCodes.OK, r.code(), r.toString());
        TidyCsv csv = TidyCsv.parse(r.out());
        csv.assertTables(List.of("measures", "sample", "decomposition", "groups"), List.of(2, 3, 2, 4));
        assertEquals(List.of("table", "measure", "value", "observations", "group", "n", "mean", "total_weight",
                "total", "within", "between", "overlap", "between_share", "population_share", "income_share", "index",
                "contribution"), csv.header());
        assertEquals(0.25, Double.parseDouble(csv.table("measures").get(0).get("value")), EXACT);
        assertEquals("", csv.table("measures").get(0).get("group"));
        assertEquals("4", csv.table("sample").get(0).get("n"));
        assertEquals(2.5, Double.parseDouble(csv.table("sample").get(0).get("mean")), EXACT);
        Decomposition d = Measure.theilT().decompose(new double[] {1, 2, 3, 4}, null,
                new String[] {"North", "North", "South", "South"});
        assertEquals(d.between(), Double.parseDouble(csv.table("decomposition").get(1).get("between")), SAME);
        assertEquals("South", csv.table("groups").get(1).get("group"));
        assertEquals(3.5, Double.parseDouble(csv.table("groups").get(1).get("mean")), EXACT);
    }

    @Test
    void outWritesTheTablesToAFileByItsExtension() throws Exception {
        String[] args = {"inequality", "--data", units().toString(), "--value", "income", "--group", "region",
            "--measure", "gini"};
        Cli printed = Cli.run(java.util.stream.Stream.concat(java.util.Arrays.stream(args),
                java.util.stream.Stream.of("--format", "csv")).toArray(String[]::new));
        for (String name : List.of("ineq.csv", "ineq.json", "ineq.xlsx")) {
            Path file = dir.resolve(name);
            Cli r = Cli.run(java.util.stream.Stream.concat(java.util.Arrays.stream(args),
                    java.util.stream.Stream.of("--out", file.toString())).toArray(String[]::new));
            assertEquals(ExitCodes.OK, r.code(), r.toString());
            assertEquals("", r.out());
            assertTrue(java.nio.file.Files.size(file) > 0, name);
        }
        String csv = java.nio.file.Files.readString(dir.resolve("ineq.csv"));
        assertEquals(printed.out().lines().toList(), csv.lines().toList());
        TidyCsv.parse(csv).assertTables(List.of("measures", "sample", "decomposition", "groups"),
                List.of(1, 3, 1, 2));
        JsonNode json = new com.fasterxml.jackson.databind.ObjectMapper().readTree(dir.resolve("ineq.json").toFile());
        assertEquals(0.25, json.get("measures").get(0).get("value").asDouble(), EXACT);
        assertEquals(2, json.get("groups").size());
        assertEquals(ExitCodes.USAGE, Cli.run(java.util.stream.Stream.concat(java.util.Arrays.stream(args),
                java.util.stream.Stream.of("--out", dir.resolve("x.txt").toString())).toArray(String[]::new)).code());
    }

    @Test
    void help() {
        Cli r = Cli.run("inequality", "--help");
        assertEquals(ExitCodes.OK, r.code());
        assertTrue(r.out().contains("--measure"), r.out());
        assertTrue(r.out().contains("share-ratio"), r.out());
    }
}
