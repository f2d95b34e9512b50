package org.divide.io.spec;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.divide.core.Direction;
import org.divide.core.Framework;
import org.divide.core.spec.Denominate;
import org.divide.core.spec.IndexSpec;
import org.divide.io.Location;
import org.divide.io.MalformedDataException;
import org.divide.io.internal.Sources;
import org.divide.io.internal.Values;
import org.divide.io.csv.CsvOptions;
import org.divide.io.csv.CsvRow;
import org.divide.io.csv.CsvTable;

/**
 * Reads a framework from COINr's {@code iMeta} table as CSV: the indicator metadata of
 * {@code COINr::new_coin(iData, iMeta)} (COINr 1.1, W. Becker, MIT; see
 * <a href="https://bluefoxr.github.io/COINr/articles/coins.html">Building coins</a>).
 *
 * <pre>{@code
 * Framework framework = IMetaCsv.read(Path.of("ASEM_iMeta.csv"));
 * IndexSpec spec = IMetaCsv.readPlain(Path.of("ASEM_iMeta.csv")); // min-max 0-100, arithmetic mean
 * IMeta meta = IMetaCsv.readMeta(Path.of("ASEM_iMeta.csv"));      // + Denominator, Group rows
 * }</pre>
 *
 * <p><b>Columns</b> (matched without regard to case or order): {@code Level}, {@code iCode},
 * {@code iName}, {@code Parent}, {@code Direction}, {@code Weight} and {@code Type} are required;
 * {@code Denominator} and {@code ScaleFactor} are optional and read by {@link #readMeta} (an
 * indicator's denominator, blank or {@code NA} for none, and its scale factor, a number &gt; 0,
 * blank or {@code NA} for 1; when the table has {@code Denominator} rows, a denominator must be one
 * of them); others ({@code Unit}, {@code Target}, {@code Goalpost_*}) are ignored. Rows are one
 * of COINr's types:
 * <ul>
 *   <li>{@code Indicator} and {@code Aggregate}: a node of the framework, in file order, with code
 *       {@code iCode}, name {@code iName} ({@code iCode} if blank), parent {@code Parent} (blank or
 *       {@code NA} for the root), level {@code Level} (an integer, 1 exactly for indicators),
 *       weight {@code Weight} (a number ≥ 0) and direction {@code Direction} ({@code 1} or
 *       {@code -1}; may be blank on an aggregate, meaning {@code 1});</li>
 *   <li>{@code Group}, {@code Denominator} and {@code Other}: not part of the framework; the codes
 *       of the first two are listed by {@link #readMeta}, their other fields are not read.</li>
 * </ul>
 *
 * <p><b>Errors</b> are a {@link MalformedDataException} naming the source, line, column and value,
 * for example {@code iMeta.csv line 7, column 'Weight': 'heavy' is not a number}; problems of the
 * tree as a whole (an unknown parent, a cycle, an aggregate without children) name the source.
 */
public final class IMetaCsv {

    /** The {@code Type} values that are framework nodes, and the others COINr accepts. */
    private static final List<String> TYPES = List.of("Indicator", "Aggregate", "Group", "Denominator", "Other");

    private IMetaCsv() {
    }

    /**
     * Reads a file with the default CSV syntax (comma, double quote, UTF-8).
     *
     * @param path the file
     * @return the framework
     * @throws MalformedDataException if the table is malformed
     * @throws IOException            if it cannot be read
     */
    public static Framework read(Path path) throws IOException {
        return read(path, CsvOptions.defaults());
    }

    /**
     * Reads a file.
     *
     * @param path the file
     * @param csv  the CSV syntax
     * @return the framework
     * @throws MalformedDataException if the table is malformed
     * @throws IOException            if it cannot be read
     */
    public static Framework read(Path path, CsvOptions csv) throws IOException {
        try (Reader reader = Sources.open(path, csv.charset())) {
            return read(reader, Sources.name(path), csv);
        }
    }

