package org.divide.io.worldbank;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;
import org.divide.core.Indicator;
import org.divide.io.MalformedDataException;
import org.divide.io.ReadOptions;
import org.divide.io.ReadResult;
import org.divide.io.TextFormatReader;
import org.divide.io.csv.CsvOptions;
import org.divide.io.csv.LongCsvReader;
import org.divide.io.csv.LongLayout;
import org.divide.io.internal.Sources;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads World Development Indicators in long format, one indicator per file:
 * {@code Country Name,Country Code,Year,Value} (as republished by the {@code datasets} project and
 * DataHub). Immutable. The indicator code is not in the file: it is given
 * ({@link #withIndicator(String)}), or taken from the file or source name
 * ({@code wdi_SP.POP.TOTL.csv} → {@code SP.POP.TOTL}: the part after the last underscore).
 *
 * <pre>{@code
 * ReadResult r = WdiLongCsvReader.withDefaults().read(Path.of("wdi_SP.POP.TOTL.csv"));
 * double kenya = r.panel().value("KEN", "SP.POP.TOTL", 2023);
 * Panel regions = r.aggregates();                       // WLD, HIC, SSF, ...
 * ReadResult g = WdiLongCsvReader.withDefaults().withIndicator("SI.POV.GINI").read(Path.of("gini.csv"));
 * }</pre>
 *
 * <p>Economies are resolved by {@code Country Code}; World Bank aggregates go to
 * {@link ReadResult#aggregates()}.
 *
 * <p>Files and streams are read by {@link LongCsvReader}, and so take its byte-level fast path
 * (the same result, faster; anything unusual is read the general way with the same messages).
 */
public final class WdiLongCsvReader implements TextFormatReader<WdiLongCsvReader> {

    private static final Logger LOG = LoggerFactory.getLogger(WdiLongCsvReader.class);

    /** The columns of the file. */
    private static final LongLayout LAYOUT = LongLayout.defaults().withEconomy("Country Code")
            .withEconomyName("Country Name").withYear("Year").withValue("Value");

    private static final WdiLongCsvReader DEFAULTS = new WdiLongCsvReader(null, ReadOptions.defaults());

    private final Indicator indicator;
    private final ReadOptions options;

    private WdiLongCsvReader(Indicator indicator, ReadOptions options) {
        this.indicator = indicator;
        this.options = options;
    }

    /**
     * The reader that takes the indicator code from the file name, with the default options.
     *
     * @return the reader
     */
    public static WdiLongCsvReader withDefaults() {
        return DEFAULTS;
    }

    /**
     * A copy that reads every input as this WDI indicator (named by its code, source WDI).
     *
     * @param code the indicator code, such as {@code SI.POV.GINI}
     * @return the copy
     */
    public WdiLongCsvReader withIndicator(String code) {
        return withIndicator(WdiIndicators.of(code, null, WdiIndicators.WDI));
    }

    /**
     * A copy that reads every input as this indicator.
     *
     * @param newIndicator the indicator, non-null
     * @return the copy
     */
    public WdiLongCsvReader withIndicator(Indicator newIndicator) {
        return new WdiLongCsvReader(Objects.requireNonNull(newIndicator, "indicator"), options);
    }

    @Override
    public WdiLongCsvReader withOptions(ReadOptions newOptions) {
        return new WdiLongCsvReader(indicator, Objects.requireNonNull(newOptions, "options"));
    }

    @Override
    public ReadOptions options() {
        return options;
    }

    /**
     * {@inheritDoc}
     *
     * <p>Without {@link #withIndicator}, the indicator code is taken from {@code source} as from a
     * file name.
     *
     * @throws MalformedDataException   if the text is malformed (strict mode)
     * @throws IllegalArgumentException if no indicator was given and the source name yields none
     */
    @Override
    public ReadResult read(Reader reader, String source) throws IOException {
        return longReader(source).read(reader, source);
    }

    /**
     * {@inheritDoc}
     *
     * <p>Read by {@link LongCsvReader#read(Path)}, fast path included.
     */
    @Override
    public ReadResult read(Path path) throws IOException {
        String source = Sources.name(path);
        if (indicator == null && !hasIndicatorIn(source)) {
            return TextFormatReader.super.read(path); // the name's error, after the file's own checks as before
        }
        return longReader(source).read(path);
    }

    /**
     * {@inheritDoc}
     *
     * <p>Read by {@link LongCsvReader#read(InputStream, String)}, fast path included.
     */
    @Override
    public ReadResult read(InputStream in, String source) throws IOException {
        if (indicator == null && !hasIndicatorIn(source)) {
            return TextFormatReader.super.read(in, source);
        }
        return longReader(source).read(in, source);
    }

    /** The long CSV reader of this file: its columns, its indicator, these options. */
    private LongCsvReader longReader(String source) {
        Indicator i = indicator;
        if (i == null) {
            i = WdiIndicators.of(indicatorOf(source), null, WdiIndicators.WDI);
            LOG.debug("{}: indicator {} from the file name", source, i.code());
        }
        return LongCsvReader.withDefaults().withLayout(LAYOUT.withFixedIndicator(i)).withOptions(options);
    }

    private static boolean hasIndicatorIn(String source) {
        try {
            WdiIndicators.of(indicatorOf(source), null, WdiIndicators.WDI);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
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
        return indicatorOf(Sources.name(path));
    }

    private static String indicatorOf(String name) {
        String stem = name.toLowerCase(Locale.ROOT).endsWith(".csv") ? name.substring(0, name.length() - 4) : name;
        String code = stem.substring(stem.lastIndexOf('_') + 1).strip();
        if (code.isEmpty()) {
            throw new IllegalArgumentException("no indicator code in the file name '" + name
                    + "': give it with WdiLongCsvReader.withIndicator(code)");
        }
        return code;
    }
}
