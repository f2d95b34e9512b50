package org.divide.io;

import java.io.Serializable;
import java.util.Objects;

/**
 * Where in an input something was found, the first part of every message of the error grammar
 * ({@code docs/errors.md}): the source name, and whichever of these apply — the sheet of a
 * workbook, the line and character column of a text format, a field (a named column), a JSON
 * pointer (RFC 6901), the cell of a sheet.
 *
 * <p>{@link #toString()} renders it the way every message of this module starts:
 * {@code "wdi_SP.POP.TOTL.csv line 17, column 'Value'"}, {@code "page2.json at /1/3/value"},
 * {@code "deep.json line 1, column 66, at /0/0/0"}, {@code "data.xlsx [sheet 'GDP'] line 7, column
 * 'value', cell D7"}, {@code "data.xml line 12, column 40"}.
 *
 * @param source  the name of the input (usually the file name), non-null
 * @param line    the 1-based line number (the row of a sheet), or 0 when unknown or not applicable
 * @param field   the named column or other position inside the line, or {@code null}
 * @param column  the 1-based character column on the line, or 0 when unknown or not applicable
 * @param pointer the JSON pointer, or {@code null}
 * @param sheet   the sheet of a workbook, or {@code null}
 * @param cell    the A1-style cell reference of a sheet (such as {@code D7}), or {@code null}
 */
public record Location(String source, long line, String field, long column, String pointer, String sheet,
        String cell) implements Serializable {

    /**
     * Validates the fields.
     *
     * @throws IllegalArgumentException if {@code line} or {@code column} is negative
     * @throws NullPointerException     if {@code source} is null
     */
    public Location {
        Objects.requireNonNull(source, "source");
        if (line < 0) {
            throw new IllegalArgumentException("line must be >= 0: " + line);
        }
        if (column < 0) {
            throw new IllegalArgumentException("column must be >= 0: " + column);
        }
    }

    /**
     * A location with a line and a field only (the shape of earlier versions).
     *
     * @param source the source name
     * @param line   the 1-based line number, or 0
     * @param field  the field, or {@code null}
     */
    public Location(String source, long line, String field) {
        this(source, line, field, 0, null, null, null);
    }

    /**
     * A line of a text source.
     *
     * @param source the source name
     * @param line   the 1-based line number
     * @return the location
     */
    public static Location line(String source, long line) {
        return new Location(source, line, null);
    }

    /**
     * A line and character column of a text source (a parser's position).
     *
     * @param source the source name
     * @param line   the 1-based line number
     * @param column the 1-based column, or 0 when unknown
     * @return the location
     */
    public static Location position(String source, long line, long column) {
        return new Location(source, line, null, column, null, null, null);
    }

    /**
     * A field (column) on a line of a text source.
     *
     * @param source the source name
     * @param line   the 1-based line number
     * @param column the column name
     * @return the location
     */
    public static Location cell(String source, long line, String column) {
        return new Location(source, line, "column '" + column + "'");
    }

    /**
     * A position in a JSON document, as an RFC 6901 JSON pointer such as {@code /1/3/value}.
     *
     * @param source  the source name
     * @param pointer the JSON pointer
     * @return the location
     */
    public static Location pointer(String source, String pointer) {
        return new Location(source, 0, null, 0, pointer.isEmpty() ? "/" : pointer, null, null);
    }

    /**
     * The whole source, when no finer position applies (an empty file, a missing page).
     *
     * @param source the source name
     * @return the location
     */
    public static Location of(String source) {
        return new Location(source, 0, null);
    }

    /**
     * A copy with a JSON pointer.
     *
     * @param newPointer the pointer ({@code ""} for the root), or {@code null}
     * @return the copy
     */
    public Location withPointer(String newPointer) {
        return new Location(source, line, field, column, newPointer == null || !newPointer.isEmpty() ? newPointer
                : "/", sheet, cell);
    }

    /**
     * A copy in a sheet of a workbook named {@code newSource}, with the A1 cell reference.
     *
     * @param newSource the file name
     * @param newSheet  the sheet name
     * @param newCell   the cell, or {@code null}
     * @return the copy
     */
    public Location inSheet(String newSource, String newSheet, String newCell) {
        return new Location(newSource, line, field, column, pointer, newSheet, newCell);
    }

    @Override
    public String toString() {
        StringBuilder s = new StringBuilder(source);
        if (sheet != null) {
            s.append(" [sheet '").append(sheet).append("']");
        }
        String sep = " ";
        if (line > 0) {
            s.append(" line ").append(line);
            sep = ", ";
        }
        if (column > 0) {
            s.append(sep).append("column ").append(column);
            sep = ", ";
        }
        if (field != null) {
            s.append(sep).append(field);
            sep = ", ";
        }
        if (cell != null) {
            s.append(sep).append("cell ").append(cell);
            sep = ", ";
        }
        if (pointer != null) {
            s.append(sep).append("at ").append(ErrorText.clip(pointer, ErrorText.MAX_VALUE));
        }
        return s.toString();
    }
}
