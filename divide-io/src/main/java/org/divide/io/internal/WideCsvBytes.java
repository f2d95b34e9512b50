package org.divide.io.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.ReadableByteChannel;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.divide.core.Indicator;
import org.divide.io.EconomyResolver;
import org.divide.io.MalformedDataException;
import org.divide.io.ReadLimits;
import org.divide.io.ReadOptions;
import org.divide.io.ReadResult;
import org.divide.io.csv.CsvOptions;
import org.divide.io.csv.WideLayout;

/**
 * The fast path of the wide CSV readers (years across, as the World Bank's bulk files, or
 * indicators across): a byte-level reader of plain, well-kept files that gives the same
 * {@link ReadResult} as the general path ({@code CsvTable} and {@link WideRows}) or declines,
 * returning {@code null}, so that the caller reads the same bytes the general way.
 *
 * <p><b>What it takes.</b> Comma-separated UTF-8 text as {@link ByteLine} lexes it (well-formed,
 * no control characters, quotes only around whole fields of one line without doubled quotes,
 * {@code \n} or {@code \r\n} line ends, lines within the limit), one byte-order mark at most,
 * empty lines anywhere (skipped and counted, as the general path does), records before the header
 * when a header search is asked for (the header is then the first record whose first field is the
 * given text, among the first {@value CsvOptions#HEADER_SEARCH}), every row as wide as the header,
 * the layout's columns found. Anything else — a doubled or stray quote, bytes that are not UTF-8, a
 * bad year or value, a conflicting duplicate, an empty or (under {@code UnmatchedPolicy.FAIL})
 * unknown economy, any record the general path would skip or report — makes it decline, and the
 * general path then gives its own result or its located error. On the files it accepts it makes
 * the same collector calls, in the same order, with the same arguments and line numbers as
 * {@link WideRows}, hence the same panels, bit for bit.
 *
 * <p><b>How.</b> The body is cut into chunks of whole lines (about {@value #CHUNK_BYTES} bytes)
 * parsed on all cores by {@link WideChunk} workers and merged into the collector in file order
 * ({@link ChunkPipeline}), so the result does not depend on the number of threads. The merge
 * resolves each distinct economy (code and name) and indicator code once per worker and hands the
 * parsed rows to the collector as they are ({@link PanelCollector#putRows}, {@link RowCells}); the
 * missing values were left out by the workers, the rows still mark the economy and the years as
 * read.
 */
public final class WideCsvBytes {

    /** The bytes of a chunk, cut at the next line break. */
    static final int CHUNK_BYTES = 1 << 22;

    /** The bytes of a channel's first chunk at least, which must hold the header. */
    static final int HEAD_BYTES = 1 << 16;

    /** The most fields of a record before the header that the fast path lexes (more: it declines). */
    private static final int MAX_PREAMBLE_FIELDS = 1 << 12;

    /** The bytes that hold the header: the whole input in memory, or the first chunk of a channel. */
    private byte[] b;
    /** One past the last of {@link #b} that may be read. */
    private int n;
    private final PanelCollector c;
    private final Reading reading;
    private final Map<String, Integer> seen = new HashMap<>();
    private long line;

    private WideCsvBytes(PanelCollector collector, Reading reading) {
        this.c = collector;
        this.reading = reading;
    }

    /**
     * How a reader resolves the economy of a row from its economy and economy-name fields as
     * written, calling {@link PanelCollector#economy(String, String, long, EconomyResolver)} as its
     * general path does. Given the same two texts it must give the same handle, so that the fast
     * path can call it once per distinct pair.
     */
    @FunctionalInterface
    public interface EconomyOf {
        /**
         * Resolves the economy of a row.
         *
         * @param c    the collector
         * @param code the economy field as written
         * @param name the economy-name field as written, or {@code null} without that column
         * @param line the row's line
         * @return the economy's handle
         * @throws MalformedDataException as {@link PanelCollector#economy}
         */
        int economy(PanelCollector c, String code, String name, long line) throws MalformedDataException;
    }

