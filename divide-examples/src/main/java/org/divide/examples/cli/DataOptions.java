package org.divide.examples.cli;

import java.util.List;

import org.divide.io.PanelFormat;
import org.divide.io.ReadOptions;

import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * The options by which every command that takes data names it: the files ({@code --data},
 * repeated, {@code -} for standard input), their format when detection should not decide, the
 * columns when their names are not the usual ones, which economies to keep, and whether World
 * Bank aggregates stay; a {@code --data} argument may name a series to fetch from a provider
 * ({@link FetchSpec}), with the {@link FetchOptions}. {@link DatasetLoader} reads them into a {@link Dataset}.
 */
final class DataOptions {

    @Spec(Spec.Target.MIXEE)
    CommandSpec command;

    @Option(names = "--data", paramLabel = "FILE",
            description = "A data file; repeat to join several files by economy and year (a conflicting value is"
                    + " an error naming both files); '-' reads standard input. The format is detected: long or wide"
                    + " CSV keyed by ISO3, ISO2, numeric code or name (other numeric columns are indicators, text"
                    + " columns are groupings), WDI and World Bank API_* downloads, OWID, SDMX, COINr iData, xlsx,"
                    + " divide panel JSON. Or a series fetched from a provider (cached; see the fetch options):"
                    + " wb:CODE[;CODE], sdmx:PRESET:FLOW[:KEY], imf:CODE[;CODE], owid:SLUG. Required, except where a"
                    + " command has embedded data.")
    List<String> files;

    /** The options of the series fetched from providers ({@code wb:…} and the like). */
    @Mixin
    FetchOptions fetch = new FetchOptions();

    @Option(names = "--input-format", paramLabel = "FORMAT", converter = PanelFormatConverter.class,
            description = "The format of every --data file instead of detection: long, wide, wide-indicators, json,"
                    + " xlsx, wdi, wdi-bulk, worldbank-api, owid, sdmx-csv, sdmx-json, sdmx-ml, imf, coinr-idata.")
    PanelFormat format;

    @Option(names = "--from", paramLabel = "YEAR|FORMAT", converter = YearOrFormat.Converter.class,
            description = "A first year (with --to, the years used), or the format of the files, as --input-format.")
    YearOrFormat from;

    @Option(names = "--to", paramLabel = "YEAR", description = "The last year used (default: the last in the data).")
    Integer toYear;

    @Option(names = {"--economy-column", "--economy"}, paramLabel = "COL",
            description = "The column of economies (default: detected: economy, iso3, Country Code, code, iso2,"
                    + " country, ...).")
    String economyColumn;

    @Option(names = "--year-column", paramLabel = "COL",
            description = "The column of years (default: detected: year, time or date; a table without one is"
                    + " undated and lends its values to any year).")
    String yearColumn;

    @Option(names = "--indicator-column", paramLabel = "COL",
            description = "For a long file: the column of indicator codes (with --value-column).")
    String indicatorColumn;

    @Option(names = "--value-column", paramLabel = "COL",
            description = "For a long file: the column of values (with --indicator-column; without it, one"
                    + " indicator named after the column).")
    String valueColumn;

    @Option(names = "--economies", paramLabel = "CODES|FILE", split = ",",
            description = "Keep only these economies: comma-separated codes or names, or a file with one per line.")
    List<String> economies;

    @Option(names = "--max-input-size", paramLabel = "SIZE", converter = ByteSize.Converter.class,
            description = "The largest data file read, a guard against reading the wrong file (default: 1G): bytes,"
                    + " or a number with K, M, G or T, such as 8G. Large long CSV files are read in chunks, in"
                    + " memory about 1.5 times the panel read.")
    Long maxInputBytes;

    @Option(names = "--keep-aggregates",
            description = "Keep World Bank aggregates (WLD, HIC, ...) and economies the registry does not know; by"
                    + " default they are excluded, with a note.")
    boolean keepAggregates;

    /**
     * Checks that {@code --data} was given.
     *
     * @return the files
     * @throws ParameterException (a usage error) if it was not
     */
    List<String> requireFiles() {
        if (files == null || files.isEmpty()) {
            throw new ParameterException(command.commandLine(), "Missing required option: '--data=FILE'");
        }
        return files;
    }

    /** {@return whether --data was given} */
    boolean given() {
        return files != null && !files.isEmpty();
    }

    /** {@return the read options of the data files: the defaults, with --max-input-size} */
    ReadOptions readOptions() {
        ReadOptions defaults = ReadOptions.defaults();
        return maxInputBytes == null ? defaults
                : defaults.withLimits(defaults.limits().withMaxFileBytes(maxInputBytes));
    }

    /** {@return the format named by --input-format or --from, or {@code null} to detect it} */
    PanelFormat format() {
        return format != null ? format : from == null ? null : from.format();
    }

    /** {@return the first year of --from, or {@code null}} */
    Integer fromYear() {
        return from == null ? null : from.year();
    }
}
