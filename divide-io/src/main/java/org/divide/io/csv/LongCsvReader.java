package org.divide.io.csv;

import org.divide.io.FormatNotes;
import org.divide.io.MalformedDataException;
import org.divide.io.ReadOptions;
import org.divide.io.internal.LongRows;
import org.divide.io.internal.PanelCollector;

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
    FormatNotes rows(CsvTable table, LongLayout tableLayout, PanelCollector collector) throws MalformedDataException {
        LongRows.read(table, tableLayout, collector);
        return FormatNotes.none();
    }
}
