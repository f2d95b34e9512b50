package org.divide.io.xlsx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.divide.core.Indicator;
import org.divide.core.Panel;
import org.divide.io.BadRecordPolicy;
import org.divide.io.EconomyResolver;
import org.divide.io.Location;
import org.divide.io.MalformedDataException;
import org.divide.io.ReadOptions;
import org.divide.io.ReadResult;
import org.divide.io.csv.LongLayout;
import org.divide.io.csv.WideLayout;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Sheets made the way spreadsheet programs make them: preambles, gaps, formulas, dates, errors. */
class XlsxReaderTest {

    private static final ReadOptions NONE = ReadOptions.defaults().withResolver(EconomyResolver.none());

    @Test
    void preambleGapsFormulasAndErrorCellsFollowTheCsvRules() throws IOException {
        byte[] book = workbook(sheet -> {
            row(sheet, 0, "World Bank data, downloaded 2026");
            row(sheet, 2, "Country Code", "Year", "Value", "Note");
            row(sheet, 3, "KEN", 2020.0, 52217334.0);
            row(sheet, 6, "NOR", 2020.0, null, "gap above: rows 5 and 6 are empty");
            Row formula = row(sheet, 7, "COD", 2020.0);
            formula.createCell(2).setCellFormula("2*3");
            Row error = row(sheet, 8, "TZA", 2020.0);
            error.createCell(2).setCellErrorValue(FormulaError.NA.getCode());
            sheet.getWorkbook().getCreationHelper().createFormulaEvaluator().evaluateAll();
        });
        LongLayout layout = LongLayout.defaults().withEconomy("Country Code").withYear("Year").withValue("Value")
                .withFixedIndicator(Indicator.of("SP.POP.TOTL"));
        XlsxOptions options = XlsxOptions.defaults().withPreamble(1);
        ReadResult r = XlsxReader.withDefaults().withLayout(layout).withXlsx(options)
                .read(new ByteArrayInputStream(book), "wb.xlsx");
        Panel p = r.panel();
        assertEquals(52217334, p.value("KEN", "SP.POP.TOTL", 2020));
        assertTrue(Double.isNaN(p.value("NOR", "SP.POP.TOTL", 2020)));
        assertEquals(6, p.value("COD", "SP.POP.TOTL", 2020), "the formula's cached value");
        assertTrue(Double.isNaN(p.value("TZA", "SP.POP.TOTL", 2020)), "#N/A is missing");
        assertTrue(r.isClean());
    }

    @Test
    void formulaWithoutCachedValueIsNotReadAsZero() throws IOException {
        byte[] book = workbook(sheet -> {
            row(sheet, 0, "economy", "indicator", "year", "value");
            row(sheet, 1, "KEN", "X", 2020.0).createCell(3).setCellFormula("2*3");
        });
        MalformedDataException e = assertThrows(MalformedDataException.class, () -> XlsxReader.withDefaults()
                .withOptions(NONE).read(new ByteArrayInputStream(book), "wb.xlsx"));
        assertEquals("wb.xlsx [sheet 'S'] line 2, column 'value', cell D2: '=2*3' is not a number", e.getMessage());
    }

    @Test
    void badCellIsNamedBySheetRowAndColumn() throws IOException {
        byte[] book = workbook(sheet -> {
            row(sheet, 0, "economy", "indicator", "year", "value");
            row(sheet, 1, "KEN", "X", 2020.0, 1.5);
            row(sheet, 4, "NOR", "X", 2020.0, "n/d");
        });
        MalformedDataException e = assertThrows(MalformedDataException.class, () -> XlsxReader.withDefaults()
                .withOptions(NONE).read(new ByteArrayInputStream(book), "wb.xlsx"));
        assertEquals("wb.xlsx [sheet 'S'] line 5, column 'value', cell D5: 'n/d' is not a number", e.getMessage());
        assertEquals(new Location("wb.xlsx", 5, "column 'value'", 0, null, "S", "D5"), e.location());
        assertEquals("n/d", e.value());
        assertEquals("is not a number", e.rule());
        ReadResult lenient = XlsxReader.withDefaults().withOptions(NONE.withBadRecords(BadRecordPolicy.SKIP))
                .read(new ByteArrayInputStream(book), "wb.xlsx");
        assertEquals(1, lenient.skipped().size());
        assertEquals(1.5, lenient.panel().value("KEN", "X", 2020));
    }

