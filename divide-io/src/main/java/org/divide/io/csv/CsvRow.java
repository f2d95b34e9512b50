package org.divide.io.csv;

import org.divide.io.Location;

/**
 * One data row of a {@link CsvTable}: its fields and the line it starts on.
 */
public final class CsvRow {

    private final CsvTable table;
    private final String[] fields;
    private final long line;

    CsvRow(CsvTable table, String[] fields, long line) {
        this.table = table;
        this.fields = fields;
        this.line = line;
    }

    /**
     * The line the row starts on.
     *
     * @return the 1-based line number
     */
    public long line() {
        return line;
    }

    /**
     * The number of fields.
     *
     * @return the number of fields
     */
    public int size() {
        return fields.length;
    }

    /**
     * A field, as written (quotes removed, white space kept).
     *
     * @param index the column index
     * @return the field
     * @throws IndexOutOfBoundsException if the row has no such field
     */
    public String get(int index) {
        return fields[index];
    }

    /**
     * All fields.
     *
     * @return a new array
     */
    public String[] fields() {
        return fields.clone();
    }

    /**
     * The location of the row, for messages.
     *
     * @return the source and line
     */
    public Location at() {
        return Location.line(table.source(), line);
    }

    /**
     * The location of one field of the row, for messages.
     *
     * @param index the column index
     * @return the source, line and column name
     */
    public Location at(int index) {
        return Location.cell(table.source(), line, table.columnName(index));
    }
}
