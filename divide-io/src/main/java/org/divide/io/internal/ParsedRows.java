package org.divide.io.internal;

/**
 * The rows of one parsed chunk of a wide file, as {@link WideChunk} hands them to the merge and
 * the merge to {@link RowCells}: per row, which value columns hold a value (not missing) and those
 * values, packed; the missing values are left out (in a World Bank bulk download, two cells in
 * three). The merge fills in each row's economy handle and key.
 *
 * <p>Row {@code r}'s value column {@code k} holds a value when bit {@code k % 64} of
 * {@code present[r · words + k / 64]} is set ({@code words = ⌈width / 64⌉}); its values, in column
 * order, start at {@code values[offsets[r]]}.
 */
final class ParsedRows {

    /** The number of rows. */
    final int count;
    /** The value columns of a row. */
    final int width;
    /** Per row, {@link #words(int)} words of bits: the value columns that hold a value. */
    final long[] present;
    /** Per row, the place of its first value in {@link #values}. */
    final int[] offsets;
    /** The values that are not missing, row after row, each row's in column order. */
    final double[] values;
    /** Per row, its economy's handle, or -1 for a row not kept; set by the merge. */
    final int[] economies;
    /** Per row, its key (an indicator handle or a year); set by the merge. */
    final int[] keys;

    /**
     * Rows without economies and keys yet.
     *
     * @param count   the number of rows
     * @param width   the value columns of a row
     * @param present per row, the bits of the value columns that hold a value (kept, not copied)
     * @param offsets per row, the place of its first value (kept, not copied)
     * @param values  the values, packed (kept, not copied)
     */
    ParsedRows(int count, int width, long[] present, int[] offsets, double[] values) {
        this.count = count;
        this.width = width;
        this.present = present;
        this.offsets = offsets;
        this.values = values;
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
