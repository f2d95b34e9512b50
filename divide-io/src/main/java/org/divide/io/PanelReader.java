package org.divide.io;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import org.divide.io.csv.CoinrIDataReader;
import org.divide.io.csv.LongCsvReader;
import org.divide.io.csv.WideCsvReader;
import org.divide.io.csv.WideLayout;
import org.divide.io.imf.ImfDataMapperReader;
import org.divide.io.internal.Limits;
import org.divide.io.json.PanelJsonReader;
import org.divide.io.owid.OwidCsvReader;
import org.divide.io.sdmx.SdmxCsvReader;
import org.divide.io.sdmx.SdmxJsonReader;
import org.divide.io.sdmx.SdmxMlReader;
import org.divide.io.worldbank.WdiBulkCsvReader;
import org.divide.io.worldbank.WdiLongCsvReader;
import org.divide.io.worldbank.WorldBankApiReader;
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
 * their readers read them; {@code COINR_IDATA} needs a {@code Time} column (for a table without
 * one, use {@code CoinrIDataReader.withYear}). Panel JSON is read as the exact panel it holds (no aggregates split
 * off, nothing unmatched).
 */
public final class PanelReader implements FormatReader<PanelReader> {

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

    @Override
    public PanelReader withOptions(ReadOptions newOptions) {
        return new PanelReader(format, Objects.requireNonNull(newOptions, "options"));
    }

    /**
     * The format given with {@link #withFormat}, if any.
     *
     * @return the format, or empty when it is detected
     */
    public Optional<PanelFormat> format() {
        return Optional.ofNullable(format);
    }

    @Override
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
    @Override
    public ReadResult read(Path path) throws IOException {
        Limits.checkSize(path, options.limits());
        return reader(format != null ? format : PanelFormats.detect(path)).read(path);
    }

    /**
     * Reads a stream (not closed), detecting its format from {@code source}'s extension and its
     * first bytes unless a format was given.
     *
     * @param in     the bytes
     * @param source the name used for detection and in messages
     * @return the panels and the report
     * @throws MalformedDataException if its format is unknown or ambiguous, or it is malformed
     * @throws IOException            if it cannot be read
     */
    @Override
    public ReadResult read(InputStream in, String source) throws IOException {
        InputStream limited = Limits.bounded(in, options.limits(), source);
        if (format != null) {
            return reader(format).read(limited, source);
        }
        InputStream buffered = limited.markSupported() ? limited
                : new BufferedInputStream(limited, PanelFormats.HEAD_BYTES);
        buffered.mark(PanelFormats.HEAD_BYTES);
        PanelFormat detected = PanelFormats.detect(buffered, source);
        buffered.reset();
        return reader(detected).read(buffered, source);
    }

    /**
     * The reader of one format with this object's options, as {@link #read} uses it.
     *
     * @param f the format
     * @return the configured reader
     */
    public FormatReader<?> reader(PanelFormat f) {
        FormatReader<?> r = switch (f) {
            case LONG -> LongCsvReader.withDefaults();
            case WIDE -> WideCsvReader.withDefaults().withLayout(WideLayout.yearsAcross("indicator"));
            case WIDE_INDICATORS -> WideCsvReader.withDefaults().withLayout(WideLayout.indicatorsAcross("year"));
            case JSON -> PanelJsonReader.withDefaults();
            case XLSX -> XlsxReader.withDefaults();
            case WDI -> WdiLongCsvReader.withDefaults();
            case WDI_BULK -> WdiBulkCsvReader.withDefaults();
            case WORLDBANK_API -> WorldBankApiReader.withDefaults();
            case OWID -> OwidCsvReader.withDefaults();
            case SDMX_CSV -> SdmxCsvReader.withDefaults();
            case SDMX_JSON -> SdmxJsonReader.withDefaults();
            case SDMX_ML -> SdmxMlReader.withDefaults();
            case IMF -> ImfDataMapperReader.withDefaults();
            case COINR_IDATA -> CoinrIDataReader.withDefaults();
        };
        return r.withOptions(options);
    }
}
