package org.divide.io.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import org.divide.core.Indicator;
import org.divide.io.EconomyResolver;
import org.divide.io.Location;
import org.divide.io.MalformedDataException;
import org.divide.io.ReadOptions;
import org.divide.io.csv.CsvRow;
import org.divide.io.csv.CsvTable;
import org.divide.io.csv.WideLayout;

/**
 * Reads the rows of a wide table (indicators across or years across) into a collector: the
 * building block of the wide CSV, WDI bulk and spreadsheet readers.
 */
public final class WideRows {

    private WideRows() {
    }

    /**
     * Reads the rows of an open table into a collector, indicators named by their codes (and the
     * indicator-name column, if any).
     *
     * @param table  the table, positioned after the header
     * @param layout the columns
     * @param c      the collector
     * @throws MalformedDataException on a bad record in strict mode, or a missing column
     */
    public static void read(CsvTable table, WideLayout layout, PanelCollector c) throws MalformedDataException {
        read(table, layout, c, key -> Optional.empty(), WideRows::plainIndicator);
    }

    /**
     * Reads the rows of an open table into a collector.
     *
     * @param table      the table, positioned after the header
     * @param layout     the columns
     * @param c          the collector
     * @param fallback   resolves economies the collector's resolver does not know
     * @param indicators makes the indicator for a code read from the indicator column, given the
     *                   text of the indicator-name column ({@code null} without one)
     * @throws MalformedDataException on a bad record in strict mode, or a missing column
     */
    public static void read(CsvTable table, WideLayout layout, PanelCollector c, EconomyResolver fallback,
            BiFunction<String, String, Indicator> indicators) throws MalformedDataException {
        int ec = table.column(layout.economy());
        int nc = layout.economyName() == null ? -1 : table.column(layout.economyName());
        boolean across = layout.shape() == WideLayout.Shape.INDICATORS_ACROSS;
        int yc = across && layout.year() != null ? table.column(layout.year()) : -1;
        int ic = !across && layout.indicator() != null ? table.column(layout.indicator()) : -1;
        int inc = !across && layout.indicatorName() != null ? table.column(layout.indicatorName()) : -1;
        List<Integer> columns = new ArrayList<>();
        int[] handles = valueColumns(table, layout, c, new HashSet<>(List.of(ec, nc, yc, ic, inc)), columns);
        int fixed = !across && ic < 0 ? c.indicator(layout.fixedIndicator()) : -1;
        Map<String, Integer> seen = new HashMap<>();
        ReadOptions options = c.options();
        c.noRowsAfterHeader(table.source(), table.headerLine());
        for (CsvRow row; (row = table.next()) != null;) {
            String width = table.widthProblem(row);
            if (width != null) {
                c.skip(row.at(), width);
                continue;
            }
            int col = ec;
            int e;
            int rowKey;
            try {
                e = c.economy(row.get(ec), nc < 0 ? null : row.get(nc), row.line(), fallback);
                col = across ? yc : ic;
                rowKey = across ? (yc < 0 ? layout.fixedYear() : Values.year(row.get(yc)))
                        : ic < 0 ? fixed : indicator(row.get(ic).strip(), inc < 0 ? null : row.get(inc), c, seen,
                                indicators);
            } catch (IllegalArgumentException ex) {
                c.skip(col < 0 ? row.at() : row.at(col), ex);
                continue;
            }
            for (int k = 0; k < handles.length; k++) {
                int vc = columns.get(k);
                try {
                    double v = Values.number(row.get(vc), options);
                    if (across) {
                        c.put(e, handles[k], rowKey, v, row.line());
                    } else {
                        c.put(e, rowKey, handles[k], v, row.line());
                    }
                } catch (IllegalArgumentException ex) {
                    c.skip(row.at(vc), ex);
                }
            }
        }
    }

    /** The value columns (into {@code columns}) and their indicator handles or years. */
    private static int[] valueColumns(CsvTable table, WideLayout layout, PanelCollector c, Set<Integer> keys,
            List<Integer> columns) throws MalformedDataException {
        List<String> header = table.header();
        boolean across = layout.shape() == WideLayout.Shape.INDICATORS_ACROSS;
        if (across && layout.valueColumns() != null) {
            for (String name : layout.valueColumns()) {
                columns.add(table.column(name));
            }
        } else {
            for (int i = 0; i < header.size(); i++) {
                boolean value = across ? !keys.contains(i) && !header.get(i).isEmpty() : Values.isYear(header.get(i));
                if (value) {
                    columns.add(i);
                }
            }
        }
        if (columns.isEmpty()) {
            throw new MalformedDataException(Location.line(table.source(), table.headerLine()),
                    "no " + (across ? "indicator" : "year") + " columns in the header " + header);
        }
        int[] handles = new int[columns.size()];
        for (int k = 0; k < handles.length; k++) {
            String name = header.get(columns.get(k));
            handles[k] = across ? c.indicator(name) : Values.year(name);
        }
        return handles;
    }

    private static int indicator(String code, String name, PanelCollector c, Map<String, Integer> seen,
            BiFunction<String, String, Indicator> indicators) {
        Integer handle = seen.get(code);
        if (handle == null) {
            handle = c.indicator(indicators.apply(code, name));
            seen.put(code, handle);
        }
        return handle;
    }

    /**
     * An indicator with the given code and, if any, name; no unit or source.
     *
     * @param code the code
     * @param name the name, or {@code null}
     * @return the indicator
     */
    static Indicator plainIndicator(String code, String name) {
        Indicator plain = Indicator.of(code);
        return name == null || name.isBlank() ? plain
                : new Indicator(code, name.strip(), "", plain.direction(), plain.source());
    }
}