    /**
     * What a wide file holds beyond its layout: the header search and how the reader makes
     * economies and indicators.
     *
     * @param headerStart the first field of the header line, searched for among the first records
     *                    as {@link CsvOptions#withHeaderAt(String)} does; {@code null}: the first
     *                    record is the header
     * @param economy     resolves a row's economy
     * @param column      makes the indicator of a value column from its header (indicators across),
     *                    or {@code null} for {@link PanelCollector#indicator(String)}
     * @param indicators  makes the indicator of a code read from the indicator column, given the
     *                    text of the indicator-name column ({@code null} without one)
     */
    public record Reading(String headerStart, EconomyOf economy, Function<String, Indicator> column,
            BiFunction<String, String, Indicator> indicators) {

        /**
         * The reading of {@link WideRows#read(org.divide.io.csv.CsvTable, WideLayout, PanelCollector)}:
         * no other resolver, indicators by code and name.
         *
         * @param headerStart the first field of the header line, or {@code null}
         * @return the reading
         */
        public static Reading plain(String headerStart) {
            return of(headerStart, EconomyResolver.none(), WideRows::plainIndicator);
        }

        /**
         * The reading of
         * {@link WideRows#read(org.divide.io.csv.CsvTable, WideLayout, PanelCollector, EconomyResolver, BiFunction)}.
         *
         * @param headerStart the first field of the header line, or {@code null}
         * @param fallback    resolves economies the options' resolver does not know
         * @param indicators  makes the indicator of a code and name
         * @return the reading
         */
        public static Reading of(String headerStart, EconomyResolver fallback,
                BiFunction<String, String, Indicator> indicators) {
            return new Reading(headerStart, (c, code, name, line) -> c.economy(code, name, line, fallback), null,
                    indicators);
        }
    }

    /**
     * Reads a whole wide CSV file from its bytes, or declines.
     *
     * @param bytes   the file's bytes
     * @param length  how many of them
     * @param source  the name used in messages
     * @param layout  the columns
     * @param reading the header search, economy fallback and indicator maker
     * @param options the read options (a decimal comma declines)
     * @param threads how many chunks to parse at once, at least 1; the result does not depend on it
     * @return the result, the same as the general path's; or {@code null} when this input needs
     *         the general path
     */
    public static ReadResult read(byte[] bytes, int length, String source, WideLayout layout, Reading reading,
            ReadOptions options, int threads) {
        return read(bytes, length, source, layout, reading, options, threads, CHUNK_BYTES);
    }

