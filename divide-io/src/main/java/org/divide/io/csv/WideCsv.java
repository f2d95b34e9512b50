package org.divide.io.csv;

import java.io.IOException;
import java.io.OutputStream;
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
 *
 * <p>Each method also writes to an {@link OutputStream}, as bytes in the options' charset
 * ({@link CsvOptions#charset()}, UTF-8 by default); that is faster than a {@link Writer}, as the
 * text never becomes characters. Values are written as {@link LongCsv} writes them.
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
        requireYear(panel, year);
        CsvPanelWriter.writeIndicatorsAcross(panel, CsvSink.of(writer, csv), year, false);
    }

    /**
     * Writes one year of a panel as {@link #writeYear(Panel, int, Writer, CsvOptions)} does, as bytes.
     *
     * @param panel the panel
     * @param year  the year written
     * @param out   where to write (flushed, not closed)
     * @param csv   the delimiter, quote character and charset
     * @throws IllegalArgumentException if the panel does not have the year
     * @throws IOException              if writing fails
     */
    public static void writeYear(Panel panel, int year, OutputStream out, CsvOptions csv) throws IOException {
        requireYear(panel, year);
        CsvPanelWriter.writeIndicatorsAcross(panel, CsvSink.of(out, csv), year, false);
    }

    private static void requireYear(Panel panel, int year) {
        if (panel.yearIndex(year) < 0) {
            throw new IllegalArgumentException("year " + year + " is not in the panel");
        }
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
        CsvPanelWriter.writeIndicatorsAcross(panel, CsvSink.of(writer, csv), 0, true);
    }

    /**
     * Writes a panel with one column per indicator as
     * {@link #writeIndicatorsAcross(Panel, Writer, CsvOptions)} does, as bytes.
     *
     * @param panel the panel
     * @param out   where to write (flushed, not closed)
     * @param csv   the delimiter, quote character and charset
     * @throws IOException if writing fails
     */
    public static void writeIndicatorsAcross(Panel panel, OutputStream out, CsvOptions csv) throws IOException {
        CsvPanelWriter.writeIndicatorsAcross(panel, CsvSink.of(out, csv), 0, true);
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
        CsvPanelWriter.writeYearsAcross(panel, CsvSink.of(writer, csv));
    }

    /**
     * Writes a panel with one column per year as
     * {@link #writeYearsAcross(Panel, Writer, CsvOptions)} does, as bytes.
     *
     * @param panel the panel
     * @param out   where to write (flushed, not closed)
     * @param csv   the delimiter, quote character and charset
     * @throws IOException if writing fails
     */
    public static void writeYearsAcross(Panel panel, OutputStream out, CsvOptions csv) throws IOException {
        CsvPanelWriter.writeYearsAcross(panel, CsvSink.of(out, csv));
    }
}
