package org.divide.metrics.aggregate;

import java.util.Arrays;

/**
 * The weighted median of a validated row (see {@link Aggregation#median()}).
 */
final class WeightedMedian {

    /** Relative tolerance under which a cumulative weight counts as exactly half. */
    static final double HALF_TOLERANCE = 1e-12;

    private WeightedMedian() {
    }

    /**
     * With the available entries of positive weight sorted by value and {@code W} their total
     * weight, the first value {@code x_(k)} whose cumulative weight reaches {@code W/2}; when the
     * cumulative weight equals {@code W/2} (within {@link #HALF_TOLERANCE}), the mean of
     * {@code x_(k)} and {@code x_(k+1)}. NaN when no entry is available.
     */
    static double median(double[] x, double[] w) {
        int m = 0;
        double[] vals = new double[x.length];
        double[] ws = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            if (!Double.isNaN(x[i]) && w[i] > 0) {
                vals[m] = x[i];
                ws[m] = w[i];
                m++;
            }
        }
        if (m == 0) {
            return Double.NaN;
        }
        Integer[] idx = new Integer[m];
        double total = 0;
        for (int j = 0; j < m; j++) {
            idx[j] = j;
            total += ws[j];
        }
        Arrays.sort(idx, (p, q) -> Double.compare(vals[p], vals[q]));
        double cum = 0;
        for (int j = 0; j < m; j++) {
            cum += ws[idx[j]];
            double gap = 2 * cum - total;
            if (Math.abs(gap) <= HALF_TOLERANCE * total && j + 1 < m) {
                return (vals[idx[j]] + vals[idx[j + 1]]) / 2;
            }
            if (gap >= 0) {
                return vals[idx[j]];
            }
        }
        return vals[idx[m - 1]];
    }
}
