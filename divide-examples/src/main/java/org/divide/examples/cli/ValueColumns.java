package org.divide.examples.cli;

import java.nio.file.Path;

import picocli.CommandLine.Option;

/**
 * The options of the subcommands that read a plain CSV of values ({@code inequality},
 * {@code dynamics}): the file, the column of values and the optional column of weights.
 */
final class ValueColumns {

    @Option(names = "--data", required = true, paramLabel = "FILE", description = "The CSV file, with a header.")
    Path data;

    @Option(names = "--value", required = true, paramLabel = "COL", description = "The column of values.")
    String value;

    @Option(names = "--weight", paramLabel = "COL", description = "The column of weights (e.g. population).")
    String weight;
}
