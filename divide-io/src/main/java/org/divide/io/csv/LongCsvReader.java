package org.divide.io.csv;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import org.divide.io.FormatNotes;
import org.divide.io.MalformedDataException;
import org.divide.io.ReadOptions;
import org.divide.io.ReadResult;
import org.divide.io.internal.LongCsvBytes;
import org.divide.io.internal.LongRows;
import org.divide.io.internal.PanelCollector;
import org.divide.io.internal.WholeInput;

/**
 * Reads long-format CSV: one value per row, {@code economy,indicator,year,value} by default
 * (columns {@link LongLayout}, syntax {@link CsvOptions}). Immutable.
 *
 * <pre>{@code
 * ReadResult r = LongCsvReader.withDefaults().read(Path.of("data.csv"));
 * ReadResult s = LongCsvReader.withDefaults()
 *         .withLayout(LongLayout.defaults().withEconomy("iso3").withValue("obs"))
 *         .withCsv(CsvOptions.defaults().withDelimiter(';'))
 *         .withLenient(true)
 *         .read(Path.of("gini.csv"));
 * }</pre>
 *
 * <p>Reading streams the input once. Each row must have as many fields as the header; the economy
 * is resolved through {@link ReadOptions#resolver()}; the year and value follow the number rules
 * of {@link org.divide.io.ValueText}. Errors name the file, the line and the column, for example
 * {@code data.csv line 7, column 'value': '12abc' is not a number}.
 *
 * <p>Files and streams with the default CSV syntax (comma, double quote, UTF-8, no preamble or
 * header search) and a decimal point are first tried on a byte-level fast path
 * ({@code org.divide.io.internal.LongCsvBytes}) that takes plain UTF-8 files and gives the same
 * result; anything it does not take (quotes, bytes that are not UTF-8, a byte-order mark, any error) is read
 * the general way, with the same results and messages as before. From 8 MiB on, the fast path
 * parses chunks of lines on all cores and merges them in order (the same result on any number of
 * cores). A file ({@link #read(java.nio.file.Path)}) is streamed through it in chunks, at any
 * size, so that reading needs little memory besides the panel; a stream is held in memory up to
 * 1 GiB for it, and read the general way beyond.
 */
public final class LongCsvReader extends LayoutCsvReader<LongLayout, LongCsvReader> {

    private static final LongCsvReader DEFAULTS = new LongCsvReader(LongLayout.defaults(), CsvOptions.defaults(),
            ReadOptions.defaults());

    private LongCsvReader(LongLayout layout, CsvOptions csv, ReadOptions options) {
        super(layout, csv, options);
    }

    /**
     * The reader of {@code economy,indicator,year,value} with commas and the default options.
     *
     * @return the reader
     */
    public static LongCsvReader withDefaults() {
        return DEFAULTS;
    }

    /**
     * A copy with other columns.
     *
     * @param newLayout the columns, non-null
     * @return the copy
     */
    @Override
    public LongCsvReader withLayout(LongLayout newLayout) {
        return super.withLayout(newLayout);
    }

    /**
     * The columns.
     *
     * @return the layout
     */
    @Override
    public LongLayout layout() {
        return super.layout();
    }

    @Override
    LongCsvReader copy(LongLayout newLayout, CsvOptions newCsv, ReadOptions newOptions) {
        return new LongCsvReader(newLayout, newCsv, newOptions);
    }

    @Override
    boolean hasFastPath() {
        CsvOptions csv = csv();
        return csv.delimiter() == ',' && csv.quote() == '"' && StandardCharsets.UTF_8.equals(csv.charset())
                && csv.preamble() == 0 && csv.headerStart() == null && !options().decimalComma();
    }

    @Override
    ReadResult fast(byte[] bytes, int length, String source) {
        return LongCsvBytes.read(bytes, length, source, layout(), options(), WholeInput.threads(length));
    }

    /** Streams the file through the fast path, in constant memory besides the panel, at any size. */
    @Override
    ReadResult fast(FileChannel channel, long size, String source) throws IOException {
        return LongCsvBytes.read(channel, source, layout(), options(), WholeInput.threads(size));
    }

    @Override
    FormatNotes rows(CsvTable table, LongLayout tableLayout, PanelCollector collector) throws MalformedDataException {
        LongRows.read(table, tableLayout, collector);
        return FormatNotes.none();
    }
}
