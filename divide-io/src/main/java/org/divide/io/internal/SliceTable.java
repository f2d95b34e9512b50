package org.divide.io.internal;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/**
 * Interns byte slices: each distinct slice gets a small id (0, 1, 2, … in order of first
 * appearance), found again from the bytes alone, so that a reader can map a code as written to its
 * handle without building a {@code String} per field. Open addressing with linear probing over a
 * power-of-two table kept at most half full; the hash is FNV-1a over the bytes. Not thread-safe.
 */
final class SliceTable {

    private static final int FNV_OFFSET = 0x811c9dc5;
    private static final int FNV_PRIME = 0x01000193;

    private int[] slots = new int[64];
    private byte[][] keys = new byte[32][];
    private int size;

    SliceTable() {
        Arrays.fill(slots, -1);
    }

    /**
     * The id of a slice, or -1 if it was never added.
     *
     * @param b    the bytes
     * @param from the first byte of the slice
     * @param to   one past its last byte
     * @return the id or -1
     */
    int find(byte[] b, int from, int to) {
        int mask = slots.length - 1;
        for (int at = hash(b, from, to) & mask;; at = (at + 1) & mask) {
            int id = slots[at];
            if (id < 0 || Arrays.equals(keys[id], 0, keys[id].length, b, from, to)) {
                return id;
            }
        }
    }

    /**
     * Whether a slice is the one of an id (a cheap check for the code of the row before).
     *
     * @param id   an id of this table, or -1
     * @param b    the bytes
     * @param from the first byte of the slice
     * @param to   one past its last byte
     * @return {@code true} if the slice has that id
     */
    boolean is(int id, byte[] b, int from, int to) {
        return id >= 0 && Arrays.equals(keys[id], 0, keys[id].length, b, from, to);
    }

    /**
     * Adds a slice not yet in the table.
     *
     * @param b    the bytes
     * @param from the first byte of the slice
     * @param to   one past its last byte
     * @return its id, the number of slices added before it
     */
    int add(byte[] b, int from, int to) {
        if (2 * (size + 1) > slots.length) {
            grow();
        }
        if (size == keys.length) {
            keys = Arrays.copyOf(keys, 2 * size);
        }
        keys[size] = Arrays.copyOfRange(b, from, to);
        place(size);
        return size++;
    }

    /**
     * The id of a slice, added if new with its text decoded from UTF-8: first the id
     * {@code before} (the code of the row before, the same in sorted files) is tried, then the
     * table. A code thus becomes a {@code String} once, not once per row.
     *
     * @param b      the bytes
     * @param from   the first byte of the slice
     * @param to     one past its last byte
     * @param before an id to try first, or -1
     * @param text   the texts by id, appended to when the slice is new
     * @param strip  whether the text is stripped of white space
     * @return the id
     */
    int intern(byte[] b, int from, int to, int before, List<String> text, boolean strip) {
        if (is(before, b, from, to)) {
            return before;
        }
        int id = find(b, from, to);
        if (id < 0) {
            id = add(b, from, to);
            String s = new String(b, from, to - from, StandardCharsets.UTF_8);
            text.add(strip ? s.strip() : s);
        }
        return id;
    }

    private void place(int id) {
        byte[] k = keys[id];
        int mask = slots.length - 1;
        int at = hash(k, 0, k.length) & mask;
        while (slots[at] >= 0) {
            at = (at + 1) & mask;
        }
        slots[at] = id;
    }

    private void grow() {
        slots = new int[2 * slots.length];
        Arrays.fill(slots, -1);
        for (int id = 0; id < size; id++) {
            place(id);
        }
    }

    private static int hash(byte[] b, int from, int to) {
        int h = FNV_OFFSET;
        for (int i = from; i < to; i++) {
            h = (h ^ b[i]) * FNV_PRIME;
        }
        return h ^ (h >>> 16);
    }
}
