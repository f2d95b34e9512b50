package org.divide.io.csv;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * Writes a result table (scores, ranks, decompositions): a header and rows of cells.
 *
 * <pre>{@code
 * TableCsv.write(List.of("economy", "score", "rank"),
 *         List.of(List.of("KEN", 0.41, 97), List.of("NOR", 0.78, 3)), writer, CsvOptions.defaults());
 * }</pre>
 *
 * <p>A {@link Double} or {@link Float} cell is written as {@link org.divide.io.internal.Values#format(double)}
 * ({@code NaN} as an empty field), another {@link Number} by its {@code toString()}, {@code null}
 * as an empty field, anything else as its {@code toString()} neutralised against formula
 * injection ({@link org.divide.io.internal.FormulaGuard}).
 */
public final class TableCsv {

    private TableCsv() {
    }

    /**
     * Writes a table.
     *
     * @param header the column names
     * @param rows   the rows, each with as many cells as the header
     * @param writer where to write (flushed, not closed)
     * @param csv    the delimiter and quote character
     * @throws IllegalArgumentException if a row's length differs from the header's, naming the row
     * @throws IOException              if writing fails
     */
    public static void write(List<String> header, List<? extends List<?>> rows, Writer writer, CsvOptions csv)
            throws IOException {
        CsvPanelWriter.writeTable(header, rows, writer, csv);
    }
}
