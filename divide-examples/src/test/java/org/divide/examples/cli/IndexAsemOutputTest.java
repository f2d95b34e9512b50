package org.divide.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The output side of {@code divide index} on COINr's ASEM files (divide-testdata), as a user types
 * it: the table fitted to the terminal by levels, the year in every output, integer ranks, and the
 * xlsx workbook read back with Apache POI and compared cell by cell with the CSV output and the
 * iData file.
 */
class IndexAsemOutputTest {

    /** COINr's usual steps, with a screen that forces one economy out and drops those below 90 %. */
    private static final String STEPS = """
            {"steps": [{"step": "denominate"},
                       {"step": "screen", "rule": "by-missing", "availabilityThreshold": 0.9, "forceExclude": ["AUS"]},
                       {"step": "impute", "method": "group-mean", "grouping": "EurAsia_group"},
                       {"step": "treat", "method": "coinr"},
                       {"step": "normalise", "method": "min-max"},
                       {"step": "aggregate", "method": "arithmetic"}]}
            """;

    @TempDir
    Path dir;

    private Path meta;
    private Path data;

    @BeforeEach
    void copy() {
        meta = TestData.copy(dir, "asem/ASEM_iMeta.csv");
        data = TestData.copy(dir, "asem/ASEM_iData.csv");
    }

    @Test
    void theTableShowsTheTopLevelsThatFitAndSaysHowToSeeAll() {
        Cli r = Cli.run("index", "--meta", meta.toString(), "--data", data.toString());
        assertEquals(ExitCodes.OK, r.code(), r.toString());
        List<String> lines = r.out().lines().toList();
        assertEquals(1 + 1 + 51, lines.size(), "title, header, 51 economies");
        int width = TableFit.terminalWidth(System.getenv());
        int widest = lines.stream().mapToInt(String::length).max().orElseThrow();
        List<String> header = List.of(lines.get(1).split(" +"));
        assertEquals(List.of("economy", "name", "year", "Index", "Index_rank"), header.subList(0, 5));
        if (header.size() > 5) {
            assertTrue(widest <= width, widest + " > " + width);
        }
        if (width >= 94 && width < 270) {
            assertEquals(List.of("economy", "name", "year", "Index", "Index_rank", "Conn", "Conn_rank", "Sust",
                    "Sust_rank"), header, "the index and the level below fit " + width + " columns");
            assertEquals("DEU      Germany             2018  75.2278           1  81.1567          1  69.2989          5",
                    lines.get(2));
            assertTrue(r.err().contains("divide: showing the top 2 of 4 levels (3 of 60 nodes) to fit " + width
                    + " columns; for all: --levels all, --format csv, --out FILE.xlsx"), r.err());
        }

        Cli three = Cli.run("index", "--meta", meta.toString(), "--data", data.toString(), "--levels", "3");
        List<String> head = List.of(three.out().lines().toList().get(1).split(" +"));
        assertEquals(3 + 2 * (1 + 2 + 8), head.size(), head.toString());
        assertEquals("ConEcFin_rank", head.get(12));
        assertTrue(three.err().contains("showing the top 3 of 4 levels (11 of 60 nodes); for all: --levels all"), three.err());
        Cli all = Cli.run("index", "--meta", meta.toString(), "--data", data.toString(), "--levels", "all");
        assertEquals(3 + 2 * 60, all.out().lines().toList().get(1).split(" +").length);
        assertEquals(1361, all.out().lines().mapToInt(String::length).max().orElseThrow());
        assertFalse(all.err().contains("showing"), all.err());
    }

    @Test
    void csvAndJsonCarryTheYearEveryNodeAndIntegerRanks() {
        Cli csv = Cli.run("index", "--meta", meta.toString(), "--data", data.toString(), "--format", "csv");
        assertEquals(ExitCodes.OK, csv.code(), csv.toString());
        TidyCsv table = TidyCsv.parse(csv.out());
        assertEquals(3 + 2 * 60, table.header().size());
        assertEquals(51, table.rows().size());
        for (Map<String, String> row : table.rows()) {
            assertEquals("2018", row.get("year"));
            for (String column : table.header()) {
                if (column.endsWith("_rank") && !row.get(column).isEmpty()) {
                    assertTrue(row.get(column).matches("[1-9][0-9]*"), column + " " + row);
                }
            }
        }
        Cli json = Cli.run("index", "--meta", meta.toString(), "--data", data.toString(), "--format", "json");
        JsonNode build = json.json().get("build");
        assertEquals(2018, build.get("year").asInt());
        assertEquals(meta.toString(), build.get("meta").asText());
        assertEquals(51, build.get("economies").asInt());
        int ranks = 0;
        for (JsonNode row : json.json().get("scores")) {
            assertTrue(row.get("year").isInt(), row.toString());
            for (String column : table.header()) {
                JsonNode cell = row.get(column);
                if (column.endsWith("_rank") && !cell.isNull()) {
                    assertTrue(cell.isInt(), column + " " + cell);
                    ranks++;
                }
            }
        }
        assertEquals(51 * 60 - 63, ranks, "one integer rank per present score");
    }

