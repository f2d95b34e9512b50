package org.divide.io.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.IntStream;
import org.divide.core.Economy;
import org.divide.core.Indicator;
import org.divide.core.Panel;
import org.divide.core.internal.PanelAccess;

/**
 * The cells of a fast read of a wide file, kept as the rows were parsed ({@link ParsedRows}): each
 * row one economy and one key (an indicator when the years run across, a year when the indicators
 * do) and the values of its value columns that are not missing. The parsers' rows are taken as
 * they are, without a copy, and {@link #panel} turns them into the panel's columns (one per
 * indicator and year over economies) in one pass, the keys on all cores.
 *
 * <p>Each (economy, key) takes one row: a second row of the same pair is refused, and the fast
 * path then leaves the file to the general path, which reports or accepts repeats with their
 * lines. A value column is a year or an indicator of its own, so that no two columns of a row fill
 * the same cell. An infinite value makes {@link #panel} throw, the fast path again declining.
 *
 * <p><b>Memory</b>: 8 bytes per value that is not missing, 8 bits per row and value column,
 * and 16 bytes per row, then the panel's columns; nothing is copied before the panel's columns are
 * filled.
 */
final class RowCells {

    /** The cells from which {@link #panel} gathers the keys on all cores (the common pool). */
    private static final long PARALLEL = 1L << 20;

    /** Per value column: its year (years across) or its indicator handle (indicators across). */
    private final int[] columns;
    private final boolean yearsAcross;
    private final List<ParsedRows> batches = new ArrayList<>();
    /** {@code [key][economy / 64]}: the bits of the economies that have a row of the key. */
    private long[][] taken = new long[0][];

    /**
     * A store for rows of the given value columns.
     *
     * @param columns     per value column, its year (years across) or its indicator handle
     * @param yearsAcross whether the columns are years (the keys then indicator handles), or
     *                    indicators (the keys then years)
     * @throws IllegalArgumentException if two columns are the same year or indicator, or a year is
     *                                  outside the panel's range
     */
    RowCells(int[] columns, boolean yearsAcross) {
        this.columns = columns.clone();
        this.yearsAcross = yearsAcross;
        int[] sorted = this.columns.clone();
        Arrays.sort(sorted);
        for (int k = 0; k < sorted.length; k++) {
            if (k > 0 && sorted[k] == sorted[k - 1]) {
                throw new IllegalArgumentException("two value columns of " + (yearsAcross ? "year " : "indicator ")
                        + sorted[k]);
            }
            if (yearsAcross) {
                PanelCollector.checkYear(sorted[k]);
            }
        }
    }

    /**
     * The number of value columns: the values of a row.
     *
     * @return the width
     */
    int width() {
        return columns.length;
    }

    /**
     * Whether the value columns are years.
     *
     * @return {@code true} when the years run across
     */
    boolean yearsAcross() {
        return yearsAcross;
    }

    /**
     * Takes rows, keeping them (the caller must not change them afterwards).
     *
     * @param rows the rows, {@link #width()} value columns each, with their economy handles (-1 for
     *             a row not kept, a dropped economy) and keys: indicator handles (years across) or
     *             years within the panel's range (indicators across)
     * @return -1, or the first row whose economy and key have a row already (the store must then
     *         not be used further: the fast path declines)
     */
    int add(ParsedRows rows) {
        for (int r = 0; r < rows.count; r++) {
            int e = rows.economies[r];
            if (e < 0) {
                continue;
            }
            int key = keyIndex(rows.keys[r]);
            if (key >= taken.length) {
                taken = Arrays.copyOf(taken, Math.max(key + 1, 2 * taken.length));
            }
            long[] bits = taken[key];
            int word = e >>> 6;
            if (bits == null || word >= bits.length) {
                bits = bits == null ? new long[word + 1] : Arrays.copyOf(bits, Math.max(word + 1, 2 * bits.length));
                taken[key] = bits;
            }
            long bit = 1L << e;
            if ((bits[word] & bit) != 0) {
                return r;
            }
            bits[word] |= bit;
        }
        batches.add(rows);
        return -1;
    }

    /** The place of a key in {@link #taken}: the indicator handle, or the year from the panel's first. */
    private int keyIndex(int key) {
        return yearsAcross ? key : key - Panel.MIN_YEAR;
    }

