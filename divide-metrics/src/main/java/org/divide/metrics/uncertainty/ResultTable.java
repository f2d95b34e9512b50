package org.divide.metrics.uncertainty;

import java.util.ArrayList;
import java.util.List;

/**
 * A table of results for export: named columns and rows of cells, each a {@link String} or a
 * {@link Double} ({@code NaN} when undefined).
 *
 * @param columns the column names (copied)
 * @param rows    the rows, each as long as {@code columns} (copied)
 */
public record ResultTable(List<String> columns, List<List<Object>> rows) {

    /**
     * Checks and copies.
     *
     * @throws IllegalArgumentException if a list is {@code null}, a row has another length than
     *                                  the columns, or a cell is neither a string nor a double
     */
    public ResultTable {
        if (columns == null || rows == null) {
            throw new IllegalArgumentException("columns and rows must not be null");
        }
        columns = List.copyOf(columns);
        List<List<Object>> copy = new ArrayList<>(rows.size());
        for (int r = 0; r < rows.size(); r++) {
            List<Object> row = rows.get(r);
            if (row == null || row.size() != columns.size()) {
                throw new IllegalArgumentException("rows[" + r + "] must hold " + columns.size() + " cells");
            }
            for (int c = 0; c < row.size(); c++) {
                if (!(row.get(c) instanceof String) && !(row.get(c) instanceof Double)) {
                    throw new IllegalArgumentException("rows[" + r + "][" + c + "] is neither a String nor a Double: "
                            + row.get(c));
                }
            }
            copy.add(List.copyOf(row));
        }
        rows = List.copyOf(copy);
    }

    /**
     * Writes the table as CSV (RFC 4180): a header line, then one line per row; strings quoted
     * when they hold a comma, quote or line break; numbers by {@link Double#toString(double)},
     * {@code NaN} as an empty cell; lines end with {@code \n}.
     *
     * @return the CSV text
     */
    public String toCsv() {
        StringBuilder b = new StringBuilder();
        line(b, new ArrayList<>(columns));
        for (List<Object> row : rows) {
            line(b, row);
        }
        return b.toString();
    }

    private static void line(StringBuilder b, List<Object> cells) {
        for (int c = 0; c < cells.size(); c++) {
            if (c > 0) {
                b.append(',');
            }
            Object cell = cells.get(c);
            if (cell instanceof Double) {
                double v = (Double) cell;
                b.append(Double.isNaN(v) ? "" : Double.toString(v));
            } else {
                String s = (String) cell;
                boolean quote = s.indexOf(',') >= 0 || s.indexOf('"') >= 0 || s.indexOf('\n') >= 0
                        || s.indexOf('\r') >= 0;
                b.append(quote ? '"' + s.replace("\"", "\"\"") + '"' : s);
            }
        }
        b.append('\n');
    }
}
