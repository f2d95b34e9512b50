package org.divide.io.worldbank;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Path;
import org.divide.core.Indicator;
import org.divide.io.MalformedDataException;
import org.divide.io.ReadOptions;
import org.divide.io.ReadResult;
import org.divide.io.csv.CsvOptions;
import org.divide.io.csv.LongCsv;
import org.divide.io.csv.LongLayout;
import org.divide.io.internal.Sources;

/**
 * World Development Indicators in long format, one indicator per file:
 * {@code Country Name,Country Code,Year,Value} (as republished by the {@code datasets} project and
 * DataHub). The indicator code is not in the file: it is given, or taken from the file name
 * ({@code wdi_SP.POP.TOTL.csv} → {@code SP.POP.TOTL}: the part after the last underscore).
 *
 * <pre>{@code
 * ReadResult r = WdiLongCsv.read(Path.of("wdi_SP.POP.TOTL.csv"));
 * double kenya = r.panel().value("KEN", "SP.POP.TOTL", 2023);
 * Panel regions = r.aggregates();                       // WLD, HIC, SSF, ...
 * }</pre>
 *
 * <p>Economies are resolved by {@code Country Code}; World Bank aggregates go to
 * {@link ReadResult#aggregates()}.
 */
public final class WdiLongCsv {

    /** The columns of the file. */
    private static final LongLayout LAYOUT = LongLayout.defaults().withEconomy("Country Code")
            .withEconomyName("Country Name").withYear("Year").withValue("Value");

    private WdiLongCsv() {
    }

    /**
     * Reads a file, taking the indicator code from its name.
     *
     * @param path the file
     * @return the panels and the report
     * @throws MalformedDataException if the file is malformed
     * @throws IOException            if it cannot be read
     */
    public static ReadResult read(Path path) throws IOException {
        return read(path, indicatorOf(path));
    }

    /**
     * Reads a file of the given indicator.
     *
     * @param path      the file
     * @param indicator the indicator code
     * @return the panels and the report
     * @throws MalformedDataException if the file is malformed
     * @throws IOException            if it cannot be read
     */
    public static ReadResult read(Path path, String indicator) throws IOException {
        return read(path, WdiIndicators.of(indicator, null, WdiIndicators.WDI), ReadOptions.defaults());
    }

    /**
     * Reads a file of the given indicator with options.
     *
     * @param path      the file
     * @param indicator the indicator (its metadata goes into the panel)
     * @param options   the shared read options
     * @return the panels and the report
     * @throws MalformedDataException if the file is malformed (strict mode)
     * @throws IOException            if it cannot be read
     */
    public static ReadResult read(Path path, Indicator indicator, ReadOptions options) throws IOException {
        try (Reader reader = Sources.open(path, CsvOptions.defaults().charset())) {
            return read(reader, Sources.name(path), indicator, options);
        }
    }

    /**
     * Reads text from a reader (not closed).
     *
     * @param reader    the text
     * @param source    the name used in messages
     * @param indicator the indicator
     * @param options   the shared read options
     * @return the panels and the report
     * @throws MalformedDataException if the text is malformed (strict mode)
     * @throws IOException            if it cannot be read
     */
    public static ReadResult read(Reader reader, String source, Indicator indicator, ReadOptions options)
            throws IOException {
        return LongCsv.read(reader, source, LAYOUT.withFixedIndicator(indicator), CsvOptions.defaults(), options);
    }

    /**
     * The indicator code in a file name: the part of the name without extension after the last
     * underscore ({@code datahub_gdp_NY.GDP.MKTP.CD.csv} → {@code NY.GDP.MKTP.CD}).
     *
     * @param path the file
     * @return the code
     * @throws IllegalArgumentException if the name yields no code
     */
    public static String indicatorOf(Path path) {
        String name = Sources.name(path);
        String stem = name.toLowerCase(java.util.Locale.ROOT).endsWith(".csv") ? name.substring(0, name.length() - 4)
                : name;
        String code = stem.substring(stem.lastIndexOf('_') + 1).strip();
        if (code.isEmpty()) {
            throw new IllegalArgumentException("no indicator code in the file name '" + name
                    + "': pass it to WdiLongCsv.read(path, code)");
        }
        return code;
    }
}