    @Test
    void theWorkbookHoldsEveryDataSetTheFrameworkAndTheAnalysis() throws IOException {
        Path steps = Cli.write(dir, "steps.json", STEPS);
        Path xlsx = dir.resolve("asem.xlsx");
        Cli r = Cli.run("index", "--meta", meta.toString(), "--data", data.toString(), "--steps", steps.toString(),
                "--out", xlsx.toString());
        assertEquals(ExitCodes.OK, r.code(), r.toString());
        assertEquals("", r.out());
        assertTrue(r.err().contains("divide: screening removed 6 of 51 economies (AUS forced out, BGD low"
                + " availability, BRN low availability, KHM low availability, LAO low availability, MMR low"
                + " availability); the index ranks 45"), r.err());
        Cli csv = Cli.run("index", "--meta", meta.toString(), "--data", data.toString(), "--steps", steps.toString(),
                "--format", "csv");
        TidyCsv scores = TidyCsv.parse(csv.out());

        Map<String, List<List<Object>>> book = read(xlsx);
        assertEquals(List.of("build", "scores", "Data_Raw", "Data_Denominated", "Data_Screened", "Data_Imputed",
                "Data_Treated", "Data_Normalised", "Data_Aggregated", "Meta_Ind", "Meta_Weights", "Meta_Unit",
                "Analysis_Stats", "Analysis_Correlations", "Analysis_Imputation", "Analysis_Screening",
                "Analysis_Treatment", "Analysis_Winsorised"), new ArrayList<>(book.keySet()));

        Map<String, Object> build = new HashMap<>();
        for (List<Object> row : book.get("build").subList(1, book.get("build").size())) {
            build.put((String) row.get(0), row.get(1));
        }
        assertEquals(2018.0, build.get("year"));
        assertEquals(meta.toString(), build.get("meta"));
        assertEquals(steps.toString(), build.get("steps_file"));
        assertEquals(data.toString(), build.get("data"));
        assertEquals(45.0, build.get("economies"));
        assertEquals(51.0, build.get("economies_read"));
        assertEquals(Version.number(), build.get("divide_version"));
        assertEquals("{\"step\":\"screen\",\"rule\":\"by-missing\",\"availabilityThreshold\":0.9,\"forceExclude\":"
                + "[\"AUS\"]}", build.get("step 2"));

        List<List<Object>> sheet = book.get("scores");
        assertEquals(scores.header(), sheet.get(0));
        assertEquals(scores.rows().size() + 1, sheet.size());
        for (int i = 0; i < scores.rows().size(); i++) {
            List<Object> cells = sheet.get(i + 1);
            int c = 0;
            for (String field : scores.rows().get(i).values()) {
                Object cell = c < cells.size() ? cells.get(c) : null;
                String where = "scores row " + (i + 1) + " column " + scores.header().get(c);
                if (field.isEmpty()) {
                    assertEquals(null, cell, where);
                } else if (cell instanceof Double d) {
                    assertEquals(Double.parseDouble(field), d, 0, where);
                } else {
                    assertEquals(field, cell, where);
                }
                c++;
            }
        }

        Map<String, Map<String, Object>> raw = byEconomy(book.get("Data_Raw"));
        assertEquals(51, raw.size());
        assertEquals(4.097985, raw.get("AUT").get("LPI"));
        assertEquals("Austria", raw.get("AUT").get("name"));
        assertEquals(2018.0, raw.get("AUT").get("year"));
        Map<String, Map<String, Object>> denominated = byEconomy(book.get("Data_Denominated"));
        assertEquals(8735.453, raw.get("AUT").get("Population"), "the denominators as read");
        assertEquals(3 + 49 + 4, book.get("Data_Raw").get(0).size(), "49 indicators, then Area, Energy, GDP, Population");
        double scaleAut = (Double) denominated.get("AUT").get("Flights") / 29.01725 * 8735.453;
        double scaleBel = (Double) denominated.get("BEL").get("Flights") / 31.88546 * 11429.336;
        assertEquals(scaleAut, scaleBel, 1e-9 * scaleAut, "Flights divided by Population (iData)");
        assertEquals(29.01725, raw.get("AUT").get("Flights"));
        Map<String, Map<String, Object>> screened = byEconomy(book.get("Data_Screened"));
        assertEquals(45, screened.size());
        assertFalse(screened.containsKey("AUS"));
        Map<String, Map<String, Object>> aggregated = byEconomy(book.get("Data_Aggregated"));
        assertEquals(3 + 60, book.get("Data_Aggregated").get(0).size(), "economy, name, year, 60 nodes");
        for (Map<String, String> row : scores.rows()) {
            assertEquals(Double.parseDouble(row.get("Index")), aggregated.get(row.get("economy")).get("Index"));
        }

        Map<String, Map<String, Object>> framework = byEconomy(book.get("Meta_Ind"));
        assertEquals(60, framework.size());
        assertEquals(List.of("code", "name", "parent", "level", "weight", "direction", "type"),
                book.get("Meta_Ind").get(0));
        assertEquals(4.0, framework.get("Index").get("level"));
        assertEquals(null, framework.get("Index").get("parent"));
        assertEquals("Physical", framework.get("LPI").get("parent"));
        assertEquals("Indicator", framework.get("LPI").get("type"));
        Map<String, Map<String, Object>> weights = byEconomy(book.get("Meta_Weights"));
        assertEquals(1.0, weights.get("Index").get("effective_weight"));
        assertEquals(60, weights.size());

        Map<String, Map<String, Object>> units = byEconomy(book.get("Meta_Unit"));
        assertEquals(false, units.get("AUS").get("in_index"));
        assertEquals("Europe", units.get("AUT").get("EurAsia_group"));
        Map<String, Map<String, Object>> screening = byEconomy(book.get("Analysis_Screening"));
        assertEquals("forced_out", screening.get("AUS").get("verdict"));
        assertEquals(6, screening.values().stream().filter(e -> Boolean.FALSE.equals(e.get("kept"))).count());
        assertEquals(60 - 1 + 1, book.get("Analysis_Correlations").size(), "every node but the root, and a header");
        assertEquals(49 + 1, book.get("Analysis_Treatment").size());
        assertEquals(49 + 1, book.get("Analysis_Stats").size());
        assertTrue(book.get("Analysis_Imputation").size() > 1);
    }

