package org.divide.io.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.ReadableByteChannel;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
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
 * the same {@link ReadResult} as the general path ({@code CsvTable}-based {@link LongRows}) or
 * declines, returning {@code null}, so that the caller reads the same bytes the general way.
 *
 * <p><b>What it takes.</b> Comma-separated UTF-8 text, well-formed (checked on the bytes as
 * strictly as the general path's decoder) and without control characters, lines ending in
 * {@code \n} or {@code \r\n}, an ASCII header without quotes, quotes only around whole fields of
 * one line (see {@link LongChunk}), no byte-order mark, no empty line but a final line break, every
 * row as wide as the header, the header's columns found, lines and records within the
 * {@link ReadLimits}. Anything else — a doubled or stray quote, bytes that are not UTF-8 (the
 * general path then reports them), a bad year or value, a second record of a cell (even an equal
 * one), an unknown economy under {@code UnmatchedPolicy.FAIL}, any record the general path would
 * skip or report — makes it decline, and the general path then gives its own result or its
 * located error. Declining costs the work done so far; on the files the fast path accepts it
 * resolves the same economies in the same order and stores the same cells as the general path,
 * hence the same panels.
 *
 * <p><b>How.</b> The body after the header is cut into chunks of whole lines (about
 * {@value #CHUNK_BYTES} bytes; a quote, which could hide a line break inside a field, fails the
 * chunk that holds it, so a cut never falls inside a field of an accepted file). Waves of one chunk
 * per thread are parsed at once by {@link LongChunk} workers (bytes classified by a table, codes
 * interned by their bytes so that a code becomes a {@code String} once, not once per row, values
 * parsed by {@link DecimalToDouble}), then merged into the collector in file order, one row after the
 * other with its line number, as the general path feeds it (each code resolved once per worker,
 * at its first row), into a collector that stores the cells in the panel's own layout
 * ({@link PanelCollector#forFastPath}); a pool of threads parses the chunks ahead of the merge,
 * two chunks per thread at most ({@link ChunkPipeline}). The merge is sequential, so the
 * result is the same, bit for bit, on any number of threads. The chunks are slices of bytes in
 * memory or buffers read from a file ({@link LineChunks}): reading a file needs a few megabytes per
 * thread besides the panel, whatever its size.
 */
public final class LongCsvBytes {

    /** The bytes of a chunk, cut at the next line break. */
    static final int CHUNK_BYTES = 1 << 22;

    /** The input size from which a reader parses on all cores: two chunks. */
    public static final int PARALLEL_BYTES = 2 * CHUNK_BYTES;

    private final LineChunks input;
    private final PanelCollector c;
    private final LongRuns runs = new LongRuns();
    private final int threads;
    private final int chunkBytes;

    private LongCsvBytes(LineChunks input, PanelCollector collector, int threads, int chunkBytes) {
        this.input = input;
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
        try {
            return read(LineChunks.of(bytes, length), source, layout, options, threads, chunkBytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // bytes in memory are never read from a channel
        }
    }

    /**
     * Reads a whole long CSV file from a channel, chunk by chunk, or declines: the input's bytes
     * are never held whole, so that memory does not grow with the file (a few chunks per thread,
     * then the panel). When it declines, the caller reads the file again the general way.
     *
     * @param channel the file, from its current position; not closed
     * @param source  the name used in messages
     * @param layout  the columns
     * @param options the read options (a decimal comma declines)
     * @param threads how many chunks to parse at once, at least 1; the result does not depend on it
     * @return the result, the same as the general path's; or {@code null} when this input needs
     *         the general path
     * @throws IOException if the channel cannot be read
     */
    public static ReadResult read(ReadableByteChannel channel, String source, LongLayout layout, ReadOptions options,
            int threads) throws IOException {
        return read(channel, source, layout, options, threads, CHUNK_BYTES);
    }

    /** As {@link #read(ReadableByteChannel, String, LongLayout, ReadOptions, int)} with a chunk size (tests). */
    static ReadResult read(ReadableByteChannel channel, String source, LongLayout layout, ReadOptions options,
            int threads, int chunkBytes) throws IOException {
        return read(LineChunks.of(channel, options.limits().maxLineLength()), source, layout, options, threads,
                chunkBytes);
    }

    private static ReadResult read(LineChunks input, String source, LongLayout layout, ReadOptions options,
            int threads, int chunkBytes) throws IOException {
        if (options.decimalComma() || threads < 1) {
            return null;
        }
        try {
            LongCsvBytes r = new LongCsvBytes(input, PanelCollector.forFastPath(source, options), threads, chunkBytes);
            return r.rows(layout) ? r.c.finish().withNotes(FormatNotes.none()) : null;
        } catch (MalformedDataException | RuntimeException e) {
            // the general path reads the same bytes and reports this in its own words
            return null;
        }
    }

    /** Reads the header and the rows; {@code false} to decline. */
    private boolean rows(LongLayout layout) throws MalformedDataException, IOException {
        ReadLimits limits = c.options().limits();
        LineChunks.Chunk head = new LineChunks.Chunk();
        if (!input.next(head, chunkBytes)) {
            return false;
        }
        int bodyStart = headerEnd(head, limits);
        if (bodyStart < 0) {
            return false;
        }
        List<String> header = header(head, bodyStart);
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
        int width = header.size();
        ChunkPipeline<LongChunk> pipeline = new ChunkPipeline<>(input, threads, chunkBytes,
                slot -> new LongChunk(width, columns, limits.maxLineLength(), c.options()), "divide-long-csv");
        head.from = bodyStart;
        long[] line = {1};
        return pipeline.run(head, k -> {
            if (!k.ok) {
                return false;
            }
            merge(k, nc >= 0, ic < 0 ? fixed : -1, line[0]);
            line[0] += k.rows;
            return true;
        });
    }

    /**
     * Feeds a parsed chunk to the collector in runs of rows of one economy and indicator
     * ({@link PanelCollector#putYears}): each of the worker's codes is resolved once, at its first
     * row, in the order of the general path ({@code LongRows}), and its handle kept by the worker for
     * the chunks that follow. The runs are then put indicator by indicator (a counting sort by
     * handle, when the chunk has more runs than the read has indicators), so that the runs of one
     * indicator land in its blocks one after the other, not each in another indicator's block: the
     * cells are the same in any order, and any repeat makes the read decline either way.
     */
    private void merge(LongChunk k, boolean names, int fixed, long lineBefore) throws MalformedDataException {
        k.fitHandles();
        int[] economies = k.economyHandle;
        int[] indicators = k.indicatorHandle;
        for (int r = 0, run; r < k.rows; r += run) {
            long line = lineBefore + r + 1;
            int e = economies[k.economy[r]];
            if (e < 0) {
                e = c.economy(k.economyText.get(k.economy[r]), names ? k.nameText.get(k.name[r]) : null, line);
                economies[k.economy[r]] = e;
            }
            int i = fixed;
            if (i < 0) {
                i = indicators[k.indicator[r]];
                if (i < 0) {
                    i = c.indicator(k.indicatorText.get(k.indicator[r]));
                    indicators[k.indicator[r]] = i;
                }
            }
            run = run(k, r, fixed < 0);
            runs.add(r, run, e, i);
        }
        runs.put(k, c, c.indicatorCount(), lineBefore);
    }

    /** The rows from {@code r} on of the same economy (and indicator, when the rows have their own). */
    private static int run(LongChunk k, int r, boolean ownIndicator) {
        int n = 1;
        while (r + n < k.rows && k.economy[r + n] == k.economy[r]
                && (!ownIndicator || k.indicator[r + n] == k.indicator[r])) {
            n++;
        }
        return n;
    }

    /** The start of the line after a plain header in the first chunk, or -1. */
    private static int headerEnd(LineChunks.Chunk head, ReadLimits limits) {
        byte[] b = head.bytes;
        int n = head.to;
        int i = head.from;
        while (i < n && b[i] != '\n' && b[i] != '\r') {
            if (b[i] < 0x20 || b[i] > 0x7E || b[i] == '"') {
                return -1;
            }
            i++;
        }
        int length = i - head.from;
        if (length == 0 || length + 1 > limits.maxLineLength()
                || i < n && b[i] == '\r' && (i + 1 >= n || b[i + 1] != '\n')) {
            return -1;
        }
        return i < n && b[i] == '\r' ? i + 2 : Math.min(i + 1, n);
    }

    /** The header's names, stripped. */
    private static List<String> header(LineChunks.Chunk head, int bodyStart) {
        int end = bodyStart;
        while (end > head.from && (head.bytes[end - 1] == '\n' || head.bytes[end - 1] == '\r')) {
            end--;
        }
        List<String> names = new ArrayList<>();
        for (String name : new String(head.bytes, head.from, end - head.from, StandardCharsets.US_ASCII)
                .split(",", -1)) {
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
