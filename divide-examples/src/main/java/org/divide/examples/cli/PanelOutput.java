package org.divide.examples.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;

import org.divide.core.Panel;
import org.divide.io.PanelFormat;
import org.divide.io.csv.CsvOptions;
import org.divide.io.csv.LongCsv;
import org.divide.io.csv.MissingCells;
import org.divide.io.csv.WideCsv;
import org.divide.io.json.PanelJson;
import org.divide.io.xlsx.XlsxWriter;

/**
 * Writes a panel in one of the formats divide writes (long, wide, wide-indicators CSV, divide
 * panel JSON, xlsx), to a file or a stream: the output of {@code divide convert} and
 * {@code divide fetch}.
 */
final class PanelOutput {

    private PanelOutput() {
    }

    /**
     * The format a file's extension says: {@code .csv} long, {@code .json}, {@code .xlsx}.
     *
     * @param path the file
     * @return the format
     * @throws IllegalArgumentException for another extension, naming the file
     */
    static PanelFormat byExtension(Path path) {
        return switch (Output.extension(path)) {
            case "csv" -> PanelFormat.LONG;
            case "json" -> PanelFormat.JSON;
            case "xlsx" -> PanelFormat.XLSX;
            default -> throw new IllegalArgumentException("cannot tell the output format of " + path + "; use a .csv,"
                    + " .json or .xlsx file or give --to");
        };
    }

    /**
     * Writes a panel to a file.
     *
     * @param panel  the panel
     * @param format a writable format
     * @param path   the file
     * @throws IOException if writing fails
     */
    static void write(Panel panel, PanelFormat format, Path path) throws IOException {
        if (format == PanelFormat.JSON) {
            PanelJson.write(panel, path);
        } else if (format == PanelFormat.XLSX) {
            XlsxWriter.create().addLong("values", panel).write(path);
        } else if (format == PanelFormat.LONG) {
            LongCsv.write(panel, path);
        } else if (format == PanelFormat.WIDE) {
            try (OutputStream out = Files.newOutputStream(path)) {
                WideCsv.writeYearsAcross(panel, out, CsvOptions.defaults());
            }
        } else if (format == PanelFormat.WIDE_INDICATORS) {
            try (OutputStream out = Files.newOutputStream(path)) {
                WideCsv.writeIndicatorsAcross(panel, out, CsvOptions.defaults());
            }
        } else {
            throw new IllegalArgumentException(format.label() + " is read only; write long, wide, wide-indicators,"
                    + " json or xlsx");
        }
    }

    /**
     * Writes a panel as text (standard output; not closed).
     *
     * @param panel  the panel
     * @param format long, wide, wide-indicators or json
     * @param out    where to write
     * @throws IOException if writing fails
     */
    static void write(Panel panel, PanelFormat format, Writer out) throws IOException {
        switch (format) {
            case JSON -> PanelJson.write(panel, out);
            case LONG -> LongCsv.write(panel, out, CsvOptions.defaults(), MissingCells.OMIT);
            case WIDE -> WideCsv.writeYearsAcross(panel, out, CsvOptions.defaults());
            case WIDE_INDICATORS -> WideCsv.writeIndicatorsAcross(panel, out, CsvOptions.defaults());
            default -> throw new IllegalArgumentException(format.label() + " is not written as text; write long, wide,"
                    + " wide-indicators or json, or give --out FILE.xlsx");
        }
        out.flush();
    }
}
