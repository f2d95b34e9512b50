package org.divide.io;

import java.util.Arrays;

/**
 * The cells a reader has collected so far, keyed by (economy, indicator, year) packed into a
 * {@code long}, with the value and the position (line or record) where each was read. An
 * open-addressing hash table over primitive arrays: about 30 bytes per cell, no boxing, so that a
 * ten-million-row file fits in a few hundred megabytes.
 */
final class CellIndex {

    private static final int YEAR_BITS = 14;
    private static final int INDICATOR_BITS = 24;
    /** The largest number of economies or indicators one read may hold. */
    static final int MAX_CODES = 1 << 24;

    private long[] keys = new long[64];
    private double[] values = new double[64];
    private long[] positions = new long[64];
    private int size;
    /** Cell ordinal + 1 per slot; 0 = empty. */
    private int[] table = new int[128];

    /**
     * Packs a key.
     *
     * @param economy   the economy index, in [0, MAX_CODES)
     * @param indicator the indicator index, in [0, MAX_CODES)
     * @param yearOffset the year minus the smallest year, in [0, 2^14)
     * @return the key
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
     * The ordinal of the cell with this key, or -1.
     *
     * @param key the packed key
     * @return the ordinal or -1
     */
    int find(long key) {
        int mask = table.length - 1;
        for (int slot = hash(key) & mask;; slot = (slot + 1) & mask) {
            int entry = table[slot];
            if (entry == 0) {
                return -1;
            }
            if (keys[entry - 1] == key) {
                return entry - 1;
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
        if (size == keys.length) {
            int capacity = size + (size >> 1);
            keys = Arrays.copyOf(keys, capacity);
            values = Arrays.copyOf(values, capacity);
            positions = Arrays.copyOf(positions, capacity);
        }
        keys[size] = key;
        values[size] = value;
        positions[size] = position;
        size++;
        if (size * 2 > table.length) {
            rehash(table.length * 2);
        } else {
            insert(table, key, size);
        }
    }

    void set(int ordinal, double value, long position) {
        values[ordinal] = value;
        positions[ordinal] = position;
    }

    int size() {
        return size;
    }

    long key(int ordinal) {
        return keys[ordinal];
    }

    double value(int ordinal) {
        return values[ordinal];
    }

    long position(int ordinal) {
        return positions[ordinal];
    }

    private void rehash(int capacity) {
        int[] t = new int[capacity];
        for (int i = 0; i < size; i++) {
            insert(t, keys[i], i + 1);
        }
        table = t;
    }

    private void insert(int[] t, long key, int entry) {
        int mask = t.length - 1;
        int slot = hash(key) & mask;
        while (t[slot] != 0) {
            slot = (slot + 1) & mask;
        }
        t[slot] = entry;
    }

    private static int hash(long key) {
        long h = key * 0x9E3779B97F4A7C15L;
        return (int) (h ^ (h >>> 32));
    }
}
