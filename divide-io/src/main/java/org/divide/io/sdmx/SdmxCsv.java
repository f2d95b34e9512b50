package org.divide.io.sdmx;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.divide.io.MalformedDataException;
import org.divide.io.ReadOptions;
import org.divide.io.ReadResult;
import org.divide.io.csv.CsvOptions;
import org.divide.io.internal.Sources;

/**
 * SDMX-CSV data files, versions 1.0 ({@code DATAFLOW,...}) and 2.x ({@code STRUCTURE,STRUCTURE_ID,...}),
 * read into a panel by the mapping of {@link SdmxOptions}.
 *
 * <pre>{@code
 * ReadResult r = SdmxCsv.read(Path.of("oecd_prices.csv"));
 * double cpi = r.panel().value("CHN", "A.N.CPI.PA._T.N.GY", 2020);
 * // a French-locale file: ';' is detected, the decimal comma must be asked for
 * ReadResult fr = SdmxCsv.read(Path.of("fr.csv"), SdmxOptions.defaults(),
 *         ReadOptions.defaults().withDecimalComma(true));
 * }</pre>
 *
 * <p><b>Syntax.</b> Without {@link CsvOptions} the delimiter is the character after the first
 * header field ({@code DATAFLOW;} or {@code STRUCTURE[|];} say): comma, semicolon, tab or bar.
 * Files with labels are read either way: headers such as {@code REF_AREA: Reference area} with
 * values {@code FRA: France} (the code is used, the label names unmatched economies), or, in 2.x
 * files with a {@code STRUCTURE_NAME} column, a label column after every component column. A
 * file written with names instead of codes (Eurostat's "labels" download) is read with the names
 * as codes: its economies are then matched by name or reported as unmatched.
 *
 * <p><b>Columns.</b> The dimensions are the component columns before the measure column
 * ({@code OBS_VALUE}), or those named by {@link SdmxOptions#withDimensions(String...)} (needed for
 * 2.x files whose columns come in any order); columns after it are attributes and are ignored.
 * Rows with {@code ACTION} {@code D} (delete) are bad records.
 *
 * <p><b>Errors.</b> A file that does not start with {@code DATAFLOW} or {@code STRUCTURE}, lacks the
 * measure or time column or has no dimension before the measure is rejected naming the header; a
 * bad row (wrong number of fields, a period or a value that cannot be read) names its line and
 * column, and is skipped in lenient mode.
 */
public final class SdmxCsv {

    private SdmxCsv() {
    }

    /**
     * Reads a file with the default mapping and options.
     *
     * @param path the file
     * @return the panels, the report and the mapping
     * @throws MalformedDataException if the file is malformed (strict mode) or cannot form a panel
     * @throws IOException            if it cannot be read
     */
    public static ReadResult read(Path path) throws IOException {
        return read(path, SdmxOptions.defaults(), ReadOptions.defaults());
    }

    /**
     * Reads a file (UTF-8, with or without a byte-order mark), detecting the delimiter.
     *
     * @param path    the file
     * @param sdmx    the mapping of dimensions
     * @param options the shared read options (decimal comma, missing-value texts, strictness)
     * @return the panels, the report and the mapping
     * @throws MalformedDataException if the file is malformed (strict mode) or cannot form a panel
     * @throws IOException            if it cannot be read
     */
    public static ReadResult read(Path path, SdmxOptions sdmx, ReadOptions options) throws IOException {
        try (Reader reader = Sources.open(path, StandardCharsets.UTF_8)) {
            return SdmxCsvReader.read(reader, Sources.name(path), null, sdmx, options);
        }
    }

    /**
     * Reads text from a reader (not closed), detecting the delimiter.
     *
     * @param reader  the text
     * @param source  the name used in messages
     * @param sdmx    the mapping of dimensions
     * @param options the shared read options
     * @return the panels, the report and the mapping
     * @throws MalformedDataException if the text is malformed (strict mode) or cannot form a panel
     * @throws IOException            if it cannot be read
     */
    public static ReadResult read(Reader reader, String source, SdmxOptions sdmx, ReadOptions options)
            throws IOException {
        return SdmxCsvReader.read(Sources.nonClosing(reader), source, null, sdmx, options);
    }

    /**
     * Reads text from a reader (not closed) with a given CSV syntax (its charset is not used).
     *
     * @param reader  the text
     * @param source  the name used in messages
     * @param csv     the delimiter and quote character
     * @param sdmx    the mapping of dimensions
     * @param options the shared read options
     * @return the panels, the report and the mapping
     * @throws MalformedDataException if the text is malformed (strict mode) or cannot form a panel
     * @throws IOException            if it cannot be read
     */
    public static ReadResult read(Reader reader, String source, CsvOptions csv, SdmxOptions sdmx,
            ReadOptions options) throws IOException {
        return SdmxCsvReader.read(Sources.nonClosing(reader), source, csv, sdmx, options);
    }
}
