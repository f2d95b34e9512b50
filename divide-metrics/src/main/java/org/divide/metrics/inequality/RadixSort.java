package org.divide.metrics.inequality;

import java.util.Arrays;

/**
 * Least-significant-digit radix sort of 64-bit keys that encode {@code double} values in
 * order-preserving form.
 *
 * <p>A value's IEEE-754 bits are turned into an unsigned key whose order is the numeric order:
 * the sign bit is flipped for positive numbers and all bits are flipped for negative numbers
 * (−0.0 is first mapped to +0.0 so that equal values have equal keys). Keys are sorted by
 * 11-bit digits (2 048 counters, which fit in the L1 cache); the histograms of all digits are
 * built in one pass and a digit on which all keys agree is skipped, so data with a narrow
 * exponent range needs fewer passes. Cost: O(n·b/11) for b key bits, one scratch array.
 *
 * <p>To carry a payload (weights, group codes) without a second pair of arrays, a key can be
 * packed: the high bits hold the value's key and the low {@code indexBits} bits the index of
 * the observation. Sorting the packed keys orders the observations by the high bits; runs whose
 * high bits agree are then put in exact order by {@link #sortRuns}.
 */
final class RadixSort {

    private static final int DIGIT_BITS = 11;
    private static final int RADIX = 1 << DIGIT_BITS;
    private static final int MASK = RADIX - 1;
    /** Below this length a comparison sort is faster than building histograms. */
    private static final int SMALL = 512;
    /** Runs up to this length are put in order by insertion sort. */
    private static final int INSERTION = 24;

    private RadixSort() {
    }

    /**
     * @param v a value (not {@code NaN})
     * @return its order-preserving unsigned key
     */
    static long key(double v) {
        long bits = Double.doubleToRawLongBits(v + 0.0);
        return bits ^ ((bits >> 63) | Long.MIN_VALUE);
    }

    /**
     * @param key a key made by {@link #key}
     * @return the value
     */
    static double value(long key) {
        return Double.longBitsToDouble(key ^ ((~key >> 63) | Long.MIN_VALUE));
    }

    /**
     * Number of low bits needed to hold an index in {@code [0, n)}.
     *
     * @param n the number of observations
     * @return the number of index bits, at least 1
     */
    static int indexBits(int n) {
        return Math.max(1, 32 - Integer.numberOfLeadingZeros(n - 1));
    }

    /**
     * Sorts {@code a[0, n)} in unsigned order of the bits {@code [lowBit, 64)}; lower bits are
     * ignored.
     *
     * @param a       the keys; its contents are undefined afterwards unless it is returned
     * @param scratch an array of at least {@code n} elements; its contents are undefined afterwards
     * @param n       the number of keys
     * @param lowBit  the lowest bit that takes part in the order
     * @return {@code a} or {@code scratch}, whichever holds the sorted keys
     */
    static long[] sort(long[] a, long[] scratch, int n, int lowBit) {
        if (n < SMALL) {
            for (int i = 0; i < n; i++) {
                a[i] ^= Long.MIN_VALUE;
            }
            Arrays.sort(a, 0, n);
            for (int i = 0; i < n; i++) {
                a[i] ^= Long.MIN_VALUE;
            }
            return a;
        }
        int digits = (64 - lowBit + DIGIT_BITS - 1) / DIGIT_BITS;
        int[][] counts = new int[digits][RADIX];
        for (int i = 0; i < n; i++) {
            long k = a[i] >>> lowBit;
            for (int d = 0; d < digits; d++) {
                counts[d][(int) (k >>> (d * DIGIT_BITS)) & MASK]++;
            }
        }
        long[] src = a;
        long[] dst = scratch;
        for (int d = 0; d < digits; d++) {
            int[] c = counts[d];
            if (!offsets(c, n)) {
                continue;
            }
            int shift = lowBit + d * DIGIT_BITS;
            for (int i = 0; i < n; i++) {
                long k = src[i];
                dst[c[(int) (k >>> shift) & MASK]++] = k;
            }
            long[] t = src;
            src = dst;
            dst = t;
        }
        return src;
    }

    /** Turns counts into start offsets; returns false if one bucket holds every key (nothing to do). */
    private static boolean offsets(int[] c, int n) {
        int sum = 0;
        for (int b = 0; b < RADIX; b++) {
            int k = c[b];
            if (k == n) {
                return false;
            }
            c[b] = sum;
            sum += k;
        }
        return true;
    }

    /**
     * Puts packed keys whose high bits agree into exact order of {@code key(by[index])}.
     *
     * @param a         packed keys sorted by their high bits
     * @param n         the number of keys
     * @param indexBits the number of low bits holding the index
     * @param by        the values the keys were made from; not modified
     */
    static void sortRuns(long[] a, int n, int indexBits, double[] by) {
        long mask = (1L << indexBits) - 1;
        int start = 0;
        for (int i = 1; i <= n; i++) {
            if (i == n || (a[i] >>> indexBits) != (a[start] >>> indexBits)) {
                if (i - start > 1) {
                    sortRun(a, start, i, mask, by);
                }
                start = i;
            }
        }
    }

    private static void sortRun(long[] a, int from, int to, long mask, double[] by) {
        if (to - from <= INSERTION) {
            for (int i = from + 1; i < to; i++) {
                long v = a[i];
                long k = fullKey(v, mask, by);
                int j = i - 1;
                while (j >= from && Long.compareUnsigned(fullKey(a[j], mask, by), k) > 0) {
                    a[j + 1] = a[j];
                    j--;
                }
                a[j + 1] = v;
            }
            return;
        }
        int n = to - from;
        for (int i = n / 2 - 1; i >= 0; i--) {
            siftDown(a, from, i, n, mask, by);
        }
        for (int end = n - 1; end > 0; end--) {
            long t = a[from];
            a[from] = a[from + end];
            a[from + end] = t;
            siftDown(a, from, 0, end, mask, by);
        }
    }

    private static void siftDown(long[] a, int base, int i, int n, long mask, double[] by) {
        long v = a[base + i];
        long k = fullKey(v, mask, by);
        while (true) {
            int child = 2 * i + 1;
            if (child >= n) {
                break;
            }
            long ck = fullKey(a[base + child], mask, by);
            if (child + 1 < n) {
                long rk = fullKey(a[base + child + 1], mask, by);
                if (Long.compareUnsigned(rk, ck) > 0) {
                    child++;
                    ck = rk;
                }
            }
            if (Long.compareUnsigned(ck, k) <= 0) {
                break;
            }
            a[base + i] = a[base + child];
            i = child;
        }
        a[base + i] = v;
    }

    private static long fullKey(long packed, long mask, double[] by) {
        return key(by[(int) (packed & mask)]);
    }
}
