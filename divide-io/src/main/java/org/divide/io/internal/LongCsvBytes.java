package org.divide.io.internal;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.divide.io.FormatNotes;
import org.divide.io.MalformedDataException;
import org.divide.io.ReadLimits;
import org.divide.io.ReadOptions;
import org.divide.io.ReadResult;
import org.divide.io.csv.LongLayout;

/**
 * The fast path of the long CSV reader: a byte-level lexer for plain, well-kept files that gives
 * the same {@link ReadResult} as the general path ({@link CsvTable}-based {@link LongRows}) or
 * declines, returning {@code null}, so that the caller reads the same bytes the general way.
 *
 * <p><b>What it takes.</b> Comma-separated ASCII text (every byte in {@code 0x20..0x7E}, lines
 * ending in {@code \n} or {@code \r\n}), no quote character anywhere, no byte-order mark, no empty
 * line but a final line break, every row as wide as the header, the header's columns found, lines
 * and records within the {@link ReadLimits}. Anything else — a quoted field, a non-ASCII byte (the
 * strict UTF-8 check is the general path's), a bad year or value, a duplicate, an unknown economy
 * under {@code UnmatchedPolicy.FAIL}, any record the general path would skip or report — makes it
 * decline, and the general path then gives its own result or its located error. Declining costs
 * the work done so far; on the files the fast path accepts it does the same collector calls, in
 * the same order, with the same arguments as the general path, hence the same panels.
 *
 * <p><b>How.</b> The body after the header is cut into chunks of whole lines (about
 * {@value #CHUNK_BYTES} bytes; a quote, which could hide a line break inside a field, fails the
 * chunk that holds it, so a cut never falls inside a field of an accepted file). Waves of one chunk
 * per thread are parsed at once by {@link LongChunk} workers (bytes classified by a table, codes
 * interned by their bytes so that a code becomes a {@code String} once, not once per row, values
 * parsed by FastDoubleParser), then merged into the collector in file order, one row after the
 * other with its line number, exactly as the general path feeds it. The merge is sequential, so
 * the result is the same, bit for bit, on any number of threads; memory beyond the input's bytes
 * is a few megabytes per thread.
 */
public final class LongCsvBytes {

    /** The bytes of a chunk, cut at the next line break. */
    static final int CHUNK_BYTES = 1 << 22;

    /** The input size from which a reader parses on all cores: two chunks. */
    public static final int PARALLEL_BYTES = 2 * CHUNK_BYTES;

    private final byte[] b;
    private final int n;
    private final PanelCollector c;
    private final int threads;
    private final int chunkBytes;

    private LongCsvBytes(byte[] bytes, int length, PanelCollector collector, int threads, int chunkBytes) {
        this.b = bytes;
        this.n = length;
        this.c = collector;
        this.threads = threads;
        this.chunkBytes = chunkBytes;
    }

    /**
     * Reads a whole long CSV file from its bytes, or declines.
     *
     * @param bytes   the file's bytes
     * @param length  how many of them
     * @param source  the name used in messages
     * @param layout  the columns
     * @param options the read options (a decimal comma declines)
     * @param threads how many chunks to parse at once, at least 1; the result does not depend on it
     * @return the result, the same as the general path's; or {@code null} when this input needs
     *         the general path
     */
    public static ReadResult read(byte[] bytes, int length, String source, LongLayout layout, ReadOptions options,
            int threads) {
        return read(bytes, length, source, layout, options, threads, CHUNK_BYTES);
    }

    /** As {@link #read(byte[], int, String, LongLayout, ReadOptions, int)} with a chunk size (tests). */
    static ReadResult read(byte[] bytes, int length, String source, LongLayout layout, ReadOptions options,
            int threads, int chunkBytes) {
        if (options.decimalComma() || threads < 1) {
            return null;
        }
        try {
            LongCsvBytes r = new LongCsvBytes(bytes, length, PanelCollector.create(source, options), threads,
                    chunkBytes);
            return r.rows(layout) ? r.c.finish().withNotes(FormatNotes.none()) : null;
        } catch (MalformedDataException | RuntimeException e) {
            // the general path reads the same bytes and reports this in its own words
            return null;
        }
    }

