package org.divide.io.worldbank;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import org.divide.core.Indicator;
import org.divide.io.EconomyResolver;
import org.divide.io.MalformedDataException;
import org.divide.io.ReadOptions;
import org.divide.io.ReadResult;
import org.divide.io.TextFormatReader;
import org.divide.io.csv.CsvOptions;
import org.divide.io.csv.CsvTable;
import org.divide.io.csv.WideLayout;
import org.divide.io.internal.PanelCollector;
import org.divide.io.internal.Sources;
import org.divide.io.internal.WholeInput;
import org.divide.io.internal.WideCsvBytes;
import org.divide.io.internal.WideRows;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The World Bank's bulk download CSV ({@code API_<indicator>_DS2_<lang>_csv_v2_<n>.csv}): a
 * preamble ({@code "Data Source"}, {@code "Last Updated Date"}; skipped, with or without), then
 * {@code "Country Name","Country Code","Indicator Name","Indicator Code","1960",...}, one row per
 * economy and indicator, one column per year. Immutable. The real files carry a byte-order mark, CRLF line
 * ends and a trailing comma (an unnamed empty last column), all accepted.
 *
 * <pre>{@code
 * ReadResult r = WdiBulkCsvReader.withDefaults().read(Path.of("API_NY.GDP.PCAP.CD_DS2_en_csv_v2_46.csv"));
 * }</pre>
 *
 * <p>The companion {@code Metadata_Country_<same name>} that comes in the same download, if
 * present beside the file (or given with {@link #withCountryMetadata(Path)}), describes the
 * economies that the {@link ReadOptions#resolver()} does not know: a row with an empty region is an aggregate (kept apart), others become economies with
 * the region and income group of the companion. Codes in neither (such as {@code INX}, "Not
 * classified") are unmatched. The indicator's name comes from the {@code Indicator Name} column
 * and its unit from the parenthesised end of that name. The {@code Metadata_Indicator_} companion
 * is not read.
 *
 * <p>Files (streamed chunk by chunk, at any size) and streams of at most 1 GiB (held whole) are
 * first tried on the byte-level fast path of wide CSV ({@code org.divide.io.internal.WideCsvBytes}),
 * which takes plain UTF-8 files such as the World Bank's and gives the same result; anything it does
 * not take is read the general way, with the same results and messages. From 8 MiB on, it parses
 * chunks of lines on all cores.
 */
public final class WdiBulkCsvReader implements TextFormatReader<WdiBulkCsvReader> {

    private static final Logger LOG = LoggerFactory.getLogger(WdiBulkCsvReader.class);

    private static final WideLayout LAYOUT = WideLayout.yearsAcross("Indicator Code").withEconomy("Country Code")
            .withEconomyName("Country Name").withIndicatorName("Indicator Name");
    private static final CsvOptions CSV = CsvOptions.defaults().withHeaderAt("Country Name");
    private static final EconomyResolver NONE = key -> Optional.empty();

    private static final WdiBulkCsvReader DEFAULTS = new WdiBulkCsvReader(null, true, ReadOptions.defaults());

    private final EconomyResolver countryMetadata;
    private final boolean companionBeside;
    private final ReadOptions options;

    private WdiBulkCsvReader(EconomyResolver countryMetadata, boolean companionBeside, ReadOptions options) {
        this.countryMetadata = countryMetadata;
        this.companionBeside = companionBeside;
        this.options = options;
    }

    /**
     * The reader that reads the {@code Metadata_Country_} companion of a file when it sits beside
     * it, with the default options.
     *
     * @return the reader
     */
    public static WdiBulkCsvReader withDefaults() {
        return DEFAULTS;
    }

    /**
     * A copy that describes economies by this {@code Metadata_Country_} file, read now.
     *
     * @param companion the companion file
     * @return the copy
     * @throws MalformedDataException if the companion is malformed
     * @throws IOException            if it cannot be read
     */
    public WdiBulkCsvReader withCountryMetadata(Path companion) throws IOException {
        try (Reader reader = Sources.open(companion, CSV.charset())) {
            return withCountryMetadata(reader, Sources.name(companion));
        }
    }

    /**
     * A copy that describes economies by this {@code Metadata_Country_} text, read now.
     *
     * @param companion the companion's text (not closed)
     * @param source    its name in messages
     * @return the copy
     * @throws MalformedDataException if the companion is malformed
     * @throws IOException            if it cannot be read
     */
    public WdiBulkCsvReader withCountryMetadata(Reader companion, String source) throws IOException {
        return new WdiBulkCsvReader(WdiCountryMetadata.read(Sources.nonClosing(companion), source), false, options);
    }

    /**
     * A copy that reads no companion, not even one beside the file.
     *
     * @return the copy
     */
    public WdiBulkCsvReader withoutCountryMetadata() {
        return new WdiBulkCsvReader(null, false, options);
    }

    @Override
    public WdiBulkCsvReader withOptions(ReadOptions newOptions) {
        return new WdiBulkCsvReader(countryMetadata, companionBeside, Objects.requireNonNull(newOptions, "options"));
    }

    @Override
    public ReadOptions options() {
        return options;
    }

    /**
     * {@inheritDoc}
     *
     * <p>Unless a companion was given or refused, the {@code Metadata_Country_} companion beside
     * the file is read if it exists.
     */
    @Override
    public ReadResult read(Path path) throws IOException {
        Optional<Path> companion = companionBeside ? companionOf(path) : Optional.empty();
        if (companionBeside) {
            LOG.debug("{}: {}", Sources.name(path), companion.map(m -> "country metadata from " + Sources.name(m))
                    .orElse("no country metadata beside it: reading without"));
        }
        WdiBulkCsvReader reader = companion.isPresent() ? withCountryMetadata(companion.get()) : this;
        String source = Sources.name(path);
        return WholeInput.stream(path, options, (channel, size) -> reader.fast(channel, size, source),
                stream -> reader.general(stream, source));
    }

    /**
     * {@inheritDoc}
     *
     * <p>Economies are described by the companion given with {@link #withCountryMetadata}, if any.
     * A stream of at most 1 GiB is read whole and tried on the fast path first.
     */
    @Override
    public ReadResult read(InputStream in, String source) throws IOException {
        return WholeInput.read(in, options, (bytes, length) -> fast(bytes, length, source),
                stream -> TextFormatReader.super.read(stream, source));
    }

    /** Reads the bytes on the fast path, or declines ({@code null}). */
    private ReadResult fast(byte[] bytes, int length, String source) {
        return WideCsvBytes.read(bytes, length, source, LAYOUT, fastReading(), options, WholeInput.threads(length));
    }

    /** Streams a file through the fast path, or declines ({@code null}). */
    private ReadResult fast(FileChannel channel, long size, String source) throws IOException {
        return WideCsvBytes.read(channel, source, LAYOUT, fastReading(), options, WholeInput.threads(size));
    }

    /** How the fast path reads the file: the header search, the economies and the indicators. */
    private WideCsvBytes.Reading fastReading() {
        return WideCsvBytes.Reading.of(CSV.headerStart(), countryMetadata == null ? NONE : countryMetadata,
                WdiBulkCsvReader::indicator);
    }

    /** Reads a file's bytes the general way, as text (closes the stream). */
    private ReadResult general(InputStream in, String source) throws IOException {
        try (Reader data = Sources.open(in, CSV.charset(), source)) {
            return read(data, source);
        }
    }

    private static Indicator indicator(String code, String name) {
        return WdiIndicators.of(code, name, WdiIndicators.WDI);
    }

    /**
     * {@inheritDoc}
     *
     * <p>Economies are described by the companion given with {@link #withCountryMetadata}, if any.
     */
    @Override
    public ReadResult read(Reader reader, String source) throws IOException {
        EconomyResolver fallback = countryMetadata == null ? NONE : countryMetadata;
        try (CsvTable table = CsvTable.open(Sources.nonClosing(reader), source, CSV, options.limits())) {
            PanelCollector collector = PanelCollector.create(source, options);
            WideRows.read(table, LAYOUT, collector, fallback, WdiBulkCsvReader::indicator);
            return collector.finish();
        }
    }

    /**
     * The {@code Metadata_Country_} companion of a data file, if it exists beside it.
     *
     * @param path the data file
     * @return the companion's path, or empty
     */
    public static Optional<Path> companionOf(Path path) {
        Path companion = path.resolveSibling("Metadata_Country_" + Sources.name(path));
        return Files.isRegularFile(companion) ? Optional.of(companion) : Optional.empty();
    }
}
