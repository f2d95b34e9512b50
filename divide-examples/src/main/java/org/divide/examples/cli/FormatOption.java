package org.divide.examples.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * The {@code --format table|csv|json|xlsx} and {@code --out FILE} options shared by the
 * subcommands that print tables, and their agreement, checked before any data is read.
 */
final class FormatOption {

    private static final Set<String> EXTENSIONS = Set.of("csv", "json", "xlsx");

    @Spec(Spec.Target.MIXEE)
    CommandSpec command;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table",
            converter = Output.FormatConverter.class,
            description = "Output format: table, csv, json, or xlsx with --out FILE.xlsx (default: ${DEFAULT-VALUE}; with"
                    + " --out, the file's extension decides).")
    Output.Format format = Output.Format.TABLE;

    @Option(names = "--out", paramLabel = "FILE",
            description = "Write the tables to a .csv, .json or .xlsx file instead of printing them (the extension"
                    + " decides the format).")
    Path out;

    /**
     * Checks {@code --format} against {@code --out}: a usage error for a workbook without a file
     * or a file of another kind than .csv, .json or .xlsx; a note when the extension overrides a
     * format given.
     *
     * @param err standard error, for the note
     * @throws ParameterException on a usage error
     */
    void check(PrintWriter err) {
        if (out == null) {
            if (format == Output.Format.XLSX) {
                throw new ParameterException(command.commandLine(), "--format xlsx writes a workbook, not text: give"
                        + " --out FILE.xlsx");
            }
            return;
        }
        String extension = Output.extension(out);
        if (!EXTENSIONS.contains(extension)) {
            throw new ParameterException(command.commandLine(), "--out " + out + ": use a .csv, .json or .xlsx file");
        }
        if (format != Output.Format.TABLE && !format.name().toLowerCase(Locale.ROOT).equals(extension)) {
            err.println("divide: --format " + format.name().toLowerCase(Locale.ROOT) + " is ignored: --out " + out
                    + " is written as ." + extension);
            err.flush();
        }
    }

    /**
     * Writes the tables to {@code --out}, or prints them in {@code --format} to the command's standard
     * output, with facts about how they were built ({@link Output#print(List, Map, Output.Format,
     * PrintWriter)}: in JSON and xlsx only).
     *
     * @param tables the tables
     * @param build  the facts, such as {@link Output#sources} of the series fetched; possibly empty
     * @throws IOException if writing fails
     */
    void emit(List<Table> tables, Map<String, Object> build) throws IOException {
        if (out != null) {
            Output.write(tables, build, out);
        } else {
            Output.print(tables, build, format, command.commandLine().getOut());
        }
    }
}
