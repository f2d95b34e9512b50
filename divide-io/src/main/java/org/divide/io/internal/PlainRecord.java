package org.divide.io.internal;

import org.divide.core.Panel;

/**
 * The common line of a long CSV read in one pass: its fields found, its year and value parsed as
 * their bytes go by, where {@link ByteLine} would find the fields and {@link ByteValues} scan the
 * year and the value a second time.
 *
 * <p>Only the commonest line is taken: every field unquoted printable ASCII without a quote, the
 * year four digits within the panel's years, the value {@code [+-]? digits [. digits]} with at
 * least one digit and at most 19 digits in all, fields separated by commas, the line ended by
 * {@code \n}, {@code \r\n} or the input's end, no longer than the line limit and exactly as wide as
 * the header. For any other line {@link #read} answers -1 and the caller reads the line the general
 * way ({@link ByteLine#record}, {@link ByteValues}), so the result of every line is the one of the
 * general way: the same field bounds, the same year and the same correctly rounded value
 * ({@link DecimalToDouble#toDouble}, which is where {@link DecimalToDouble#parse} also ends for
 * these texts).
 */
final class PlainRecord {

    /** A column read as text: its bounds are kept. */
    private static final byte TEXT = 0;
    /** The year column. */
    private static final byte YEAR = 1;
    /** The value column. */
    private static final byte VALUE = 2;
    /** Whether a byte may stand in an unquoted text field of this path: printable ASCII but {@code ,} and {@code "}. */
    private static final boolean[] PLAIN = new boolean[256];
    /** The most digits a value of this path has ({@code 10^19 − 1 < 2^64}). */
    private static final int MAX_DIGITS = 19;

    static {
        for (int c = 0x20; c <= 0x7E; c++) {
            PLAIN[c] = c != ',' && c != '"';
        }
    }

    private final byte[] kinds;
    private final int maxLineLength;
    /** The first byte of each field, as {@link ByteLine#from}. */
    private final int[] from;
    /** One past the last byte of each field, as {@link ByteLine#to}. */
    private final int[] to;
    /** The year of the last line read. */
    int year;
    /** The value of the last line read. */
    double value;

    /**
     * A reader of lines of a header's width.
     *
     * @param width         the header's number of fields
     * @param yearColumn    the year's column
     * @param valueColumn   the value's column
     * @param maxLineLength the longest line accepted
     * @param from          where to put each field's first byte (at least {@code width} long)
     * @param to            where to put one past each field's last byte
     */
    PlainRecord(int width, int yearColumn, int valueColumn, int maxLineLength, int[] from, int[] to) {
        this.kinds = new byte[width];
        this.kinds[yearColumn] = YEAR;
        this.kinds[valueColumn] = VALUE;
        this.maxLineLength = maxLineLength;
        this.from = from;
        this.to = to;
    }

    /**
     * Reads the line at {@code start}: sets the field bounds, {@link #year} and {@link #value}.
     *
     * @param b     the bytes
     * @param start the line's first byte
     * @param end   one past the last byte of the input's chunk
     * @return the start of the next line, or -1 when the line is not of this path's kind (nothing
     *         to be concluded from that: the general way decides)
     */
    int read(byte[] b, int start, int end) {
        int last = kinds.length - 1;
        int i = start;
        for (int field = 0; field <= last; field++) {
            from[field] = i;
            byte kind = kinds[field];
            if (kind == TEXT) {
                while (i < end && PLAIN[b[i] & 0xFF]) {
                    i++;
                }
            } else if (kind == YEAR) {
                i = year(b, i, end);
            } else {
                i = value(b, i, end);
            }
            if (i < 0) {
                return -1;
            }
            to[field] = i;
            if (field < last) {
                if (i >= end || b[i] != ',') {
                    return -1;
                }
                i++;
            }
        }
        if (i + 1 - start > maxLineLength) {
            return -1;
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
     * {@code [+-]? digits [. digits]} at {@code i}, at least one and at most 19 digits, into
     * {@link #value}; one past it, or -1 (also when {@link DecimalToDouble#toDouble} cannot decide).
     */
    private int value(byte[] b, int start, int end) {
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
        double v = DecimalToDouble.toDouble(negative, w, -scale);
        if (Double.isNaN(v)) {
            return -1;
        }
        value = v;
        return i;
    }
}
