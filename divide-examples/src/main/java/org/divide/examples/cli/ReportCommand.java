package org.divide.examples.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.divide.core.Grouping;
import org.divide.examples.data.DefaultData;
import org.divide.examples.report.ReportData;
import org.divide.examples.report.ReportInput;
import org.divide.examples.report.ReportPage;
import org.divide.examples.summary.SummaryTable;
import org.divide.io.fetch.Redaction;
import org.divide.metrics.uncertainty.Assumption;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code divide report}: writes the HTML report (one self-contained file) of the embedded default
 * data, printing the plain-text summary; or, with {@code --spec} or {@code --meta} and
 * {@code --data}, the same report on the user's own index. Progress goes to standard error only on
 * a terminal.
 */
@Command(name = "report", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Write the HTML report (one self-contained file): index ranking with uncertainty, map,"
                + " Lorenz curves, inequality with intervals, the decomposition by group, convergence over time.",
            "Without --spec/--meta: the report of the embedded default data (with compute concentration and the"
                    + " GenAI gap), and the summary table printed.",
            "With --spec SPEC.json (or --meta iMeta.csv [--steps STEPS.json]) and --data FILE: the same report on"
                    + " that index and data, as 'divide index' builds it.",
            "With --economy CODE: a page of that economy instead (divide-report-CODE.html)."},
        footer = {"", "Examples:", "  divide report", "  divide report --spec spec.json --data data.csv --weight"
                + " SP.POP.TOTL --out my-report.html", "  divide report --meta ASEM_iMeta.csv --data ASEM_iData.csv"
                        + " --group GDP_group", "  divide report --economy KEN,IND --runs 50"})
final class ReportCommand implements Callable<Integer>, EconomyOption.Holder {

    /** The description of {@code --economy}, installed by {@link EconomyOption}. */
    static final String ECONOMY_HELP = "Write an economy page instead of the report: the economy's profile, peers,"
            + " strengths and weaknesses, binding constraints, path to the next tier and index over time with"
            + " catch-up horizons, to the report's file name with -CODE (divide-report-KEN.html). By code or name;"
            + " comma-separated or repeated for one page each. With --runs, 5-95%% intervals of every aggregate.";

    /** {@code --economy}, installed by {@link EconomyOption}. */
    List<String> economies;

    /** The default output file, in the current directory. */
    static final String DEFAULT_OUT = "divide-report.html";
    /** The default Monte Carlo runs of a user's index: few, so that the report comes quickly. */
    static final int DEFAULT_RUNS = 100;

    @Spec
    CommandSpec spec;

    @Mixin
    IndexSource source;

    @Mixin
    IndexInputs inputs;

    @Mixin
    UncertaintyOptions assume;

    @Option(names = "--weight", paramLabel = "CODE",
            description = "With --data: the indicator whose values weight the measures (population); default"
                    + " unweighted.")
    String weight;

    @Option(names = "--runs", paramLabel = "N", defaultValue = "" + DEFAULT_RUNS,
            description = "With --data: Monte Carlo runs of the rank intervals (default: ${DEFAULT-VALUE}).")
    int runs;

    @Option(names = "--out", paramLabel = "FILE", defaultValue = DEFAULT_OUT,
            description = "Where to write the report (default: ${DEFAULT-VALUE}).")
    Path out;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "" + ReportData.DEFAULT_SEED,
            description = "Seed of the bootstrap and Monte Carlo draws (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--peers", paramLabel = "income|region|GROUPING|nearest:K", defaultValue = "income",
            description = "With --economy: " + ProfiledIndex.PEERS_HELP)
    String peers;

    @Override
    public List<String> economies() {
        return economies;
    }

    @Override
    public void economies(List<String> given) {
        economies = given;
    }

    @Override
    public Integer call() throws IOException {
        if (economies != null && !economies.isEmpty()) {
            if (weight != null) {
                throw new ParameterException(spec.commandLine(), "--weight: the economy page weights nothing; leave"
                        + " it out with --economy");
            }
            boolean runsGiven = spec.commandLine().getParseResult().hasMatchedOption("--runs");
            if (runsGiven && runs < 2) {
                throw new ParameterException(spec.commandLine(), "--runs must be at least 2: " + runs);
            }
            return EconomyReport.write(spec, source, inputs, assume, runsGiven ? runs : null, seed, peers, out,
                    economies);
        }
        if (!source.given()) {
            if (group() != null || weight != null || source.steps != null || inputs.dataOptions.given()) {
                throw new ParameterException(spec.commandLine(), "--data, --group, --weight and --steps go with"
                        + " --spec or --meta");
            }
            return write(spec.commandLine().getOut(), spec.commandLine().getErr(), out, seed);
        }
        if (runs < 2) {
            throw new ParameterException(spec.commandLine(), "--runs must be at least 2: " + runs);
        }
        PrintWriter err = spec.commandLine().getErr();
        IndexSource.Resolved resolved;
        try {
            resolved = source.resolve();
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
        IndexInputs.Loaded loaded = inputs.load(resolved.spec(), resolved.groupColumns(), err);
        Grouping grouping = loaded.group() != null ? loaded.group() : Groups.incomeIfCountries(loaded.data().groupings(),
                loaded.data().economies());
        if (weight != null && loaded.data().panel().indicatorIndex(weight) < 0) {
            throw new ParameterException(spec.commandLine(), "--weight " + weight + ": no such indicator in the"
                    + " data");
        }
        ReportInput input = ReportInput.of(loaded.spec(), loaded.data(), grouping, weight,
                assumptions(loaded), runs, seed).withDataSources(loaded.fetched().stream()
                .map(p -> Redaction.uri(p.url()) + " " + p.fetchedAt() + " " + p.sha256()).toList());
        ReportData report = ReportData.of(input);
        writeFile(out, ReportPage.render(report));
        err.println("divide: report on " + loaded.spec().framework().root().code() + " built for "
                + loaded.data().year() + "; " + report.samples().get("index-sample")
                + (grouping == null ? "" : "; groups: " + grouping.name()));
        err.flush();
        spec.commandLine().getOut().println("Report written to " + out.toAbsolutePath()
                + " (open it in a web browser).");
        spec.commandLine().getOut().flush();
        return ExitCodes.OK;
    }

    /** The assumptions of the rank intervals: {@code divide uncertainty}'s options and defaults. */
    private List<Assumption> assumptions(IndexInputs.Loaded loaded) throws IOException {
        try {
            return assume.assumptions(loaded.spec(), loaded.data().groupings().keySet()).stream()
                    .map(UncertaintyOptions.Varied::assumption).toList();
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage(), e);
        }
    }

    private String group() {
        return inputs.group;
    }

    /**
     * Computes the report of the embedded data, writes it and prints the summary.
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
        writeFile(file, ReportPage.render(report));
        out.print(SummaryTable.render(report.embedded().summary(), DefaultData.ATTRIBUTION));
        out.println();
        out.println("Report written to " + file.toAbsolutePath() + " (open it in a web browser).");
        out.flush();
        return ExitCodes.OK;
    }

    /**
     * Writes a page, creating its directory.
     *
     * @param file the file
     * @param html the page
     * @throws IOException if it cannot be written
     */
    static void writeFile(Path file, String html) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        Files.writeString(file, html, StandardCharsets.UTF_8);
    }

    private static void progress(boolean terminal, PrintWriter err, String step) {
        if (terminal) {
            err.println("divide: report: " + step + " ...");
            err.flush();
        }
    }
}
