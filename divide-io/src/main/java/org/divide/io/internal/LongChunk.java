package org.divide.io.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.divide.io.ReadOptions;

/**
 * One worker of {@link LongCsvBytes}: lexes and parses a run of whole lines of a plain long CSV
 * into per-row arrays (economy, economy name and indicator as ids of codes interned by their bytes,
 * year, value), touching nothing shared, so that several chunks parse at once and are merged in
 * order. The interned codes persist from one chunk to the next of the same worker.
 *
 * <p>A line is plain when it is well-formed UTF-8 (checked on the bytes, as strictly as the
 * general path's decoder) without control characters, its quotes only around whole fields of one
 * line without doubled quotes, it ends in
 * {@code \n} or {@code \r\n} (or the input's end), is not empty, is within the line limit and has
 * as many fields as the header. A year of four digits is read from its bytes, a value of the
 * number grammar of {@link Values} by {@link DecimalToDouble} (correctly rounded,
 * as {@link Double#parseDouble(String)}); other years and values go through {@link Values}. The first
 * line that is not plain, or a field {@link Values} rejects, stops the chunk as failed.
 */
final class LongChunk implements ChunkPipeline.Worker {

    /** The bytes of the chunk being parsed. */
    private byte[] b = new byte[0];
    private final int width;
    private final int economyColumn;
    private final int nameColumn;
    private final int indicatorColumn;
    private final int yearColumn;
    private final int valueColumn;
    private final ReadOptions options;
    private final ByteLine line;
    private final PlainRecord plain;
    private final int[] from;
    private final int[] to;

    /** Economy codes as written, by id. */
    final List<String> economyText = new ArrayList<>();
    /** Economy names as written, by id. */
    final List<String> nameText = new ArrayList<>();
    /** Indicator codes, stripped, by id. */
    final List<String> indicatorText = new ArrayList<>();
    private final SliceTable economies = new SliceTable();
    private final SliceTable names = new SliceTable();
    private final SliceTable indicators = new SliceTable();

    /** Per row of the last chunk: the economy id. */
    int[] economy = new int[1024];
    /** Per row: the economy-name id, when there is a name column. */
    int[] name = new int[1024];
    /** Per row: the indicator id, when there is an indicator column. */
    int[] indicator = new int[1024];
    /** Per row: the year. */
    int[] year = new int[1024];
    /** Per row: the value. */
    double[] value = new double[1024];
    /** Rows of the last chunk. */
    int rows;
    /** Whether the last chunk was parsed whole. */
    boolean ok;
    /** The merge's: the collector's handle of each economy id, -1 = not resolved yet. */
    int[] economyHandle = new int[0];
    /** The merge's: the collector's handle of each indicator id, -1 = not registered yet. */
    int[] indicatorHandle = new int[0];

    /**
     * A worker for the chunks of one file.
     *
     * @param width         the header's number of fields
     * @param columns       the economy, economy-name, indicator, year and value columns (-1: none)
     * @param maxLineLength the longest line accepted
     * @param options       the missing-value texts
     */
    LongChunk(int width, int[] columns, int maxLineLength, ReadOptions options) {
        this.width = width;
        this.economyColumn = columns[0];
        this.nameColumn = columns[1];
        this.indicatorColumn = columns[2];
        this.yearColumn = columns[3];
        this.valueColumn = columns[4];
        this.options = options;
        this.line = new ByteLine(b, width, maxLineLength);
        this.from = line.from;
        this.to = line.to;
        this.plain = new PlainRecord(width, yearColumn, new int[] {valueColumn}, options.missing().contains(""),
                maxLineLength, from, to);
    }

    /**
     * Parses the lines of {@code bytes[start, end)}; sets {@link #rows} and {@link #ok}.
     *
     * @param bytes the chunk's bytes (kept until the next call)
     * @param start the first byte, at the start of a line
     * @param end   one past the last byte, just after a line break or at the input's end
     */
    @Override
    public void parse(byte[] bytes, int start, int end) {
        b = bytes;
        line.use(bytes);
        rows = 0;
        ok = false;
        try {
            for (int at = start; at < end; rows++) {
                if (rows == year.length) {
                    grow();
                }
                int next = plain.read(b, at, end, value, rows);
                if (next >= 0) {
                    year[rows] = plain.year;
                } else {
                    next = record(at, end);
                    if (next < 0) {
                        return;
                    }
                    year[rows] = year(from[yearColumn], to[yearColumn]);
                    value[rows] = value(from[valueColumn], to[valueColumn]);
                }
                at = next;
                int before = rows - 1;
                economy[rows] = intern(economies, economyText, economyColumn, before < 0 ? -1 : economy[before],
                        false);
                if (nameColumn >= 0) {
                    name[rows] = intern(names, nameText, nameColumn, before < 0 ? -1 : name[before], false);
                }
                if (indicatorColumn >= 0) {
                    indicator[rows] = intern(indicators, indicatorText, indicatorColumn,
                            before < 0 ? -1 : indicator[before], true);
                }
            }
            ok = true;
        } catch (RuntimeException e) {
            // a field Values rejects (or anything unforeseen, which must not escape a worker thread
            // to its default handler): the chunk fails and the general path reads the file
            ok = false;
        }
    }

