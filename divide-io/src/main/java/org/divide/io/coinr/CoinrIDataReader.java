package org.divide.io.coinr;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.divide.core.Grouping;
import org.divide.core.Panel;
import org.divide.io.Location;
import org.divide.io.MalformedDataException;
import org.divide.io.ReadOptions;
import org.divide.io.ReadResult;
import org.divide.io.TextFormatReader;
import org.divide.io.csv.CsvOptions;
import org.divide.io.csv.CsvRow;
import org.divide.io.csv.CsvTable;
import org.divide.io.internal.PanelCollector;
import org.divide.io.internal.Sources;
import org.divide.io.internal.Values;

/**
 * Reads COINr's {@code iData} table saved as CSV ({@code write.csv(iData, ...)}): the unit data of
 * {@code COINr::new_coin(iData, iMeta)} (COINr 1.1, W. Becker, MIT). Immutable.
 *
 * <pre>{@code
 * ReadResult r = CoinrIDataReader.withDefaults().read(Path.of("ASEM_iData.csv"));
 * Grouping eurAsia = CoinrNotes.of(r).grouping("EurAsia_group").orElseThrow();
 * ReadResult one = CoinrIDataReader.withDefaults().withYear(2018).read(Path.of("iData_no_time.csv"));
 * }</pre>
 *
 * <p><b>Columns</b> (matched without regard to case or order):
 * <ul>
 *   <li>{@code uCode} (required): the economy, resolved through {@link ReadOptions#resolver()} like
 *       every reader (ISO3 codes, as COINr's ASEM example has, or names);</li>
 *   <li>{@code uName} (optional): the name of economies the resolver does not know;</li>
 *   <li>{@code Time} (optional): the year of the row; without it every row has the year given with
 *       {@link #withYear(int)}, and a table without {@code Time} and without that year is an
 *       error;</li>
 *   <li>group columns: a column whose header ends with {@code _group} (COINr's convention, such as
 *       {@code EurAsia_group}), a column named with {@link #withGroupColumns}, or a column whose
 *       values are all text (COINr's {@code Group} and {@code Other} columns hold labels). Each
 *       becomes a {@link Grouping} named by its header in {@link CoinrNotes}; a missing cell
 *       leaves the economy out of it. With several years, an economy's label is the one of its
 *       latest row;</li>
 *   <li>every other column holds numbers: an indicator of the panel named by its header
 *       (COINr's indicators and its {@code Denominator} columns such as {@code GDP} alike).</li>
 * </ul>
 *
 * <p><b>Errors</b> name the source, line and column, as in the other readers: a missing
 * {@code uCode} column names the columns found; a value that is not a number (in a numeric column),
 * a bad year, an empty {@code uCode} or a row of the wrong width is a bad record (lenient mode skips
 * that value or row and lists it in {@link ReadResult#skipped()}); two rows of one economy and year
 * with different values are a conflicting duplicate.
 */
public final class CoinrIDataReader implements TextFormatReader<CoinrIDataReader> {

    /** The suffix of COINr's group columns, lower case. */
    private static final String GROUP_SUFFIX = "_group";

    private static final CoinrIDataReader DEFAULTS = new CoinrIDataReader(CsvOptions.defaults(), 0, Set.of(),
            ReadOptions.defaults());

    private final CsvOptions csv;
    private final int year;
    private final Set<String> groupColumns;
    private final ReadOptions options;

    private CoinrIDataReader(CsvOptions csv, int year, Set<String> groupColumns, ReadOptions options) {
        this.csv = csv;
        this.year = year;
        this.groupColumns = groupColumns;
        this.options = options;
    }

    /**
     * The reader of comma-separated iData with a {@code Time} column, with the default options.
     *
     * @return the reader
     */
    public static CoinrIDataReader withDefaults() {
        return DEFAULTS;
    }

    /**
     * A copy with another CSV syntax (delimiter, quote, charset).
     *
     * @param newCsv the syntax, non-null
     * @return the copy
     */
    public CoinrIDataReader withCsv(CsvOptions newCsv) {
        return new CoinrIDataReader(Objects.requireNonNull(newCsv, "csv"), year, groupColumns, options);
    }

    /**
     * A copy that gives every row this year when the table has no {@code Time} column (a
     * {@code Time} column, when present, wins).
     *
     * @param newYear the year, within the range of a panel
     * @return the copy
     * @throws IllegalArgumentException if the year is outside [{@link Panel#MIN_YEAR},
     *                                  {@link Panel#MAX_YEAR}]
     */
    public CoinrIDataReader withYear(int newYear) {
        if (newYear < Panel.MIN_YEAR || newYear > Panel.MAX_YEAR) {
            throw new IllegalArgumentException("year " + newYear + " is outside [" + Panel.MIN_YEAR + ", "
                    + Panel.MAX_YEAR + "]");
        }
        return new CoinrIDataReader(csv, newYear, groupColumns, options);
    }