    /** As {@link #read(byte[], int, String, WideLayout, Reading, ReadOptions, int)} with a chunk size (tests). */
    static ReadResult read(byte[] bytes, int length, String source, WideLayout layout, Reading reading,
            ReadOptions options, int threads, int chunkBytes) {
        LineChunks.Chunk whole = new LineChunks.Chunk();
        whole.bytes = bytes;
        whole.to = length;
        try {
            return read(whole, null, source, layout, reading, options, threads, chunkBytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // bytes in memory are never read from a channel
        }
    }

    /**
     * Reads a whole wide CSV file from a channel, chunk by chunk, or declines: the input's bytes
     * are never held whole (a few chunks per thread, then the parsed rows and the panel). The
     * header, and a preamble before it, must lie in the first {@value #HEAD_BYTES} bytes or the
     * first chunk, whichever is longer. When it declines, the caller reads the file again the
     * general way.
     *
     * @param channel the file, from its current position; not closed
     * @param source  the name used in messages
     * @param layout  the columns
     * @param reading the header search, economy fallback and indicator maker
     * @param options the read options (a decimal comma declines)
     * @param threads how many chunks to parse at once, at least 1; the result does not depend on it
     * @return the result, the same as the general path's; or {@code null} when this input needs
     *         the general path
     * @throws IOException if the channel cannot be read
     */
    public static ReadResult read(ReadableByteChannel channel, String source, WideLayout layout, Reading reading,
            ReadOptions options, int threads) throws IOException {
        return read(channel, source, layout, reading, options, threads, CHUNK_BYTES);
    }

    /** As {@link #read(ReadableByteChannel, String, WideLayout, Reading, ReadOptions, int)} with a chunk size (tests). */
    static ReadResult read(ReadableByteChannel channel, String source, WideLayout layout, Reading reading,
            ReadOptions options, int threads, int chunkBytes) throws IOException {
        LineChunks input = LineChunks.of(channel, options.limits().maxLineLength());
        LineChunks.Chunk head = new LineChunks.Chunk();
        if (!input.next(head, Math.max(chunkBytes, HEAD_BYTES))) {
            return null;
        }
        return read(head, input, source, layout, reading, options, threads, chunkBytes);
    }

    /**
     * Reads the header from {@code head}, then the body: the rest of {@code head} and the chunks
     * of {@code rest}, or, without {@code rest}, the rest of {@code head} cut into chunks.
     */
    private static ReadResult read(LineChunks.Chunk head, LineChunks rest, String source, WideLayout layout,
            Reading reading, ReadOptions options, int threads, int chunkBytes) throws IOException {
        if (options.decimalComma() || threads < 1) {
            return null;
        }
        try {
            WideCsvBytes r = new WideCsvBytes(PanelCollector.forFastPath(source, options), reading);
            return r.rows(head, rest, layout, threads, chunkBytes) ? r.c.finish() : null;
        } catch (MalformedDataException | RuntimeException e) {
            // the general path reads the same bytes and reports it in its own words
            return null;
        }
    }

    /** Reads the header and the rows; {@code false} to decline. */
    private boolean rows(LineChunks.Chunk head, LineChunks rest, WideLayout layout, int threads, int chunkBytes)
            throws MalformedDataException, IOException {
        ReadLimits limits = c.options().limits();
        List<String> header = new ArrayList<>();
        b = head.bytes;
        n = head.to;
        int body = header(head.from, reading.headerStart(), limits, header);
        if (body < 0) {
            return false;
        }
        boolean across = layout.shape() == WideLayout.Shape.INDICATORS_ACROSS;
        int ec = column(header, layout.economy());
        int nc = layout.economyName() == null ? -1 : column(header, layout.economyName());
        int yc = across && layout.year() != null ? column(header, layout.year()) : -1;
        int ic = !across && layout.indicator() != null ? column(header, layout.indicator()) : -1;
        int inc = !across && layout.indicatorName() != null ? column(header, layout.indicatorName()) : -1;
        if (ec < 0 || nc < 0 && layout.economyName() != null || yc < 0 && across && layout.year() != null
                || ic < 0 && !across && layout.indicator() != null
                || inc < 0 && !across && layout.indicatorName() != null) {
            return false;
        }
        int[] columns = valueColumns(header, layout, new HashSet<>(Arrays.asList(ec, nc, yc, ic, inc)));
        if (columns == null) {
            return false;
        }
        int[] handles = new int[columns.length];
        for (int k = 0; k < handles.length; k++) {
            String name = header.get(columns[k]);
            handles[k] = !across ? Values.year(name)
                    : reading.column() == null ? c.indicator(name) : c.indicator(reading.column().apply(name));
        }
        int fixed = !across && ic < 0 ? c.indicator(layout.fixedIndicator()) : -1;
        int fixedKey = across ? layout.fixedYear() : fixed;
        c.noRowsAfterHeader(c.source(), line);
        c.rowsOf(handles, !across);
        int width = header.size();
        int[] keys = {ec, nc, across ? yc : ic, inc};
        ChunkPipeline<WideChunk> pipeline = new ChunkPipeline<>(rest == null ? LineChunks.of(b, body, n) : rest,
                threads, chunkBytes,
                slot -> new WideChunk(width, keys, across, columns, limits.maxLineLength(), c.options()),
                "divide-wide-csv");
        boolean keyed = across ? yc >= 0 : ic >= 0;
        head.from = body;
        return pipeline.run(rest == null ? null : head, k -> merge(k, nc >= 0, across, keyed ? -1 : fixedKey));
    }

    /**
     * Feeds a parsed chunk's rows to the collector, resolving their economies and indicators in the
     * order of the general path ({@link WideRows}); {@code fixedKey} is the year or indicator handle
     * of every row, or -1 when each row has its own.
     */
    private boolean merge(WideChunk k, boolean names, boolean across, int fixedKey)
            throws MalformedDataException {
        if (!k.ok) {
            return false;
        }
        k.economyHandle = cache(k.economyHandle, k.economyText.size());
        k.economyName = cache(k.economyName, k.economyText.size());
        k.indicatorHandle = cache(k.indicatorHandle, k.indicatorText.size());
        ParsedRows rows = k.parsed;
        for (int r = 0; r < k.rows; r++) {
            int id = k.economy[r];
            int nameId = names ? k.name[r] : 0;
            int e = k.economyHandle[id];
            if (e < 0 || k.economyName[id] != nameId) {
                long at = line + k.lineAt[r] + 1;
                e = reading.economy().economy(c, k.economyText.get(id), names ? k.nameText.get(nameId) : null, at);
                k.economyHandle[id] = e;
                k.economyName[id] = nameId;
            }
            rows.economies[r] = e;
            rows.keys[r] = fixedKey >= 0 ? fixedKey : across ? k.key[r] : indicator(k, r);
        }
        c.putRows(rows);
        line += k.lines;
        return true;
    }

    /** The indicator handle of a row, registered from its code and name the first time the code is seen. */
    private int indicator(WideChunk k, int r) {
        int id = k.key[r];
        int h = k.indicatorHandle[id];
        if (h < 0) {
            String code = k.indicatorText.get(id);
            Integer handle = seen.get(code);
            if (handle == null) {
                handle = c.indicator(reading.indicators().apply(code, k.named ? k.indicatorNameText.get(k.keyName[r]) : null));
                seen.put(code, handle);
            }
            h = handle;
            k.indicatorHandle[id] = h;
        }
        return h;
    }

    private static int[] cache(int[] handles, int size) {
        if (handles.length >= size) {
            return handles;
        }
        int[] h = Arrays.copyOf(handles, Math.max(size, 2 * handles.length));
        Arrays.fill(h, handles.length, h.length, -1);
        return h;
    }

    /**
     * Finds the header (skipping a byte-order mark, empty lines and, with a header search, the
     * records before it), fills its stripped names and sets {@link #line} to its line; the start of
     * the body, or -1 to decline.
     */
    private int header(int start, String headerStart, ReadLimits limits, List<String> names) {
        int at = n - start >= 3 && (b[start] & 0xFF) == 0xEF && (b[start + 1] & 0xFF) == 0xBB
                && (b[start + 2] & 0xFF) == 0xBF ? start + 3 : start;
        if (n - at >= 3 && (b[at] & 0xFF) == 0xEF && (b[at + 1] & 0xFF) == 0xBB && (b[at + 2] & 0xFF) == 0xBF) {
            return -1; // a second mark, which the general path may skip too
        }
        ByteLine any = new ByteLine(b, Math.min(limits.maxFieldsPerLine(), MAX_PREAMBLE_FIELDS),
                limits.maxLineLength());
        line = 1;
        for (int records = 0; at < n; line++) {
            int blank = any.emptyLine(at, n);
            if (blank > 0) {
                at += blank;
                continue;
            }
            int next = any.record(at, n);
            if (next < 0) {
                return -1;
            }
            if (headerStart == null || text(any, 0).strip().equalsIgnoreCase(headerStart)) {
                for (int f = 0; f < any.fields; f++) {
                    names.add(text(any, f).strip());
                }
                return next;
            }
            if (++records >= CsvOptions.HEADER_SEARCH) {
                return -1;
            }
            at = next;
        }
        return -1;
    }

    private String text(ByteLine l, int field) {
        return new String(b, l.from[field], l.to[field] - l.from[field], StandardCharsets.UTF_8);
    }

    /** As {@link WideRows}: the value columns, or {@code null} when there are none or one is missing. */
    private static int[] valueColumns(List<String> header, WideLayout layout, Set<Integer> keys) {
        boolean across = layout.shape() == WideLayout.Shape.INDICATORS_ACROSS;
        List<Integer> columns = new ArrayList<>();
        if (across && layout.valueColumns() != null) {
            for (String name : layout.valueColumns()) {
                int i = column(header, name);
                if (i < 0) {
                    return null;
                }
                columns.add(i);
            }
        } else {
            for (int i = 0; i < header.size(); i++) {
                if (across ? !keys.contains(i) && !header.get(i).isEmpty() : Values.isYear(header.get(i))) {
                    columns.add(i);
                }
            }
        }
        return columns.isEmpty() ? null : columns.stream().mapToInt(Integer::intValue).toArray();
    }

    /** As {@code CsvTable.findColumn}: the first name equal without regard to case, or -1. */
    private static int column(List<String> header, String name) {
        String wanted = name.strip().toLowerCase(Locale.ROOT);
        for (int i = 0; i < header.size(); i++) {
            if (header.get(i).toLowerCase(Locale.ROOT).equals(wanted)) {
                return i;
            }
        }
        return -1;
    }
}
