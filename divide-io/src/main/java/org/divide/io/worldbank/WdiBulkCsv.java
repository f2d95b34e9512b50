package org.divide.io.worldbank;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.divide.io.EconomyResolver;
import org.divide.io.MalformedDataException;
import org.divide.io.ReadOptions;
import org.divide.io.ReadResult;
import org.divide.io.csv.CsvOptions;
import org.divide.io.csv.CsvTable;
import org.divide.io.csv.WideCsv;
import org.divide.io.csv.WideLayout;
import org.divide.io.internal.PanelCollector;
import org.divide.io.internal.Sources;

/**
 * The World Bank's bulk download CSV ({@code API_<indicator>_DS2_<lang>_csv_v2_<n>.csv}): a
 * preamble ({@code "Data Source"}, {@code "Last Updated Date"}; skipped, with or without), then
 * {@code "Country Name","Country Code","Indicator Name","Indicator Code","1960",...}, one row per
 * economy and indicator, one column per year. The real files carry a byte-order mark, CRLF line
 * ends and a trailing comma (an unnamed empty last column), all accepted.
 *
 * <pre>{@code
 * ReadResult r = WdiBulkCsv.read(Path.of("API_NY.GDP.PCAP.CD_DS2_en_csv_v2_46.csv"));
 * }</pre>
 *
 * <p>The companion {@code Metadata_Country_<same name>} that comes in the same download, if
 * present beside the file, describes the economies that the {@link ReadOptions#resolver()} does
 * not know: a row with an empty region is an aggregate (kept apart), others become economies with
 * the region and income group of the companion. Codes in neither (such as {@code INX}, "Not
 * classified") are unmatched. The indicator's name comes from the {@code Indicator Name} column
 * and its unit from the parenthesised end of that name. The {@code Metadata_Indicator_} companion
 * is not read.
 */
public final class WdiBulkCsv {

    private static final WideLayout LAYOUT = WideLayout.yearsAcross("Indicator Code").withEconomy("Country Code")
            .withEconomyName("Country Name").withIndicatorName("Indicator Name");
    private static final CsvOptions CSV = CsvOptions.defaults().withHeaderAt("Country Name");

    private WdiBulkCsv() {
    }

    /**
     * Reads a bulk download, with its {@code Metadata_Country_} companion if it sits beside it.
     *
     * @param path the data file
     * @return the panels and the report
     * @throws MalformedDataException if a file is malformed
     * @throws IOException            if a file cannot be read
     */
    public static ReadResult read(Path path) throws IOException {
        return read(path, companionOf(path).orElse(null), ReadOptions.defaults());
    }

    /**
     * Reads a bulk download with an explicit companion and options.
     *
     * @param path            the data file
     * @param countryMetadata the {@code Metadata_Country_} file, or {@code null} for none
     * @param options         the shared read options
     * @return the panels and the report
     * @throws MalformedDataException if a file is malformed (strict mode)
     * @throws IOException            if a file cannot be read
     */
    public static ReadResult read(Path path, Path countryMetadata, ReadOptions options) throws IOException {
        try (Reader data = Sources.open(path, CSV.charset());
                Reader meta = countryMetadata == null ? null : Sources.open(countryMetadata, CSV.charset())) {
            return read(data, Sources.name(path), meta, countryMetadata == null ? null : Sources.name(countryMetadata),
                    options);
        }
    }

    /**
     * Reads a bulk download from readers (not closed).
     *
     * @param data            the data text
     * @param source          its name in messages
     * @param countryMetadata the companion's text, or {@code null}
     * @param metadataSource  the companion's name in messages, or {@code null}
     * @param options         the shared read options
     * @return the panels and the report
     * @throws MalformedDataException if a text is malformed (strict mode)
     * @throws IOException            if a text cannot be read
     */
    public static ReadResult read(Reader data, String source, Reader countryMetadata, String metadataSource,
            ReadOptions options) throws IOException {
        EconomyResolver fallback = countryMetadata == null ? key -> Optional.empty()
                : WdiCountryMetadata.read(Sources.nonClosing(countryMetadata), metadataSource);
        try (CsvTable table = CsvTable.open(Sources.nonClosing(data), source, CSV)) {
            PanelCollector collector = PanelCollector.create(source, options);
            WideCsv.readInto(table, LAYOUT, collector, fallback,
                    (code, name) -> WdiIndicators.of(code, name, WdiIndicators.WDI));
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
