package org.divide.io.csv;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import org.divide.io.FormatNotes;
import org.divide.io.MalformedDataException;
import org.divide.io.ReadOptions;
import org.divide.io.ReadResult;
import org.divide.io.internal.PanelCollector;
import org.divide.io.internal.WholeInput;
import org.divide.io.internal.WideCsvBytes;
import org.divide.io.internal.WideRows;

/**
 * Reads wide CSV: indicators across ({@code economy,year,GDP,POP} or one year's
 * {@code economy,GDP,POP}) or years across ({@code economy,indicator,2020,2021}), as
 * {@link WideLayout} says; syntax {@link CsvOptions}. Immutable; by default years across with an
 * {@code indicator} column (what {@link WideCsv#writeYearsAcross} writes).
 *
 * <pre>{@code
 * WideCsvReader wide = WideCsvReader.withDefaults();
 * ReadResult a = wide.withLayout(WideLayout.indicatorsAcross(2023)).read(Path.of("2023.csv"));
 * ReadResult b = wide.withLayout(WideLayout.indicatorsAcross("year")).read(Path.of("panel.csv"));
 * ReadResult c = wide.read(Path.of("series.csv"));   // economy,indicator,2020,...
 * }</pre>
 *
 * <p>Indicators across: every column other than the economy, economy-name and year columns is an
 * indicator named by its header, unless {@link WideLayout#withValueColumns} lists them. Years
 * across: every column whose header is a year holds values. A value that cannot be read is a bad
 * record (lenient mode skips that value only); errors name the file, line and column.
 *
 * <p>Files and streams with a comma, the double quote, UTF-8 and no counted preamble (a header
 * search is fine) and a decimal point are first tried on a byte-level fast path
 * ({@code org.divide.io.internal.WideCsvBytes}) that takes plain UTF-8 files and gives the same
 * result; anything it does not take (doubled quotes, bytes that are not UTF-8, any error) is read
 * the general way, with the same results and messages. From 8 MiB on, the fast path parses chunks
 * of lines on all cores and merges them in order (the same result on any number of cores). A file
 * is streamed through it chunk by chunk, never held whole; a stream is held whole up to 1 GiB.
 */
public final class WideCsvReader extends LayoutCsvReader<WideLayout, WideCsvReader> {

    private static final WideCsvReader DEFAULTS = new WideCsvReader(WideLayout.yearsAcross("indicator"),
            CsvOptions.defaults(), ReadOptions.defaults());

    private WideCsvReader(WideLayout layout, CsvOptions csv, ReadOptions options) {
        super(layout, csv, options);
    }

    /**
     * The reader of {@code economy,indicator,<years...>} with commas and the default options.
     *
     * @return the reader
     */
    public static WideCsvReader withDefaults() {
        return DEFAULTS;
    }

    /**
     * A copy with other columns.
     *
     * @param newLayout the columns, non-null
     * @return the copy
     */
    @Override
    public WideCsvReader withLayout(WideLayout newLayout) {
        return super.withLayout(newLayout);
    }

    /**
     * The columns.
     *
     * @return the layout
     */
    @Override
    public WideLayout layout() {
        return super.layout();
    }

    @Override
    WideCsvReader copy(WideLayout newLayout, CsvOptions newCsv, ReadOptions newOptions) {
        return new WideCsvReader(newLayout, newCsv, newOptions);
    }

    @Override
    boolean hasFastPath() {
        CsvOptions csv = csv();
        return csv.delimiter() == ',' && csv.quote() == '"' && StandardCharsets.UTF_8.equals(csv.charset())
                && csv.preamble() == 0 && !options().decimalComma();
    }

    @Override
    ReadResult fast(byte[] bytes, int length, String source) {
        ReadResult r = WideCsvBytes.read(bytes, length, source, layout(),
                WideCsvBytes.Reading.plain(csv().headerStart()), options(), WholeInput.threads(length));
        return r == null ? null : r.withNotes(FormatNotes.none());
    }

    /** Streams the file through the fast path: never held whole, at any size. */
    @Override
    ReadResult fast(FileChannel channel, long size, String source) throws IOException {
        ReadResult r = WideCsvBytes.read(channel, source, layout(), WideCsvBytes.Reading.plain(csv().headerStart()),
                options(), WholeInput.threads(size));
        return r == null ? null : r.withNotes(FormatNotes.none());
    }

    @Override
    FormatNotes rows(CsvTable table, WideLayout tableLayout, PanelCollector collector) throws MalformedDataException {
        WideRows.read(table, tableLayout, collector);
        return FormatNotes.none();
    }
}
