package org.divide.core;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * The checks behind {@link org.divide.core.internal.PanelAccess#adopt}: a panel over column arrays
 * that a reader built itself, taken over without a copy once they pass the checks that
 * {@link Panel.Builder} makes cell by cell. The checks cost one pass over the cells.
 */
final class AdoptedPanel {

    private AdoptedPanel() {
    }

    /**
     * The panel over the given axes and columns.
     *
     * @param economies  the economies, distinct codes
     * @param indicators the indicators, distinct codes
     * @param years      ascending, distinct, within the panel's range
     * @param columns    {@code [indicator * years.length + yearIndex]}, each {@code null} or as long as
     *                   the economies, finite or {@code NaN} values; an all-{@code NaN} column is
     *                   replaced by {@code null} in place
     * @param valuesChecked whether the caller has checked the values as it built the columns (each
     *                   finite or {@code NaN}, no column all {@code NaN}), so that they are not read
     *                   again; the axes and the columns' lengths are checked either way
     * @return the panel
     * @throws IllegalArgumentException if a check fails
     */
    static Panel adopt(List<Economy> economies, List<Indicator> indicators, int[] years, double[][] columns,
            boolean valuesChecked) {
        Objects.requireNonNull(economies, "economies");
        Objects.requireNonNull(indicators, "indicators");
        Objects.requireNonNull(years, "years");
        Objects.requireNonNull(columns, "columns");
        for (int y = 0; y < years.length; y++) {
            if (years[y] < Panel.MIN_YEAR || years[y] > Panel.MAX_YEAR || y > 0 && years[y] <= years[y - 1]) {
                throw new IllegalArgumentException("years must be ascending, distinct and within [" + Panel.MIN_YEAR
                        + ", " + Panel.MAX_YEAR + "]: " + years[y] + " at position " + y);
            }
        }
        if ((long) indicators.size() * years.length != columns.length) {
            throw new IllegalArgumentException(columns.length + " columns for " + indicators.size() + " indicators × "
                    + years.length + " years");
        }
        int n = economies.size();
        for (int c = 0; c < columns.length; c++) {
            double[] column = columns[c];
            if (column == null) {
                continue;
            }
            if (column.length != n) {
                throw new IllegalArgumentException("column " + c + " has " + column.length + " values for " + n
                        + " economies");
            }
            if (valuesChecked) {
                continue;
            }
            // one branch-free pass (which the compiler can vectorise): how many values are not
            // NaN, and whether one is infinite
            int present = 0;
            boolean infinite = false;
            for (double v : column) {
                present += v == v ? 1 : 0;
                infinite |= Math.abs(v) == Double.POSITIVE_INFINITY;
            }
            if (infinite) {
                double v = Arrays.stream(column).filter(Double::isInfinite).findFirst().orElseThrow();
                throw new IllegalArgumentException("column " + c + " holds an infinite value: " + v);
            }
            if (present == 0) {
                columns[c] = null;
            }
        }
        Panel panel = new Panel(economies, indicators, years, columns);
        if (panel.economyCount() != n || panel.indicatorCount() != indicators.size()) {
            throw new IllegalArgumentException("economy or indicator codes are not distinct");
        }
        return panel;
    }
}
