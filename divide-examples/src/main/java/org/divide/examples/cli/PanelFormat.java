package org.divide.examples.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.divide.core.Panel;
import org.divide.io.ReadResult;
import org.divide.io.csv.CsvOptions;
import org.divide.io.csv.LongCsv;
import org.divide.io.csv.LongLayout;
import org.divide.io.csv.WideCsv;
import org.divide.io.csv.WideLayout;
import org.divide.io.imf.ImfDataMapperJson;
import org.divide.io.json.PanelJson;
import org.divide.io.owid.OwidCsv;
import org.divide.io.sdmx.SdmxCsv;
import org.divide.io.sdmx.SdmxJson;
import org.divide.io.sdmx.SdmxMl;
import org.divide.io.worldbank.WdiBulkCsv;
import org.divide.io.worldbank.WdiLongCsv;
import org.divide.io.worldbank.WorldBankApiJson;
import org.divide.io.xlsx.XlsxReader;
import org.divide.io.xlsx.XlsxWriter;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * The panel formats of {@code divide convert}: each reads through its divide-io reader and, for
 * the formats divide-io writes, writes through its writer; and the detection of a file's format
 * from its extension and first bytes.
 */
enum PanelFormat {
    /** Long CSV: {@code economy,indicator,year,value}. */
    LONG(true),
    /** Wide CSV with years across: {@code economy,indicator,<years...>}. */
    WIDE(true),
    /** Wide CSV with indicators across: {@code economy,year,<indicators...>}. */
    WIDE_INDICATORS(true),
    /** divide's panel JSON. */
    JSON(true),
    /** A spreadsheet, sheet in long layout. */
    XLSX(true),
    /** World Bank long CSV ({@code Country Name,Country Code,Year,Value}; indicator from the file name). */
    WDI(false),
    /** World Bank bulk download CSV ({@code WDICSV.csv}, years across). */
    WDI_BULK(false),
    /** World Bank API JSON page. */
    WORLDBANK_API(false),
    /** Our World in Data grapher CSV ({@code Entity,Code,Year,...}). */
    OWID(false),
    /** SDMX-CSV. */
    SDMX_CSV(false),
    /** SDMX-JSON. */
    SDMX_JSON(false),
    /** SDMX-ML (generic or structure-specific). */
    SDMX_ML(false),
    /** IMF DataMapper JSON. */
    IMF(false);

    private final boolean writable;

    PanelFormat(boolean writable) {
        this.writable = writable;
    }

    /** {@return whether divide-io writes this format} */
    boolean writable() {
        return writable;
    }

    /** {@return the name on the command line, such as {@code sdmx-csv}} */
    String label() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** {@return the names of every format, for messages} */
    static String labels() {
        return String.join(", ", Arrays.stream(values()).map(PanelFormat::label).toList());
    }

    /** Converts a format name, with a usage error listing the names. */
    static final class Converter implements ITypeConverter<PanelFormat> {
        @Override
        public PanelFormat convert(String value) {
            String name = value.strip().toUpperCase(Locale.ROOT).replace('-', '_');
            for (PanelFormat f : values()) {
                if (f.name().equals(name)) {
                    return f;
                }
            }
            throw new TypeConversionException("unknown format '" + value + "'; use one of " + labels());
        }
    }

    /**
     * Reads a file in this format.
     *
     * @param path the file
     * @return the read result (for panel JSON, without aggregates or unmatched economies)
     * @throws IOException if the file cannot be read or is malformed
     */
    ReadResult read(Path path) throws IOException {
        if (!Files.isRegularFile(path)) {
            PlainCsv.open(path).close(); // the one-line "no such file" message
        }
        return switch (this) {
            case LONG -> LongCsv.read(path);
            case WIDE -> WideCsv.read(path, WideLayout.yearsAcross("indicator"));
            case WIDE_INDICATORS -> WideCsv.read(path, WideLayout.indicatorsAcross("year"));
            case JSON -> {
                Panel panel = PanelJson.read(path);
                yield new ReadResult(path.toString(), panel, Panel.builder().build(), List.of(), List.of());
            }
            case XLSX -> XlsxReader.readLong(path, LongLayout.defaults());
            case WDI -> WdiLongCsv.read(path);
            case WDI_BULK -> WdiBulkCsv.read(path);
            case WORLDBANK_API -> WorldBankApiJson.read(path);
            case OWID -> OwidCsv.read(path);
            case SDMX_CSV -> SdmxCsv.read(path).read();
            case SDMX_JSON -> SdmxJson.read(path).read();
            case SDMX_ML -> SdmxMl.read(path).read();
            case IMF -> ImfDataMapperJson.read(path);
        };
    }

