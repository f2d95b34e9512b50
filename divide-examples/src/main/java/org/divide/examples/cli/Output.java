package org.divide.examples.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.divide.io.csv.CsvOptions;
import org.divide.io.csv.TableCsv;
import org.divide.io.fetch.Provenance;
import org.divide.io.fetch.Redaction;
import org.divide.io.xlsx.XlsxWriter;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Prints and writes {@link Table}s, the one place where the subcommands' output formats live.
 *
 * <ul>
 *   <li>JSON: one object whose members are the tables' names, each an array of row objects
 *       (numbers as numbers, {@code NaN} as {@code null}, whole numbers in rank columns as
 *       integers), after a member {@value #BUILD} of facts about the build when there are any;</li>
 *   <li>CSV: one tidy table with one header that R's {@code read.csv} and pandas load as is — a
 *       single table as it is; several tables as one, a first column {@code table} naming each
 *       row's table and the union of their columns, empty where a row's table lacks the column
 *       ({@link #tidy(List)}); numbers at full precision, {@code NaN} as an empty field, text
 *       neutralised against formula injection;</li>
 *   <li>table: each table under its name, columns aligned, numbers rounded for reading
 *       ({@link #lines(Table)}; {@link #width(Table)} says how wide, for fitting a terminal).</li>
 * </ul>
 */
final class Output {

    /** The JSON member and the xlsx sheet of the facts about how the tables were built. */
    static final String BUILD = "build";

    /** The fact that lists the responses fetched from providers, in {@value #BUILD}. */
    static final String SOURCES = "sources";

    /** The first column of CSV output with several tables: the name of each row's table. */
    static final String TABLE_COLUMN = "table";

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private Output() {
    }

    /** The output formats of {@code --format}. */
    enum Format {
        /** JSON for machines. */
        JSON,
        /** CSV for spreadsheets and scripts. */
        CSV,
        /** Aligned text for people. */
        TABLE,
        /** A workbook, one sheet per table: only to a file ({@code --out FILE.xlsx}). */
        XLSX
    }

    /** Converts {@code json|csv|table}, in any case, with a usage error naming the choices. */
    static final class FormatConverter implements ITypeConverter<Format> {
        @Override
        public Format convert(String value) {
            try {
                return Format.valueOf(value.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException("unknown format '" + value + "'; use json, csv, table or xlsx");
            }
        }
    }

    /**
     * Prints tables to standard output.
     *
     * @param tables the tables
     * @param format the format
     * @param out    where to print
     * @throws IOException if writing fails
     */
    static void print(List<Table> tables, Format format, PrintWriter out) throws IOException {
        print(tables, Map.of(), format, out);
    }

    /**
     * Prints tables to standard output with facts about how they were built (the year, the files
     * read, the version): in JSON a member {@value #BUILD} before the tables; CSV (one tidy table)
     * and the text table leave them out, the commands state them on standard error.
     *
     * @param tables the tables
     * @param build  the facts, name → text, number or JSON node, in order; possibly empty
     * @param format the format
     * @param out    where to print
     * @throws IOException if writing fails
     */
    static void print(List<Table> tables, Map<String, Object> build, Format format, PrintWriter out)
            throws IOException {
        switch (format) {
            case JSON -> out.println(json(tables, build));
            case CSV -> csv(tables, out);
            case XLSX -> throw new IllegalArgumentException("--format xlsx writes a workbook, not text: give --out"
                    + " FILE.xlsx");
            default -> text(tables, out);
        }
        out.flush();
    }

    /**
     * Writes tables to a file whose extension says the format: {@code .csv} (one tidy table, as
     * {@link #tidy(List)}), {@code .json} or {@code .xlsx} (one sheet per table).
     *
     * @param tables the tables
     * @param path   the file
     * @throws IOException              if writing fails
     * @throws IllegalArgumentException if the extension is none of those
     */
    static void write(List<Table> tables, Path path) throws IOException {
        write(tables, Map.of(), path);
    }

    /**
     * Writes tables and facts about how they were built to a file whose extension says the
     * format: {@code .csv} (one tidy table, as {@link #tidy(List)}; the facts left out),
     * {@code .json} (the facts as a member {@value #BUILD}) or {@code .xlsx} (a first sheet
     * {@value #BUILD} of {@code field, value} rows if there are facts, then one sheet per table).
     *
     * @param tables the tables
     * @param build  the facts, name → text, number or JSON node, in order; possibly empty
     * @param path   the file
     * @throws IOException              if writing fails
     * @throws IllegalArgumentException if the extension is none of those
     */
    static void write(List<Table> tables, Map<String, Object> build, Path path) throws IOException {
        switch (extension(path)) {
            case "csv" -> {
                try (Writer w = Files.newBufferedWriter(path, StandardCharsets.UTF_8)) {
                    csv(tables, w);
                }
            }
            case "json" -> Files.writeString(path, json(tables, build) + System.lineSeparator(),
                    StandardCharsets.UTF_8);
            case "xlsx" -> {
                XlsxWriter xlsx = XlsxWriter.create();
                if (!build.isEmpty()) {
                    Table facts = facts(build);
                    xlsx.addTable(facts.name(), facts.header(), facts.rows());
                }
                for (Table t : tables) {
                    xlsx.addTable(t.name(), t.header(), t.rows());
                }
                xlsx.write(path);
            }
            default -> throw new IllegalArgumentException(path + ": unknown output format; use a .csv, .json or"
                    + " .xlsx file");
        }
    }

    /**
     * The facts of the series fetched from providers, for {@link #print(List, Map, Format, PrintWriter)}
     * and {@link #write(List, Map, Path)}: a member {@value #SOURCES}, one object per response read
     * ({@code url}, {@code fetched}, {@code sha256}), or nothing when no series was fetched.
     *
     * @param fetched the provenance of the responses read
     * @return the facts, possibly empty
     */
    static Map<String, Object> sources(List<Provenance> fetched) {
        if (fetched.isEmpty()) {
            return Map.of();
        }
        ArrayNode array = JSON.createArrayNode();
        for (Provenance p : fetched) {
            array.addObject().put("url", Redaction.uri(p.url())).put("fetched", p.fetchedAt().toString())
                    .put("sha256", p.sha256());
        }
        Map<String, Object> facts = new LinkedHashMap<>();
        facts.put(SOURCES, array);
        return facts;
    }

    /**
     * The facts as a table {@value #BUILD} of {@code field, value} rows: a JSON array as one row per
     * element ({@code steps} → {@code step 1}, {@code step 2}, …, each its compact JSON text),
     * another JSON node as its compact text.
     *
     * @param build the facts
     * @return the table
     */
    static Table facts(Map<String, Object> build) {
        Table.Builder t = new Table.Builder(BUILD, List.of("field", "value"));
        build.forEach((field, value) -> {
            if (value instanceof ArrayNode array) {
                String item = field.endsWith("s") ? field.substring(0, field.length() - 1) : field;
                for (int i = 0; i < array.size(); i++) {
                    t.add(item + " " + (i + 1), array.get(i).toString());
                }
            } else {
                t.add(field, value instanceof JsonNode node ? node.toString() : value);
            }
        });
        return t.build();
    }

    /**
     * The lower-case extension of a file name, without the dot.
     *
     * @param path the file
     * @return the extension, or "" if none
     */
    static String extension(Path path) {
        Path file = path.getFileName();
        String name = file == null ? "" : file.toString();
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    /**
     * The tables as one JSON object.
     *
     * @param tables the tables
     * @return the JSON text
     * @throws IOException if serialising fails
     */
    static String json(List<Table> tables) throws IOException {
        return json(tables, Map.of());
    }

    /**
     * The tables as one JSON object, after a member {@value #BUILD} with the facts if there are any.
     *
     * @param tables the tables
     * @param build  the facts, possibly empty
     * @return the JSON text
     * @throws IOException if serialising fails
     */
    static String json(List<Table> tables, Map<String, Object> build) throws IOException {
        ObjectNode root = JSON.createObjectNode();
        if (!build.isEmpty()) {
            ObjectNode facts = root.putObject(BUILD);
            build.forEach((field, value) -> put(facts, field, value, false));
        }
        for (Table t : tables) {
            ArrayNode array = root.putArray(t.name());
            boolean[] rank = rankColumns(t);
            for (List<Object> row : t.rows()) {
                ObjectNode o = array.addObject();
                for (int c = 0; c < row.size(); c++) {
                    put(o, t.header().get(c), row.get(c), rank[c]);
                }
            }
        }
        return JSON.writeValueAsString(root);
    }

    private static boolean[] rankColumns(Table t) {
        boolean[] rank = new boolean[t.header().size()];
        for (int c = 0; c < rank.length; c++) {
            rank[c] = Table.isRankColumn(t.header().get(c));
        }
        return rank;
    }

    private static void put(ObjectNode o, String key, Object cell, boolean rank) {
        if (cell == null || cell instanceof Double d && !Double.isFinite(d)) {
            o.putNull(key);
        } else if (cell instanceof Double d && rank && d == Math.rint(d) && Math.abs(d) < 1e15) {
            o.put(key, d.longValue());
        } else if (cell instanceof Double d) {
            o.put(key, d);
        } else if (cell instanceof Integer i) {
            o.put(key, i);
        } else if (cell instanceof Long l) {
            o.put(key, l);
        } else if (cell instanceof Boolean b) {
            o.put(key, b);
        } else if (cell instanceof JsonNode node) {
            o.set(key, node);
        } else {
            o.put(key, cell.toString());
        }
    }

    private static void csv(List<Table> tables, Writer out) throws IOException {
        Table tidy = tidy(tables);
        StringWriter s = new StringWriter();
        TableCsv.write(tidy.header(), tidy.rows(), s, CsvOptions.defaults());
        out.write(s.toString());
        out.flush();
    }

    /**
     * The tables as one tidy table: a single table as is; several under one header, a first
     * column {@value #TABLE_COLUMN} naming each row's table, then the union of their columns in
     * order of first appearance ({@code null} where a row's table lacks the column).
     *
     * @param tables the tables, at least one
     * @return the one table
     * @throws IllegalStateException if several tables are given and one has a column named
     *                               {@value #TABLE_COLUMN}
     */
    static Table tidy(List<Table> tables) {
        if (tables.size() == 1) {
            return tables.get(0);
        }
        LinkedHashSet<String> union = new LinkedHashSet<>();
        union.add(TABLE_COLUMN);
        for (Table t : tables) {
            if (t.header().contains(TABLE_COLUMN)) {
                throw new IllegalStateException("table " + t.name() + " has a column named " + TABLE_COLUMN);
            }
            union.addAll(t.header());
        }
        List<String> header = new ArrayList<>(union);
        Table.Builder all = new Table.Builder("tables", header);
        for (Table t : tables) {
            int[] at = t.header().stream().mapToInt(header::indexOf).toArray();
            for (List<Object> row : t.rows()) {
                List<Object> cells = new ArrayList<>(Collections.nCopies(header.size(), null));
                cells.set(0, t.name());
                for (int c = 0; c < at.length; c++) {
                    cells.set(at[c], row.get(c));
                }
                all.add(cells);
            }
        }
        return all.build();
    }

    private static void text(List<Table> tables, PrintWriter out) {
        for (int i = 0; i < tables.size(); i++) {
            if (i > 0) {
                out.println();
            }
            out.println(tables.get(i).name());
            for (String line : lines(tables.get(i))) {
                out.println(line);
            }
        }
    }

    /**
     * The width in characters of a table printed as text: its longest line, the title aside.
     *
     * @param table the table
     * @return the width
     */
    static int width(Table table) {
        return lines(table).stream().mapToInt(String::length).max().orElse(0);
    }

    /**
     * A table as aligned text, without its title: the header, then one line per row; text left
     * and numbers right aligned, two spaces between columns, numbers as {@link #readable(Object)}.
     *
     * @param t the table
     * @return the lines
     */
    static List<String> lines(Table t) {
        int columns = t.header().size();
        String[][] cells = new String[t.rows().size() + 1][columns];
        int[] width = new int[columns];
        boolean[] numeric = new boolean[columns];
        boolean[] rank = rankColumns(t);
        for (int c = 0; c < columns; c++) {
            cells[0][c] = t.header().get(c);
        }
        for (int r = 0; r < t.rows().size(); r++) {
            for (int c = 0; c < columns; c++) {
                Object cell = t.rows().get(r).get(c);
                numeric[c] |= cell instanceof Number;
                cells[r + 1][c] = rank[c] ? readableRank(cell) : readable(cell);
            }
        }
        for (String[] row : cells) {
            for (int c = 0; c < columns; c++) {
                width[c] = Math.max(width[c], row[c].length());
            }
        }
        List<String> lines = new ArrayList<>(cells.length);
        for (String[] row : cells) {
            StringBuilder line = new StringBuilder();
            for (int c = 0; c < columns; c++) {
                String pad = " ".repeat(width[c] - row[c].length());
                line.append(c == 0 ? "" : "  ").append(numeric[c] ? pad + row[c] : row[c] + pad);
            }
            lines.add(line.toString().stripTrailing());
        }
        return lines;
    }

    /**
     * A cell of a rank column for people: as {@link #readable(Object)}, but a fractional rank (a
     * quantile or an average) without trailing zeros ({@code 69.85}, not {@code 69.8500}).
     *
     * @param cell the cell
     * @return the text
     */
    static String readableRank(Object cell) {
        String text = readable(cell);
        if (cell instanceof Double && text.indexOf('.') >= 0 && text.indexOf('e') < 0) {
            text = text.replaceAll("0+$", "");
        }
        return text;
    }

    /**
     * A cell for people: integers without decimals, other numbers with four decimals (or four
     * significant digits in scientific notation when tiny or at least 10^15), {@code NaN} and
     * {@code null} as "-".
     *
     * @param cell the cell
     * @return the text
     */
    static String readable(Object cell) {
        if (cell == null) {
            return "-";
        }
        if (cell instanceof Double d) {
            if (!Double.isFinite(d)) {
                return Double.isNaN(d) ? "-" : d.toString();
            }
            if (d == Math.rint(d) && Math.abs(d) < 1e15) {
                return Long.toString(d.longValue());
            }
            if (Math.abs(d) < 1e-3 || Math.abs(d) >= 1e15) {
                return String.format(Locale.ROOT, "%.4g", d);
            }
            return String.format(Locale.ROOT, "%.4f", d);
        }
        return cell.toString();
    }
}
