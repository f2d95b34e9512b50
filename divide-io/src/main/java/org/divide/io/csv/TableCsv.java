package org.divide.io.csv;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.divide.io.internal.FormulaGuard;
import org.divide.io.internal.NumberText;

/**
 * Writes a result table (scores, ranks, decompositions): a header and rows of cells.
 *
 * <pre>{@code
 * TableCsv.write(List.of("economy", "score", "rank"),
 *         List.of(List.of("KEN", 0.41, 97), List.of("NOR", 0.78, 3)), writer, CsvOptions.defaults());
 * }</pre>
 *
 * <p>A {@link Double} or {@link Float} cell is written as the long and wide CSV writers write
 * values ({@link NumberText}: the shortest text that reads back as the same {@code double},
 * {@code NaN} as an empty field), another {@link Number} by its {@code toString()}, {@code null}
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
        CSVPrinter out = CSVFormat.DEFAULT.builder()
                .setDelimiter(csv.delimiter())
                .setQuote(csv.quote())
                .setRecordSeparator("\n")
                .get()
                .print(writer);
        List<String> names = new ArrayList<>(header.size());
        for (String name : header) {
            names.add(FormulaGuard.neutralise(name));
        }
        out.printRecord(names);
        NumberText numbers = new NumberText();
        for (int r = 0; r < rows.size(); r++) {
            List<?> row = rows.get(r);
            if (row.size() != header.size()) {
                throw new IllegalArgumentException("rows[" + r + "] has " + row.size() + " cells but the header has "
                        + header.size());
            }
            List<String> cells = new ArrayList<>(row.size());
            for (Object cell : row) {
                cells.add(cell(cell, numbers));
            }
            out.printRecord(cells);
        }
        out.flush();
    }

    private static String cell(Object cell, NumberText numbers) {
        if (cell == null) {
            return "";
        }
        if (cell instanceof Double || cell instanceof Float) {
            return numbers.format(((Number) cell).doubleValue());
        }
        if (cell instanceof Number) {
            return cell.toString();
        }
        return FormulaGuard.neutralise(cell.toString());
    }
}
