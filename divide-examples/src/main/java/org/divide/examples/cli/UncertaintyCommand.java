package org.divide.examples.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.divide.metrics.uncertainty.Assumption;
import org.divide.metrics.uncertainty.FailurePolicy;
import org.divide.metrics.uncertainty.IndexUncertainty;
import org.divide.metrics.uncertainty.IndexUncertaintyResult;
import org.divide.metrics.uncertainty.UncertaintyAnalysis;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code divide uncertainty}: how much of each economy's rank in a composite index is the method —
 * Monte Carlo rank intervals or Sobol sensitivity indices over the assumptions the user varies
 * ({@link UncertaintyOptions}; by default COINr's vignette's three), on the index of
 * {@code --spec} or {@code --meta [--steps]} ({@link IndexSource}) and the data of
 * {@link IndexInputs}, printed by {@link UncertaintyTables}.
 */
@Command(name = "uncertainty", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Uncertainty analysis of a composite index (same --spec or --meta [--steps], --data and"
                + " --year as 'divide index'): each run rebuilds the index under one alternative of each assumption"
                + " and ranks the economies.",
            "Assumptions varied by default (as COINr's vignette):",
            "  weights        one of 100 noisy weight sets, every weight below the"
                    + " root times 1 + U(-f, f), f = --weight-noise (default 0.25);",
            "  normalisation  min-max onto [1, 100] or z-score with mean 10 and sd 2;",
            "  aggregation    weighted arithmetic or geometric mean.",
            "The --assume-* options choose other alternatives, written as in the spec (METHOD or"
                    + " METHOD(member=value,...)); 'spec' alone keeps the spec's own step.",
            "Prints per economy, best nominal rank first: the nominal rank, the median, 5%% and 95%% quantiles and"
                    + " mean of the rank, the mean absolute rank shift, and the nominal score with the median and"
                    + " 5-95%% interval of the scores, every run's scores put on the nominal scale first; with"
                    + " --sobol also first-order (S) and total (ST) Sobol indices of each assumption on the rank.",
            "What is varied is said on standard error; a progress bar is drawn there on a terminal."},
        footer = {"", "Examples:", "  divide uncertainty --spec spec.json --data data.csv --runs 500 --seed 1"
                + " --out ranks.csv",
            "  divide uncertainty --meta ASEM_iMeta.csv --data ASEM_iData.csv --assume-winmax 1:5"
                    + " --assume-normalise spec --assume-aggregate spec --runs 200"})
final class UncertaintyCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    IndexSource source;

    @Mixin
    IndexInputs inputs;

    @Mixin
    UncertaintyOptions assume;

    @Option(names = "--runs", paramLabel = "N", defaultValue = "" + UncertaintyAnalysis.DEFAULT_SAMPLES,
            description = "Monte Carlo runs; with --sobol the base sample size, for N (2 + d) runs, d the"
                    + " assumptions varied (default: ${DEFAULT-VALUE}).")
    int runs;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "" + UncertaintyAnalysis.DEFAULT_SEED,
            description = "Seed: the same seed gives the same results (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--sobol", description = "Variance-based sensitivity analysis: Sobol indices per assumption.")
    boolean sobol;

    @Option(names = "--bootstrap", paramLabel = "B",
            description = "With --sobol: the bootstrap replicates of the Sobol indices' intervals (default: "
                    + UncertaintyAnalysis.DEFAULT_REPLICATES + "; 0: no intervals).")
    Integer bootstrap;

    @Mixin
    FormatOption format;

    @Override
    public Integer call() throws IOException {
        format.check(spec.commandLine().getErr());
        if (runs < 2) {
            throw new ParameterException(spec.commandLine(), "--runs must be at least 2: " + runs);
        }
        if (bootstrap != null && !sobol) {
            throw new ParameterException(spec.commandLine(), "--bootstrap sets the replicates of the Sobol indices'"
                    + " intervals and goes with --sobol (divide has no bootstrap of the data; see docs/uncertainty.md)");
        }
        if (bootstrap != null && bootstrap < 0) {
            throw new ParameterException(spec.commandLine(), "--bootstrap must be at least 0: " + bootstrap);
        }
        IndexSource.Resolved resolved;
        try {
            resolved = source.resolve();
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage(), e);
        }
        PrintWriter err = spec.commandLine().getErr();
        IndexInputs.Loaded loaded = inputs.load(resolved.spec(), resolved.groupColumns(), err);
        List<UncertaintyOptions.Varied> varied;
        try {
            varied = assume.assumptions(loaded.spec(), loaded.data().groupings().keySet());
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage(), e);
        }
        List<Assumption> assumptions = new ArrayList<>();
        List<String> descriptions = new ArrayList<>();
        for (UncertaintyOptions.Varied v : varied) {
            assumptions.add(v.assumption());
            descriptions.add(v.description());
        }
        if (assumptions.isEmpty()) {
            assumptions.add(Assumption.of("nothing", List.of("nominal"), (s, c) -> s));
            descriptions.add("nothing: every run is the nominal build");
        }
        err.println("divide: uncertainty of " + loaded.spec().framework().root().code() + " in "
                + loaded.data().year() + ", " + loaded.data().economies().size() + " economies, "
                + (sobol ? runs + " base runs (Sobol)" : runs + " runs") + "; varied: " + String.join("; ", descriptions));
        err.flush();
        UncertaintyAnalysis analysis = UncertaintyAnalysis.withDefaults().withSamples(runs).withSeed(seed);
        if (bootstrap != null) {
            analysis = analysis.withBootstrap(bootstrap);
        }
        ProgressBar bar = ProgressBar.onTerminal(err, "uncertainty");
        if (bar != null) {
            analysis = analysis.withProgress(bar);
        }
        IndexUncertainty uncertainty = IndexUncertainty.of(loaded.spec(), loaded.data()).withAssumptions(assumptions)
                .withAnalysis(analysis).withRankInterval(UncertaintyTables.LOW, UncertaintyTables.HIGH);
        IndexUncertaintyResult result = run(uncertainty.withFailurePolicy(FailurePolicy.MISSING));
        if (result.failedRuns() > 0) {
            err.println("divide: " + result.failedRuns() + " of " + result.runs() + " runs failed and are left out"
                    + " (a combination of alternatives the index cannot be built with, such as a geometric mean of"
                    + " a non-positive score)");
            err.flush();
        }
        List<Table> tables = UncertaintyTables.of(result, loaded.data(), descriptions, runs, loaded.group());
        format.emit(tables, Output.sources(loaded.fetched()));
        return ExitCodes.OK;
    }

    /**
     * Runs the analysis; when every run failed, runs two under {@link FailurePolicy#THROW} so that
     * the error names the alternatives and the reason.
     */
    private IndexUncertaintyResult run(IndexUncertainty uncertainty) {
        IndexUncertaintyResult result = sobol ? uncertainty.sensitivity() : uncertainty.monteCarlo();
        if (result.failedRuns() == result.runs()) {
            try {
                uncertainty.withFailurePolicy(FailurePolicy.THROW)
                        .withAnalysis(UncertaintyAnalysis.withDefaults().withSamples(2).withSeed(seed)).monteCarlo();
            } catch (IllegalStateException e) {
                Throwable cause = e.getCause() != null ? e.getCause() : e;
                throw new IllegalArgumentException("every run failed: " + cause.getMessage(), e);
            }
        }
        return result;
    }
}
