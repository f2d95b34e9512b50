package org.divide.metrics.internal.sort;

import java.util.Arrays;
import java.util.stream.IntStream;

/**
 * Radix sort of 64-bit keys that encode {@code double} values in order-preserving form.
 *
 * <p>A value's IEEE-754 bits are turned into an unsigned key whose order is the numeric order:
 * the sign bit is flipped for positive numbers and all bits are flipped for negative numbers
 * (−0.0 is first mapped to +0.0 so that equal values have equal keys). The keys are distributed
 * by one most-significant-digit pass over the top 16 bits that vary, then each bucket is
 * finished by a least-significant-digit sort with 11-bit digits (2 048 counters, which fit in the
 * L1 cache), whose histograms are built in one pass and whose constant digits are skipped.
 * Cost: O(n·b/11) for b varying key bits, with one scratch array and no boxing; buckets are
 * sorted in parallel for long inputs.
 *
 * <p>To carry a payload (weights, group codes) without a second pair of arrays, a key can be
 * packed: the high bits hold the value's key and the low {@code indexBits} bits the index of
 * the observation. Sorting the packed keys orders the observations by the high bits; runs whose
 * high bits agree are then put in exact order by {@link #sortRuns}.
 */
public final class RadixSort {

    private static final int DIGIT_BITS = 11;
    private static final int RADIX = 1 << DIGIT_BITS;
    private static final int MASK = RADIX - 1;
    /** Below this length a comparison sort is faster than building histograms. */
    private static final int SMALL = 2048;
    /** Bits of the most-significant-digit pass: at most 65 536 buckets ... */
    private static final int TOP_BITS = 16;
    /** ... and at most n/4 buckets, so that short inputs do not pay for empty ones. */
    private static final int BUCKET_LOG2 = 2;
    /** Minimum number of keys before buckets are sorted in parallel. */
    private static final int PARALLEL_MIN = 1 << 16;
    /** Number of parallel tasks the buckets are grouped into. */
    private static final int TASKS = 64;
    /** Runs up to this length are put in order by insertion sort. */
    public static final int INSERTION = 24;

    private RadixSort() {
    }

    /**
     * @param v a value (not {@code NaN})
     * @return its order-preserving unsigned key
     */
    public static long key(double v) {
        long bits = Double.doubleToRawLongBits(v + 0.0);
        return bits ^ ((bits >> 63) | Long.MIN_VALUE);
    }

    /**
     * @param key a key made by {@link #key}
     * @return the value
     */
    public static double value(long key) {
        return Double.longBitsToDouble(key ^ ((~key >> 63) | Long.MIN_VALUE));
    }

    /**
     * Number of low bits needed to hold an index in {@code [0, n)}.
     *
     * @param n the number of observations
     * @return the number of index bits, at least 1
     */
    public static int indexBits(int n) {
        return Math.max(1, 32 - Integer.numberOfLeadingZeros(n - 1));
    }

    /**
     * Sorts {@code a[0, n)} in unsigned order of the bits {@code [lowBit, 64)}; lower bits are
     * ignored (keys that agree on the high bits may end in any order).
     *
     * <p>One most-significant-digit pass distributes the keys by the top 16 of the bits that vary
     * (bits on which all keys agree are skipped), then every bucket — small enough to stay in
     * the cache for typical data — is finished by an LSD radix sort of its remaining bits, or by a
     * comparison sort when it is short. Buckets are independent, so with {@code parallel} they are
     * sorted on the common fork-join pool; the result does not depend on the number of threads.
     *
     * @param a        the keys; its contents are undefined afterwards unless it is returned
     * @param scratch  an array of at least {@code n} elements; its contents are undefined afterwards
     * @param n        the number of keys
     * @param lowBit   the lowest bit that takes part in the order
     * @param parallel whether buckets may be sorted in parallel
     * @return {@code a} or {@code scratch}, whichever holds the sorted keys
     */
    public static long[] sort(long[] a, long[] scratch, int n, int lowBit, boolean parallel) {
        if (n < SMALL) {
            comparisonSort(a, 0, n);
            return a;
        }
        long first = a[0];
        long differ = 0;
        for (int i = 1; i < n; i++) {
            differ |= a[i] ^ first;
        }
        int varying = 64 - Long.numberOfLeadingZeros(differ >>> lowBit);
        if (varying == 0) {
            return a;
        }
        int topBits = Math.min(Math.min(TOP_BITS, varying), Math.max(4, log2(n) - BUCKET_LOG2));
        int topShift = lowBit + varying - topBits;
        int topMask = (1 << topBits) - 1;
        int[] start = new int[(1 << topBits) + 1];
        for (int i = 0; i < n; i++) {
            start[(int) (a[i] >>> topShift) & topMask]++;
        }
        int sum = 0;
        for (int b = 0; b < start.length; b++) {
            int k = start[b];
            start[b] = sum;
            sum += k;
        }
        int[] next = Arrays.copyOf(start, start.length - 1);
        for (int i = 0; i < n; i++) {
            long k = a[i];
            scratch[next[(int) (k >>> topShift) & topMask]++] = k;
        }
        if (topShift > lowBit) {
            sortBuckets(scratch, a, start, lowBit, topShift, parallel && n >= PARALLEL_MIN);
        }
        return scratch;
    }