    /**
     * A copy that also reads these columns as groups (the {@code Group} rows of an iMeta table,
     * say), whatever their values.
     *
     * @param columns the column names, matched without regard to case
     * @return the copy
     */
    public CoinrIDataReader withGroupColumns(Collection<String> columns) {
        Set<String> lower = new TreeSet<>();
        for (String c : columns) {
            lower.add(c.strip().toLowerCase(Locale.ROOT));
        }
        return new CoinrIDataReader(csv, year, Set.copyOf(lower), options);
    }

    @Override
    public CoinrIDataReader withOptions(ReadOptions newOptions) {
        return new CoinrIDataReader(csv, year, groupColumns, Objects.requireNonNull(newOptions, "options"));
    }

    @Override
    public ReadOptions options() {
        return options;
    }

    /**
     * The year of rows without a {@code Time} column.
     *
     * @return the year, or 0 if none was given
     */
    public int year() {
        return year;
    }

    /**
     * The CSV syntax.
     *
     * @return the CSV options
     */
    public CsvOptions csv() {
        return csv;
    }

    /**
     * The encoding of files and streams: the charset of {@link #csv()}.
     *
     * @return the charset
     */
    @Override
    public Charset charset() {
        return csv.charset();
    }

    /**
     * {@inheritDoc}
     *
     * <p>The charset of {@link #csv()} is not used. The result's notes are {@link CoinrNotes}.
     *
     * @throws MalformedDataException if the text is malformed (strict mode), has no {@code uCode}
     *                                column, or has neither a {@code Time} column nor a year
     */
    @Override
    public ReadResult read(Reader reader, String source) throws IOException {
        try (CsvTable table = CsvTable.open(Sources.nonClosing(reader), source, csv)) {
            PanelCollector c = PanelCollector.create(source, options);
            CoinrNotes notes = read(table, c);
            return c.finish().withNotes(notes);
        }
    }

    private CoinrNotes read(CsvTable table, PanelCollector c) throws MalformedDataException {
        int code = table.column("uCode");
        int name = table.findColumn("uName");
        int time = table.findColumn("Time");
        if (time < 0 && year == 0) {
            throw new MalformedDataException(Location.line(table.source(), table.headerLine()),
                    "no column 'Time' and no year given (see CoinrIDataReader.withYear); the header has "
                            + table.header());
        }
        List<CsvRow> rows = new ArrayList<>();
        for (CsvRow row; (row = table.next()) != null;) {
            String width = table.widthProblem(row);
            if (width != null) {
                c.skip(row.at(), width);
            } else {
                rows.add(row);
            }
        }
        List<Integer> groups = new ArrayList<>();
        List<Integer> values = new ArrayList<>();
        List<Integer> handles = new ArrayList<>();
        List<String> header = table.header();
        for (int i = 0; i < header.size(); i++) {
            if (i == code || i == name || i == time || header.get(i).isEmpty()) {
                continue;
            }
            if (isGroup(header.get(i), rows, i)) {
                groups.add(i);
            } else {
                values.add(i);
                handles.add(c.indicator(header.get(i)));
            }
        }
        Map<Integer, Map<String, String>> labels = new LinkedHashMap<>();
        groups.forEach(g -> labels.put(g, new LinkedHashMap<>()));
        Map<String, Integer> latest = new HashMap<>();
        Set<Integer> years = new TreeSet<>();
        for (CsvRow row : rows) {
            int col = code;
            int e;
            int y;
            try {
                e = c.economy(row.get(code), name < 0 ? null : row.get(name), row.line());
                col = time;
                y = time < 0 ? year : Values.year(row.get(time));
            } catch (IllegalArgumentException ex) {
                c.skip(row.at(col), ex.getMessage());
                continue;
            }
            years.add(y);
            for (int k = 0; k < values.size(); k++) {
                try {
                    c.put(e, handles.get(k), y, Values.number(row.get(values.get(k)), options), row.line());
                } catch (IllegalArgumentException ex) {
                    c.skip(row.at(values.get(k)), ex.getMessage());
                }
            }
            String economy = c.economyOf(e).code();
            Integer before = latest.get(economy);
            if (before == null || y >= before) {
                latest.put(economy, y);
                for (int g : groups) {
                    String label = row.get(g).strip();
                    if (isMissing(label)) {
                        labels.get(g).remove(economy);
                    } else {
                        labels.get(g).put(economy, label);
                    }
                }
            }
        }
        List<Grouping> groupings = new ArrayList<>();
        labels.forEach((g, map) -> groupings.add(Grouping.of(header.get(g), map)));
        return new CoinrNotes(groupings, List.copyOf(years), time >= 0);
    }

    /** A group column: named so, or holding text only (at least one value, none a number). */
    private boolean isGroup(String column, List<CsvRow> rows, int index) {
        String lower = column.toLowerCase(Locale.ROOT);
        if (lower.endsWith(GROUP_SUFFIX) || groupColumns.contains(lower)) {
            return true;
        }
        boolean text = false;
        for (CsvRow row : rows) {
            String cell = row.get(index).strip();
            if (isMissing(cell)) {
                continue;
            }
            try {
                Values.number(cell, options);
                return false;
            } catch (IllegalArgumentException notNumber) {
                text = true;
            }
        }
        return text;
    }

    private boolean isMissing(String cell) {
        return options.missing().contains(cell.toLowerCase(Locale.ROOT));
    }
}
