package org.divide.io.internal;

import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import org.divide.core.Economy;
import org.divide.core.Indicator;
import org.divide.core.Panel;
import org.divide.core.internal.PanelAccess;

/**
 * The cells of a fast read of a long file, held by indicator in rows of years: for each indicator,
 * blocks of {@value #BLOCK} economies, each economy a row of the years of the store's span, so that
 * the records of a long file sorted by economy, indicator and year land side by side in memory. (A
 * wide file's rows are kept as parsed instead: {@link RowCells}.) {@link #panel} turns the rows into
 * the panel's columns (one per indicator and year over economies) in one pass.
 *
 * <p>A cell keeps its value's bits exclusive-or a {@code NaN} with a payload of its own
 * ({@link #ABSENT}) that no parser returns, so that a cell of a freshly made block, 0, holds no
 * record without being filled, and a missing value that was read ({@code NaN}) and a cell never read
 * are told apart without a second array. Each cell takes one record: a second put of the same cell is
 * refused, and the fast path then leaves the file to the general path, which reports or accepts
 * repeats with their lines.
 *
 * <p><b>Growth.</b> Blocks are made as economies arrive and never copied, except an indicator's
 * first block, which starts at {@value #FIRST} economies and doubles up to a full block, so that an
 * indicator of a few economies stays small. The span of years grows to take each new year; while
 * the store is small ({@value #EXACT} cells) to exactly the years seen, after that by at least half,
 * so that a file in year order re-lays its cells a bounded number of times. Each widening re-lays
 * every block.
 *
 * <p><b>Memory</b>: 8 bytes per cell of the blocks (at most one partly used block per indicator,
 * and years of the span that no indicator holds, which the panel drops), plus a reference per
 * block. {@link #panel} gathers the cells into columns as long as the panel's economies (the
 * indicators on all cores from {@value #PARALLEL} cells), releasing each indicator's blocks once
 * gathered, and hands the columns to the panel without a further copy
 * ({@link PanelAccess}), so that a read peaks at a little over once the panel's cells, plus the
 * blocks of one indicator.
 */
final class DenseCells {

    /** A quiet {@code NaN} no arithmetic or parser returns: a cell keeps its value's bits exclusive-or it. */
    static final long ABSENT = 0x7ff8_0000_dead_beefL;
    /** The bits of a missing value read: the canonical {@code NaN}. */
    private static final long MISSING = Double.doubleToRawLongBits(Double.NaN);
    /** log2 of {@link #BLOCK}. */
    private static final int SHIFT = 6;
    /** The economies of a full block. */
    static final int BLOCK = 1 << SHIFT;
    /** The economies of an indicator's first block when it is made. */
    private static final int FIRST = 4;
    /** The cells from which {@link #panel} gathers the indicators on all cores (the common pool). */
    private static final long PARALLEL = 1L << 20;
    /** The cells below which the span of years grows to exactly the years seen. */
    private static final long EXACT = 1L << 20;

    /** The year of offset 0 in a row. */
    private int base;
    /** The years of a row; 0 before the first record. */
    private int span;
    /** The cells of all blocks. */
    private long allocated;
    /**
     * {@code [indicator][economy / BLOCK]}: a block of rows, the economy's row at
     * {@code (economy % BLOCK) · span}, the year at {@code year − base} in it; or {@code null}.
     */
    private long[][][] cells = new long[0][][];

    /**
     * Stores a record's value.
     *
     * @param economy   the economy handle
     * @param indicator the indicator handle
     * @param year      the year, within the panel's range
     * @param value     the value, finite or {@code NaN} for a missing one
     * @return {@code false}, storing nothing, when the cell holds a record already
     */
    boolean add(int economy, int indicator, int year, double value) {
        int offset = year - base;
        if (offset < 0 || offset >= span) {
            widen(year);
            offset = year - base;
        }
        long[] block = block(indicator, economy);
        int at = (economy & BLOCK - 1) * span + offset;
        if (block[at] != 0) {
            return false;
        }
        block[at] = stored(value);
        return true;
    }

