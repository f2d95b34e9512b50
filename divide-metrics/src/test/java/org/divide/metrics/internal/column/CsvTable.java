package org.divide.metrics.internal.column;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A small reader for the COINr fixtures (comma-separated, quoted strings without embedded commas,
 * empty field = missing). Test-only.
 */
public final class CsvTable {

    /** Column names. */
    public final List<String> header;
    /** Rows of fields. */
    public final List<String[]> rows;
    private final Map<String, Integer> index = new HashMap<>();

    private CsvTable(List<String> header, List<String[]> rows) {
        this.header = header;
        this.rows = rows;
        for (int i = 0; i < header.size(); i++) {
            index.put(header.get(i), i);
        }
    }

    /** Reads a fixture of {@code /coinr/}. */
    public static CsvTable resource(String name) {
        return at("/org/divide/testdata/coinr/" + name);
    }

    /** Reads a fixture at an absolute resource path, e.g. {@code /composite/x.csv}. */
    public static CsvTable at(String name) {
        InputStream in = CsvTable.class.getResourceAsStream(name);
        if (in == null) {
            throw new IllegalStateException("missing fixture " + name);
        }
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            List<String> header = List.of(split(r.readLine()));
            List<String[]> rows = new ArrayList<>();
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (!line.isEmpty()) {
                    String[] f = split(line);
                    if (f.length != header.size()) {
                        throw new IllegalStateException(name + ": " + f.length + " fields: " + line);
                    }
                    rows.add(f);
                }
            }
            return new CsvTable(header, rows);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String[] split(String line) {
        List<String> out = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char ch = line.charAt(i);
            if (ch == '"') {
                if (quoted && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else {
                    quoted = !quoted;
                }
            } else if (ch == ',' && !quoted) {
                out.add(field.toString());
                field.setLength(0);
            } else {
                field.append(ch);
            }
        }
        out.add(field.toString());
        return out.toArray(new String[0]);
    }

    public boolean has(String column) {
        return index.containsKey(column);
    }

    public String text(int row, String column) {
        Integer c = index.get(column);
        if (c == null) {
            throw new IllegalArgumentException("no column " + column);
        }
        return rows.get(row)[c];
    }

    public double number(int row, String column) {
        String s = text(row, column);
        return s.isEmpty() || s.equals("NA") ? Double.NaN : Double.parseDouble(s);
    }

    /** The column's values in the order of the given keys (matched on {@code keyColumn}). */
    public double[] column(String column, String keyColumn, List<String> keys) {
        Map<String, Integer> at = new HashMap<>();
        for (int i = 0; i < rows.size(); i++) {
            at.put(text(i, keyColumn), i);
        }
        double[] out = new double[keys.size()];
        for (int k = 0; k < keys.size(); k++) {
            Integer i = at.get(keys.get(k));
            if (i == null) {
                throw new IllegalArgumentException("no row " + keys.get(k));
            }
            out[k] = number(i, column);
        }
        return out;
    }

    public List<String> strings(String column) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            out.add(text(i, column));
        }
        return out;
    }
}
