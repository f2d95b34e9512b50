package org.divide.io.csv;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.Charset;
import java.util.Objects;
import org.divide.io.MalformedDataException;
import org.divide.io.ReadOptions;
import org.divide.io.ReadResult;
import org.divide.io.TextFormatReader;
import org.divide.io.internal.LongRows;
import org.divide.io.internal.PanelCollector;
import org.divide.io.internal.Sources;

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
 */
public final class LongCsvReader implements TextFormatReader {

    private static final LongCsvReader DEFAULTS = new LongCsvReader(LongLayout.defaults(), CsvOptions.defaults(),
            ReadOptions.defaults());

    private final LongLayout layout;
    private final CsvOptions csv;
    private final ReadOptions options;

    private LongCsvReader(LongLayout layout, CsvOptions csv, ReadOptions options) {
        this.layout = layout;
        this.csv = csv;
        this.options = options;
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
    public LongCsvReader withLayout(LongLayout newLayout) {
        return new LongCsvReader(Objects.requireNonNull(newLayout, "layout"), csv, options);
    }

    /**
     * A copy with another CSV syntax (delimiter, quote, charset, preamble).
     *
     * @param newCsv the syntax, non-null
     * @return the copy
     */
    public LongCsvReader withCsv(CsvOptions newCsv) {
        return new LongCsvReader(layout, Objects.requireNonNull(newCsv, "csv"), options);
    }

    @Override
    public LongCsvReader withOptions(ReadOptions newOptions) {
        return new LongCsvReader(layout, csv, Objects.requireNonNull(newOptions, "options"));
    }

    @Override
    public LongCsvReader withLenient(boolean lenient) {
        return withOptions(options.withLenient(lenient));
    }

    /**
     * The columns.
     *
     * @return the layout
     */
    public LongLayout layout() {
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
        try (CsvTable table = CsvTable.open(Sources.nonClosing(reader), source, csv)) {
            PanelCollector c = PanelCollector.create(source, options);
            LongRows.read(table, layout, c);
            return c.finish();
        }
    }
}
