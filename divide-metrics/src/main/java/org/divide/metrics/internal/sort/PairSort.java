package org.divide.metrics.internal.sort;

import java.util.Arrays;

/**
 * Radix sort of 64-bit unsigned keys with a payload carried alongside, in place, with a small
 * workspace of bounded size: the sort of the buckets of the Gini kernel ({@code inequality.GiniKernel}), where each bucket is
 * sorted while it is in the cache. Keys are {@link RadixSort#key} values (possibly offset).
 */
public final class PairSort {

    /** Largest digit of {@link #sortPairs} (16 384 counters, 128 KB with the cursors). */
    private static final int PAIR_DIGIT_BITS = 14;
    /**
     * Largest digit when a range longer than the workspace is permuted in place: 256 places
     * written at a time keep that pass, out of the cache, close to sequential.
     */
    private static final int LONG_RANGE_DIGIT_BITS = 8;

    private PairSort() {
    }

    /**
     * Sorts {@code a[from, to)} in unsigned order, moving {@code payload[i]} with {@code a[i]}:
     * a most-significant-digit radix sort. Each level first finds the bits that vary in its range
     * (so constant bits and ranges of equal keys cost one read), takes up to 14 of the highest
     * varying bits as the digit (one more than log₂ of the range's length, so that most sub-ranges
     * hold zero, one or two keys), distributes the range by that digit and recurses into the
     * sub-ranges; short ones are finished by insertion sort. A range that fits in the workspace is
     * distributed through it (copied out, then written back stably); a longer one is permuted in
     * place with digits of at most 8 bits (American flag sort: P. M. McIlroy, K. Bostic and
     * M. D. McIlroy (1993), Engineering radix sort, Computing Systems 6(1), 5–27), so any range
     * can be sorted with a workspace of bounded size. Tied keys
     * may end in any order, the same for the same input.
     *
     * @param a         the keys
     * @param payload   the values carried with the keys, or {@code null}
     * @param from      first index, inclusive
     * @param to        last index, exclusive
     * @param workspace a workspace used by one thread at a time
     */
    public static void sortPairs(long[] a, long[] payload, int from, int to, Workspace workspace) {
        sortPairs(a, payload, from, to, workspace, 0);
    }

    /** Scratch arrays and counters of {@link #sortPairs}, reused across calls by one thread. */
    public static final class Workspace {
        /** The keys of the workspace. */
        public final long[] keys;
        /** The payload of the workspace, or {@code null}. */
        public final long[] payload;
        private final int[][] counters = new int[64][];

        /**
         * @param capacity     the longest range distributed out of place
         * @param withPayload  whether the ranges carry a payload
         */
        public Workspace(int capacity, boolean withPayload) {
            keys = new long[capacity];
            payload = withPayload ? new long[capacity] : null;
        }

        /** @return the counters of one recursion level for a digit of {@code radix} values (counts and cursors) */
        int[] counters(int depth, int radix) {
            if (counters[depth] == null || counters[depth].length < 2 * radix) {
                counters[depth] = new int[2 * radix];
            }
            return counters[depth];
        }
    }

    /**
     * Sorts {@code a[from, to)} with its payload like {@link #sortPairs}, leaving the input in
     * place when it can: the first level distributes the range into the workspace, where the
     * rest of the sort happens, so the sorted range never has to be written back.
     *
     * @param a         the keys; modified only when {@code false} is returned
     * @param payload   the values carried with the keys, or {@code null}
     * @param from      first index, inclusive
     * @param to        last index, exclusive
     * @param workspace a workspace used by one thread at a time
     * @return {@code true} if the sorted range is in {@code workspace.keys[0, to − from)} (and
     *         {@code workspace.payload}), {@code false} if it is in {@code a[from, to)} (and
     *         {@code payload})
     */
    public static boolean sortInto(long[] a, long[] payload, int from, int to, Workspace workspace) {
        int n = to - from;
        if (n <= RadixSort.INSERTION || n > workspace.keys.length) {
            sortPairs(a, payload, from, to, workspace, 0);
            return false;
        }
        int digit = digit(a, from, to, workspace, 0, 0, PAIR_DIGIT_BITS);
        if (digit < 0) {
            return false;
        }
        int shift = digit & 0xFF;
        int radix = 1 << (digit >>> 8);
        int[] c = workspace.counters(0, radix);
        int mask = radix - 1;
        long[] keys = workspace.keys;
        long[] values = workspace.payload;
        for (int i = from; i < to; i++) {
            long k = a[i];
            int j = c[radix + ((int) (k >>> shift) & mask)]++;
            keys[j] = k;
            if (payload != null) {
                values[j] = payload[i];
            }
        }
        sortDigits(keys, values, c, radix, 0, workspace, 0);
        return true;
    }