    /**
     * Writes a panel in this format.
     *
     * @param panel the panel
     * @param path  the file
     * @throws IOException              if writing fails
     * @throws IllegalArgumentException if divide-io does not write this format
     */
    void write(Panel panel, Path path) throws IOException {
        switch (this) {
            case JSON -> PanelJson.write(panel, path);
            case XLSX -> XlsxWriter.create().addLong("values", panel).write(path);
            case LONG -> LongCsv.write(panel, path);
            case WIDE, WIDE_INDICATORS -> {
                try (Writer w = Files.newBufferedWriter(path, StandardCharsets.UTF_8)) {
                    if (this == WIDE) {
                        WideCsv.writeYearsAcross(panel, w, CsvOptions.defaults());
                    } else {
                        WideCsv.writeIndicatorsAcross(panel, w, CsvOptions.defaults());
                    }
                }
            }
            default -> throw new IllegalArgumentException(label() + " is read only; write long, wide,"
                    + " wide-indicators, json or xlsx");
        }
    }

    /**
     * Detects the format of an input file from its extension and, for CSV and JSON, its start.
     *
     * @param path the file
     * @return the format
     * @throws IOException if the file cannot be read or its format is not recognised
     */
    static PanelFormat detect(Path path) throws IOException {
        String extension = Output.extension(path);
        switch (extension) {
            case "xlsx", "xls" -> {
                return XLSX;
            }
            case "xml" -> {
                return SDMX_ML;
            }
            default -> {
            }
        }
        String head;
        try (Reader reader = PlainCsv.open(path); BufferedReader lines = new BufferedReader(reader)) {
            char[] buffer = new char[4096];
            int n = lines.read(buffer);
            head = n < 0 ? "" : new String(buffer, 0, n);
        }
        String start = head.stripLeading();
        if (start.startsWith("<")) {
            return SDMX_ML;
        }
        if (start.startsWith("{") || start.startsWith("[")) {
            if (head.contains("\"" + PanelJson.FORMAT + "\"")) {
                return JSON;
            }
            if (head.contains("\"dataSets\"") || head.contains("\"structure\"")) {
                return SDMX_JSON;
            }
            if (head.contains("countryiso3code")) {
                return WORLDBANK_API;
            }
            if (head.contains("\"values\"")) {
                return IMF;
            }
            throw new IOException(path + ": JSON of an unknown kind; give --from");
        }
        String header = head.lines().findFirst().orElse("").replace("\uFEFF", "").replace("\"", "")
                .toLowerCase(Locale.ROOT);
        List<String> columns = Arrays.stream(header.split("[,;\t]")).map(String::strip).toList();
        if (columns.contains("dataflow") || columns.contains("structure") || columns.contains("obs_value")) {
            return SDMX_CSV;
        }
        if (columns.contains("entity") && columns.contains("code") && columns.contains("year")) {
            return OWID;
        }
        if (columns.contains("country code") && columns.contains("indicator code")) {
            return WDI_BULK;
        }
        if (columns.contains("country code") && columns.contains("year") && columns.contains("value")) {
            return WDI;
        }
        if (columns.contains("economy") && columns.contains("indicator") && columns.contains("year")
                && columns.contains("value")) {
            return LONG;
        }
        if (columns.contains("economy") && columns.contains("indicator")) {
            return WIDE;
        }
        if (columns.contains("economy") && columns.contains("year")) {
            return WIDE_INDICATORS;
        }
        throw new IOException(path + ": cannot tell the format from the header " + columns + "; give --from ("
                + labels() + ")");
    }
}
