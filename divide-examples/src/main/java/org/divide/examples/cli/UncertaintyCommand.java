package org.divide.examples.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.IntStream;

import org.divide.core.Framework;
import org.divide.core.spec.Aggregate;
import org.divide.core.spec.Normalise;
import org.divide.core.spec.NormaliseMethod;
import org.divide.metrics.uncertainty.Assumption;
import org.divide.metrics.uncertainty.FailurePolicy;
import org.divide.metrics.uncertainty.IndexUncertainty;
import org.divide.metrics.uncertainty.IndexUncertaintyResult;
import org.divide.metrics.uncertainty.ResultTable;
import org.divide.metrics.uncertainty.SobolIndex;
import org.divide.metrics.uncertainty.UncertaintyAnalysis;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code divide uncertainty}: how much of each economy's rank in a composite index is the method —
 * Monte Carlo rank intervals or Sobol sensitivity indices over a default set of assumptions.
 */
@Command(name = "uncertainty", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Uncertainty analysis of a composite index (same --spec and --data as 'divide index'):"
                + " each run rebuilds the index under one alternative of each assumption and ranks the economies.",
            "Assumptions (as COINr's vignette):",
            "  weights        one of 100 noisy weight sets, every weight below the"
                    + " root times 1 + U(-f, f), f = --weight-noise (default 0.25);",
            "  normalisation  min-max onto [1, 100] or z-score with mean 10 and sd 2;",
            "  aggregation    weighted arithmetic or geometric mean.",
            "These replace the spec's own normalisation and aggregation. Prints per economy the nominal rank,"
                    + " the median rank, the 5-95%% rank interval and the mean absolute rank shift; with --sobol also"
                    + " first-order (S) and total (ST) Sobol indices of each assumption.",
            "A progress bar is drawn on standard error when running on a terminal."},
        footer = {"", "Example:", "  divide uncertainty --spec spec.json --data data.csv --runs 500 --seed 1"
                + " --out ranks.csv"})
final class UncertaintyCommand implements Callable<Integer> {

    /** The number of noisy weight sets drawn from. */
    static final int WEIGHT_SETS = 100;

    @Spec
    CommandSpec spec;

    @Option(names = "--spec", required = true, paramLabel = "SPEC.json", description = IndexInputs.SPEC_HELP)
    Path specFile;

    @Mixin
    IndexInputs inputs;

    @Option(names = "--runs", paramLabel = "N", defaultValue = "" + UncertaintyAnalysis.DEFAULT_SAMPLES,
            description = "Monte Carlo runs; with --sobol the base sample size, for N (2 + 3) runs"
                    + " (default: ${DEFAULT-VALUE}).")
    int runs;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "" + UncertaintyAnalysis.DEFAULT_SEED,
            description = "Seed: the same seed gives the same results (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--sobol", description = "Variance-based sensitivity analysis: Sobol indices per assumption.")
    boolean sobol;

    @Option(names = "--weight-noise", paramLabel = "F", defaultValue = "0.25",
            description = "Relative noise on the weights, in [0, 1] (default: ${DEFAULT-VALUE}).")
    double weightNoise;

    @Option(names = "--out", paramLabel = "FILE",
            description = "Write the tables to a .csv, .json or .xlsx file instead of printing them.")
    Path out;

    @Mixin
    FormatOption format;

    @Override
    public Integer call() throws IOException {
        if (runs < 2) {
            throw new ParameterException(spec.commandLine(), "--runs must be at least 2: " + runs);
        }
        if (!(weightNoise >= 0 && weightNoise <= 1)) {
            throw new ParameterException(spec.commandLine(), "--weight-noise must be in [0, 1]: " + weightNoise);
        }
        PrintWriter err = spec.commandLine().getErr();
        IndexInputs.Loaded loaded = inputs.load(IndexInputs.readSpec(specFile), err);
        UncertaintyAnalysis analysis = UncertaintyAnalysis.withDefaults().withSamples(runs).withSeed(seed);
        ProgressBar bar = ProgressBar.onTerminal(err, "uncertainty");
        if (bar != null) {
            analysis = analysis.withProgress(bar);
        }
        IndexUncertainty uncertainty = IndexUncertainty.of(loaded.spec(), loaded.data())
                .withAssumptions(defaultAssumptions(loaded.spec().framework(), weightNoise))
                .withAnalysis(analysis).withFailurePolicy(FailurePolicy.MISSING);
        IndexUncertaintyResult result = sobol ? uncertainty.sensitivity() : uncertainty.monteCarlo();
        if (result.failedRuns() > 0) {
            err.println("divide: " + result.failedRuns() + " of " + result.runs() + " runs failed (left out), as a"
                    + " geometric mean of a non-positive score");
            err.flush();
        }
        List<Table> tables = tables(result);
        if (out != null) {
            Output.write(tables, out);
        } else {
            Output.print(tables, format.format, spec.commandLine().getOut());
        }
        return ExitCodes.OK;
    }

    /**
     * The default assumptions: noisy weights below the root, min-max or z-score normalisation,
     * arithmetic or geometric aggregation.
     *
     * @param framework the framework
     * @param noise     the relative weight noise
     * @return the assumptions
     */
    static List<Assumption> defaultAssumptions(Framework framework, double noise) {
        int[] levels = IntStream.range(1, framework.levels()).toArray();
        return List.of(
                Assumption.weightNoise(noise, WEIGHT_SETS, levels),
                Assumption.normalisation(List.of(NormaliseMethod.minMax(1, 100), NormaliseMethod.zScore(10, 2))),
                Assumption.aggregation(List.of(Aggregate.Rule.arithmetic(), Aggregate.Rule.geometric())));
    }

    private static List<Table> tables(IndexUncertaintyResult result) {
        ResultTable economies = result.table();
        List<Table> tables = new ArrayList<>();
        int nominal = economies.columns().indexOf("nominal_rank");
        List<List<Object>> rows = new ArrayList<>();
        for (List<Object> row : economies.rows()) {
            List<Object> copy = new ArrayList<>(row);
            if (nominal >= 0 && copy.get(nominal) instanceof Double d) {
                copy.set(nominal, Table.rank(d));
            }
            rows.add(copy);
        }
        tables.add(new Table("economies", economies.columns(), rows));
        tables.add(new Table.Builder("summary", List.of("target", "analysis", "runs", "failed_runs",
                "mean_abs_rank_shift")).add(result.target(), result.sensitivity() ? "sobol" : "monte-carlo",
                result.runs(), result.failedRuns(), result.meanAbsoluteRankShift()).build());
        if (result.sensitivity()) {
            Table.Builder sensitivity = new Table.Builder("sensitivity", List.of("assumption", "S", "S_lower",
                    "S_upper", "ST", "ST_lower", "ST_upper"));
            for (SobolIndex s : result.summaryIndices()) {
                sensitivity.add(s.input(), s.firstOrder(), s.firstLower(), s.firstUpper(), s.total(), s.totalLower(),
                        s.totalUpper());
            }
            tables.add(sensitivity.build());
        }
        return tables;
    }
}
