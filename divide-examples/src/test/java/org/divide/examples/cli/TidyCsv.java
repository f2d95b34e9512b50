package org.divide.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.divide.io.csv.CsvOptions;
import org.divide.io.csv.CsvRow;
import org.divide.io.csv.CsvTable;

/**
 * CSV output read back with a real CSV parser (divide-io's {@link CsvTable}, Apache Commons CSV):
 * one header, every record as wide as it, no blank line (a test helper).
 *
 * @param header the header
 * @param rows   the records, each a map from column to field
 */
record TidyCsv(List<String> header, List<Map<String, String>> rows) {

    static TidyCsv parse(String text) {
        assertFalse(text.lines().anyMatch(String::isBlank), "a blank line in\n" + text);
        try (CsvTable t = CsvTable.open(new StringReader(text), "output", CsvOptions.defaults())) {
            List<Map<String, String>> rows = new ArrayList<>();
            for (CsvRow row; (row = t.next()) != null;) {
                assertNull(t.widthProblem(row), "line " + row.line());
                Map<String, String> cells = new LinkedHashMap<>();
                for (int c = 0; c < t.header().size(); c++) {
                    cells.put(t.header().get(c), row.get(c));
                }
                rows.add(cells);
            }
            return new TidyCsv(t.header(), rows);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The rows of one table, by the {@code table} column. */
    List<Map<String, String>> table(String name) {
        return rows.stream().filter(r -> name.equals(r.get("table"))).toList();
    }

    /** Asserts the {@code table} column first and the tables (with rows) and their row counts, in order. */
    void assertTables(List<String> names, List<Integer> counts) {
        assertEquals("table", header.get(0), header.toString());
        assertEquals(names, rows.stream().map(r -> r.get("table")).distinct().toList());
        for (int i = 0; i < names.size(); i++) {
            assertEquals(counts.get(i), table(names.get(i)).size(), names.get(i));
        }
        assertEquals(header.size(), new java.util.HashSet<>(header).size(), "duplicate columns " + header);
    }
}