    /**
     * Reads text from a reader (not closed).
     *
     * @param reader the text
     * @param source the name used in messages
     * @param csv    the CSV syntax (its charset is not used)
     * @return the framework
     * @throws MalformedDataException if the table is malformed
     * @throws IOException            if it cannot be read
     */
    public static Framework read(Reader reader, String source, CsvOptions csv) throws IOException {
        return readMeta(reader, source, csv).framework();
    }

    /**
     * Reads a file with the default CSV syntax into the framework, the denomination of its
     * {@code Denominator} column and its group and denominator codes.
     *
     * @param path the file
     * @return the table's content
     * @throws MalformedDataException if the table is malformed
     * @throws IOException            if it cannot be read
     */
    public static IMeta readMeta(Path path) throws IOException {
        try (Reader reader = Sources.open(path, CsvOptions.defaults().charset())) {
            return readMeta(reader, Sources.name(path), CsvOptions.defaults());
        }
    }

    /**
     * Reads text from a reader (not closed) into the framework, the denomination of its
     * {@code Denominator} column and its group and denominator codes.
     *
     * @param reader the text
     * @param source the name used in messages
     * @param csv    the CSV syntax (its charset is not used)
     * @return the table's content
     * @throws MalformedDataException if the table is malformed
     * @throws IOException            if it cannot be read
     */
    public static IMeta readMeta(Reader reader, String source, CsvOptions csv) throws IOException {
        try (CsvTable table = CsvTable.open(Sources.nonClosing(reader), source, csv)) {
            return read(table);
        }
    }

    /**
     * Reads a file into COINr's plain build of its framework, {@link IndexSpec#plain(Framework)}:
     * min-max normalisation onto [0, 100] and the weighted arithmetic mean at every level, the
     * defaults of COINr's {@code Normalise} and {@code Aggregate} with no other step (no
     * denominating, imputation or treatment, whatever the {@code Denominator} column says; for
     * that, {@link #readMeta} and {@link IMeta#spec}).
     *
     * @param path the file
     * @return the spec
     * @throws MalformedDataException if the table is malformed
     * @throws IOException            if it cannot be read
     */
    public static IndexSpec readPlain(Path path) throws IOException {
        return IndexSpec.plain(read(path));
    }

    private static IMeta read(CsvTable table) throws MalformedDataException {
        Columns c = new Columns(table);
        Framework.Builder builder = Framework.builder();
        Map<String, Long> seen = new HashMap<>();
        Map<String, String> denominators = new LinkedHashMap<>();
        Map<String, Double> scales = new LinkedHashMap<>();
        Map<String, Location> denominatorCells = new HashMap<>();
        List<String> groups = new ArrayList<>();
        List<String> denominatorRows = new ArrayList<>();
        for (CsvRow row; (row = table.next()) != null; ) {
            String width = table.widthProblem(row);
            if (width != null) {
                throw new MalformedDataException(row.at(), width);
            }
            String type = row.get(c.type).strip();
            if (!TYPES.contains(type)) {
                throw new MalformedDataException(row.at(c.type), "'" + row.get(c.type)
                        + "' is not a COINr iMeta type; expected one of " + TYPES);
            }
            if (type.equals("Group") || type.equals("Denominator")) {
                (type.equals("Group") ? groups : denominatorRows).add(row.get(c.code).strip());
            }
            if (!type.equals("Indicator") && !type.equals("Aggregate")) {
                continue;
            }
            String code = row.get(c.code).strip();
            if (code.isEmpty()) {
                throw new MalformedDataException(row.at(c.code), "empty code");
            }
            Long earlier = seen.putIfAbsent(code, row.line());
            if (earlier != null) {
                throw new MalformedDataException(row.at(c.code), "'" + code + "' is already on line " + earlier);
            }
            builder.add(node(row, c, code, type.equals("Indicator")));
            if (type.equals("Indicator")) {
                denominator(row, c, code, denominators, scales, denominatorCells);
            }
        }
        for (Map.Entry<String, String> d : denominators.entrySet()) {
            if (!denominatorRows.isEmpty() && !denominatorRows.contains(d.getValue())) {
                throw new MalformedDataException(denominatorCells.get(d.getKey()), "'" + d.getValue()
                        + "' is not a Denominator row of the table; they are " + denominatorRows);
            }
        }
        try {
            return new IMeta(builder.build(), new Denominate(denominators, scales), groups, denominatorRows);
        } catch (IllegalArgumentException e) {
            throw new MalformedDataException(Location.of(table.source()), e.getMessage(), e);
        }
    }

