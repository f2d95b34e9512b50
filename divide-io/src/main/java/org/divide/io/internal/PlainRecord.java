package org.divide.io.internal;

import java.util.Arrays;
import org.divide.core.Panel;

/**
 * The common line of a long or wide CSV read in one pass: its fields found, its year and values
 * parsed as their bytes go by, where {@link ByteLine} would find the fields and {@link ByteValues}
 * scan the year and each value a second time.
 *
 * <p>Only the commonest line is taken: each field unquoted printable ASCII without a comma or
 * quote, or quoted ({@code "…"}) printable ASCII without a quote (a text field may then hold
 * commas); a year four digits within the panel's years; a value
 * {@code [+-]? digits [. digits] [(e|E) [+-]? digits]} with at least one and at most 19 mantissa
 * digits and a finite result, or empty where the empty text is a missing-value marker; fields
 * separated by commas, the line ended by {@code \n}, {@code \r\n} or the input's end, no longer
 * than the line limit and exactly as wide as the header. For any other line {@link #read} answers
 * -1 and the caller reads the line the general way ({@link ByteLine#record}, {@link ByteValues}),
 * so the result of every line is the one of the general way: the same field bounds (inside the
 * quotes), the same year and the same correctly rounded values ({@link DecimalToDouble#toDouble},
 * which is where {@link DecimalToDouble#parse} also ends for these texts).
 */
final class PlainRecord {

    /** A column read as text: its bounds are kept. */
    private static final byte TEXT = 0;
    /** The year column. */
    private static final byte YEAR = 1;
    /** A value column. */
    private static final byte VALUE = 2;
    /** The most digits a value of this path has ({@code 10^19 − 1 < 2^64}). */
    private static final int MAX_DIGITS = 19;
    /** An exponent from which on its further digits no longer change the result. */
    private static final long SATURATED = 1L << 40;
    /** Printable ASCII but {@code ,} and {@code "}: the bytes of an unquoted text field of this path. */
    private static final boolean[] BARE = new boolean[256];
    /** Printable ASCII but {@code "}: the bytes of a quoted text field of this path. */
    private static final boolean[] QUOTED = new boolean[256];

    static {
        for (int c = 0x20; c <= 0x7E; c++) {
            BARE[c] = c != ',' && c != '"';
            QUOTED[c] = c != '"';
        }
    }

    private final byte[] kinds;
    /** The slot of each value column in the row's values. */
    private final int[] slots;
    private final boolean emptyMissing;
    private final int maxLineLength;
    /** The first byte of each field, as {@link ByteLine#from}. */
    private final int[] from;
    /** One past the last byte of each field, as {@link ByteLine#to}. */
    private final int[] to;
    /** The year of the last line read, when there is a year column. */
    int year;
    /** Whether the value columns come in the order of their slots, so that {@link #readPacked} may be used. */
    final boolean ordered;
    /** The words of bits of a packed row ({@link ParsedRows#words}). */
    private final int words;
    /** While {@link #readPacked} reads: where the row goes; {@code null} otherwise. */
    private long[] packed;
    /** While {@link #readPacked} reads: the row's first word. */
    private int packedAt;
    /** One past the last word of the row {@link #readPacked} read last. */
    int packedEnd;

    /**
     * A reader of lines of a header's width.
     *
     * @param width         the header's number of fields
     * @param yearColumn    the year's column, or -1
     * @param valueColumns  the value columns, in the order of their slots
     * @param emptyMissing  whether an empty value is missing ({@code NaN}); otherwise the line is
     *                      left to the general way
     * @param maxLineLength the longest line accepted
     * @param from          where to put each field's first byte (at least {@code width} long)
     * @param to            where to put one past each field's last byte
     */
    PlainRecord(int width, int yearColumn, int[] valueColumns, boolean emptyMissing, int maxLineLength, int[] from,
            int[] to) {
        this.kinds = new byte[width];
        this.slots = new int[width];
        if (yearColumn >= 0) {
            kinds[yearColumn] = YEAR;
        }
        for (int k = 0; k < valueColumns.length; k++) {
            kinds[valueColumns[k]] = VALUE;
            slots[valueColumns[k]] = k;
        }
        this.emptyMissing = emptyMissing;
        this.maxLineLength = maxLineLength;
        this.from = from;
        this.to = to;
        boolean increasing = true;
        for (int k = 1; k < valueColumns.length; k++) {
            increasing &= valueColumns[k] > valueColumns[k - 1];
        }
        this.ordered = increasing;
        this.words = ParsedRows.words(valueColumns.length);
    }

    /**
     * Reads the line at {@code start} as {@link #read} does, but writes the row as
     * {@link ParsedRows#data} keeps it: at {@code at} its words of bits, then the bits of the values
     * that are not missing, in column order, up to {@link #packedEnd}; a missing value writes
     * nothing. Only when the value columns are {@link #ordered}; {@code data} must have room for
     * every value of the row.
     *
     * @param b     the bytes
     * @param start the line's first byte
     * @param end   one past the last byte of the input's chunk
     * @param data  where the row goes
     * @param at    the row's first word in {@code data}
     * @return the start of the next line, or -1 as {@link #read} (the row may have been written in
     *         part)
     */
    int readPacked(byte[] b, int start, int end, long[] data, int at) {
        Arrays.fill(data, at, at + words, 0L);
        packed = data;
        packedAt = at;
        packedEnd = at + words;
        try {
            return read(b, start, end, null, 0);
        } finally {
            packed = null;
        }
    }

