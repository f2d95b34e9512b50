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
