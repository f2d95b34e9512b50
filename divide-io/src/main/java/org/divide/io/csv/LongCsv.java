package org.divide.io.csv;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
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
