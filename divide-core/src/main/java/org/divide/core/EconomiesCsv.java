package org.divide.core;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A small reader for the comma-separated files bundled with the {@link Economies} registry.
 *
 * <p>The dialect is RFC 4180 restricted to one record per line: fields are separated by commas, a
 * field in double quotes may hold commas, and a doubled quote inside quotes stands for one quote.
 * Lines starting with {@code #} are comments and blank lines are skipped; the first other line is the
 * header. A record whose quote is not closed on its line is rejected, as is a record with fewer
 * fields than the header (more are allowed for files with a variable tail, such as the aliases).
 * divide-core has no CSV library; readers of user files live in divide-io.
 */
final class EconomiesCsv {

    private EconomiesCsv() {
    }

    /**
     * A parsed file: its name, its header and its records.
     *
     * @param source  the resource name, used in messages
     * @param header  the column names
     * @param records the records in file order
     */
    record Table(String source, List<String> header, List<Record> records) {

        /**
         * Copies the lists.
         */
        Table {
            header = List.copyOf(header);
            records = List.copyOf(records);
        }

        /**
         * Checks that the header starts with the given columns.
         *
         * @param columns the expected first columns
         * @return this table
         * @throws IllegalStateException if the header differs
         */
        Table expect(String... columns) {
            if (header.size() < columns.length || !header.subList(0, columns.length).equals(List.of(columns))) {
                throw new IllegalStateException(source + ": header must start with " + List.of(columns) + ", found " + header);
            }
            return this;
        }
    }

    /**
     * One record of a table.
     *
     * @param source the resource name, used in messages
     * @param line   the 1-based line number in the file
     * @param fields the fields, unquoted
     */
    record Record(String source, int line, List<String> fields) {

        /**
         * Copies the fields.
         */
        Record {
            fields = List.copyOf(fields);
        }

        /**
         * A field, or {@code null} where it is empty.
         *
         * @param index the 0-based column
         * @return the field, {@code null} if empty
         */
        String get(int index) {
            String value = fields.get(index);
            return value.isEmpty() ? null : value;
        }

        /**
         * A field that must not be empty.
         *
         * @param index the 0-based column
         * @param what  the column's meaning, used in the message
         * @return the field
         * @throws IllegalStateException if the field is empty
         */
        String required(int index, String what) {
            String value = get(index);
            if (value == null) {
                throw error(what + " is empty");
            }
            return value;
        }

        /**
         * An error about this record, naming the file and the line.
         *
         * @param message what is wrong
         * @return the exception, to be thrown by the caller
         */
        IllegalStateException error(String message) {
            return new IllegalStateException(source + " line " + line + ": " + message);
        }
    }

    /**
     * Reads a resource next to this class.
     *
     * @param resource the resource name relative to this package, e.g. {@code economies/aliases.csv}
     * @return the table
     * @throws IllegalStateException if the resource is missing or malformed
     * @throws UncheckedIOException  if reading fails
     */
    static Table readResource(String resource) {
        InputStream in = EconomiesCsv.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("bundled resource org/divide/core/" + resource + " is missing");
        }
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return read(resource, reader.lines().toList());
        } catch (IOException e) {
            throw new UncheckedIOException("reading bundled resource org/divide/core/" + resource, e);
        }
    }

    /**
     * Parses the lines of a file.
     *
     * @param source the file's name, used in messages
     * @param lines  the lines, without line terminators
     * @return the table
     * @throws IllegalStateException if there is no header, a quote is not closed or a record is short
     */
    static Table read(String source, List<String> lines) {
        List<String> header = null;
        List<Record> records = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            List<String> fields = parseLine(source, i + 1, line);
            if (header == null) {
                header = fields;
            } else if (fields.size() < header.size()) {
                throw new IllegalStateException(source + " line " + (i + 1) + ": " + fields.size()
                        + " fields, the header has " + header.size() + ": '" + line + "'");
            } else {
                records.add(new Record(source, i + 1, fields));
            }
        }
        if (header == null) {
            throw new IllegalStateException(source + ": no header line");
        }
        return new Table(source, header, records);
    }

    /**
     * Splits one line into fields.
     *
     * @param source the file's name, used in messages
     * @param lineNo the 1-based line number, used in messages
     * @param line   the line
     * @return the unquoted fields
     * @throws IllegalStateException if a quote is not closed or text follows a closing quote
     */
    static List<String> parseLine(String source, int lineNo, String line) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        int i = 0;
        int n = line.length();
        while (true) {
            field.setLength(0);
            if (i < n && line.charAt(i) == '"') {
                i++;
                while (true) {
                    if (i >= n) {
                        throw new IllegalStateException(source + " line " + lineNo + ": unclosed quote: '" + line + "'");
                    }
                    char c = line.charAt(i++);
                    if (c != '"') {
                        field.append(c);
                    } else if (i < n && line.charAt(i) == '"') {
                        field.append('"');
                        i++;
                    } else {
                        break;
                    }
                }
                if (i < n && line.charAt(i) != ',') {
                    throw new IllegalStateException(source + " line " + lineNo + ": text after closing quote at column "
                            + (i + 1) + ": '" + line + "'");
                }
            } else {
                while (i < n && line.charAt(i) != ',') {
                    field.append(line.charAt(i++));
                }
            }
            fields.add(field.toString());
            if (i >= n) {
                return fields;
            }
            i++; // the comma
        }
    }
}
