package org.divide.io.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.divide.io.ReadOptions;

/**
 * One worker of {@link WideCsvBytes}: lexes and parses a run of whole lines of a plain wide CSV
 * into per-row arrays (economy, economy name, indicator and indicator name as ids of codes interned
 * by their bytes, or the year; the line) and the chunk's {@link ParsedRows} (the values that are not
 * missing, packed), touching nothing shared, so that several chunks parse at once and are merged
 * in order. The interned codes persist from one
 * chunk to the next of the same worker, and so do the collector handles the merge caches per code
 * ({@link #economyHandle}, {@link #indicatorHandle}), which only the merging thread touches.
 *
 * <p>Lines are lexed by {@link ByteLine}; an empty line is skipped and counted, as the general
 * path does. Years and values are read by {@link ByteValues} (an empty field is a missing value
 * when the empty text is a missing marker). The first line that is not plain or not as wide as the
 * header, or a year or value that {@link Values} rejects, stops the chunk as failed.
 */
final class WideChunk implements ChunkPipeline.Worker {

    /** The bytes of the chunk being parsed. */
    private byte[] b = new byte[0];
    private final int width;
    private final int economyColumn;
    private final int nameColumn;
    private final int keyColumn;
    private final boolean yearKey;
    private final int indicatorNameColumn;
    private final int[] valueColumns;
    private final ReadOptions options;
    private final boolean emptyMissing;
    private final ByteLine line;
    private final PlainRecord plain;
    private final SliceTable economies = new SliceTable();
    private final SliceTable names = new SliceTable();
    private final SliceTable indicators = new SliceTable();
    private final SliceTable indicatorNames = new SliceTable();

    /** Whether rows have an indicator name. */
    final boolean named;
    /** Economy codes as written, by id. */
    final List<String> economyText = new ArrayList<>();
    /** Economy names as written, by id. */
    final List<String> nameText = new ArrayList<>();
    /** Indicator codes, stripped, by id. */
    final List<String> indicatorText = new ArrayList<>();
    /** Indicator names as written, by id. */
    final List<String> indicatorNameText = new ArrayList<>();

    /** Per row of the last chunk: the economy id. */
    int[] economy = new int[256];
    /** Per row: the economy-name id, when there is a name column. */
    int[] name = new int[256];
    /** Per row: the year or the indicator id, when there is a key column. */
    int[] key = new int[256];
    /** Per row: the indicator-name id, when there is an indicator-name column. */
    int[] keyName = new int[256];
    /** Per row: the number of lines of the chunk before it. */
    int[] lineAt = new int[256];
    /** The values of the row being read, one per value column. */
    private final double[] values;
    /** The rows of the chunk being parsed, as {@link ParsedRows#data} keeps them. */
    private long[] data = new long[1 << 12];
    /** How many of {@link #data} are taken. */
    private int packed;
    /** Per row, the place of its first word in {@link #data}. */
    private int[] offsets = new int[256];
    /** The words of bits of a row. */
    private final int words;
    /** The rows of the last chunk parsed whole, for the merge; {@code null} when it failed. */
    ParsedRows parsed;
    /** Rows of the last chunk. */
    int rows;
    /** Lines of the last chunk, empty ones included. */
    int lines;
    /** Whether the last chunk was parsed whole. */
    boolean ok;

    /** The merge's cache: the collector's economy handle per economy id, -1 when not yet known. */
    int[] economyHandle = new int[0];
    /** The merge's cache: the economy-name id that {@link #economyHandle} was resolved with. */
    int[] economyName = new int[0];
    /** The merge's cache: the collector's indicator handle per indicator id, -1 when not yet known. */
    int[] indicatorHandle = new int[0];

    /**
     * A worker over the bytes of one file.
     *
     * @param width         the header's number of fields
     * @param columns       the economy, economy-name, key (year or indicator) and indicator-name
     *                      columns (-1: none)
     * @param yearKey       whether the key column holds years (else indicator codes)
     * @param valueColumns  the value columns
     * @param maxLineLength the longest line accepted
     * @param options       the missing-value texts
     */
    WideChunk(int width, int[] columns, boolean yearKey, int[] valueColumns, int maxLineLength,
            ReadOptions options) {
        this.width = width;
        this.economyColumn = columns[0];
        this.nameColumn = columns[1];
        this.keyColumn = columns[2];
        this.indicatorNameColumn = columns[3];
        this.yearKey = yearKey;
        this.named = indicatorNameColumn >= 0;
        this.valueColumns = valueColumns.clone();
        this.options = options;
        this.emptyMissing = options.missing().contains("");
        this.line = new ByteLine(b, width, maxLineLength);
        this.words = ParsedRows.words(valueColumns.length);
        this.values = new double[valueColumns.length];
        this.plain = new PlainRecord(width, yearKey ? keyColumn : -1, this.valueColumns, emptyMissing, maxLineLength,
                line.from, line.to);
    }