    /** The denominator and scale factor of an indicator row, if it has one. */
    private static void denominator(CsvRow row, Columns c, String code, Map<String, String> denominators,
            Map<String, Double> scales, Map<String, Location> cells) throws MalformedDataException {
        String d = c.denominator < 0 ? "" : row.get(c.denominator).strip();
        if (d.isEmpty() || d.equals("NA")) {
            return;
        }
        denominators.put(code, d);
        cells.put(code, row.at(c.denominator));
        String s = c.scale < 0 ? "" : row.get(c.scale).strip();
        if (s.isEmpty() || s.equals("NA")) {
            return;
        }
        double scale = Values.isNumber(s) ? Double.parseDouble(s) : Double.NaN;
        if (!(scale > 0) || Double.isInfinite(scale)) {
            throw new MalformedDataException(row.at(c.scale), "'" + row.get(c.scale)
                    + "' is not a scale factor (a finite number > 0)");
        }
        scales.put(code, scale);
    }

    private static Framework.Node node(CsvRow row, Columns c, String code, boolean indicator)
            throws MalformedDataException {
        String name = row.get(c.name).strip();
        String parent = row.get(c.parent).strip();
        int level = level(row, c.level);
        double weight = weight(row, c.weight);
        Direction direction = direction(row, c.direction, indicator);
        try {
            return new Framework.Node(code, name.isEmpty() ? code : name,
                    parent.isEmpty() || parent.equals("NA") ? null : parent, level, weight, direction, indicator);
        } catch (IllegalArgumentException e) {
            throw new MalformedDataException(row.at(), e.getMessage(), e);
        }
    }

    private static int level(CsvRow row, int column) throws MalformedDataException {
        String text = row.get(column).strip();
        try {
            int level = Integer.parseInt(text);
            if (level >= 1) {
                return level;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new MalformedDataException(row.at(column), "'" + row.get(column) + "' is not a level (an integer >= 1)");
    }

    private static double weight(CsvRow row, int column) throws MalformedDataException {
        String text = row.get(column).strip();
        if (!Values.isNumber(text)) {
            throw new MalformedDataException(row.at(column), "'" + row.get(column) + "' is not a number");
        }
        double weight = Double.parseDouble(text);
        if (!(weight >= 0) || Double.isInfinite(weight)) {
            throw new MalformedDataException(row.at(column), "'" + row.get(column)
                    + "' is not a weight (a finite number >= 0)");
        }
        return weight;
    }

    private static Direction direction(CsvRow row, int column, boolean indicator) throws MalformedDataException {
        String text = row.get(column).strip();
        if (!indicator && (text.isEmpty() || text.equals("NA"))) {
            return Direction.POSITIVE;
        }
        if (text.equals("1") || text.equals("+1") || text.equals("1.0")) {
            return Direction.POSITIVE;
        }
        if (text.equals("-1") || text.equals("-1.0")) {
            return Direction.NEGATIVE;
        }
        throw new MalformedDataException(row.at(column), "'" + row.get(column) + "' is not a direction (1 or -1)");
    }

    /** The indices of the required columns. */
    private static final class Columns {
        final int level;
        final int code;
        final int name;
        final int parent;
        final int direction;
        final int weight;
        final int type;
        final int denominator;
        final int scale;

        Columns(CsvTable table) throws MalformedDataException {
            denominator = table.findColumn("Denominator");
            scale = table.findColumn("ScaleFactor");
            level = table.column("Level");
            code = table.column("iCode");
            name = table.column("iName");
            parent = table.column("Parent");
            direction = table.column("Direction");
            weight = table.column("Weight");
            type = table.column("Type");
        }
    }
}