    /**
     * Stores the values of one economy and indicator in several years, as {@link #add} for each
     * in turn, with the block found once.
     *
     * @param economy   the economy handle
     * @param indicator the indicator handle
     * @param years     the years, within the panel's range, the {@code k}-th at {@code yearsFrom + k}
     * @param yearsFrom the first year's place
     * @param values    the values, finite or {@code NaN} for a missing one, the {@code k}-th at
     *                  {@code valuesFrom + k}
     * @param valuesFrom the first value's place
     * @param count     the number of cells
     * @param first     the least of the years
     * @param last      the greatest of the years
     * @return -1, or the {@code k} of the first cell that holds a record already (the cells before
     *         it are stored)
     */
    int addYears(int economy, int indicator, int[] years, int yearsFrom, double[] values, int valuesFrom,
            int count, int first, int last) {
        if (first < base || span == 0) {
            widen(first);
        }
        if (last >= base + span) {
            widen(last);
        }
        long[] block = block(indicator, economy);
        int row = (economy & BLOCK - 1) * span - base;
        for (int k = 0; k < count; k++) {
            int at = row + years[yearsFrom + k];
            if (block[at] != 0) {
                return k;
            }
            block[at] = stored(values[valuesFrom + k]);
        }
        return -1;
    }

    /**
     * A value as a cell keeps it: its bits (a {@code NaN} as the canonical one) exclusive-or
     * {@link #ABSENT}, so that a cell of a new block, 0, holds no record, and no value read is 0.
     */
    private static long stored(double value) {
        return (Double.isNaN(value) ? MISSING : Double.doubleToRawLongBits(value)) ^ ABSENT;
    }

    /** The block of an indicator that holds an economy's row, made or grown if need be. */
    private long[] block(int indicator, int economy) {
        if (indicator >= cells.length) {
            cells = Arrays.copyOf(cells, Math.max(indicator + 1, 2 * cells.length));
        }
        long[][] blocks = cells[indicator];
        int b = economy >>> SHIFT;
        if (blocks == null || b >= blocks.length) {
            blocks = blocks == null ? new long[b + 1][] : Arrays.copyOf(blocks, Math.max(b + 1, 2 * blocks.length));
            cells[indicator] = blocks;
        }
        long[] block = blocks[b];
        int rows = (economy & BLOCK - 1) + 1;
        if (block == null || rows * span > block.length) {
            int held = block == null ? 0 : block.length / span;
            int capacity = b > 0 ? BLOCK
                    : Math.min(BLOCK, Math.max(Integer.highestOneBit(rows - 1) << 1, Math.max(FIRST, 2 * held)));
            long[] grown = new long[capacity * span]; // all cells without a record (0)
            if (block != null) {
                System.arraycopy(block, 0, grown, 0, block.length);
            }
            allocated += grown.length - (block == null ? 0 : block.length);
            blocks[b] = grown;
            block = grown;
        }
        return block;
    }

    /** Widens the span to take a year, re-laying every block's rows. */
    private void widen(int year) {
        if (span == 0) {
            base = year;
            span = 1;
            return;
        }
        int from = Math.min(base, year);
        int to = Math.max(base + span, year + 1);
        if (allocated >= EXACT) {
            int half = Math.max(1, span / 2);
            from = year < base ? Math.max(Panel.MIN_YEAR, Math.min(from, base - half)) : from;
            to = year >= base + span ? Math.min(Panel.MAX_YEAR + 1, Math.max(to, base + span + half)) : to;
        }
        int wider = to - from;
        int shift = base - from;
        for (long[][] blocks : cells) {
            for (int b = 0; blocks != null && b < blocks.length; b++) {
                long[] block = blocks[b];
                if (block != null) {
                    int rows = block.length / span;
                    long[] laid = new long[rows * wider];
                    for (int r = 0; r < rows; r++) {
                        System.arraycopy(block, r * span, laid, r * wider + shift, span);
                    }
                    blocks[b] = laid;
                }
            }
        }
        allocated = allocated / span * wider;
        base = from;
        span = wider;
    }

