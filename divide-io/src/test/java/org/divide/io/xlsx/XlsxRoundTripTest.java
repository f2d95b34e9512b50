package org.divide.io.xlsx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.divide.core.Economy;
import org.divide.core.Indicator;
import org.divide.core.Panel;
import org.divide.io.EconomyResolver;
import org.divide.io.Fixtures;
import org.divide.io.ReadOptions;
import org.divide.io.ReadResult;
import org.divide.io.csv.MissingCells;
import org.divide.io.csv.WideLayout;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Workbooks written by {@link XlsxWriter} read back with {@link XlsxReader}, cell for cell. */
class XlsxRoundTripTest {

    @Test
    void panelRoundTripsInEveryLayout(@TempDir Path dir) throws IOException {
        Panel panel = Fixtures.panel();
        Path file = dir.resolve("panel.xlsx");
        XlsxWriter.create()
                .addLong("long", panel, MissingCells.WRITE_EMPTY)
                .addLong("present", panel)
                .addIndicatorsAcross("indicators", panel)
                .addYearsAcross("years", panel)
                .write(file);
        ReadOptions options = Fixtures.options();
        ReadResult longBack = XlsxReader.withDefaults().withXlsx(sheet("long")).withOptions(options).read(file);
        assertEquals(panel, longBack.panel());
        assertTrue(longBack.isClean());
        assertEquals(panel.toRows(), XlsxReader.withDefaults().withXlsx(sheet("present")).withOptions(options)
                .read(file)
                .panel().toRows());
        assertEquals(panel, XlsxReader.withDefaults().withLayout(WideLayout.indicatorsAcross("year"))
                .withXlsx(sheet("indicators")).withOptions(options).read(file).panel());
        assertEquals(panel, XlsxReader.withDefaults().withLayout(WideLayout.yearsAcross("indicator"))
                .withXlsx(sheet("years")).withOptions(options).read(file).panel());
        assertEquals(panel, XlsxReader.withDefaults().withOptions(options).read(file).panel(),
                "the first sheet by default");
    }

    @Test
    void largePanelStreamsThroughTheWriterWindow() throws IOException {
        Panel.Builder b = Panel.builder();
        Indicator x = Indicator.of("X");
        b.addIndicator(x);
        for (int e = 0; e < 300; e++) {
            Economy economy = Economy.of("E" + e, "Economy " + e);
            for (int y = 2000; y < 2010; y++) {
                b.put(economy, x, y, e * 0.1 + y);
            }
        }
        Panel panel = b.build();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        XlsxWriter.create().addLong("v", panel).write(out);
        ReadResult back = XlsxReader.withDefaults().withOptions(ReadOptions.defaults()
                .withResolver( EconomyResolver.of(panel.economies())))
                .read(new ByteArrayInputStream(out.toByteArray()), "big.xlsx");
        assertEquals(panel, back.panel());
    }

    @Test
    void tableCellsKeepTheirTypesAndTextIsNeutralised() throws IOException {
        List<List<?>> rows = List.of(
                Arrays.asList("=HYPERLINK(\"http://x\",\"Kenya\")", 0.41, 97, true),
                Arrays.asList("-1", Double.NaN, 1L << 60, null),
                Arrays.asList("@SUM(A1)", -3.5, new BigDecimal("2.25"), "+cmd"));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        XlsxWriter.create().addTable("scores", List.of("economy", "score", "rank", "flag"), rows).write(out);
        try (Workbook wb = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            Sheet s = wb.getSheet("scores");
            assertEquals("economy", s.getRow(0).getCell(0).getStringCellValue());
            Row r1 = s.getRow(1);
            assertEquals("'=HYPERLINK(\"http://x\",\"Kenya\")", r1.getCell(0).getStringCellValue());
            assertEquals(CellType.STRING, r1.getCell(0).getCellType(), "never a formula cell");
            assertEquals(0.41, r1.getCell(1).getNumericCellValue());
            assertEquals(97, r1.getCell(2).getNumericCellValue());
            assertTrue(r1.getCell(3).getBooleanCellValue());
            Row r2 = s.getRow(2);
            assertEquals("-1", r2.getCell(0).getStringCellValue(), "a negative number in text is left alone");
            assertEquals(null, r2.getCell(1), "NaN is an empty cell");
            assertEquals(Long.toString(1L << 60), r2.getCell(2).getStringCellValue(), "beyond 2^53: exact text");
            assertEquals(null, r2.getCell(3));
            Row r3 = s.getRow(3);
            assertEquals("'@SUM(A1)", r3.getCell(0).getStringCellValue());
            assertEquals(2.25, r3.getCell(2).getNumericCellValue());
            assertEquals("'+cmd", r3.getCell(3).getStringCellValue());
        }
    }

    @Test
    void codesThatLookLikeFormulasAreNeutralised() throws IOException {
        Panel panel = Panel.builder().put(Economy.of("=1+1", "Evil"), Indicator.of("@X"), 2020, 1.0).build();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        XlsxWriter.create().addLong("v", panel).write(out);
        try (Workbook wb = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            Row row = wb.getSheetAt(0).getRow(1);
            assertEquals("'=1+1", row.getCell(0).getStringCellValue());
            assertEquals("'@X", row.getCell(1).getStringCellValue());
        }
    }

    @Test
    void sheetNamesAreChecked() {
        XlsxWriter w = XlsxWriter.create().addLong("Data", Fixtures.panel());
        assertThrows(IllegalArgumentException.class, () -> w.addLong("data", Fixtures.panel()));
        assertThrows(IllegalArgumentException.class, () -> w.addLong("a/b", Fixtures.panel()));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> w.addTable("t",
                List.of("a", "b"), List.of(List.of(1))));
        assertEquals("rows[0] has 1 cells but the header has 2", e.getMessage());
    }

    private static XlsxOptions sheet(String name) {
        return XlsxOptions.defaults().withSheet(name);
    }
}
