package org.divide.io.csv;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.Charset;
import java.util.Objects;
import org.divide.io.MalformedDataException;
import org.divide.io.ReadOptions;
import org.divide.io.ReadResult;
import org.divide.io.TextFormatReader;
import org.divide.io.internal.WideRows;
import org.divide.io.internal.PanelCollector;
import org.divide.io.internal.Sources;

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
 */
public final class WideCsvReader implements TextFormatReader {

    private static final WideCsvReader DEFAULTS = new WideCsvReader(WideLayout.yearsAcross("indicator"),
            CsvOptions.defaults(),
            ReadOptions.defaults());

    private final WideLayout layout;
    private final CsvOptions csv;
    private final ReadOptions options;

    private WideCsvReader(WideLayout layout, CsvOptions csv, ReadOptions options) {
        this.layout = layout;
        this.csv = csv;
        this.options = options;
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
    public WideCsvReader withLayout(WideLayout newLayout) {
        return new WideCsvReader(Objects.requireNonNull(newLayout, "layout"), csv, options);
    }

    /**
     * A copy with another CSV syntax (delimiter, quote, charset, preamble).
     *
     * @param newCsv the syntax, non-null
     * @return the copy
     */
    public WideCsvReader withCsv(CsvOptions newCsv) {
        return new WideCsvReader(layout, Objects.requireNonNull(newCsv, "csv"), options);
    }

    @Override
    public WideCsvReader withOptions(ReadOptions newOptions) {
        return new WideCsvReader(layout, csv, Objects.requireNonNull(newOptions, "options"));
    }

    @Override
    public WideCsvReader withLenient(boolean lenient) {
        return withOptions(options.withLenient(lenient));
    }

    /**
     * The columns.
     *
     * @return the layout
     */
    public WideLayout layout() {
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
            WideRows.read(table, layout, c);
            return c.finish();
        }
    }
}