    @Override
    public void parse(byte[] bytes, int start, int end) {
        b = bytes;
        line.use(bytes);
        rows = 0;
        lines = 0;
        packed = 0;
        ok = false;
        parsed = null;
        try {
            int[] from = line.from;
            int[] to = line.to;
            int count = valueColumns.length;
            for (int at = start; at < end;) {
                int blank = line.emptyLine(at, end);
                if (blank > 0) {
                    at += blank;
                    lines++;
                    continue;
                }
                if (rows == economy.length) {
                    grow();
                }
                if (packed + words + count > data.length) {
                    data = Arrays.copyOf(data, Math.max(packed + words + count, 2 * data.length));
                }
                int next = plain.ordered ? plain.readPacked(b, at, end, data, packed) : plain.read(b, at, end, values, 0);
                boolean read = next >= 0;
                if (!read) {
                    next = line.record(at, end);
                    if (next < 0 || line.fields != width) {
                        return;
                    }
                }
                boolean first = rows == 0;
                economy[rows] = economies.intern(b, from[economyColumn], to[economyColumn],
                        first ? -1 : economy[rows - 1], economyText, false);
                if (nameColumn >= 0) {
                    name[rows] = names.intern(b, from[nameColumn], to[nameColumn], first ? -1 : name[rows - 1],
                            nameText, false);
                }
                int known = indicatorText.size();
                if (keyColumn >= 0) {
                    key[rows] = yearKey ? read ? plain.year : ByteValues.year(b, from[keyColumn], to[keyColumn])
                            : indicators.intern(b, from[keyColumn], to[keyColumn], first ? -1 : key[rows - 1],
                                    indicatorText, true);
                }
                if (indicatorNameColumn >= 0) {
                    // the merge reads an indicator's name only at the row where this worker meets its code
                    // first (WideCsvBytes.indicator): the other rows' names are not looked up
                    boolean metBefore = !yearKey && keyColumn >= 0 && indicatorText.size() == known;
                    keyName[rows] = metBefore ? -1 : indicatorNames.intern(b, from[indicatorNameColumn],
                            to[indicatorNameColumn], first ? -1 : keyName[rows - 1], indicatorNameText, false);
                }
                lineAt[rows] = lines;
                if (read && plain.ordered) {
                    offsets[rows] = packed;
                    packed = plain.packedEnd;
                } else {
                    for (int k = 0; !read && k < count; k++) {
                        int vc = valueColumns[k];
                        values[k] = emptyMissing && from[vc] == to[vc] ? Double.NaN
                                : ByteValues.value(b, from[vc], to[vc], options);
                    }
                    pack(count);
                }
                rows++;
                lines++;
                at = next;
            }
            // exact copies, made here on the parsing thread (a copy's array needs no zeroing first)
            parsed = new ParsedRows(rows, count, Arrays.copyOf(offsets, rows), Arrays.copyOf(data, packed));
            ok = true;
        } catch (RuntimeException e) {
            // a field Values rejects (or anything unforeseen, which must not escape a worker thread
            // to its default handler): the chunk fails and the general path reads the file
            ok = false;
        }
    }

    /**
     * Appends the row just read ({@link #values}) to {@link #data}: its words of bits, then the
     * bits of its values that are not missing.
     */
    private void pack(int count) {
        offsets[rows] = packed;
        int to = packed + words;
        for (int w = 0, k = 0; w < words; w++) {
            long bits = 0;
            for (int end = Math.min(count, k + 64); k < end; k++) {
                double v = values[k];
                if (v == v) {
                    data[to++] = Double.doubleToRawLongBits(v);
                    bits |= 1L << k;
                }
            }
            data[packed + w] = bits;
        }
        packed = to;
    }

    private void grow() {
        int n = 2 * economy.length;
        economy = Arrays.copyOf(economy, n);
        name = Arrays.copyOf(name, n);
        key = Arrays.copyOf(key, n);
        keyName = Arrays.copyOf(keyName, n);
        lineAt = Arrays.copyOf(lineAt, n);
        offsets = Arrays.copyOf(offsets, n);
    }
}
