package org.divide.io.csv;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.BiFunction;
import org.divide.core.Indicator;
import org.divide.core.Panel;
import org.divide.io.EconomyResolver;
import org.divide.io.MalformedDataException;
import org.divide.io.ReadOptions;
import org.divide.io.ReadResult;
import org.divide.io.internal.PanelCollector;
import org.divide.io.internal.Sources;

/**
 * Wide CSV: one column per indicator or one column per year (see {@link WideLayout}).
 *
 * <pre>{@code
 * // economy,GDP,POP for 2023
 * ReadResult r = WideCsv.read(Path.of("2023.csv"), WideLayout.indicatorsAcross(2023));
 * // economy,indicator,2020,2021,...
 * ReadResult s = WideCsv.read(Path.of("series.csv"), WideLayout.yearsAcross("indicator"));
 * }</pre>
 *
 * <p>Each row must have as many fields as the header. A bad value is reported with its line and
 * column; in lenient mode only that cell is skipped, while a bad economy, year or indicator skips
 * the row.
 */
public final class WideCsv {

    private WideCsv() {
    }

    /**
     * Reads a file with the default options.
     *
     * @param path   the file
     * @param layout the shape and columns
     * @return the panels and the report
     * @throws MalformedDataException if the file is malformed (strict mode)
     * @throws IOException            if it cannot be read
     */
    public static ReadResult read(Path path, WideLayout layout) throws IOException {
        return read(path, layout, CsvOptions.defaults(), ReadOptions.defaults());
    }

    /**
     * Reads a file.
     *
     * @param path    the file
     * @param layout  the shape and columns
     * @param csv     the CSV syntax
     * @param options the shared read options
     * @return the panels and the report
     * @throws MalformedDataException if the file is malformed (strict mode)
     * @throws IOException            if it cannot be read
     */
    public static ReadResult read(Path path, WideLayout layout, CsvOptions csv, ReadOptions options)
            throws IOException {
        try (Reader reader = Sources.open(path, csv.charset())) {
            return read(reader, Sources.name(path), layout, csv, options);
        }
    }

    /**
     * Reads text from a reader (not closed).
     *
     * @param reader  the text
     * @param source  the name used in messages
     * @param layout  the shape and columns
     * @param csv     the CSV syntax (its charset is not used)
     * @param options the shared read options
     * @return the panels and the report
     * @throws MalformedDataException if the text is malformed (strict mode)
     * @throws IOException            if it cannot be read
     */
    public static ReadResult read(Reader reader, String source, WideLayout layout, CsvOptions csv,
            ReadOptions options) throws IOException {
        return WideCsvReader.read(Sources.nonClosing(reader), source, layout, csv, options);
    }

    /**
     * Reads the rows of an open table into a collector: the building block for formats that are
     * wide CSV with extras (the World Bank bulk download).
     *
     * @param table      the table, positioned after its header
     * @param layout     the shape and columns
     * @param collector  the collector that receives the values
     * @param fallback   resolves economies that the collector's resolver does not know (return
     *                   empty for none)
     * @param indicators makes the indicator for a code of the indicator column, given the text of
     *                   the indicator-name column ({@code null} without one)
     * @throws MalformedDataException on a missing column, or a bad record in strict mode
     */
    public static void readInto(CsvTable table, WideLayout layout, PanelCollector collector,
            EconomyResolver fallback, BiFunction<String, String, Indicator> indicators) throws MalformedDataException {
        WideCsvReader.read(table, layout, collector, fallback, indicators);
    }

    /**
     * Reads the rows of an open table into a collector, with no fallback for economies and
     * indicators named by their code (and name).
     *
     * @param table     the table, positioned after its header
     * @param layout    the shape and columns
     * @param collector the collector that receives the values
     * @throws MalformedDataException on a missing column, or a bad record in strict mode
     */
    public static void readInto(CsvTable table, WideLayout layout, PanelCollector collector)
            throws MalformedDataException {
        WideCsvReader.read(table, layout, collector, key -> Optional.empty(), WideCsvReader::plainIndicator);
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