    private static void sortPairs(long[] a, long[] p, int from, int to, Workspace ws, int depth) {
        int n = to - from;
        if (n <= RadixSort.INSERTION) {
            insertionSort(a, p, from, to);
            return;
        }
        boolean longRange = n > ws.keys.length;
        int digit = digit(a, from, to, ws, depth, from, longRange ? LONG_RANGE_DIGIT_BITS : PAIR_DIGIT_BITS);
        if (digit < 0) {
            return;
        }
        int shift = digit & 0xFF;
        int radix = 1 << (digit >>> 8);
        int[] c = ws.counters(depth, radix);
        int mask = radix - 1;
        if (!longRange && a != ws.keys) {
            distribute(a, p, from, n, shift, mask, c, radix, ws);
        } else {
            permute(a, p, shift, mask, c, radix);
        }
        sortDigits(a, p, c, radix, from, ws, depth);
    }

    /**
     * Chooses the digit of a level and counts it in the level's counters: {@code c[d]} becomes
     * the end and {@code c[radix + d]} the start of the keys with digit d, from {@code base}.
     *
     * @return {@code bits << 8 | shift} of the digit (at most {@code maxBits} bits), or −1 if all keys are equal
     */
    private static int digit(long[] a, int from, int to, Workspace ws, int depth, int base, int maxBits) {
        long first = a[from];
        long differ = 0;
        for (int i = from + 1; i < to; i++) {
            differ |= a[i] ^ first;
        }
        int varying = 64 - Long.numberOfLeadingZeros(differ);
        if (varying == 0) {
            return -1;
        }
        int bits = Math.min(Math.min(maxBits, varying), RadixSort.log2(to - from) + 1);
        int shift = varying - bits;
        int radix = 1 << bits;
        int mask = radix - 1;
        int[] c = ws.counters(depth, radix);
        Arrays.fill(c, 0, radix, 0);
        for (int i = from; i < to; i++) {
            c[(int) (a[i] >>> shift) & mask]++;
        }
        int sum = base;
        for (int d = 0; d < radix; d++) {
            c[radix + d] = sum;
            sum += c[d];
            c[d] = sum;
        }
        return bits << 8 | shift;
    }

    /** Sorts each digit's sub-range {@code [c[d − 1], c[d])} (from {@code from}) one level deeper. */
    private static void sortDigits(long[] a, long[] p, int[] c, int radix, int from, Workspace ws, int depth) {
        int lo = from;
        for (int d = 0; d < radix; d++) {
            int hi = c[d];
            if (hi - lo > 1) {
                sortPairs(a, p, lo, hi, ws, depth + 1);
            }
            lo = hi;
        }
    }

    /** Stable distribution of {@code [from, from + n)} through the workspace; {@code next = c[radix + d]}. */
    private static void distribute(long[] a, long[] p, int from, int n, int shift, int mask, int[] c, int radix,
            Workspace ws) {
        long[] sa = ws.keys;
        System.arraycopy(a, from, sa, 0, n);
        if (p == null) {
            for (int i = 0; i < n; i++) {
                long k = sa[i];
                a[c[radix + ((int) (k >>> shift) & mask)]++] = k;
            }
            return;
        }
        long[] sp = ws.payload;
        System.arraycopy(p, from, sp, 0, n);
        for (int i = 0; i < n; i++) {
            long k = sa[i];
            int j = c[radix + ((int) (k >>> shift) & mask)]++;
            a[j] = k;
            p[j] = sp[i];
        }
    }

    /** In-place permutation by digit (American flag); {@code c[d]} ends and {@code c[radix + d]} next slots. */
    private static void permute(long[] a, long[] p, int shift, int mask, int[] c, int radix) {
        for (int d = 0; d < radix; d++) {
            int stop = c[d];
            for (int i = c[radix + d]; i < stop; i = ++c[radix + d]) {
                long k = a[i];
                int e = (int) (k >>> shift) & mask;
                if (e == d) {
                    continue;
                }
                long v = p == null ? 0 : p[i];
                do {
                    int j = c[radix + e]++;
                    long t = a[j];
                    a[j] = k;
                    k = t;
                    if (p != null) {
                        t = p[j];
                        p[j] = v;
                        v = t;
                    }
                    e = (int) (k >>> shift) & mask;
                } while (e != d);
                a[i] = k;
                if (p != null) {
                    p[i] = v;
                }
            }
        }
    }

    /** Insertion sort of {@code a[from, to)} in unsigned order, moving the payload (if any) along. */
    private static void insertionSort(long[] a, long[] p, int from, int to) {
        for (int i = from + 1; i < to; i++) {
            long k = a[i];
            long kk = k + Long.MIN_VALUE;
            int j = i - 1;
            if (a[j] + Long.MIN_VALUE <= kk) {
                continue;
            }
            long v = p == null ? 0 : p[i];
            do {
                a[j + 1] = a[j];
                if (p != null) {
                    p[j + 1] = p[j];
                }
                j--;
            } while (j >= from && a[j] + Long.MIN_VALUE > kk);
            a[j + 1] = k;
            if (p != null) {
                p[j + 1] = v;
            }
        }
    }
}