    /**
     * The panel of some of the economies: those picked, in the given order, with every indicator
     * and the years in which one of their rows has a value column (years across) or a key
     * (indicators across), missing values included.
     *
     * @param economies  the collector's economies, by handle
     * @param indicators the collector's indicators, by handle
     * @param picked     handles, ascending
     * @return the panel
     * @throws IllegalArgumentException if a value of a picked economy is infinite
     */
    Panel panel(List<Economy> economies, List<Indicator> indicators, int[] picked) {
        int[] place = new int[economies.size()];
        Arrays.fill(place, -1);
        for (int k = 0; k < picked.length; k++) {
            place[picked[k]] = k;
        }
        Refs[] rowsByKey = rowsByKey(place);
        int[] years = years(rowsByKey);
        int[] slotOfYear = new int[Panel.MAX_YEAR - Panel.MIN_YEAR + 1];
        for (int s = 0; s < years.length; s++) {
            slotOfYear[years[s] - Panel.MIN_YEAR] = s;
        }
        double[][] out = new double[indicators.size() * years.length][];
        AtomicBoolean infinite = new AtomicBoolean();
        double[] missing = new double[picked.length];
        Arrays.fill(missing, Double.NaN);
        long cells = batches.stream().mapToLong(b -> b.data.length).sum();
        IntStream each = IntStream.range(0, rowsByKey.length);
        // each key's columns are its own (an indicator's years, or a year of every indicator): on all
        // cores when large
        (cells >= PARALLEL ? each.parallel() : each).forEach(key -> {
            if (rowsByKey[key].rows.length > 0 && gather(key, rowsByKey[key], missing, slotOfYear, years.length,
                    out)) {
                infinite.set(true);
            }
        });
        if (infinite.get()) {
            throw new IllegalArgumentException("an infinite value");
        }
        List<Economy> list = Arrays.stream(picked).mapToObj(economies::get).toList();
        // every value was checked finite or NaN above, and gather makes no all-NaN column
        return PanelAccess.adoptChecked(list, indicators, years, out);
    }

    /**
     * The rows of a key: each its batch ({@code rows[j] >>> 32}) and the place of its first word in
     * the batch's data (the low 32 bits), and its economy's place in the panel.
     */
    private record Refs(long[] rows, int[] places) {
    }

    /** The rows of the picked economies by key index, in the order they were put. */
    private Refs[] rowsByKey(int[] place) {
        int[] count = new int[taken.length];
        for (ParsedRows b : batches) {
            for (int r = 0; r < b.count; r++) {
                int e = b.economies[r];
                if (e >= 0 && place[e] >= 0) {
                    count[keyIndex(b.keys[r])]++;
                }
            }
        }
        Refs[] refs = new Refs[taken.length];
        for (int key = 0; key < refs.length; key++) {
            refs[key] = new Refs(new long[count[key]], new int[count[key]]);
        }
        Arrays.fill(count, 0);
        for (int bi = 0; bi < batches.size(); bi++) {
            ParsedRows b = batches.get(bi);
            for (int r = 0; r < b.count; r++) {
                int e = b.economies[r];
                if (e >= 0 && place[e] >= 0) {
                    int key = keyIndex(b.keys[r]);
                    int j = count[key]++;
                    refs[key].rows[j] = (long) bi << 32 | b.offsets[r];
                    refs[key].places[j] = place[e];
                }
            }
        }
        return refs;
    }

    /** The panel's years, ascending: the value columns' years when any row is picked, or the keys picked. */
    private int[] years(Refs[] rowsByKey) {
        if (yearsAcross) {
            boolean any = Arrays.stream(rowsByKey).anyMatch(refs -> refs.rows.length > 0);
            return any ? IntStream.of(columns).sorted().toArray() : new int[0];
        }
        return IntStream.range(0, rowsByKey.length).filter(key -> rowsByKey[key].rows.length > 0)
                .map(key -> key + Panel.MIN_YEAR).toArray();
    }

    /**
     * Fills the columns of one key from its rows: {@code NaN} where no value was read, no column
     * where no picked economy has a value (missing values only); {@code true} if a value is
     * infinite. A column is a copy of {@code missing} (as long as the panel's economies, all
     * {@code NaN}), which the compiler allocates without zeroing it first.
     */
    private boolean gather(int key, Refs refs, double[] missing, int[] slotOfYear, int yearCount, double[][] out) {
        int width = columns.length;
        // the panel column of each value column: (indicator, year) of the key and the column
        int[] target = new int[width];
        for (int k = 0; k < width; k++) {
            target[k] = yearsAcross ? key * yearCount + slotOfYear[columns[k] - Panel.MIN_YEAR]
                    : columns[k] * yearCount + slotOfYear[key];
        }
        int words = ParsedRows.words(width);
        boolean infinite = false;
        long[] rows = refs.rows;
        for (int j = 0; j < rows.length; j++) {
            long[] data = batches.get((int) (rows[j] >>> 32)).data;
            int at = (int) rows[j];
            int p = refs.places[j];
            int v = at + words;
            for (int w = 0; w < words; w++) {
                for (long bits = data[at + w]; bits != 0; bits &= bits - 1) {
                    int k = w << 6 | Long.numberOfTrailingZeros(bits);
                    double value = Double.longBitsToDouble(data[v++]);
                    double[] column = out[target[k]];
                    if (column == null) {
                        // a column is made at its first value that is not missing: a year of missing
                        // values only (a quarter of a WDI download) never gets one
                        column = missing.clone();
                        out[target[k]] = column;
                    }
                    column[p] = value;
                    infinite |= Math.abs(value) == Double.POSITIVE_INFINITY;
                }
            }
        }
        return infinite;
    }
}
