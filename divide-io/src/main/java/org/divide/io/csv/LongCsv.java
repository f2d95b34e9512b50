package org.divide.io.csv;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import org.divide.core.Panel;

/**
 * Writes long-format CSV: one value per row, {@code economy,indicator,year,value} (read it with
 * {@link LongCsvReader}).
 *
 * <pre>{@code
 * LongCsv.write(panel, Path.of("copy.csv"));
 * }</pre>
 */
public final class LongCsv {

    private LongCsv() {
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
        try (OutputStream out = Files.newOutputStream(path)) {
            write(panel, out, CsvOptions.defaults(), MissingCells.OMIT);
        }
    }

    /**
     * Writes a panel as {@code economy,indicator,year,value}: rows ordered by economy, indicator
     * and year as in the panel; economy and indicator codes neutralised against formula injection
     * ({@link org.divide.io.internal.FormulaGuard}); values as {@link org.divide.io.internal.NumberText}
     * writes them (the shortest text that reads back as the same {@code double}, in the conventions
     * of {@link org.divide.io.internal.Values#format(double)}).
     *
     * <p>Writing to an {@link OutputStream} ({@link #write(Panel, OutputStream, CsvOptions, MissingCells)})
     * is faster: the text is assembled as bytes and never becomes characters.
     *
     * @param panel   the panel
     * @param writer  where to write (flushed, not closed)
     * @param csv     the delimiter and quote character
     * @param missing whether missing cells get a row with an empty value
     * @throws IOException if writing fails
     */
    public static void write(Panel panel, Writer writer, CsvOptions csv, MissingCells missing) throws IOException {
        CsvPanelWriter.writeLong(panel, CsvSink.of(writer, csv), missing);
    }

    /**
     * Writes a panel as {@link #write(Panel, Writer, CsvOptions, MissingCells)} does, as bytes in
     * the options' charset ({@link CsvOptions#charset()}, UTF-8 by default, no byte-order mark).
     *
     * @param panel   the panel
     * @param out     where to write (flushed, not closed; buffered here, so a raw file stream is fine)
     * @param csv     the delimiter, quote character and charset
     * @param missing whether missing cells get a row with an empty value
     * @throws IOException if writing fails
     */
    public static void write(Panel panel, OutputStream out, CsvOptions csv, MissingCells missing) throws IOException {
        CsvPanelWriter.writeLong(panel, CsvSink.of(out, csv), missing);
    }
}