    /** Finishes every bucket {@code [start[b], start[b + 1])} of {@code data}, using {@code buffer} alongside. */
    private static void sortBuckets(long[] data, long[] buffer, int[] start, int lowBit, int highBit, boolean parallel) {
        int buckets = start.length - 1;
        if (!parallel) {
            int[][][] counts = new int[1][][];
            for (int b = 0; b < buckets; b++) {
                sortRange(data, buffer, start[b], start[b + 1], lowBit, highBit, counts);
            }
            return;
        }
        int[] bounds = tasks(start, Math.max(SMALL, start[buckets] / TASKS));
        IntStream.range(0, bounds.length - 1).parallel().forEach(t -> {
            int[][][] counts = new int[1][][];
            for (int b = bounds[t]; b < bounds[t + 1]; b++) {
                sortRange(data, buffer, start[b], start[b + 1], lowBit, highBit, counts);
            }
        });
    }

    /**
     * Groups consecutive buckets into tasks of about {@code target} keys each (a bucket is never
     * split), so that the grouping depends on the data alone, not on the threads.
     *
     * @param start  the bucket offsets, {@code start[b]} to {@code start[b + 1]} for bucket b
     * @param target the least number of keys per task (the last task may hold fewer)
     * @return the first bucket of each task, then the number of buckets
     */
    public static int[] tasks(int[] start, int target) {
        int buckets = start.length - 1;
        int[] first = new int[buckets + 1];
        int tasks = 0;
        for (int b = 0; b < buckets; b++) {
            if (b == 0 || start[b] - start[first[tasks - 1]] >= target) {
                first[tasks++] = b;
            }
        }
        first[tasks] = buckets;
        return Arrays.copyOf(first, tasks + 1);
    }

    public static int log2(int n) {
        return 31 - Integer.numberOfLeadingZeros(n);
    }

    private static int digits(int lowBit, int highBit) {
        return (highBit - lowBit + DIGIT_BITS - 1) / DIGIT_BITS;
    }

    /**
     * LSD radix sort of {@code data[from, to)} on the bits {@code [lowBit, highBit)}, leaving
     * the result in {@code data}; short ranges use a comparison sort. {@code holder[0]} holds the
     * counters (one array per digit), allocated on first use.
     */
    private static void sortRange(long[] data, long[] buffer, int from, int to, int lowBit, int highBit,
            int[][][] holder) {
        int n = to - from;
        if (n < SMALL) {
            if (n > 1) {
                comparisonSort(data, from, to);
            }
            return;
        }
        int digits = digits(lowBit, highBit);
        if (holder[0] == null) {
            holder[0] = new int[digits][RADIX];
        }
        int[][] counts = holder[0];
        for (int d = 0; d < digits; d++) {
            int[] c = counts[d];
            Arrays.fill(c, 0);
            int shift = lowBit + d * DIGIT_BITS;
            for (int i = from; i < to; i++) {
                c[(int) (data[i] >>> shift) & MASK]++;
            }
        }
        long[] src = data;
        long[] dst = buffer;
        for (int d = 0; d < digits; d++) {
            int[] c = counts[d];
            if (!offsets(c, n, from)) {
                continue;
            }
            int shift = lowBit + d * DIGIT_BITS;
            for (int i = from; i < to; i++) {
                long k = src[i];
                dst[c[(int) (k >>> shift) & MASK]++] = k;
            }
            long[] t = src;
            src = dst;
            dst = t;
        }
        if (src != data) {
            System.arraycopy(src, from, data, from, n);
        }
    }

    /** Turns counts into start offsets from {@code from}; returns false if one bucket holds every key. */
    private static boolean offsets(int[] c, int n, int from) {
        int sum = from;
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

    /** Sorts {@code a[from, to)} in unsigned order of the whole keys. */
    private static void comparisonSort(long[] a, int from, int to) {
        for (int i = from; i < to; i++) {
            a[i] ^= Long.MIN_VALUE;
        }
        Arrays.sort(a, from, to);
        for (int i = from; i < to; i++) {
            a[i] ^= Long.MIN_VALUE;
        }
    }

    /**
     * Puts packed keys whose high bits agree into exact order of {@code key(by[index])}.
     *
     * @param a         packed keys sorted by their high bits
     * @param n         the number of keys
     * @param indexBits the number of low bits holding the index
     * @param by        the values the keys were made from; not modified
     */
    public static void sortRuns(long[] a, int n, int indexBits, double[] by) {
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
