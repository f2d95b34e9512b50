package org.divide.metrics.internal.sort;

import java.util.stream.IntStream;

/**
 * The observations in ascending order of a sort variable, made by one {@link RadixSort} with
 * one key array and one scratch array of {@code long} (no boxing, no index array). Three forms:
 * <ul>
 *   <li>values, for unweighted data: the keys are the values, decoded on access;</li>
 *   <li>values with weights: the keys pack the value's high bits with the observation's index;
 *       after the sort, one gathering pass overwrites the keys with the values and fills the
 *       scratch array with the weights, so the pass that follows reads both sequentially;</li>
 *   <li>indexed: packed keys kept, so any per-observation data is looked up through
 *       {@link #index(int)}.</li>
 * </ul>
 */
public final class SortedOrder {

    private static final int VALUES = 0;
    private static final int GATHERED = 1;
    private static final int INDEXED = 2;
    /** Observations gathered per task after the sort (the chunk size of the inequality measures). */
    private static final int GATHER_CHUNK = 1 << 16;

    private final int mode;
    private final long[] keys;
    private final long[] weightBits;
    private final int size;
    private final long indexMask;
    private final double[] by;
    private final double[] weights;

    private SortedOrder(int mode, long[] keys, long[] weightBits, int indexBits, double[] by, double[] weights) {
        this.mode = mode;
        this.keys = keys;
        this.weightBits = weightBits;
        this.size = keys.length;
        this.indexMask = (1L << indexBits) - 1;
        this.by = by;
        this.weights = weights;
    }

    /**
     * Orders a sample by its values, for passes that read values and weights by rank.
     *
     * @param x        the values; not modified
     * @param w        the weights or {@code null}; not modified
     * @param parallel whether the sort may use the common fork-join pool
     * @return the order
     */
    public static SortedOrder byValue(double[] x, double[] w, boolean parallel) {
        int n = x.length;
        if (w == null) {
            long[] keys = new long[n];
            for (int i = 0; i < n; i++) {
                keys[i] = RadixSort.key(x[i]);
            }
            return new SortedOrder(VALUES, RadixSort.sort(keys, new long[n], n, 0, parallel), null, 0, null, null);
        }
        long[] a = new long[n];
        long[] b = new long[n];
        int bits = pack(x, a);
        long[] sorted = RadixSort.sort(a, b, n, bits, parallel);
        long[] other = sorted == a ? b : a;
        RadixSort.sortRuns(sorted, n, bits, x);
        long mask = (1L << bits) - 1;
        IntStream ranges = IntStream.range(0, (n + GATHER_CHUNK - 1) / GATHER_CHUNK);
        (parallel ? ranges.parallel() : ranges).forEach(c -> {
            for (int r = c * GATHER_CHUNK, end = Math.min(n, r + GATHER_CHUNK); r < end; r++) {
                int i = (int) (sorted[r] & mask);
                sorted[r] = Double.doubleToRawLongBits(x[i]);
                other[r] = Double.doubleToRawLongBits(w[i]);
            }
        });
        return new SortedOrder(GATHERED, sorted, other, 0, null, null);
    }

    /**
     * Orders the indices of observations by a sort variable.
     *
     * @param by       the sort variable; not modified and read again by {@link #value(int)}
     * @param w        the weights returned by {@link #weight(int)}, or {@code null}; not modified
     * @param parallel whether the sort may use the common fork-join pool
     * @return the indexed order
     */
    public static SortedOrder indexed(double[] by, double[] w, boolean parallel) {
        int n = by.length;
        long[] keys = new long[n];
        int bits = pack(by, keys);
        long[] sorted = RadixSort.sort(keys, new long[n], n, bits, parallel);
        RadixSort.sortRuns(sorted, n, bits, by);
        return new SortedOrder(INDEXED, sorted, null, bits, by, w);
    }

    /** Writes the packed keys (value key high bits, index low bits); returns the number of index bits. */
    private static int pack(double[] by, long[] keys) {
        int bits = RadixSort.indexBits(by.length);
        long high = -1L << bits;
        for (int i = 0; i < by.length; i++) {
            keys[i] = (RadixSort.key(by[i]) & high) | i;
        }
        return bits;
    }

    /** @return the number of observations */
    public int size() {
        return size;
    }

    /**
     * @param rank a rank in {@code [0, size)}
     * @return the sort variable of the observation of that rank
     */
    public double value(int rank) {
        if (mode == VALUES) {
            return RadixSort.value(keys[rank]);
        }
        if (mode == GATHERED) {
            return Double.longBitsToDouble(keys[rank]);
        }
        return by[(int) (keys[rank] & indexMask)];
    }

    /**
     * @param rank a rank in {@code [0, size)}
     * @return the weight of the observation of that rank (1 when unweighted)
     */
    public double weight(int rank) {
        if (mode == GATHERED) {
            return Double.longBitsToDouble(weightBits[rank]);
        }
        return weights == null ? 1 : weights[(int) (keys[rank] & indexMask)];
    }

    /**
     * @param rank a rank in {@code [0, size)}
     * @return the index of the observation of that rank ({@link #indexed} orders only)
     */
    public int index(int rank) {
        return (int) (keys[rank] & indexMask);
    }
}
