package org.divide.io.csv;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Objects;
import org.divide.io.FormatNotes;
import org.divide.io.MalformedDataException;
import org.divide.io.ReadOptions;
import org.divide.io.ReadResult;
import org.divide.io.TextFormatReader;
import org.divide.io.internal.Limits;
import org.divide.io.internal.PanelCollector;
import org.divide.io.internal.Sources;
import org.divide.io.internal.WholeInput;

/**
 * What the long, wide and COINr iData CSV readers share: a layout, a CSV syntax and the read options,
 * each replaced by a {@code with...} call, and reading a table into a collector.
 *
 * @param <L> the layout type
 * @param <R> the reader type
 */
abstract class LayoutCsvReader<L, R extends LayoutCsvReader<L, R>> implements TextFormatReader<R> {

    private final L layout;
    private final CsvOptions csv;
    private final ReadOptions options;

    LayoutCsvReader(L layout, CsvOptions csv, ReadOptions options) {
        this.layout = layout;
        this.csv = csv;
        this.options = options;
    }

    /** A reader of the concrete type with these settings. */
    abstract R copy(L newLayout, CsvOptions newCsv, ReadOptions newOptions);

    /** Reads the rows of an open table into a collector; returns the notes on the input, if any. */
    abstract FormatNotes rows(CsvTable table, L tableLayout, PanelCollector collector) throws MalformedDataException;

    /**
     * Reads a whole input from its bytes on a fast path, or declines. The default declines;
     * a reader with a fast path overrides it and must return exactly what
     * {@link #read(Reader, String)} returns on the same bytes, or {@code null}.
     *
     * @param bytes  the input's bytes
     * @param length how many of them
     * @param source the name used in messages
     * @return the result, or {@code null} to read the bytes the general way
     */
    ReadResult fast(byte[] bytes, int length, String source) {
        return null;
    }

    /**
     * Reads a whole file on a fast path, or declines. The default holds a file of at most 1 GiB in
     * memory and calls {@link #fast(byte[], int, String)}; a reader whose fast path streams
     * overrides it.
     *
     * @param channel the file, at its start; closed by the caller
     * @param size    its size in bytes
     * @param source  the name used in messages
     * @return the result, or {@code null} to read the file the general way
     * @throws IOException if the file cannot be read
     */
    ReadResult fast(FileChannel channel, long size, String source) throws IOException {
        if (size > WholeInput.MAX_BYTES) {
            return null;
        }
        byte[] bytes = Channels.newInputStream(channel).readAllBytes();
        return fast(bytes, bytes.length, source);
    }

    /** Whether {@link #fast} may accept inputs under these settings (else inputs stream as before). */
    boolean hasFastPath() {
        return false;
    }

    /**
     * {@inheritDoc}
     *
     * <p>A regular file is tried on the reader's fast path first, if it has one (held in memory
     * up to 1 GiB, or streamed, depending on the reader); otherwise, or when the fast path
     * declines, it is read as text.
     */
    @Override
    public ReadResult read(Path path) throws IOException {
        if (!hasFastPath() || !Files.isRegularFile(path)) {
            return TextFormatReader.super.read(path);
        }
        Limits.checkSize(path, options.limits());
        ReadResult r;
        try (FileChannel channel = FileChannel.open(path, StandardOpenOption.READ)) {
            r = fast(channel, channel.size(), Sources.name(path));
        }
        return r != null ? r : TextFormatReader.super.read(path);
    }

    /**
     * {@inheritDoc}
     *
     * <p>A stream of at most 1 GiB (and within {@link org.divide.io.ReadLimits#maxFileBytes()}) is
     * read whole and tried on the reader's fast path first, if it has one; otherwise, or when the
     * fast path declines, it is read as text. The stream is not closed.
     */
    @Override
    public ReadResult read(InputStream in, String source) throws IOException {
        if (!hasFastPath()) {
            return TextFormatReader.super.read(in, source);
        }
        return WholeInput.read(in, options.limits().maxFileBytes(), (bytes, length) -> fast(bytes, length, source),
                stream -> TextFormatReader.super.read(stream, source));
    }

    /**
     * A copy with other columns.
     *
     * @param newLayout the columns, non-null
     * @return the copy
     */
    public R withLayout(L newLayout) {
        return copy(Objects.requireNonNull(newLayout, "layout"), csv, options);
    }

    /**
     * A copy with another CSV syntax (delimiter, quote, charset, preamble).
     *
     * @param newCsv the syntax, non-null
     * @return the copy
     */
    public R withCsv(CsvOptions newCsv) {
        return copy(layout, Objects.requireNonNull(newCsv, "csv"), options);
    }

    @Override
    public R withOptions(ReadOptions newOptions) {
        return copy(layout, csv, Objects.requireNonNull(newOptions, "options"));
    }

    /**
     * The columns.
     *
     * @return the layout
     */
    public L layout() {
        return layout;
    }

    /**
     * The CSV syntax.
     *
     * @return the CSV options
     */
    public CsvOptions csv() {
        return csv;
    }

    @Override
    public ReadOptions options() {
        return options;
    }

    /**
     * The encoding of files and streams: the charset of {@link #csv()}.
     *
     * @return the charset
     */
    @Override
    public Charset charset() {
        return csv.charset();
    }

    /**
     * {@inheritDoc}
     *
     * <p>The charset of {@link #csv()} is not used.
     *
     * @throws MalformedDataException if the text is malformed (strict mode)
     */
    @Override
    public ReadResult read(Reader reader, String source) throws IOException {
        try (CsvTable table = CsvTable.open(Sources.nonClosing(reader), source, csv, options.limits())) {
            PanelCollector c = PanelCollector.create(source, options);
            FormatNotes notes = rows(table, layout, c);
            return c.finish().withNotes(notes);
        }
    }
}
