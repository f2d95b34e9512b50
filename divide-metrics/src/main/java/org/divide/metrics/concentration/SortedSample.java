package org.divide.metrics.concentration;

import org.divide.metrics.internal.sort.SortedOrder;

/**
 * A sample sorted in ascending order with its weights carried along, by the radix sort of
 * {@link SortedOrder} (O(n), no boxing). The order of tied values does not affect any quantity
 * computed from it in this package.
 */
final class SortedSample {

    /** The values in ascending order. */
    final double[] x;
    /** The weights in the same order, or {@code null} when the sample is unweighted. */
    final double[] w;

    private SortedSample(double[] x, double[] w) {
        this.x = x;
        this.w = w;
    }

    /**
     * Sorts a copy of the sample.
     *
     * @param x the values, none {@code NaN} (not modified)
     * @param w the weights or {@code null} (not modified)
     * @return the sorted copy
     */
    static SortedSample of(double[] x, double[] w) {
        SortedOrder order = SortedOrder.byValue(x, w, false);
        int n = x.length;
        double[] xs = new double[n];
        double[] ws = w == null ? null : new double[n];
        for (int i = 0; i < n; i++) {
            xs[i] = order.value(i);
            if (ws != null) {
                ws[i] = order.weight(i);
            }
        }
        return new SortedSample(xs, ws);
    }

    /**
     * Returns the weight of the {@code i}-th smallest value (1 when unweighted).
     *
     * @param i the position in sorted order
     * @return its weight
     */
    double weight(int i) {
        return w == null ? 1.0 : w[i];
    }

    /**
     * Returns the number of units.
     *
     * @return the sample length
     */
    int size() {
        return x.length;
    }
}
