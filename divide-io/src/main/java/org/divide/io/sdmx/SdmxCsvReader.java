package org.divide.io.sdmx;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import org.divide.io.ReadOptions;
import org.divide.io.ReadResult;
import org.divide.io.TextFormatReader;
import org.divide.io.csv.CsvOptions;
import org.divide.io.internal.Sources;

/**
 * Reads SDMX-CSV data files, versions 1.0 ({@code DATAFLOW,...}) and 2.x
 * ({@code STRUCTURE,STRUCTURE_ID,...}), into a panel by the mapping of {@link SdmxOptions}. Immutable; the result's
 * {@link ReadResult#notes()} are {@link SdmxNotes}.
 *
 * <pre>{@code
 * ReadResult r = SdmxCsvReader.withDefaults().read(Path.of("oecd_prices.csv"));
 * double cpi = r.panel().value("CHN", "A.N.CPI.PA._T.N.GY", 2020);
 * // a French-locale file: ';' is detected, the decimal comma must be asked for
 * ReadResult fr = SdmxCsvReader.withDefaults()
 *         .withOptions(ReadOptions.defaults().withDecimalComma(true)).read(Path.of("fr.csv"));
 * }</pre>
 *
 * <p><b>Syntax.</b> Without {@link #withCsv(CsvOptions)} the delimiter is the character after the
 * first header field ({@code DATAFLOW;} or {@code STRUCTURE[|];} say): comma, semicolon, tab or bar.
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
public final class SdmxCsvReader extends SdmxReaderBase<SdmxCsvReader>
        implements TextFormatReader<SdmxCsvReader> {

    private static final SdmxCsvReader DEFAULTS = new SdmxCsvReader(SdmxOptions.defaults(), null,
            ReadOptions.defaults());

    private final CsvOptions csv;

    private SdmxCsvReader(SdmxOptions sdmx, CsvOptions csv, ReadOptions options) {
        super(sdmx, options);
        this.csv = csv;
    }

    /**
     * The reader with the default mapping and options.
     *
     * @return the reader
     */
    public static SdmxCsvReader withDefaults() {
        return DEFAULTS;
    }

    @Override
    SdmxCsvReader copy(SdmxOptions newSdmx, ReadOptions newOptions) {
        return new SdmxCsvReader(newSdmx, csv, newOptions);
    }

    /**
     * A copy with a given CSV syntax (delimiter, quote, charset) instead of the detected delimiter.
     *
     * @param newCsv the syntax, non-null
     * @return the copy
     */
    public SdmxCsvReader withCsv(CsvOptions newCsv) {
        return new SdmxCsvReader(sdmx(), Objects.requireNonNull(newCsv, "csv"), options());
    }

    /**
     * A copy that detects the delimiter again (the default).
     *
     * @return the copy
     */
    public SdmxCsvReader withDetectedDelimiter() {
        return new SdmxCsvReader(sdmx(), null, options());
    }

    @Override
    public Charset charset() {
        return csv == null ? StandardCharsets.UTF_8 : csv.charset();
    }

    /**
     * {@inheritDoc}
     *
     * <p>The delimiter is detected unless {@link #withCsv} gave the syntax (whose charset is then
     * not used).
     */
    @Override
    public ReadResult read(Reader reader, String source) throws IOException {
        return SdmxCsvParser.read(Sources.nonClosing(reader), source, csv, sdmx(), options());
    }
}