    /** Every sheet: rows of cells (text, number as Double, boolean, or null when empty). */
    private static Map<String, List<List<Object>>> read(Path xlsx) throws IOException {
        Map<String, List<List<Object>>> book = new java.util.LinkedHashMap<>();
        try (Workbook workbook = WorkbookFactory.create(xlsx.toFile(), null, true)) {
            for (Sheet sheet : workbook) {
                List<List<Object>> rows = new ArrayList<>();
                for (Row row : sheet) {
                    List<Object> cells = new ArrayList<>();
                    for (int c = 0; c < row.getLastCellNum(); c++) {
                        cells.add(value(row.getCell(c)));
                    }
                    rows.add(cells);
                }
                book.put(sheet.getSheetName(), rows);
            }
        }
        return book;
    }

    private static Object value(Cell cell) {
        if (cell == null || cell.getCellType() == CellType.BLANK) {
            return null;
        }
        return switch (cell.getCellType()) {
            case NUMERIC -> cell.getNumericCellValue();
            case BOOLEAN -> cell.getBooleanCellValue();
            default -> cell.getStringCellValue();
        };
    }

    /** A sheet keyed by its first column, each row a map from the header to the cell. */
    private static Map<String, Map<String, Object>> byEconomy(List<List<Object>> sheet) {
        Map<String, Map<String, Object>> rows = new HashMap<>();
        List<Object> header = sheet.get(0);
        for (List<Object> row : sheet.subList(1, sheet.size())) {
            Map<String, Object> cells = new HashMap<>();
            for (int c = 0; c < header.size(); c++) {
                cells.put((String) header.get(c), c < row.size() ? row.get(c) : null);
            }
            rows.put((String) row.get(0), cells);
        }
        return rows;
    }
}
