package org.divide.io.internal;

import java.util.Arrays;
import java.util.List;
import org.divide.core.Economy;
import org.divide.core.Indicator;
import org.divide.core.Panel;

/**
 * The cells of one panel of a {@link PanelCollector} (the economies, or the aggregates), laid out
 * as dense columns over the collector's economies before they become a {@link Panel}. First call
 * {@link #span(int)} for every cell, then {@link #put} for every cell, then {@link #build()}.
 */
final class PanelParts {

    private final List<Economy> economies;
    private final List<Indicator> indicators;
    private final boolean[] used;
    private int minYear = Integer.MAX_VALUE;
    private int maxYear = Integer.MIN_VALUE;
    /** {@code [indicator][yearOffset - minYear]} over all economies of the collector; null = none. */
    private double[][][] columns;

    PanelParts(List<Economy> economies, List<Indicator> indicators) {
        this.economies = economies;
        this.indicators = indicators;
        this.used = new boolean[economies.size()];
    }

    void span(int yearOffset) {
        minYear = Math.min(minYear, yearOffset);
        maxYear = Math.max(maxYear, yearOffset);
    }

    void put(int economy, int indicator, int yearOffset, double value) {
        if (columns == null) {
            columns = new double[indicators.size()][maxYear - minYear + 1][];
        }
        double[] column = columns[indicator][yearOffset - minYear];
        if (column == null) {
            column = new double[economies.size()];
            Arrays.fill(column, Double.NaN);
            columns[indicator][yearOffset - minYear] = column;
        }
        column[economy] = value;
        used[economy] = true;
    }

    Panel build() {
        Panel.Builder builder = Panel.builder();
        int[] local = new int[economies.size()];
        int n = 0;
        for (int e = 0; e < used.length; e++) {
            if (used[e]) {
                builder.addEconomy(economies.get(e));
                local[n++] = e;
            }
        }
        for (Indicator indicator : indicators) {
            builder.addIndicator(indicator);
        }
        for (int i = 0; columns != null && i < columns.length; i++) {
            for (int y = 0; y < columns[i].length; y++) {
                double[] column = columns[i][y];
                if (column != null) {
                    double[] values = new double[n];
                    for (int k = 0; k < n; k++) {
                        values[k] = column[local[k]];
                    }
                    builder.putColumn(indicators.get(i).code(), minYear + y + Panel.MIN_YEAR, values);
                    columns[i][y] = null;
                }
            }
        }
        return builder.build();
    }
}
