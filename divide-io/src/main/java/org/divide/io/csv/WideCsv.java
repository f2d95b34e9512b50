package org.divide.io.csv;

import java.io.IOException;
import java.io.Writer;
import org.divide.core.Panel;

/**
 * Writes wide CSV: one column per indicator or one column per year (read it with
 * {@link WideCsvReader} and the matching {@link WideLayout}).
 *
 * <pre>{@code
 * WideCsv.writeYearsAcross(panel, writer, CsvOptions.defaults());       // economy,indicator,<years>
 * WideCsv.writeIndicatorsAcross(panel, writer, CsvOptions.defaults());  // economy,year,<indicators>
 * }</pre>
 */
public final class WideCsv {

    private WideCsv() {
    }

    /**
     * Writes one year of a panel: {@code economy,<indicator codes...>}, one row per economy, an
     * empty field for a missing value. Reads back with {@link WideLayout#indicatorsAcross(int)}.
     *
     * @param panel  the panel
     * @param year   the year written
     * @param writer where to write (flushed, not closed)
     * @param csv    the delimiter and quote character
     * @throws IllegalArgumentException if the panel does not have the year
     * @throws IOException              if writing fails
     */
    public static void writeYear(Panel panel, int year, Writer writer, CsvOptions csv) throws IOException {
        if (panel.yearIndex(year) < 0) {
            throw new IllegalArgumentException("year " + year + " is not in the panel");
        }
        CsvPanelWriter.writeIndicatorsAcross(panel, writer, csv, year, false);
    }

    /**
     * Writes a panel with one column per indicator: {@code economy,year,<indicator codes...>},
     * one row per economy and year. Reads back with {@code WideLayout.indicatorsAcross("year")}.
     *
     * @param panel  the panel
     * @param writer where to write (flushed, not closed)
     * @param csv    the delimiter and quote character
     * @throws IOException if writing fails
     */
    public static void writeIndicatorsAcross(Panel panel, Writer writer, CsvOptions csv) throws IOException {
        CsvPanelWriter.writeIndicatorsAcross(panel, writer, csv, 0, true);
    }

    /**
     * Writes a panel with one column per year, as the World Bank does:
     * {@code economy,indicator,<years...>}, one row per economy and indicator. Reads back with
     * {@code WideLayout.yearsAcross("indicator")}.
     *
     * @param panel  the panel
     * @param writer where to write (flushed, not closed)
     * @param csv    the delimiter and quote character
     * @throws IOException if writing fails
     */
    public static void writeYearsAcross(Panel panel, Writer writer, CsvOptions csv) throws IOException {
        CsvPanelWriter.writeYearsAcross(panel, writer, csv);
    }
}
