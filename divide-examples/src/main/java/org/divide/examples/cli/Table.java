package org.divide.examples.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A named result table of the command line: a header and rows of cells ({@link Double}s,
 * {@link Integer}s, text or {@code null}). {@link Output} prints tables as JSON, CSV or aligned
 * text and writes them to CSV, JSON or xlsx files.
 *
 * @param name   the table's name (the JSON member, the xlsx sheet, the title of the text table)
 * @param header the column names
 * @param rows   the rows, each as long as the header
 */
record Table(String name, List<String> header, List<List<Object>> rows) {

    /** Checks the widths and copies the rows (cells may be {@code null}). */
    Table {
        Objects.requireNonNull(name, "name");
        header = List.copyOf(header);
        List<List<Object>> copy = new ArrayList<>(rows.size());
        for (List<Object> row : rows) {
            if (row.size() != header.size()) {
                throw new IllegalStateException("table " + name + ": a row has " + row.size() + " cells for "
                        + header.size() + " columns");
            }
            copy.add(java.util.Collections.unmodifiableList(new ArrayList<>(row)));
        }
        rows = List.copyOf(copy);
    }

    /**
     * A rank as a cell: an {@link Integer}, so that JSON writes {@code 1}, not {@code 1.0}.
     *
     * @param rank the rank, whole or {@code NaN}
     * @return the rank as an integer, or {@code null} for {@code NaN}; a rank that is not whole
     *         (an average of tied ranks) stays a {@link Double}
     */
    static Object rank(double rank) {
        if (Double.isNaN(rank)) {
            return null;
        }
        if (rank == Math.rint(rank) && Math.abs(rank) <= Integer.MAX_VALUE) {
            return Integer.valueOf((int) rank);
        }
        return Double.valueOf(rank);
    }

    /**
     * The table with some of its columns, in the order given (a projection, e.g. the top levels of
     * an index for a terminal).
     *
     * @param columns the names of the columns to keep
     * @return the new table, of the same name
     * @throws IllegalArgumentException if a column is not in the table
     */
    Table select(List<String> columns) {
        int[] at = new int[columns.size()];
        for (int c = 0; c < at.length; c++) {
            at[c] = header.indexOf(columns.get(c));
            if (at[c] < 0) {
                throw new IllegalArgumentException("table " + name + " has no column " + columns.get(c));
            }
        }
        Builder b = new Builder(name, columns);
        for (List<Object> row : rows) {
            List<Object> cells = new ArrayList<>(at.length);
            for (int c : at) {
                cells.add(row.get(c));
            }
            b.add(cells);
        }
        return b.build();
    }

    /**
     * Whether a column holds ranks by its name: {@code rank}, {@code *_rank} or {@code rank_*} (a
     * rank quantile such as {@code rank_q5}). Whole numbers in such a column are written as
     * integers ({@code 1}, not {@code 1.0}) in every format.
     *
     * @param column the column name
     * @return {@code true} for a rank column
     */
    static boolean isRankColumn(String column) {
        return column.equals("rank") || column.endsWith("_rank") || column.startsWith("rank_");
    }

    /** Collects the rows of a table. */
    static final class Builder {
        private final String name;
        private final List<String> header;
        private final List<List<Object>> rows = new ArrayList<>();

        Builder(String name, List<String> header) {
            this.name = name;
            this.header = header;
        }

        Builder add(Object... cells) {
            rows.add(java.util.Arrays.asList(cells));
            return this;
        }

        Builder add(List<Object> cells) {
            rows.add(cells);
            return this;
        }

        Table build() {
            return new Table(name, header, rows);
        }
    }
}
