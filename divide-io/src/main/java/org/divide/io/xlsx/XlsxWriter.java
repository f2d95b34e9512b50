package org.divide.io.xlsx;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.divide.core.Panel;
import org.divide.io.csv.MissingCells;

/**
 * Writes an xlsx workbook of one or more sheets: panels in long or wide layout, and result tables
 * (scores, ranks, decompositions). Sheets are streamed (Apache POI SXSSF), so a large panel does
 * not have to fit in memory as a spreadsheet model.
 *
 * <pre>{@code
 * XlsxWriter.create()
 *         .addLong("values", panel)
 *         .addTable("scores", List.of("economy", "score", "rank"), rows)
 *         .write(Path.of("results.xlsx"));
 * }</pre>
 *
 * <p>Cells: values and years are numeric cells, a missing value ({@code NaN}) an empty cell;
 * codes, names and other text are text cells passed through
 * {@link org.divide.io.internal.FormulaGuard#neutralise(String)}, so that no cell starts with {@code =},
 * {@code +}, {@code -} or {@code @} unless it is a number. Sheets read back with
 * {@link XlsxReader} and the matching {@link org.divide.io.csv.LongLayout} or
 * {@link org.divide.io.csv.WideLayout}, as the CSV writers' files do.
 *
 * <p>A writer collects sheets and writes them when asked; it is not thread-safe.
 */
public final class XlsxWriter {

    private final List<SheetWriter.Content> sheets = new ArrayList<>();
    private final Set<String> names = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);

    private XlsxWriter() {
    }

    /**
     * An empty workbook.
     *
     * @return the writer
     */
    public static XlsxWriter create() {
        return new XlsxWriter();
    }

    /**
     * Adds a sheet {@code economy, indicator, year, value} with one row per present value (the
     * layout of {@link org.divide.io.csv.LongCsv}).
     *
     * @param sheet the sheet name
     * @param panel the panel
     * @return this writer
     * @throws IllegalArgumentException if the name is not a valid sheet name or is taken
     */
    public XlsxWriter addLong(String sheet, Panel panel) {
        return addLong(sheet, panel, MissingCells.OMIT);
    }

    /**
     * Adds a sheet {@code economy, indicator, year, value}.
     *
     * @param sheet   the sheet name
     * @param panel   the panel
     * @param missing whether missing cells get a row with an empty value
     * @return this writer
     * @throws IllegalArgumentException if the name is not a valid sheet name or is taken
     */
    public XlsxWriter addLong(String sheet, Panel panel, MissingCells missing) {
        Objects.requireNonNull(panel, "panel");
        Objects.requireNonNull(missing, "missing");
        return add(sheet, out -> out.writeLong(panel, missing));
    }

    /**
     * Adds a sheet {@code economy, year, <indicator codes...>}, one row per economy and year;
     * reads back with {@code WideLayout.indicatorsAcross("year")}.
     *
     * @param sheet the sheet name
     * @param panel the panel
     * @return this writer
     * @throws IllegalArgumentException if the name is not a valid sheet name or is taken
     */
    public XlsxWriter addIndicatorsAcross(String sheet, Panel panel) {
        Objects.requireNonNull(panel, "panel");
        return add(sheet, out -> out.writeIndicatorsAcross(panel));
    }

    /**
     * Adds a sheet {@code economy, indicator, <years...>}, one row per economy and indicator, as the
     * World Bank lays data out; reads back with {@code WideLayout.yearsAcross("indicator")}.
     *
     * @param sheet the sheet name
     * @param panel the panel
     * @return this writer
     * @throws IllegalArgumentException if the name is not a valid sheet name or is taken
     */
    public XlsxWriter addYearsAcross(String sheet, Panel panel) {
        Objects.requireNonNull(panel, "panel");
        return add(sheet, out -> out.writeYearsAcross(panel));
    }

    /**
     * Adds a result table: a header row, then the rows. A {@link Double} or {@link Float} cell is
     * a number ({@code NaN} an empty cell), an integer type or {@link BigDecimal} a number (an
     * integer beyond 2<sup>53</sup> in magnitude is written as text to stay exact), a
     * {@link Boolean} a boolean, {@code null} an empty cell, anything else its {@code toString()}
     * as neutralised text.
     *
     * @param sheet  the sheet name
     * @param header the column names
     * @param rows   the rows, each with as many cells as the header; copied
     * @return this writer
     * @throws IllegalArgumentException if the name is invalid or taken, or a row's length differs
     *                                  from the header's (naming the row)
     */
    public XlsxWriter addTable(String sheet, List<String> header, List<? extends List<?>> rows) {
        List<String> head = List.copyOf(header);
        List<List<Object>> copy = new ArrayList<>(rows.size());
        for (int r = 0; r < rows.size(); r++) {
            List<?> row = rows.get(r);
            if (row.size() != head.size()) {
                throw new IllegalArgumentException("rows[" + r + "] has " + row.size() + " cells but the header has "
                        + head.size());
            }
            copy.add(Collections.unmodifiableList(new ArrayList<>(row)));
        }
        return add(sheet, out -> out.writeTable(head, copy));
    }

    private XlsxWriter add(String sheet, SheetWriter.Body body) {
        WorkbookUtil.validateSheetName(sheet);
        if (!names.add(sheet)) {
            throw new IllegalArgumentException("sheet '" + sheet + "' is already in the workbook (names are compared"
                    + " without regard to case)");
        }
        sheets.add(new SheetWriter.Content(sheet, body));
        return this;
    }

    /**
     * Writes the workbook to a file.
     *
     * @param path the file, created or replaced
     * @throws IOException if writing fails
     */
    public void write(Path path) throws IOException {
        try (OutputStream out = Files.newOutputStream(path)) {
            write(out);
        }
    }

    /**
     * Writes the workbook to a stream (flushed, not closed).
     *
     * @param out the stream
     * @throws IOException if writing fails
     */
    public void write(OutputStream out) throws IOException {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(SheetWriter.WINDOW)) {
            for (SheetWriter.Content content : sheets) {
                content.body().write(new SheetWriter(workbook.createSheet(content.name())));
            }
            workbook.write(out);
            out.flush();
        }
    }

    /**
     * Whether an integer is exact as a {@code double} (magnitude at most 2<sup>53</sup>).
     *
     * @param value the value
     * @return {@code true} when it converts exactly
     */
    static boolean exact(Number value) {
        BigInteger big = value instanceof BigInteger b ? b : BigInteger.valueOf(value.longValue());
        return big.abs().bitLength() <= 53;
    }

    @Override
    public String toString() {
        return "XlsxWriter[sheets=" + sheets.stream().map(SheetWriter.Content::name).toList() + "]";
    }
}
