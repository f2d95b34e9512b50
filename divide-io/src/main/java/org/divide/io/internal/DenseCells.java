package org.divide.io.internal;

import java.util.Arrays;
import java.util.List;
import org.divide.core.Economy;
import org.divide.core.Indicator;
import org.divide.core.Panel;
import org.divide.core.internal.PanelAccess;

/**
 * The cells of a fast read, stored where the panel will keep them: one dense column over the
 * collector's economy handles per (indicator, year), held in blocks of {@value #BLOCK} economies so
 * that a column grows as economies arrive without copying what it holds (the first block of a
 * column starts at 16 cells and doubles up to a full block, so that a sparse column stays small). A cell that
 * holds no record is marked by a {@code NaN} with a payload of its own ({@link #ABSENT}), so that a
 * missing value that was read ({@code NaN}) and a cell never read are told apart without a second
 * array. Each cell takes one record: a second put of the same cell is refused, and the fast path
 * then leaves the file to the general path, which reports or accepts repeats with their lines.
 *
 * <p>Memory: 8 bytes per cell of the columns' blocks (at most one partly used block per column,
 * or twice the economies of a column within its first block), plus one reference per (indicator,
 * year) and per block. {@link #panel} gathers each column into an array as long as its panel's
 * economies, drops the blocks at once, and hands the arrays to the panel without a further copy
 * ({@link PanelAccess}), so that a read peaks at about twice the panel it returns, and close to
 * once for a panel of many economies.
 */
final class DenseCells {

    /** The bits of a cell without a record: a quiet {@code NaN} no arithmetic or parser returns. */
    static final long ABSENT = 0x7ff8_0000_dead_beefL;
    private static final double ABSENT_VALUE = Double.longBitsToDouble(ABSENT);
    /** log2 of {@link #BLOCK}. */
    private static final int SHIFT = 10;
    /** The economies of a full block. */
    static final int BLOCK = 1 << SHIFT;
    /** The cells of a column's first block when it is made. */
    private static final int FIRST = 16;

    /** The year of slot 0. */
    private int base;
    /**
     * {@code [indicator][year - base][economy / BLOCK][economy % BLOCK]}: a column over economy
     * handles in blocks, or {@code null}.
     */
    private double[][][][] columns = new double[0][][][];

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
        double[] block = block(column(indicator, year), indicator, year, economy);
        int at = economy & BLOCK - 1;
        if (Double.doubleToRawLongBits(block[at]) != ABSENT) {
            return false;
        }
        block[at] = Double.isNaN(value) ? Double.NaN : value;
        return true;
    }

    /** The block of a column that holds {@code economy}, made or grown if need be. */
    private double[] block(double[][] column, int indicator, int year, int economy) {
        int b = economy >>> SHIFT;
        double[][] blocks = column;
        if (b >= blocks.length) {
            blocks = Arrays.copyOf(blocks, Math.max(b + 1, 2 * blocks.length));
            columns[indicator][year - base] = blocks;
        }
        double[] block = blocks[b];
        int at = economy & BLOCK - 1;
        if (block == null || at >= block.length) {
            int length = b > 0 ? BLOCK
                    : Math.min(BLOCK, Math.max(Integer.highestOneBit(at) << 1, block == null ? FIRST : 2 * block.length));
            double[] grown = block == null ? new double[length] : Arrays.copyOf(block, length);
            Arrays.fill(grown, block == null ? 0 : block.length, length, ABSENT_VALUE);
            blocks[b] = grown;
            block = grown;
        }
        return block;
    }

    /** The blocks of the column of (indicator, year), made if need be. */
    private double[][] column(int indicator, int year) {
        if (indicator >= columns.length) {
            columns = Arrays.copyOf(columns, Math.max(indicator + 1, columns.length * 2));
        }
        double[][][] slots = columns[indicator];
        if (slots == null) {
            if (isEmpty()) {
                base = year;
            }
            slots = new double[Math.max(1, year - base + 1)][][];
            columns[indicator] = slots;
        }
        int slot = year - base;
        if (slot < 0) {
            shift(-slot);
            slots = columns[indicator];
            slot = 0;
        } else if (slot >= slots.length) {
            slots = Arrays.copyOf(slots, Math.max(slot + 1, slots.length + slots.length / 2));
            columns[indicator] = slots;
        }
        double[][] column = slots[slot];
        if (column == null) {
            column = new double[1][];
            slots[slot] = column;
        }
        return column;
    }

    private boolean isEmpty() {
        for (double[][][] slots : columns) {
            if (slots != null) {
                return false;
            }
        }
        return true;
    }

    /** Moves every indicator's slots {@code by} years later, so that slot 0 is {@code base - by}. */
    private void shift(int by) {
        for (int i = 0; i < columns.length; i++) {
            if (columns[i] != null) {
                double[][][] moved = new double[columns[i].length + by][][];
                System.arraycopy(columns[i], 0, moved, by, columns[i].length);
                columns[i] = moved;
            }
        }
        base -= by;
    }

    /**
     * The panel of some of the economies: those picked, in the given order, with every indicator
     * and the years in which one of them holds a record. The columns of this store are consumed:
     * call it for the aggregates first (fewer economies, nothing dropped), then for the economies
     * with {@code release} set, which drops each column once gathered.
     *
     * @param economies  the collector's economies, by handle
     * @param indicators the collector's indicators, by handle
     * @param picked     handles, ascending
     * @param release    whether to drop each column once gathered
     * @return the panel
     */
    Panel panel(List<Economy> economies, List<Indicator> indicators, int[] picked, boolean release) {
        int years = 0;
        for (double[][][] slots : columns) {
            years = Math.max(years, slots == null ? 0 : slots.length);
        }
        boolean[] used = new boolean[years];
        double[][][] gathered = new double[indicators.size()][years][];
        for (int i = 0; i < Math.min(columns.length, indicators.size()); i++) {
            double[][][] slots = columns[i];
            for (int s = 0; slots != null && s < slots.length; s++) {
                if (slots[s] != null) {
                    gathered[i][s] = gather(slots[s], picked);
                    used[s] |= gathered[i][s] != null;
                    if (release) {
                        slots[s] = null;
                    }
                }
            }
        }
        int count = 0;
        for (boolean u : used) {
            count += u ? 1 : 0;
        }
        int[] panelYears = new int[count];
        int[] slotOf = new int[count];
        for (int s = 0, k = 0; s < years; s++) {
            if (used[s]) {
                panelYears[k] = base + s;
                slotOf[k++] = s;
            }
        }
        double[][] out = new double[indicators.size() * count][];
        for (int i = 0; i < indicators.size(); i++) {
            for (int k = 0; k < count; k++) {
                out[i * count + k] = gathered[i][slotOf[k]];
            }
        }
        List<Economy> list = Arrays.stream(picked).mapToObj(economies::get).toList();
        return PanelAccess.adopt(list, indicators, panelYears, out);
    }

    /**
     * The picked cells of a column, {@code NaN} where no record was read; {@code null} when none
     * of them holds a record.
     */
    private static double[] gather(double[][] column, int[] picked) {
        double[] out = new double[picked.length];
        boolean any = false;
        for (int k = 0; k < picked.length; k++) {
            int e = picked[k];
            int b = e >>> SHIFT;
            int at = e & BLOCK - 1;
            double v = b < column.length && column[b] != null && at < column[b].length ? column[b][at]
                    : ABSENT_VALUE;
            if (Double.doubleToRawLongBits(v) == ABSENT) {
                out[k] = Double.NaN;
            } else {
                out[k] = v;
                any = true;
            }
        }
        return any ? out : null;
    }
}
