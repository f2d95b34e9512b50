package org.divide.examples.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.divide.examples.data.DefaultData;
import org.divide.examples.report.ReportData;
import org.divide.examples.report.ReportPage;
import org.divide.examples.summary.SummaryTable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code divide report}: writes the HTML report of the embedded default data (one self-contained
 * file) and prints the plain-text summary. Progress goes to standard error only on a terminal.
 */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = "Write the HTML report of the embedded default data (one self-contained file: index ranking"
                + " with uncertainty, map, Lorenz curves, inequality, convergence, compute concentration, GenAI gap)"
                + " and print the summary table.")
final class ReportCommand implements Callable<Integer> {

    /** The default output file, in the current directory. */
    static final String DEFAULT_OUT = "divide-report.html";

    @Spec
    CommandSpec spec;

    @Option(names = "--out", paramLabel = "FILE", defaultValue = DEFAULT_OUT,
            description = "Where to write the report (default: ${DEFAULT-VALUE}).")
    Path out;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "" + ReportData.DEFAULT_SEED,
            description = "Seed of the bootstrap and Monte Carlo draws (default: ${DEFAULT-VALUE}).")
    long seed;

    @Override
    public Integer call() throws IOException {
        return write(spec.commandLine().getOut(), spec.commandLine().getErr(), out, seed);
    }

    /**
     * Computes the report, writes it and prints the summary.
     *
     * @param out    standard output
     * @param err    standard error (progress, on a terminal only)
     * @param file   the HTML file
     * @param seed   the seed
     * @return {@link ExitCodes#OK}
     * @throws IOException if the data cannot be read or the file written
     */
    static int write(PrintWriter out, PrintWriter err, Path file, long seed) throws IOException {
        boolean terminal = System.console() != null;
        progress(terminal, err, "loading the embedded data");
        DefaultData data = DefaultData.load();
        progress(terminal, err, "computing the index, its uncertainty and the inequality figures");
        ReportData report = ReportData.of(data, seed);
        progress(terminal, err, "writing " + file);
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        Files.writeString(file, ReportPage.render(report), StandardCharsets.UTF_8);
        out.print(SummaryTable.render(report.summary(), DefaultData.ATTRIBUTION));
        out.println();
        out.println("Report written to " + file.toAbsolutePath() + " (open it in a web browser).");
        out.flush();
        return ExitCodes.OK;
    }

    private static void progress(boolean terminal, PrintWriter err, String step) {
        if (terminal) {
            err.println("divide report: " + step + " ...");
            err.flush();
        }
    }
}
