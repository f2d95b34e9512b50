package org.divide.io;

import java.io.Serializable;
import java.util.Objects;

/**
 * Where in an input something was found: the source name plus a line number (text formats), a
 * field (a column name, a JSON pointer, an XML path), or both.
 *
 * <p>{@link #toString()} renders it the way every message of this module starts:
 * {@code "wdi_SP.POP.TOTL.csv line 17, column 'Value'"}, {@code "page2.json at /1/3/value"}.
 *
 * @param source the name of the input (usually the file name), non-null
 * @param line   the 1-based line number, or 0 when the format has no lines or it is unknown
 * @param field  the column, JSON pointer or other position inside the line or document, or
 *               {@code null}
 */
public record Location(String source, long line, String field) implements Serializable {

    /**
     * Validates the fields.
     *
     * @throws IllegalArgumentException if {@code line} is negative
     * @throws NullPointerException     if {@code source} is null
     */
    public Location {
        Objects.requireNonNull(source, "source");
        if (line < 0) {
            throw new IllegalArgumentException("line must be >= 0: " + line);
        }
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
        return new Location(source, 0, "at " + (pointer.isEmpty() ? "/" : pointer));
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

    @Override
    public String toString() {
        StringBuilder s = new StringBuilder(source);
        if (line > 0) {
            s.append(" line ").append(line);
        }
        if (field != null) {
            s.append(line > 0 ? ", " : " ").append(field);
        }
        return s.toString();
    }
}
