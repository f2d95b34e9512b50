package org.divide.metrics.concentration;

import java.util.Arrays;

/**
 * A sample sorted in ascending order with its weights carried along: a stable merge sort of an index
 * array (no boxing), O(n log n) time and two scratch {@code int} arrays. The order of tied values
 * does not affect any quantity computed from it in this package.
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
     * @param x the values (not modified)
     * @param w the weights or {@code null} (not modified)
     * @return the sorted copy
     */
    static SortedSample of(double[] x, double[] w) {
        if (w == null) {
            double[] xs = x.clone();
            Arrays.sort(xs);
            return new SortedSample(xs, null);
        }
        int n = x.length;
        int[] index = order(x);
        double[] xs = new double[n];
        double[] ws = new double[n];
        for (int i = 0; i < n; i++) {
            xs[i] = x[index[i]];
            ws[i] = w[index[i]];
        }
        return new SortedSample(xs, ws);
    }

    /**
     * Returns the indices that sort a key ascending, ties in input order (a stable sort).
     *
     * @param key the sort key (not modified)
     * @return the permutation: {@code key[order[0]] <= key[order[1]] <= ...}
     */
    static int[] order(double[] key) {
        int n = key.length;
        int[] index = new int[n];
        for (int i = 0; i < n; i++) {
            index[i] = i;
        }
        mergeSort(index, new int[n], 0, n, key);
        return index;
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

    private static void mergeSort(int[] a, int[] tmp, int from, int to, double[] key) {
        if (to - from <= 16) {
            for (int i = from + 1; i < to; i++) {
                int v = a[i];
                int j = i - 1;
                while (j >= from && key[a[j]] > key[v]) {
                    a[j + 1] = a[j];
                    j--;
                }
                a[j + 1] = v;
            }
            return;
        }
        int mid = (from + to) >>> 1;
        mergeSort(a, tmp, from, mid, key);
        mergeSort(a, tmp, mid, to, key);
        if (key[a[mid - 1]] <= key[a[mid]]) {
            return;
        }
        System.arraycopy(a, from, tmp, from, to - from);
        int i = from;
        int j = mid;
        for (int k = from; k < to; k++) {
            if (j >= to || (i < mid && key[tmp[i]] <= key[tmp[j]])) {
                a[k] = tmp[i++];
            } else {
                a[k] = tmp[j++];
            }
        }
    }
}
