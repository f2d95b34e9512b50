package org.divide.core;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The growable cell storage behind {@link Panel.Builder}: per indicator, a run of year slots, each
 * holding a column over economies ({@code NaN} = missing) that grows as economies are added.
 *
 * <p>Columns are allocated on the first value written into them, so indicator-years without data
 * cost one {@code null} reference and every allocated column holds a value. Values are never
 * boxed.
 */
final class CellGrid {

    /** Per indicator: the year slots; {@code slots[k]} holds year {@code base + k}. */
    private static final class YearSlots {
        int base;
        double[][] slots;
    }

    private final List<YearSlots> byIndicator = new ArrayList<>();

    /**
     * Stores a value unless it conflicts with the one already there.
     *
     * <p>A {@code NaN} value stores nothing (the cell stays as it is); a value equal ({@code ==})
     * to the stored one is accepted; a value written into a missing cell is stored.
     *
     * @param economy   the economy index
     * @param indicator the indicator index
     * @param year      the year
     * @param value     the value, finite or {@code NaN}
     * @return {@code NaN} when the value was accepted, otherwise the conflicting stored value
     */
    double merge(int economy, int indicator, int year, double value) {
        if (Double.isNaN(value)) {
            return Double.NaN;
        }
        double[] column = column(economy, indicator, year);
        double old = column[economy];
        if (Double.isNaN(old)) {
            column[economy] = value;
            return Double.NaN;
        }
        return old == value ? Double.NaN : old;
    }

    /**
     * The columns of a panel, laid out as {@code [indicator * years.length + yearIndex]}, each of
     * length {@code economyCount}; a column without any value is {@code null}.
     *
     * @param indicatorCount the number of indicators
     * @param years          the panel's years, ascending, not modified
     * @param economyCount   the number of economies
     * @return fresh arrays, independent of this grid
     */
    double[][] toColumns(int indicatorCount, int[] years, int economyCount) {
        double[][] columns = new double[indicatorCount * years.length][];
        for (int i = 0; i < byIndicator.size(); i++) {
            YearSlots ys = byIndicator.get(i);
            if (ys.slots == null) {
                continue;
            }
            for (int y = 0; y < years.length; y++) {
                int k = years[y] - ys.base;
                if (k >= 0 && k < ys.slots.length && ys.slots[k] != null) {
                    columns[i * years.length + y] = resize(ys.slots[k], economyCount);
                }
            }
        }
        return columns;
    }

    /**
     * The column in canonical form: {@code null} when it holds no value.
     *
     * @param column a column, not modified
     * @return the same array, or {@code null}
     */
    static double[] canonical(double[] column) {
        for (double v : column) {
            if (!Double.isNaN(v)) {
                return column;
            }
        }
        return null;
    }

    /**
     * A copy of an array with another length, padded with {@code NaN}.
     *
     * @param column the array, not modified
     * @param length the new length
     * @return the copy
     */
    static double[] resize(double[] column, int length) {
        double[] copy = Arrays.copyOf(column, length);
        if (length > column.length) {
            Arrays.fill(copy, column.length, length, Double.NaN);
        }
        return copy;
    }

    /** The column of one indicator-year, allocated or grown so that it holds {@code economy}. */
    private double[] column(int economy, int indicator, int year) {
        while (byIndicator.size() <= indicator) {
            byIndicator.add(new YearSlots());
        }
        YearSlots ys = byIndicator.get(indicator);
        if (ys.slots == null) {
            ys.base = year;
            ys.slots = new double[1][];
        } else if (year < ys.base) {
            double[][] grown = new double[ys.slots.length + ys.base - year][];
            System.arraycopy(ys.slots, 0, grown, ys.base - year, ys.slots.length);
            ys.slots = grown;
            ys.base = year;
        } else if (year - ys.base >= ys.slots.length) {
            ys.slots = Arrays.copyOf(ys.slots, year - ys.base + 1);
        }
        int k = year - ys.base;
        double[] column = ys.slots[k];
        if (column == null || economy >= column.length) {
            int length = Math.max(economy + 1, column == null ? 8 : 2 * column.length);
            column = column == null ? resize(new double[0], length) : resize(column, length);
            ys.slots[k] = column;
        }
        return column;
    }
}