    @Test
    void datesAndTextWithCommasQuotesAndLineBreaksSurvive() throws IOException {
        byte[] book = workbook(sheet -> {
            row(sheet, 0, "economy", "when", "Korea, \"South\"");
            Row r = row(sheet, 1, "KOR");
            CellStyle date = sheet.getWorkbook().createCellStyle();
            date.setDataFormat(sheet.getWorkbook().getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd"));
            r.createCell(1).setCellValue(LocalDate.of(2024, 3, 1));
            r.getCell(1).setCellStyle(date);
            r.createCell(2).setCellValue(7.25);
        });
        WideLayout layout = WideLayout.indicatorsAcross(2024).withValueColumns(List.of("Korea, \"South\""));
        ReadResult r = XlsxReader.withDefaults().withLayout(layout).withOptions(NONE)
                .read(new ByteArrayInputStream(book), "wb.xlsx");
        assertEquals(7.25, r.panel().value("KOR", "Korea, \"South\"", 2024));
        MalformedDataException e = assertThrows(MalformedDataException.class, () -> XlsxReader.withDefaults()
                .withLayout(WideLayout.indicatorsAcross("when")).withOptions(NONE)
                .read(new ByteArrayInputStream(book), "wb.xlsx"));
        assertEquals("wb.xlsx [sheet 'S'] line 2, column 'when', cell B2: '2024-03-01' is not a calendar year", e.getMessage());
    }

    @Test
    void missingSheetEmptyForeignAndTruncatedFilesAreNamed(@TempDir Path dir) throws IOException {
        byte[] book = workbook(sheet -> row(sheet, 0, "economy", "indicator", "year", "value"));
        MalformedDataException e = assertThrows(MalformedDataException.class, () -> XlsxReader.withDefaults()
                .withXlsx(XlsxOptions.defaults() .withSheet("Data")).withOptions(NONE)
                .read(new ByteArrayInputStream(book), "wb.xlsx"));
        assertEquals("wb.xlsx: no sheet 'Data'; the workbook has [S]", e.getMessage());

        assertThrows(java.nio.file.NoSuchFileException.class, () -> XlsxReader.withDefaults()
                .read(dir.resolve("none.xlsx")));

        Path empty = Files.write(dir.resolve("empty.xlsx"), new byte[0]);
        e = assertThrows(MalformedDataException.class, () -> XlsxReader.withDefaults().read(empty));
        assertEquals("empty.xlsx: empty input: no workbook", e.getMessage());

        Path csv = Files.writeString(dir.resolve("data.xlsx"), "economy,indicator,year,value\nKEN,X,2020,1\n",
                StandardCharsets.UTF_8);
        e = assertThrows(MalformedDataException.class, () -> XlsxReader.withDefaults().read(csv));
        assertTrue(e.getMessage().startsWith("data.xlsx: not a readable xlsx or xls workbook ("), e.getMessage());

        Path truncated = Files.write(dir.resolve("cut.xlsx"), Arrays.copyOf(book, book.length / 2));
        e = assertThrows(MalformedDataException.class, () -> XlsxReader.withDefaults().read(truncated));
        assertTrue(e.getMessage().startsWith("cut.xlsx: not a readable xlsx or xls workbook ("), e.getMessage());

        byte[] headerOnly = workbook(sheet -> row(sheet, 0, "economy", "year"));
        e = assertThrows(MalformedDataException.class, () -> XlsxReader.withDefaults().withOptions(NONE)
                .read(new ByteArrayInputStream(headerOnly), "wb.xlsx"));
        assertEquals("wb.xlsx [sheet 'S'] line 1: missing column 'indicator'; the header has 2 columns: [economy,"
                + " year]", e.getMessage());
    }

    @Test
    void aCellOfAnUnknownTypeIsMalformedNotALibraryError() throws IOException {
        // found by XlsxFuzzTest: the type attribute of a cell that is none of the schema's (b, d, e, inlineStr, n, s, str)
        byte[] book = workbook(sheet -> {
            row(sheet, 0, "economy", "indicator", "year", "value");
            row(sheet, 1, "KEN", "pop", 2020.0, 52217334.0);
        });
        byte[] bad = withSheetXml(book, xml -> xml.replaceFirst(" t=\"s\"", " t=\"9nlineStr\""));
        MalformedDataException e = assertThrows(MalformedDataException.class,
                () -> XlsxReader.withDefaults().withOptions(NONE).read(new ByteArrayInputStream(bad), "wb.xlsx"));
        assertEquals("wb.xlsx [sheet 'S'] line 1, column 'A': the cell cannot be read (malformed sheet XML)",
                e.getMessage());
    }

    /** The workbook with the XML of its first sheet rewritten. */
    private static byte[] withSheetXml(byte[] book, UnaryOperator<String> edit) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        boolean edited = false;
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(book));
                ZipOutputStream zip = new ZipOutputStream(out)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                byte[] bytes = in.readAllBytes();
                if (entry.getName().equals("xl/worksheets/sheet1.xml")) {
                    String xml = new String(bytes, StandardCharsets.UTF_8);
                    String changed = edit.apply(xml);
                    edited = !changed.equals(xml);
                    bytes = changed.getBytes(StandardCharsets.UTF_8);
                }
                zip.putNextEntry(new ZipEntry(entry.getName()));
                zip.write(bytes);
                zip.closeEntry();
            }
        }
        assertTrue(edited, "the sheet XML was not changed");
        return out.toByteArray();
    }

    /** Fills one sheet named S. */
    private interface Filler {
        void fill(Sheet sheet);
    }

    private static byte[] workbook(Filler filler) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            filler.fill(wb.createSheet("S"));
            wb.write(out);
            return out.toByteArray();
        }
    }

    private static Row row(Sheet sheet, int index, Object... cells) {
        Row row = sheet.createRow(index);
        for (int c = 0; c < cells.length; c++) {
            if (cells[c] instanceof String s) {
                row.createCell(c).setCellValue(s);
            } else if (cells[c] instanceof Double d) {
                row.createCell(c).setCellValue(d);
            }
        }
        return row;
    }
}
