package org.divide.io.csv;

import org.divide.io.FormatNotes;
import org.divide.io.MalformedDataException;
import org.divide.io.ReadOptions;
import org.divide.io.internal.PanelCollector;
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
    FormatNotes rows(CsvTable table, WideLayout tableLayout, PanelCollector collector) throws MalformedDataException {
        WideRows.read(table, tableLayout, collector);
        return FormatNotes.none();
    }
}
