package org.divide.io;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import org.divide.core.Panel;
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

/**
 * Reads a file in any {@link PanelFormat} into a {@link ReadResult}, detecting the format with
 * {@link PanelFormats#detect(Path)} unless one is given. Immutable; configure with
 * {@code with...}:
 *
 * <pre>{@code
 * ReadResult r = PanelReader.withDefaults().read(Path.of("wdi_SP.POP.TOTL.csv"));
 * ReadResult s = PanelReader.withDefaults().withFormat(PanelFormat.SDMX_CSV).withLenient(true)
 *         .read(Path.of("data.csv"));
 * }</pre>
 *
 * <p>Each format is read with its reader's defaults and this object's {@link ReadOptions}:
 * {@code WIDE} as {@code WideLayout.yearsAcross("indicator")}, {@code WIDE_INDICATORS} as
 * {@code WideLayout.indicatorsAcross("year")}, {@code XLSX} as the first sheet in the long layout;
 * companion files (WDI country metadata, OWID {@code .metadata.json}) beside the file are read as
 * their readers read them. Panel JSON is read as the exact panel it holds (no aggregates split
 * off, nothing unmatched).
 */
public final class PanelReader {

    private static final PanelReader DEFAULTS = new PanelReader(null, ReadOptions.defaults());

    private final PanelFormat format;
    private final ReadOptions options;

    private PanelReader(PanelFormat format, ReadOptions options) {
        this.format = format;
        this.options = options;
    }

    /**
     * A reader that detects the format and uses {@link ReadOptions#defaults()}.
     *
     * @return the reader
     */
    public static PanelReader withDefaults() {
        return DEFAULTS;
    }

    /**
     * A copy that reads every input in one format instead of detecting it.
     *
     * @param newFormat the format, non-null
     * @return the copy
     */
    public PanelReader withFormat(PanelFormat newFormat) {
        return new PanelReader(Objects.requireNonNull(newFormat, "format"), options);
    }

    /**
     * A copy that detects the format of each input (the default).
     *
     * @return the copy
     */
    public PanelReader withDetection() {
        return new PanelReader(null, options);
    }

    /**
     * A copy with other read options.
     *
     * @param newOptions the options, non-null
     * @return the copy
     */
    public PanelReader withOptions(ReadOptions newOptions) {
        return new PanelReader(format, Objects.requireNonNull(newOptions, "options"));
    }

    /**
     * A copy in lenient mode (bad records skipped and listed) or strict mode (the first throws).
     *
     * @param lenient {@code true} for lenient mode
     * @return the copy
     */
    public PanelReader withLenient(boolean lenient) {
        return withOptions(options.withLenient(lenient));
    }

    /**
     * The format given with {@link #withFormat}, if any.
     *
     * @return the format, or empty when it is detected
     */
    public Optional<PanelFormat> format() {
        return Optional.ofNullable(format);
    }

    /**
     * The read options.
     *
     * @return the options
     */
    public ReadOptions options() {
        return options;
    }

    /**
     * Reads a file.
     *
     * @param path the file
     * @return the panels and the report
     * @throws MalformedDataException if its format is unknown or ambiguous, or it is malformed
     * @throws IOException            if it cannot be read
     */
    public ReadResult read(Path path) throws IOException {
        PanelFormat f = format != null ? format : PanelFormats.detect(path);
        return switch (f) {
            case LONG -> LongCsv.read(path, LongLayout.defaults(), org.divide.io.csv.CsvOptions.defaults(), options);
            case WIDE -> WideCsv.read(path, WideLayout.yearsAcross("indicator"),
                    org.divide.io.csv.CsvOptions.defaults(), options);
            case WIDE_INDICATORS -> WideCsv.read(path, WideLayout.indicatorsAcross("year"),
                    org.divide.io.csv.CsvOptions.defaults(), options);
            case JSON -> {
                Panel panel = PanelJson.read(path);
                yield new ReadResult(org.divide.io.internal.Sources.name(path), panel, Panel.builder().build(),
                        java.util.List.of(), java.util.List.of());
            }
            case XLSX -> XlsxReader.readLong(path, LongLayout.defaults(), org.divide.io.xlsx.XlsxOptions.defaults(),
                    options);
            case WDI -> WdiLongCsv.read(path);
            case WDI_BULK -> WdiBulkCsv.read(path);
            case WORLDBANK_API -> WorldBankApiJson.read(path);
            case OWID -> OwidCsv.read(path);
            case SDMX_CSV -> SdmxCsv.read(path);
            case SDMX_JSON -> SdmxJson.read(path);
            case SDMX_ML -> SdmxMl.read(path);
            case IMF -> ImfDataMapperJson.read(path);
        };
    }
}
