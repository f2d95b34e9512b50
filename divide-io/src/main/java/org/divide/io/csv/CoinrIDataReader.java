package org.divide.io.csv;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.divide.core.Grouping;
import org.divide.io.FormatNotes;
import org.divide.io.Location;
import org.divide.io.MalformedDataException;
import org.divide.io.ReadOptions;
import org.divide.io.ReadResult;
import org.divide.io.internal.PanelCollector;
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
 *       {@link #withYear(int)} ({@link IDataLayout#withYear}), and a table without {@code Time} and
 *       without that year is an error;</li>
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
public final class CoinrIDataReader extends LayoutCsvReader<IDataLayout, CoinrIDataReader> {

    /** The suffix of COINr's group columns, lower case. */
    private static final String GROUP_SUFFIX = "_group";

    private static final CoinrIDataReader DEFAULTS = new CoinrIDataReader(IDataLayout.defaults(),
            CsvOptions.defaults(), ReadOptions.defaults());

    private CoinrIDataReader(IDataLayout layout, CsvOptions csv, ReadOptions options) {
        super(layout, csv, options);
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
     * A copy that gives every row this year when the table has no {@code Time} column:
     * {@code withLayout(layout().withYear(year))}.
     *
     * @param year the year, within the range of a panel
     * @return the copy
     * @throws IllegalArgumentException if the year is outside the range of a panel
     */
    public CoinrIDataReader withYear(int year) {
        return withLayout(layout().withYear(year));
    }

    /**
     * A copy that also reads these columns as groups:
     * {@code withLayout(layout().withGroupColumns(columns))}.
     *
     * @param columns the column names, matched without regard to case
     * @return the copy
     */
    public CoinrIDataReader withGroupColumns(Collection<String> columns) {
        return withLayout(layout().withGroupColumns(columns));
    }

    /**
     * A copy with another year or other group columns.
     *
     * @param newLayout the layout, non-null
     * @return the copy
     */
    @Override
    public CoinrIDataReader withLayout(IDataLayout newLayout) {
        return super.withLayout(newLayout);
    }

    /**
     * The year and the named group columns.
     *
     * @return the layout
     */
    @Override
    public IDataLayout layout() {
        return super.layout();
    }

    @Override
    CoinrIDataReader copy(IDataLayout newLayout, CsvOptions newCsv, ReadOptions newOptions) {
        return new CoinrIDataReader(newLayout, newCsv, newOptions);
    }

    /** Reads the rows; the notes are {@link CoinrNotes}. */
    @Override
    FormatNotes rows(CsvTable table, IDataLayout layout, PanelCollector c) throws MalformedDataException {
        return read(table, layout, c);
    }

    private static CoinrNotes read(CsvTable table, IDataLayout layout, PanelCollector c)
            throws MalformedDataException {
        int code = table.column("uCode");
        int name = table.findColumn("uName");
        int time = table.findColumn("Time");
        int year = layout.year();
        if (time < 0 && year == 0) {
            throw new MalformedDataException(Location.line(table.source(), table.headerLine()),
                    "no column 'Time' and no year given (see CoinrIDataReader.withYear); the header has "
                            + table.header());
        }
        List<CsvRow> rows = new ArrayList<>();
        c.noRowsAfterHeader(table.source(), table.headerLine());
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
            if (isGroup(header.get(i), layout, rows, i, c.options())) {
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
                c.skip(row.at(col), ex);
                continue;
            }
            years.add(y);
            for (int k = 0; k < values.size(); k++) {
                try {
                    c.put(e, handles.get(k), y, Values.number(row.get(values.get(k)), c.options()), row.line());
                } catch (IllegalArgumentException ex) {
                    c.skip(row.at(values.get(k)), ex);
                }
            }
            String economy = c.economyOf(e).code();
            Integer before = latest.get(economy);
            if (before == null || y >= before) {
                latest.put(economy, y);
                for (int g : groups) {
                    String label = row.get(g).strip();
                    if (isMissing(label, c.options())) {
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
    private static boolean isGroup(String column, IDataLayout layout, List<CsvRow> rows, int index,
            ReadOptions options) {
        if (column.toLowerCase(Locale.ROOT).endsWith(GROUP_SUFFIX) || layout.isGroupColumn(column)) {
            return true;
        }
        boolean text = false;
        for (CsvRow row : rows) {
            String cell = row.get(index).strip();
            if (isMissing(cell, options)) {
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

    private static boolean isMissing(String cell, ReadOptions options) {
        return options.missing().contains(cell.toLowerCase(Locale.ROOT));
    }
}
