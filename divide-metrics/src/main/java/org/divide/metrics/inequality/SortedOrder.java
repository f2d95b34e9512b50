package org.divide.metrics.inequality;

/**
 * The observations in ascending order of a sort variable, made by one {@link RadixSort} with
 * one key array and one scratch array of {@code long} (no boxing, no index array). Two forms:
 * <ul>
 *   <li>values only, for unweighted data: the keys are the values, decoded on access;</li>
 *   <li>indexed: each key packs the value's high bits with the observation's index, so
 *       weights and other per-observation data are looked up through {@link #index(int)}.</li>
 * </ul>
 */
final class SortedOrder {

    private final long[] keys;
    private final int size;
    private final long indexMask;
    private final double[] by;
    private final double[] weights;

    private SortedOrder(long[] keys, int size, int indexBits, double[] by, double[] weights) {
        this.keys = keys;
        this.size = size;
        this.indexMask = (1L << indexBits) - 1;
        this.by = by;
        this.weights = weights;
    }

    /**
     * Orders a sample by its values.
     *
     * @param x        the values; not modified
     * @param w        the weights or {@code null}; not modified
     * @param parallel whether the sort may use the common fork-join pool
     * @return the order: values only when {@code w} is {@code null}, indexed otherwise
     */
    static SortedOrder byValue(double[] x, double[] w, boolean parallel) {
        if (w != null) {
            return indexed(x, w, parallel);
        }
        int n = x.length;
        long[] keys = new long[n];
        for (int i = 0; i < n; i++) {
            keys[i] = RadixSort.key(x[i]);
        }
        return new SortedOrder(RadixSort.sort(keys, new long[n], n, 0, parallel), n, 0, null, null);
    }

    /**
     * Orders the indices of observations by a sort variable.
     *
     * @param by       the sort variable; not modified and read again by {@link #value(int)}
     * @param w        the weights returned by {@link #weight(int)}, or {@code null}; not modified
     * @param parallel whether the sort may use the common fork-join pool
     * @return the indexed order
     */
    static SortedOrder indexed(double[] by, double[] w, boolean parallel) {
        int n = by.length;
        int bits = RadixSort.indexBits(n);
        long high = -1L << bits;
        long[] keys = new long[n];
        for (int i = 0; i < n; i++) {
            keys[i] = (RadixSort.key(by[i]) & high) | i;
        }
        long[] sorted = RadixSort.sort(keys, new long[n], n, bits, parallel);
        RadixSort.sortRuns(sorted, n, bits, by);
        return new SortedOrder(sorted, n, bits, by, w);
    }

    /** @return the number of observations */
    int size() {
        return size;
    }

    /**
     * @param rank a rank in {@code [0, size)}
     * @return the sort variable of the observation of that rank
     */
    double value(int rank) {
        return by == null ? RadixSort.value(keys[rank]) : by[(int) (keys[rank] & indexMask)];
    }

    /**
     * @param rank a rank in {@code [0, size)}
     * @return the weight of the observation of that rank (1 when unweighted)
     */
    double weight(int rank) {
        return weights == null ? 1 : weights[(int) (keys[rank] & indexMask)];
    }

    /**
     * @param rank a rank in {@code [0, size)}
     * @return the index of the observation of that rank (indexed orders only)
     */
    int index(int rank) {
        return (int) (keys[rank] & indexMask);
    }
}
