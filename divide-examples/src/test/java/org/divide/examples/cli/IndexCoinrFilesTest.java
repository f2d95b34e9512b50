package org.divide.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.divide.core.spec.Aggregate;
import org.divide.core.spec.Denominate;
import org.divide.core.spec.Impute;
import org.divide.core.spec.ImputeMethod;
import org.divide.core.spec.IndexSpec;
import org.divide.core.spec.Normalise;
import org.divide.core.spec.Treat;
import org.divide.io.ReadResult;
import org.divide.io.csv.CoinrIDataReader;
import org.divide.io.csv.CoinrNotes;
import org.divide.io.csv.CsvOptions;
import org.divide.io.csv.CsvRow;
import org.divide.io.csv.CsvTable;
import org.divide.io.spec.IMeta;
import org.divide.io.spec.IMetaCsv;
import org.divide.metrics.composite.CompositeIndex;
import org.divide.metrics.composite.IndexData;
import org.divide.metrics.composite.IndexResult;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * {@code divide index --meta iMeta.csv --data iData.csv} on COINr 1.1.14's own ASEM files
 * (divide-testdata): the plain build against COINr's output for every node and economy, the
 * parity reference of divide-metrics ({@code coinr/D_plain_minmax_amean_dset_Aggregated.csv} and
 * {@code ..._ranks_index_pillars.csv}, read where they are in the source tree; provenance in the
 * README there), at its tolerance; and a build with steps (iMeta's denominators, group imputation
 * by the iData's {@code EurAsia_group}) against the same spec run in code.
 */
class IndexCoinrFilesTest {

    /** The tolerance of divide-metrics' {@code AsemCoinrParityTest}: 15-digit fixtures. */
    private static final double REL = 1e-12;

    /** COINr's outputs, kept once for every module in divide-testdata. */
    private static final String REFERENCE = "/org/divide/testdata/coinr/";

    @TempDir
    Path dir;

    private Path meta;
    private Path data;

    @BeforeEach
    void copy() {
        meta = TestData.copy(dir, "asem/ASEM_iMeta.csv");
        data = TestData.copy(dir, "asem/ASEM_iData.csv");
    }

    /** A reference table: uCode → column → value (NaN for an empty field). */
    private static Map<String, Map<String, Double>> reference(String file) throws IOException {
        Map<String, Map<String, Double>> rows = new HashMap<>();
        try (Reader r = new InputStreamReader(IndexCoinrFilesTest.class.getResourceAsStream(REFERENCE + file),
                StandardCharsets.UTF_8);
                CsvTable t = CsvTable.open(r, file, CsvOptions.defaults())) {
            int code = t.column("uCode");
            for (CsvRow row; (row = t.next()) != null;) {
                Map<String, Double> values = new HashMap<>();
                for (int i = 0; i < t.header().size(); i++) {
                    String v = row.get(i).strip();
                    if (i != code && !t.header().get(i).equals("uName")) {
                        values.put(t.header().get(i), v.isEmpty() || v.equals("NA") ? Double.NaN
                                : Double.parseDouble(v));
                    }
                }
                rows.put(row.get(code), values);
            }
        }
        return rows;
    }

    @Test
    void plainBuildOfCoinrFilesMatchesCoinr() throws IOException {
        Cli r = Cli.run("index", "--meta", meta.toString(), "--data", data.toString(), "--format", "json");
        assertEquals(ExitCodes.OK, r.code(), r.toString());
        assertTrue(r.err().contains("index built for 2018 (the latest year in which every indicator has values for at least 80% of the economies of its best-covered year): 51"
                + " economies, 49 indicators; groupings EurAsia_group, GDP_group, GDPpc_group, Pop_group"), r.err());
        JsonNode rows = r.json().get("scores");
        assertEquals(51, rows.size());
        Map<String, Map<String, Double>> scores = reference("D_plain_minmax_amean_dset_Aggregated.csv");
        Map<String, Map<String, Double>> ranks = reference("D_plain_minmax_amean_ranks_index_pillars.csv");
        int compared = 0;
        int missing = 0;
        for (JsonNode row : rows) {
            String economy = row.get("economy").asText();
            for (Map.Entry<String, Double> want : scores.get(economy).entrySet()) {
                JsonNode got = row.get(want.getKey());
                String where = economy + " " + want.getKey();
                if (Double.isNaN(want.getValue())) {
                    assertTrue(got.isNull(), where + ": expected missing, got " + got);
                    missing++;
                    continue;
                }
                double err = want.getValue() == 0 ? Math.abs(got.asDouble())
                        : Math.abs(got.asDouble() - want.getValue()) / Math.abs(want.getValue());
                assertTrue(err <= REL, where + ": expected " + want.getValue() + ", got " + got);
                compared++;
            }
            for (Map.Entry<String, Double> want : ranks.get(economy).entrySet()) {
                assertEquals(want.getValue().intValue(), row.get(want.getKey() + "_rank").asInt(), economy + " "
                        + want.getKey());
            }
        }
        assertEquals(51 * 60 - 63, compared);
        assertEquals(63, missing);
        assertEquals("DEU", rows.get(0).get("economy").asText());
        assertEquals("Germany", rows.get(0).get("name").asText());
    }

    /**
     * COINr's group-mean imputation ({@code i_mean_grp} by {@code EurAsia_group}, reference
     * values computed by COINr 1.1.14's code) written into the iData, then built the plain way,
     * gives the same index as {@code divide index} imputing by group itself.
     */
    @Test
    void groupImputationReproducesCoinrsBuild() throws IOException {
        Map<String, String[]> imputed = new HashMap<>();
        try (Reader r = new InputStreamReader(getClass().getResourceAsStream(REFERENCE + "impute_asem_reference.csv"),
                StandardCharsets.UTF_8); CsvTable t = CsvTable.open(r, "impute_asem_reference.csv",
                        CsvOptions.defaults())) {
            for (CsvRow row; (row = t.next()) != null;) {
                if (row.get(0).equals("groupMean:EurAsia_group")) {
                    imputed.put(row.get(1), row.get(2).split(";", -1));
                }
            }
        }
        assertEquals(49, imputed.size());
        StringBuilder csv = new StringBuilder();
        try (Reader r = Files.newBufferedReader(data, StandardCharsets.UTF_8);
                CsvTable t = CsvTable.open(r, "ASEM_iData.csv", CsvOptions.defaults())) {
            csv.append(String.join(",", t.header())).append('\n');
            int line = 0;
            for (CsvRow row; (row = t.next()) != null; line++) {
                List<String> cells = new java.util.ArrayList<>();
                for (int c = 0; c < t.header().size(); c++) {
                    String[] column = imputed.get(t.header().get(c));
                    String cell = column == null ? row.get(c) : column[line];
                    cells.add(cell.contains(",") ? '"' + cell + '"' : cell);
                }
                csv.append(String.join(",", cells)).append('\n');
            }
        }
        Path coinrImputed = Cli.write(dir, "ASEM_iData_imputed.csv", csv.toString());
        Path steps = Cli.write(dir, "steps.json", """
                {"steps": [{"step": "impute", "method": "group-mean", "grouping": "EurAsia_group"},
                           {"step": "normalise", "method": "min-max"},
                           {"step": "aggregate", "method": "arithmetic"}]}
                """);
        Cli ours = Cli.run("index", "--meta", meta.toString(), "--data", data.toString(), "--steps", steps.toString(),
                "--format", "json");
        Cli theirs = Cli.run("index", "--meta", meta.toString(), "--data", coinrImputed.toString(), "--format",
                "json");
        assertEquals(ExitCodes.OK, ours.code(), ours.toString());
        assertEquals(ExitCodes.OK, theirs.code(), theirs.toString());
        Map<String, JsonNode> byEconomy = new HashMap<>();
        theirs.json().get("scores").forEach(row -> byEconomy.put(row.get("economy").asText(), row));
        int compared = 0;
        for (JsonNode row : ours.json().get("scores")) {
            JsonNode want = byEconomy.get(row.get("economy").asText());
            for (java.util.Iterator<String> f = row.fieldNames(); f.hasNext();) {
                String field = f.next();
                if (row.get(field).isNumber()) {
                    double got = row.get(field).asDouble();
                    double expected = want.get(field).asDouble();
                    assertTrue(Math.abs(got - expected) <= REL * Math.max(1, Math.abs(expected)), row.get("economy")
                            + " " + field + ": COINr-imputed " + expected + ", divide " + got);
                    compared++;
                }
            }
        }
        assertTrue(compared >= 51 * 60 * 2, "compared " + compared);
    }

    @Test
    void stepsTakeTheDenominatorsOfTheMetaAndTheGroupsOfTheData() throws IOException {
        Path steps = Cli.write(dir, "steps.json", """
                {"steps": [{"step": "denominate"},
                           {"step": "impute", "method": "group-mean", "grouping": "EurAsia_group"},
                           {"step": "treat", "method": "coinr"},
                           {"step": "normalise", "method": "min-max"},
                           {"step": "aggregate", "method": "arithmetic"}]}
                """);
        Cli r = Cli.run("index", "--meta", meta.toString(), "--data", data.toString(), "--steps", steps.toString(),
                "--format", "json");
        assertEquals(ExitCodes.OK, r.code(), r.toString());

        IMeta iMeta = IMetaCsv.readMeta(meta);
        assertEquals(17, iMeta.denominate().denominators().size());
        IndexSpec spec = IndexSpec.of(iMeta.framework(), iMeta.denominate(),
                Impute.of(new ImputeMethod.GroupMean("EurAsia_group")), Treat.coinr(), Normalise.minMax(),
                Aggregate.arithmetic());
        ReadResult read = CoinrIDataReader.withDefaults().read(data);
        IndexResult direct = CompositeIndex.of(spec).run(IndexData.of(read.panel(), 2018)
                .withGrouping(CoinrNotes.of(read).grouping("EurAsia_group").orElseThrow()));
        JsonNode rows = r.json().get("scores");
        List<String> economies = direct.economies();
        double[] index = direct.indexScores();
        for (JsonNode row : rows) {
            int e = economies.indexOf(row.get("economy").asText());
            assertEquals(index[e], row.get("Index").asDouble(), Math.abs(index[e]) * REL, row.toString());
            assertTrue(!row.get("Flights").isNull(), "imputed: " + row);
        }
        Cli plain = Cli.run("index", "--meta", meta.toString(), "--data", data.toString(), "--format", "json");
        assertNotEquals(plain.json().get("scores").get(0).get("Index").asDouble(), rows.get(0).get("Index")
                .asDouble());
    }

    @Test
    void iDataWithoutTimeTakesTheYearOption() {
        Path small = Cli.write(dir, "iMeta.csv", """
                Level,iCode,iName,Direction,Weight,Denominator,Parent,Type
                2,Index,Index,1,1,,,Aggregate
                1,a,a,1,1,,Index,Indicator
                1,b,b,1,1,,Index,Indicator
                ,Region,Region,,,,,Group
                """);
        Path noTime = Cli.write(dir, "iData.csv", """
                uCode,uName,Region,a,b
                KEN,Kenya,Africa,1,10
                NOR,Norway,Europe,3,
                USA,United States,America,2,20
                """);
        Cli r = Cli.run("index", "--meta", small.toString(), "--data", noTime.toString(), "--year", "2020",
                "--format", "json");
        assertEquals(ExitCodes.OK, r.code(), r.toString());
        assertTrue(r.err().contains("index built for 2020 (--year): 3 economies, 2 indicators; groupings Region"),
                r.err());
        JsonNode best = r.json().get("scores").get(0);
        assertEquals("NOR", best.get("economy").asText(), "a at its maximum, b missing and skipped");
        assertEquals(100, best.get("Index").asDouble(), REL);
        InequalityCommandTest.assertBadInput(Cli.run("index", "--meta", small.toString(), "--data",
                noTime.toString()), "iData.csv line 1: no column 'Time' and no year given");
    }

    @Test
    void badCoinrInputsAreLocated() throws IOException {
        Path broken = Cli.write(dir, "iData.csv", Files.readString(data, StandardCharsets.UTF_8)
                .replace("4.097985", "4.09x"));
        InequalityCommandTest.assertBadInput(Cli.run("index", "--meta", meta.toString(), "--data",
                broken.toString()), "iData.csv line 2, column 'LPI'", "'4.09x'");
        Path steps = Cli.write(dir, "steps.json", "{\"steps\": []}");
        assertEquals(ExitCodes.USAGE, Cli.run("index", "--spec", steps.toString(), "--steps", steps.toString(),
                "--data", data.toString()).code());
    }
}
