package org.divide.io.csv;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.divide.core.Panel;
import org.divide.io.MalformedDataException;
import org.divide.io.ReadOptions;
import org.divide.io.ReadResult;
import org.divide.io.internal.PanelCollector;
import org.divide.io.internal.Sources;

/**
 * Long-format CSV: one value per row, {@code economy,indicator,year,value} (column names and
 * syntax configurable).
 *
 * <pre>{@code
 * ReadResult r = LongCsv.read(Path.of("data.csv"));
 * Panel panel = r.panel();
 * LongCsv.write(panel, Path.of("copy.csv"));
 * }</pre>
 *
 * <p>Reading streams the file once. Each row must have as many fields as the header; the economy
 * is resolved through {@link ReadOptions#resolver()}; the year and value follow
 * {@link org.divide.io.internal.Values}. Errors name the file, the line and the column, for example
 * {@code data.csv line 7, column 'value': '12abc' is not a number}.
 */
public final class LongCsv {

    private LongCsv() {
    }

    /**
     * Reads a file in the default layout ({@code economy,indicator,year,value}) and options.
     *
     * @param path the file
     * @return the panels and the report
     * @throws MalformedDataException if the file is malformed (strict mode)
     * @throws IOException            if it cannot be read
     */
    public static ReadResult read(Path path) throws IOException {
        return read(path, LongLayout.defaults());
    }

    /**
     * Reads a file in another layout, with the default options.
     *
     * @param path   the file
     * @param layout the columns
     * @return the panels and the report
     * @throws MalformedDataException if the file is malformed (strict mode)
     * @throws IOException            if it cannot be read
     */
    public static ReadResult read(Path path, LongLayout layout) throws IOException {
        return read(path, layout, CsvOptions.defaults(), ReadOptions.defaults());
    }

    /**
     * Reads a file.
     *
     * @param path    the file
     * @param layout  the columns
     * @param csv     the CSV syntax
     * @param options the shared read options
     * @return the panels and the report
     * @throws MalformedDataException if the file is malformed (strict mode)
     * @throws IOException            if it cannot be read
     */
    public static ReadResult read(Path path, LongLayout layout, CsvOptions csv, ReadOptions options)
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
     * @param layout  the columns
     * @param csv     the CSV syntax (its charset is not used)
     * @param options the shared read options
     * @return the panels and the report
     * @throws MalformedDataException if the text is malformed (strict mode)
     * @throws IOException            if it cannot be read
     */
    public static ReadResult read(Reader reader, String source, LongLayout layout, CsvOptions csv,
            ReadOptions options) throws IOException {
        return LongCsvReader.read(Sources.nonClosing(reader), source, layout, csv, options);
    }

    /**
     * Reads the rows of an open table into a collector: the building block for formats that are
     * long CSV with extras (a preamble, metadata in other files, several tables in one panel).
     *
     * @param table     the table, positioned after its header
     * @param layout    the columns
     * @param collector the collector that receives the values
     * @throws MalformedDataException on a missing column, or a bad record in strict mode
     */
    public static void readInto(CsvTable table, LongLayout layout, PanelCollector collector)
            throws MalformedDataException {
        LongCsvReader.read(table, layout, collector);
    }

    /**
     * Writes the values of a panel as {@code economy,indicator,year,value} with commas, omitting
     * missing cells.
     *
     * @param panel the panel
     * @param path  the file, created or replaced, UTF-8 without a byte-order mark
     * @throws IOException if writing fails
     */
    public static void write(Panel panel, Path path) throws IOException {
        try (Writer writer = Files.newBufferedWriter(path, StandardCharsets.UTF_8)) {
            write(panel, writer, CsvOptions.defaults(), MissingCells.OMIT);
        }
    }

    /**
     * Writes a panel as {@code economy,indicator,year,value}: rows ordered by economy, indicator
     * and year as in the panel; economy and indicator codes neutralised against formula injection
     * ({@link org.divide.io.internal.FormulaGuard}); values as {@link org.divide.io.internal.Values#format(double)}.
     *
     * @param panel   the panel
     * @param writer  where to write (flushed, not closed)
     * @param csv     the delimiter and quote character
     * @param missing whether missing cells get a row with an empty value
     * @throws IOException if writing fails
     */
    public static void write(Panel panel, Writer writer, CsvOptions csv, MissingCells missing) throws IOException {
        CsvPanelWriter.writeLong(panel, writer, csv, missing);
    }
}
