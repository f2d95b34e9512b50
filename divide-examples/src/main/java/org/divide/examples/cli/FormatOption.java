package org.divide.examples.cli;

import picocli.CommandLine.Option;

/** The {@code --format json|csv|table} option shared by the subcommands that print tables. */
final class FormatOption {

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table",
            converter = Output.FormatConverter.class,
            description = "Output format: table, csv, json, or xlsx with --out FILE.xlsx (default: ${DEFAULT-VALUE}; with"
                    + " --out, the file's extension decides).")
    Output.Format format = Output.Format.TABLE;
}
