package org.divide.core;

/**
 * The column array behind a {@link Panel}: one {@code double[]} over economies per
 * (indicator, year), at {@code [indicator * yearCount + yearIndex]}, {@code null} when the column
 * holds no value. Here are the gathers behind the panel's selections, which share unchanged
 * columns rather than copy them, and the count of present values.
 */
final class PanelColumns {

    private PanelColumns() {
    }

    /**
     * The columns restricted to some economies: each column gathered at the picked positions,
     * {@code null} when nothing is left in it. Cost O(columns × picked).
     *
     * @param columns the columns; not modified
     * @param picked  economy positions, valid and distinct, in the order of the result
     * @return new columns, same layout
     */
    static double[][] ofEconomies(double[][] columns, int[] picked) {
        double[][] selected = new double[columns.length][];
        for (int c = 0; c < columns.length; c++) {
            if (columns[c] != null) {
                double[] gathered = new double[picked.length];
                for (int k = 0; k < picked.length; k++) {
                    gathered[k] = columns[c][picked[k]];
                }
                selected[c] = CellGrid.canonical(gathered);
            }
        }
        return selected;
    }

    /**
     * The columns of some indicators, shared, not copied.
     *
     * @param columns   the columns; not modified
     * @param yearCount the number of years
     * @param picked    indicator positions, valid and distinct, in the order of the result
     * @return the layout {@code [k * yearCount + yearIndex]} for the k-th picked indicator
     */
    static double[][] ofIndicators(double[][] columns, int yearCount, int[] picked) {
        double[][] selected = new double[picked.length * yearCount][];
        for (int k = 0; k < picked.length; k++) {
            System.arraycopy(columns, picked[k] * yearCount, selected, k * yearCount, yearCount);
        }
        return selected;
    }

    /**
     * The columns of some years, shared, not copied.
     *
     * @param columns        the columns; not modified
     * @param indicatorCount the number of indicators
     * @param yearCount      the number of years
     * @param picked         year positions, valid, distinct and ascending
     * @return the layout {@code [indicator * picked.length + k]} for the k-th picked year
     */
    static double[][] ofYears(double[][] columns, int indicatorCount, int yearCount, int[] picked) {
        double[][] selected = new double[indicatorCount * picked.length][];
        for (int k = 0; k < picked.length; k++) {
            for (int i = 0; i < indicatorCount; i++) {
                selected[i * picked.length + k] = columns[i * yearCount + picked[k]];
            }
        }
        return selected;
    }

    /**
     * The number of present (not {@code NaN}) values in a column.
     *
     * @param column the column, or {@code null} for one without values; not modified
     * @return the count
     */
    static int countPresent(double[] column) {
        int n = 0;
        for (int e = 0; column != null && e < column.length; e++) {
            if (!Double.isNaN(column[e])) {
                n++;
            }
        }
        return n;
    }
}