    /** Reads the header and the rows; {@code false} to decline. */
    private boolean rows(LongLayout layout) throws MalformedDataException {
        ReadLimits limits = c.options().limits();
        int bodyStart = headerEnd(limits);
        if (bodyStart < 0) {
            return false;
        }
        List<String> header = header(bodyStart);
        if (header.size() > limits.maxFieldsPerLine()) {
            return false;
        }
        int ec = column(header, layout.economy());
        int nc = layout.economyName() == null ? -1 : column(header, layout.economyName());
        int ic = layout.indicator() == null ? -1 : column(header, layout.indicator());
        int yc = column(header, layout.year());
        int vc = column(header, layout.value());
        if (ec < 0 || yc < 0 || vc < 0 || ic < 0 && layout.indicator() != null
                || nc < 0 && layout.economyName() != null) {
            return false;
        }
        int fixed = ic < 0 ? c.indicator(layout.fixedIndicator()) : -1;
        c.noRowsAfterHeader(c.source(), 1);
        int[] columns = {ec, nc, ic, yc, vc};
        LongChunk[] workers = new LongChunk[threads];
        int[][] indicatorHandles = new int[threads][];
        for (int w = 0; w < threads; w++) {
            workers[w] = new LongChunk(b, header.size(), columns, limits.maxLineLength(), c.options());
            indicatorHandles[w] = new int[0];
        }
        long line = 1;
        int[] bounds = new int[threads + 1];
        for (int at = bodyStart; at < n;) {
            int used = cut(at, bounds);
            parse(workers, bounds, used);
            for (int w = 0; w < used; w++) {
                LongChunk k = workers[w];
                if (!k.ok) {
                    return false;
                }
                indicatorHandles[w] = merge(k, nc >= 0, ic < 0 ? fixed : -1, indicatorHandles[w], line);
                line += k.rows;
            }
            at = bounds[used];
        }
        return true;
    }

    /** Cuts up to {@link #threads} chunks of whole lines from {@code at}; the number cut. */
    private int cut(int at, int[] bounds) {
        bounds[0] = at;
        int used = 0;
        while (used < threads && bounds[used] < n) {
            int end = (int) Math.min((long) bounds[used] + chunkBytes, n);
            while (end < n && b[end - 1] != '\n') {
                end++;
            }
            bounds[++used] = end;
        }
        return used;
    }

    /** Parses the chunks of a wave, the first on this thread and the others on their own. */
    private static void parse(LongChunk[] workers, int[] bounds, int used) {
        Thread[] others = new Thread[used];
        for (int w = 1; w < used; w++) {
            LongChunk k = workers[w];
            int start = bounds[w];
            int end = bounds[w + 1];
            others[w] = new Thread(() -> k.parse(start, end), "divide-long-csv-" + w);
            others[w].setDaemon(true);
            others[w].start();
        }
        workers[0].parse(bounds[0], bounds[1]);
        for (int w = 1; w < used; w++) {
            try {
                others[w].join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                workers[w].ok = false;
            }
        }
    }

    /**
     * Feeds a parsed chunk to the collector row by row, in the order and with the calls of the
     * general path ({@code LongRows}); returns the worker's indicator handles, grown as needed.
     */
    private int[] merge(LongChunk k, boolean names, int fixed, int[] handles, long lineBefore)
            throws MalformedDataException {
        int[] h = handles;
        if (h.length < k.indicatorText.size()) {
            int known = h.length;
            h = Arrays.copyOf(h, k.indicatorText.size());
            Arrays.fill(h, known, h.length, -1);
        }
        long line = lineBefore;
        for (int r = 0; r < k.rows; r++) {
            line++;
            int e = c.economy(k.economyText.get(k.economy[r]), names ? k.nameText.get(k.name[r]) : null, line);
            int i = fixed;
            if (i < 0) {
                i = h[k.indicator[r]];
                if (i < 0) {
                    i = c.indicator(k.indicatorText.get(k.indicator[r]));
                    h[k.indicator[r]] = i;
                }
            }
            c.put(e, i, k.year[r], k.value[r], line);
        }
        return h;
    }

    /** The start of the line after a plain header, or -1. */
    private int headerEnd(ReadLimits limits) {
        int i = 0;
        while (i < n && b[i] != '\n' && b[i] != '\r') {
            if (b[i] < 0x20 || b[i] > 0x7E || b[i] == '"') {
                return -1;
            }
            i++;
        }
        if (i == 0 || i + 1 > limits.maxLineLength() || i < n && b[i] == '\r' && (i + 1 >= n || b[i + 1] != '\n')) {
            return -1;
        }
        return i < n && b[i] == '\r' ? i + 2 : Math.min(i + 1, n);
    }

    /** The header's names, stripped. */
    private List<String> header(int bodyStart) {
        int end = bodyStart;
        while (end > 0 && (b[end - 1] == '\n' || b[end - 1] == '\r')) {
            end--;
        }
        List<String> names = new ArrayList<>();
        for (String name : new String(b, 0, end, StandardCharsets.US_ASCII).split(",", -1)) {
            names.add(name.strip());
        }
        return names;
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
