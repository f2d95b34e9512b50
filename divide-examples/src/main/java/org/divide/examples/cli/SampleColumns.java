package org.divide.examples.cli;

import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * The options of the subcommands that measure one variable across units ({@code inequality},
 * {@code dynamics}): the data ({@link DataOptions}) and which of its indicators or columns are
 * the values and the weights. {@link Sample} reads and selects with them.
 */
final class SampleColumns {

    @Mixin
    DataOptions data;

    @Option(names = "--value", paramLabel = "NAME",
            description = "The values: an indicator of the data (a WDI code, a column name). Default: the data's"
                    + " only indicator, or the column named 'value'.")
    String value;

    @Option(names = "--weight", paramLabel = "NAME",
            description = "The weights (e.g. population): an indicator of the data, possibly from another --data"
                    + " file (SP.POP.TOTL), or a column.")
    String weight;
}
