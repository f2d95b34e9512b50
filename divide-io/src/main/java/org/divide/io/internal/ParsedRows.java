package org.divide.io.internal;

/**
 * The rows of one parsed chunk of a wide file, as {@link WideChunk} hands them to the merge and
 * the merge to {@link RowCells}: per row, which value columns hold a value (not missing) and those
 * values, side by side; the missing values are left out (in a World Bank bulk download, two cells
 * in three). The merge fills in each row's economy handle and key.
 *
 * <p>Row {@code r} starts at {@code data[offsets[r]]} with {@link #words(int)} words of bits, bit
 * {@code k % 64} of word {@code k / 64} set when value column {@code k} holds a value; those
 * values follow, in column order, each as its bits ({@link Double#doubleToRawLongBits}).
 */
final class ParsedRows {

    /** The number of rows. */
    final int count;
    /** The value columns of a row. */
    final int width;
    /** Per row, the place of its first word in {@link #data}. */
    final int[] offsets;
    /** The rows, one after the other: each its words of bits, then the bits of its values. */
    final long[] data;
    /** Per row, its economy's handle, or -1 for a row not kept; set by the merge. */
    final int[] economies;
    /** Per row, its key (an indicator handle or a year); set by the merge. */
    final int[] keys;

    /**
     * Rows without economies and keys yet.
     *
     * @param count   the number of rows
     * @param width   the value columns of a row
     * @param offsets per row, the place of its first word (kept, not copied)
     * @param data    the rows (kept, not copied)
     */
    ParsedRows(int count, int width, int[] offsets, long[] data) {
        this.count = count;
        this.width = width;
        this.offsets = offsets;
        this.data = data;
        this.economies = new int[count];
        this.keys = new int[count];
    }

    /**
     * The words of bits of a row.
     *
     * @param width the value columns of a row
     * @return {@code ⌈width / 64⌉}
     */
    static int words(int width) {
        return (width + 63) >>> 6;
    }
}
