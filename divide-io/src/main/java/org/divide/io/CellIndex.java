package org.divide.io;

import java.util.Arrays;

/**
 * The cells a reader has collected so far, keyed by (economy, indicator, year) packed into a
 * {@code long}, with the value and the position (line or record) where each was read.
 *
 * <p>An open-addressing hash table with linear probing over one {@code long[]} that interleaves
 * key, value bits and position, so that a lookup touches one cache line: about 24 bytes per slot,
 * at most 70 % full, no boxing. Iteration order is the table's, not the input's.
 */
final class CellIndex {

    private static final int YEAR_BITS = 14;
    private static final int INDICATOR_BITS = 24;
    /** The largest number of economies or indicators one read may hold. */
    static final int MAX_CODES = 1 << 24;
    private static final long EMPTY = -1L;
    private static final int STRIDE = 3;

    /** {@code [key, value bits, position]} per slot; key {@link #EMPTY} = free. */
    private long[] table = empty(64);
    private int slots = 64;
    private int size;

    /**
     * Packs a key.
     *
     * @param economy    the economy index, in [0, MAX_CODES)
     * @param indicator  the indicator index, in [0, MAX_CODES)
     * @param yearOffset the year minus the smallest year, in [0, 2^14)
     * @return the key, never negative
     */
    static long key(int economy, int indicator, int yearOffset) {
        return ((long) economy << (INDICATOR_BITS + YEAR_BITS)) | ((long) indicator << YEAR_BITS) | yearOffset;
    }

    static int economy(long key) {
        return (int) (key >>> (INDICATOR_BITS + YEAR_BITS));
    }

    static int indicator(long key) {
        return (int) (key >>> YEAR_BITS) & (MAX_CODES - 1);
    }

    static int yearOffset(long key) {
        return (int) key & ((1 << YEAR_BITS) - 1);
    }

    /**
     * The slot holding a key, or -1.
     *
     * @param key the packed key
     * @return the slot or -1
     */
    int find(long key) {
        int mask = slots - 1;
        for (int slot = hash(key) & mask;; slot = (slot + 1) & mask) {
            long k = table[slot * STRIDE];
            if (k == key) {
                return slot;
            }
            if (k == EMPTY) {
                return -1;
            }
        }
    }

    /**
     * Adds a cell whose key is not present.
     *
     * @param key      the packed key
     * @param value    the value
     * @param position where it was read
     */
    void add(long key, double value, long position) {
        if ((size + 1) * 10L > slots * 7L) {
            grow();
        }
        insert(table, slots, key, Double.doubleToRawLongBits(value), position);
        size++;
    }

    void set(int slot, double value, long position) {
        table[slot * STRIDE + 1] = Double.doubleToRawLongBits(value);
        table[slot * STRIDE + 2] = position;
    }

    /**
     * The number of slots, for iterating with {@link #isUsed(int)}.
     *
     * @return the number of slots
     */
    int slots() {
        return slots;
    }

    boolean isUsed(int slot) {
        return table[slot * STRIDE] != EMPTY;
    }

    long key(int slot) {
        return table[slot * STRIDE];
    }

    double value(int slot) {
        return Double.longBitsToDouble(table[slot * STRIDE + 1]);
    }

    long position(int slot) {
        return table[slot * STRIDE + 2];
    }

    private void grow() {
        int capacity = slots * 2;
        if (capacity <= 0 || (long) capacity * STRIDE > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException("more than " + size + " cells: too many for one read");
        }
        long[] t = empty(capacity);
        for (int s = 0; s < slots; s++) {
            long k = table[s * STRIDE];
            if (k != EMPTY) {
                insert(t, capacity, k, table[s * STRIDE + 1], table[s * STRIDE + 2]);
            }
        }
        table = t;
        slots = capacity;
    }

    private static void insert(long[] t, int capacity, long key, long valueBits, long position) {
        int mask = capacity - 1;
        int slot = hash(key) & mask;
        while (t[slot * STRIDE] != EMPTY) {
            slot = (slot + 1) & mask;
        }
        t[slot * STRIDE] = key;
        t[slot * STRIDE + 1] = valueBits;
        t[slot * STRIDE + 2] = position;
    }

    private static long[] empty(int capacity) {
        long[] t = new long[capacity * STRIDE];
        for (int s = 0; s < capacity; s++) {
            t[s * STRIDE] = EMPTY;
        }
        return t;
    }

    private static int hash(long key) {
        long h = key * 0x9E3779B97F4A7C15L;
        return (int) (h >>> 32) ^ (int) h;
    }
}