    /**
     * The panel of some of the economies: those picked, in the given order, with every indicator
     * and the years in which one of them holds a record. The blocks of this store are consumed:
     * call it for the aggregates first (fewer economies, nothing dropped), then for the economies
     * with {@code release} set, which drops each indicator's blocks once gathered.
     *
     * @param economies  the collector's economies, by handle
     * @param indicators the collector's indicators, by handle
     * @param picked     handles, ascending
     * @param release    whether to drop each indicator's blocks once gathered
     * @return the panel
     */
    Panel panel(List<Economy> economies, List<Indicator> indicators, int[] picked, boolean release) {
        Gathered[] gathered = new Gathered[indicators.size()];
        IntStream each = IntStream.range(0, indicators.size());
        // each indicator gathered on its own (the same columns in any order): on all cores when large
        (allocated >= PARALLEL ? each.parallel() : each).forEach(i -> {
            long[][] blocks = i < cells.length ? cells[i] : null;
            gathered[i] = blocks == null ? new Gathered(new double[span][], new boolean[span])
                    : gather(blocks, picked);
            if (release && blocks != null) {
                cells[i] = null;
            }
        });
        boolean[] used = new boolean[span];
        for (Gathered g : gathered) {
            for (int s = 0; s < span; s++) {
                used[s] |= g.recorded[s];
            }
        }
        int count = 0;
        for (boolean u : used) {
            count += u ? 1 : 0;
        }
        int[] panelYears = new int[count];
        int[] offsetOf = new int[count];
        for (int s = 0, k = 0; s < span; s++) {
            if (used[s]) {
                panelYears[k] = base + s;
                offsetOf[k++] = s;
            }
        }
        double[][] out = new double[indicators.size() * count][];
        for (int i = 0; i < indicators.size(); i++) {
            for (int k = 0; k < count; k++) {
                // a year of records of missing values only is kept, its column none (as the panel keeps it)
                out[i * count + k] = gathered[i].columns[offsetOf[k]];
            }
        }
        List<Economy> list = Arrays.stream(picked).mapToObj(economies::get).toList();
        // every value was checked finite or NaN when it was put, and gather drops all-NaN columns
        return PanelAccess.adoptChecked(list, indicators, panelYears, out);
    }

    /**
     * An indicator's columns over the picked economies, one per year of the span: {@code NaN} where
     * no value was read, {@code null} for a year none of them holds a value in (missing values
     * only, or no record); and whether each year holds a record. Row by row, so that the blocks are
     * read in order.
     */
    private Gathered gather(long[][] blocks, int[] picked) {
        double[][] columns = new double[span][];
        boolean[] recorded = new boolean[span];
        for (int k = 0; k < picked.length; k++) {
            int e = picked[k];
            int b = e >>> SHIFT;
            long[] block = b < blocks.length ? blocks[b] : null;
            int row = (e & BLOCK - 1) * span;
            if (block == null || row >= block.length) {
                continue;
            }
            for (int s = 0; s < span; s++) {
                long stored = block[row + s];
                if (stored != 0) {
                    recorded[s] = true;
                    double v = Double.longBitsToDouble(stored ^ ABSENT);
                    if (v == v) {
                        // a column is made at its first value that is not missing: a year of missing
                        // values only (a quarter of a WDI download) never gets one
                        if (columns[s] == null) {
                            columns[s] = new double[picked.length];
                            Arrays.fill(columns[s], Double.NaN);
                        }
                        columns[s][k] = v;
                    }
                }
            }
        }
        return new Gathered(columns, recorded);
    }

    /** An indicator's gathered columns by year of the span, and whether each year holds a record. */
    private record Gathered(double[][] columns, boolean[] recorded) {
    }
}
