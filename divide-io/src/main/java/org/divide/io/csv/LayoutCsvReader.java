package org.divide.io.csv;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.Charset;
import java.util.Objects;
import org.divide.io.FormatNotes;
import org.divide.io.MalformedDataException;
import org.divide.io.ReadOptions;
import org.divide.io.ReadResult;
import org.divide.io.TextFormatReader;
import org.divide.io.internal.PanelCollector;
import org.divide.io.internal.Sources;

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