    /**
     * Lexes the line at {@code start} into field bounds ({@link ByteLine}); the start of the next
     * line, or -1 when it is not plain or not as wide as the header.
     */
    private int record(int start, int end) {
        int next = line.record(start, end);
        return next >= 0 && line.fields == width ? next : -1;
    }

    /**
     * The length of the well-formed UTF-8 sequence of two to four bytes at {@code i}, or -1: the
     * sequences a strict decoder accepts (RFC 3629, Table 3-7 of the Unicode Standard: no overlong
     * forms, no surrogates, nothing above U+10FFFF).
     *
     * @param b   the bytes
     * @param i   the lead byte, at least 0x80
     * @param end one past the last byte that may belong to the sequence
     * @return 2, 3 or 4, or -1
     */
    static int utf8(byte[] b, int i, int end) {
        int lead = b[i] & 0xFF;
        int length;
        int low = 0x80;
        int high = 0xBF;
        if (lead >= 0xC2 && lead <= 0xDF) {
            length = 2;
        } else if (lead >= 0xE0 && lead <= 0xEF) {
            length = 3;
            low = lead == 0xE0 ? 0xA0 : 0x80;
            high = lead == 0xED ? 0x9F : 0xBF;
        } else if (lead >= 0xF0 && lead <= 0xF4) {
            length = 4;
            low = lead == 0xF0 ? 0x90 : 0x80;
            high = lead == 0xF4 ? 0x8F : 0xBF;
        } else {
            return -1;
        }
        if (i + length > end) {
            return -1;
        }
        int second = b[i + 1] & 0xFF;
        if (second < low || second > high) {
            return -1;
        }
        for (int j = i + 2; j < i + length; j++) {
            if ((b[j] & 0xC0) != 0x80) {
                return -1;
            }
        }
        return length;
    }

    /** Grows the handle arrays of the merge to the ids interned so far, new ones -1. */
    void fitHandles() {
        economyHandle = fit(economyHandle, economyText.size());
        indicatorHandle = fit(indicatorHandle, indicatorText.size());
    }

    private static int[] fit(int[] handles, int count) {
        if (handles.length >= count) {
            return handles;
        }
        int[] grown = Arrays.copyOf(handles, Math.max(count, 2 * handles.length));
        Arrays.fill(grown, handles.length, grown.length, -1);
        return grown;
    }

    private void grow() {
        int n = 2 * year.length;
        economy = Arrays.copyOf(economy, n);
        name = Arrays.copyOf(name, n);
        indicator = Arrays.copyOf(indicator, n);
        year = Arrays.copyOf(year, n);
        value = Arrays.copyOf(value, n);
    }

    /** The id of a field's bytes ({@link SliceTable#intern}). */
    private int intern(SliceTable table, List<String> text, int column, int before, boolean strip) {
        return table.intern(b, from[column], to[column], before, text, strip);
    }

    /** A year ({@link ByteValues#year}). */
    private int year(int start, int end) {
        return ByteValues.year(b, start, end);
    }

    /** A value ({@link ByteValues#value}). */
    private double value(int start, int end) {
        return ByteValues.value(b, start, end, options);
    }

    /**
     * A number of the grammar {@code [+-]? digits [. digits] [(e|E) [+-]? digits]} (at least one
     * mantissa digit) as the correctly rounded {@code double}, the same as
     * {@link Double#parseDouble(String)}; {@code NaN} for a text not of the grammar
     * ({@link DecimalToDouble#parse(byte[], int, int)}: Clinger's fast path, Eisel–Lemire, and
     * FastDoubleParser beyond 19 significant digits).
     *
     * @param b     the bytes
     * @param start the first byte of the text
     * @param end   one past its last byte
     * @return the value (possibly infinite), or {@code NaN}
     */
    static double number(byte[] b, int start, int end) {
        return DecimalToDouble.parse(b, start, end);
    }
}
