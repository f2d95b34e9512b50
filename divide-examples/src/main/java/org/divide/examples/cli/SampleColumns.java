package org.divide.examples.cli;

import java.nio.file.Path;

import picocli.CommandLine.Option;

/**
 * The options of the subcommands that read a researcher's CSV of values ({@code inequality},
 * {@code dynamics}): the file, the columns (detected when not given) and whether World Bank
 * aggregates are kept. {@link Sample} reads and selects with them.
 */
final class SampleColumns {

    @Option(names = "--data", required = true, paramLabel = "FILE", description = "The CSV file, with a header.")
    Path data;

    @Option(names = "--value", paramLabel = "COL",
            description = "The column of values (default: the column named 'value', as in a WDI file).")
    String value;

    @Option(names = "--weight", paramLabel = "COL", description = "The column of weights (e.g. population).")
    String weight;

    @Option(names = {"--economy-column", "--economy"}, paramLabel = "COL",
            description = "The column of economy codes or names (default: detected: economy, iso3, Country Code,"
                    + " code, country, ...).")
    String economy;

    @Option(names = "--year-column", paramLabel = "COL",
            description = "The column of years (default: detected: year or time).")
    String year;

    @Option(names = "--keep-aggregates",
            description = "Keep World Bank aggregates (WLD, HIC, ...) and unknown economies; by default they are"
                    + " excluded, with a note.")
    boolean keepAggregates;
}