    /**
     * Reads the line at {@code start}: sets the field bounds, {@link #year} and the values.
     *
     * @param b      the bytes
     * @param start  the line's first byte
     * @param end    one past the last byte of the input's chunk
     * @param values where the values go, value column {@code k} at {@code at + k}
     * @param at     the row's first slot in {@code values}
     * @return the start of the next line, or -1 when the line is not of this path's kind (nothing
     *         to be concluded from that: the general way decides; the values may have been written)
     */
    int read(byte[] b, int start, int end, double[] values, int at) {
        int last = kinds.length - 1;
        int i = start;
        for (int field = 0; field <= last; field++) {
            boolean quoted = i < end && b[i] == '"';
            if (quoted) {
                i++;
            }
            from[field] = i;
            byte kind = kinds[field];
            if (kind == TEXT) {
                boolean[] plain = quoted ? QUOTED : BARE;
                while (i < end && plain[b[i] & 0xFF]) {
                    i++;
                }
            } else if (kind == YEAR) {
                i = year(b, i, end);
            } else if (i == end || b[i] == (quoted ? '"' : ',') || !quoted && (b[i] == '\n' || b[i] == '\r')) {
                if (!emptyMissing) {
                    return -1;
                }
                if (packed == null) {
                    values[at + slots[field]] = Double.NaN;
                }
            } else {
                i = value(b, i, end, values, at + slots[field]);
            }
            if (i < 0) {
                return -1;
            }
            to[field] = i;
            if (quoted) {
                if (i >= end || b[i] != '"') {
                    return -1;
                }
                i++;
            }
            if (field < last) {
                if (i >= end || b[i] != ',') {
                    return -1;
                }
                i++;
            }
        }
        if (i == start || i + 1 - start > maxLineLength) {
            return -1; // an empty line (which the general way skips, counting it) or an overlong one
        }
        if (i == end) {
            return end;
        }
        if (b[i] == '\n') {
            return i + 1;
        }
        return b[i] == '\r' && i + 1 < end && b[i + 1] == '\n' ? i + 2 : -1;
    }

    /** Four digits within the panel's years at {@code i} into {@link #year}; one past them, or -1. */
    private int year(byte[] b, int i, int end) {
        if (i + 4 > end) {
            return -1;
        }
        int y = 0;
        for (int k = i; k < i + 4; k++) {
            int d = b[k] - '0';
            if (d < 0 || d > 9) {
                return -1;
            }
            y = 10 * y + d;
        }
        if (y < Panel.MIN_YEAR || y > Panel.MAX_YEAR) {
            return -1;
        }
        year = y;
        return i + 4;
    }

    /**
     * {@code [+-]? digits [. digits] [(e|E) [+-]? digits]} at {@code i}, at least one and at most 19
     * mantissa digits, into {@code values[slot]} (or the packed row, column {@code slot}); one past
     * it, or -1 (also when
     * {@link DecimalToDouble#toDouble} cannot decide or the value is beyond the doubles).
     */
    private int value(byte[] b, int start, int end, double[] values, int slot) {
        int i = start;
        boolean negative = false;
        if (i < end && (b[i] == '-' || b[i] == '+')) {
            negative = b[i] == '-';
            i++;
        }
        int first = i;
        long w = 0;
        for (long eight; i + 8 <= end && (eight = ByteWords.eightDigits(b, i)) >= 0; i += 8) {
            w = 100_000_000 * w + eight;
        }
        for (int d; i < end && (d = b[i] - '0') >= 0 && d <= 9; i++) {
            w = 10 * w + d;
        }
        int digits = i - first;
        int scale = 0;
        if (i < end && b[i] == '.') {
            int f = ++i;
            for (long eight; i + 8 <= end && (eight = ByteWords.eightDigits(b, i)) >= 0; i += 8) {
                w = 100_000_000 * w + eight;
            }
            for (int d; i < end && (d = b[i] - '0') >= 0 && d <= 9; i++) {
                w = 10 * w + d;
            }
            scale = i - f;
            digits += scale;
        }
        if (digits == 0 || digits > MAX_DIGITS) {
            return -1;
        }
        long exponent = 0;
        if (i < end && (b[i] | 0x20) == 'e') {
            int j = i + 1;
            boolean minus = j < end && b[j] == '-';
            if (j < end && (b[j] == '+' || b[j] == '-')) {
                j++;
            }
            int e = j;
            for (; j < end && b[j] >= '0' && b[j] <= '9'; j++) {
                exponent = exponent < SATURATED ? 10 * exponent + b[j] - '0' : exponent;
            }
            if (j == e) {
                return -1;
            }
            exponent = minus ? -exponent : exponent;
            i = j;
        }
        double v = DecimalToDouble.toDouble(negative, w, DecimalToDouble.exponent(exponent, scale));
        if (Double.isNaN(v) || Double.isInfinite(v)) {
            return -1;
        }
        if (packed == null) {
            values[slot] = v;
        } else {
            // the slot is the value column (read at 0), and the columns come in order
            packed[packedEnd++] = Double.doubleToRawLongBits(v);
            packed[packedAt + (slot >>> 6)] |= 1L << slot;
        }
        return i;
    }
}
