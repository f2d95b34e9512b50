package org.divide.io.internal;

import java.util.Arrays;
import java.util.List;
import org.divide.core.Economy;
import org.divide.core.Indicator;
import org.divide.core.Panel;

/**
 * The cells a reader has collected so far, with the value and the position (line or record) where
 * each was read: per (economy, indicator) pair, one {@link Series} over a range of years, addressed
 * directly by the collector's economy and indicator handles. No hashing: a put is two array
 * lookups and an index, and rows that arrive in order stay in cache.
 *
 * <p>Memory: 16 bytes per year in each pair's range (value and position) plus about 80 bytes per
 * pair; a pair's range grows by doubling and spans at most the 9000 years a panel accepts.
 */
final class CellStore {

    /** The largest number of economies or indicators one read may hold. */
    static final int MAX_CODES = 1 << 24;

    /** The cells of one (economy, indicator) pair. */
    static final class Series {
        /** The year of index 0. */
        int base;
        /** Values; meaningful where {@link #positions} is non-zero. */
        double[] values;
        /** Position + 1 of each value; 0 = no cell. */
        long[] positions;

        Series(int year) {
            base = year;
            values = new double[4];
            positions = new long[4];
        }

        /**
         * The index of a year, growing the range to hold it.
         *
         * @param year the year
         * @return its index
         */
        int index(int year) {
            int i = year - base;
            if (i >= 0 && i < values.length) {
                return i;
            }
            int from = Math.min(base, year);
            int to = Math.max(base + values.length, year + 1);
            int length = Math.max(to - from, Math.min(2 * values.length, to - from + values.length));
            if (year < base) {
                from = Math.max(to - length, Math.min(from, base - values.length));
            }
            double[] v = new double[length];
            long[] p = new long[length];
            System.arraycopy(values, 0, v, base - from, values.length);
            System.arraycopy(positions, 0, p, base - from, positions.length);
            values = v;
            positions = p;
            base = from;
            return year - base;
        }

        boolean has(int index) {
            return positions[index] != 0;
        }

        double value(int index) {
            return values[index];
        }

        long position(int index) {
            return positions[index] - 1;
        }

        void set(int index, double value, long position) {
            values[index] = value;
            positions[index] = position + 1;
        }

        int length() {
            return values.length;
        }

        int year(int index) {
            return base + index;
        }
    }

    /** {@code [economy][indicator]}; null = no cell yet. */
    private Series[][] series = new Series[16][];

    /**
     * The series of a pair, created for a first year if absent.
     *
     * @param economy   the economy handle
     * @param indicator the indicator handle
     * @param year      the year about to be stored
     * @return the series
     */
    Series series(int economy, int indicator, int year) {
        if (economy >= series.length) {
            series = Arrays.copyOf(series, Math.max(economy + 1, series.length * 2));
        }
        Series[] row = series[economy];
        if (row == null) {
            row = new Series[Math.max(4, indicator + 1)];
            series[economy] = row;
        } else if (indicator >= row.length) {
            row = Arrays.copyOf(row, Math.max(indicator + 1, row.length * 2));
            series[economy] = row;
        }
        Series s = row[indicator];
        if (s == null) {
            s = new Series(year);
            row[indicator] = s;
        }
        return s;
    }

    /**
     * The series of a pair, if any.
     *
     * @param economy   the economy handle
     * @param indicator the indicator handle
     * @return the series or {@code null}
     */
    Series find(int economy, int indicator) {
        Series[] row = economy < series.length ? series[economy] : null;
        return row == null || indicator >= row.length ? null : row[indicator];
    }

    /**
     * The panels of the stored cells, as dense columns ({@link PanelParts}): one of the economies
     * and one of the aggregates ({@link Economy#isAggregate()}), each with the economies, years and
     * every indicator in which one of its cells was stored.
     *
     * @param economies  the collector's economies, by handle
     * @param indicators the collector's indicators, by handle
     * @return the economies' panel, then the aggregates'
     */
    Panel[] panels(List<Economy> economies, List<Indicator> indicators) {
        PanelParts main = new PanelParts(economies, indicators);
        PanelParts aggregates = new PanelParts(economies, indicators);
        for (int pass = 0; pass < 2; pass++) {
            for (int e = 0; e < economies.size(); e++) {
                PanelParts parts = economies.get(e).isAggregate() ? aggregates : main;
                for (int i = 0; i < indicators.size(); i++) {
                    Series s = find(e, i);
                    for (int k = 0; s != null && k < s.length(); k++) {
                        if (s.has(k)) {
                            int offset = s.year(k) - Panel.MIN_YEAR;
                            if (pass == 0) {
                                parts.span(offset);
                            } else {
                                parts.put(e, i, offset, s.value(k));
                            }
                        }
                    }
                }
            }
        }
        return new Panel[] {main.build(), aggregates.build()};
    }
}
