package org.divide.examples.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.divide.metrics.inequality.Decomposable;
import org.divide.metrics.inequality.Decomposition;
import org.divide.metrics.inequality.Estimate;
import org.divide.metrics.inequality.Measure;
import org.divide.metrics.inference.Bootstrap;
import org.divide.metrics.inference.BootstrapInterval;
import org.divide.metrics.inference.IntervalMethod;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code divide inequality}: inequality measures of the units of a plain CSV file, with bootstrap
 * intervals and, by group, the between/within decomposition.
 */
@Command(name = "inequality", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Inequality measures of a CSV file with one row per unit (an economy, a person).",
            "With --bootstrap, BCa confidence intervals; with --group, the decomposition of each decomposable"
                    + " measure (Gini, the GE family) into within, between and overlap terms, and one row per group.",
            "Rows whose value or weight is missing are skipped (their count goes to standard error)."},
        footer = {"", "Measures: " + MeasureParser.NAMES + ".",
            "", "Example:", "  divide inequality --data gdp.csv --value gdp_pc --weight population"
                    + " --group income --measure gini,theil-t --bootstrap 999 --seed 1"})
final class InequalityCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    ValueColumns columns;

    @Option(names = "--group", paramLabel = "COL",
            description = "The column of group labels: adds the subgroup decomposition.")
    String group;

    @Option(names = "--measure", paramLabel = "MEASURE", split = ",", converter = MeasureParser.class,
            defaultValue = "gini,theil-t,theil-l,atkinson:0.5",
            description = "Comma-separated measures (default: ${DEFAULT-VALUE}).")
    List<Measure> measures;

    @Option(names = "--bootstrap", paramLabel = "N",
            description = "Number of bootstrap replicates for BCa confidence intervals (at least 2).")
    Integer replicates;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "" + Bootstrap.DEFAULT_SEED,
            description = "Seed of the bootstrap (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--confidence", paramLabel = "LEVEL", defaultValue = "" + Bootstrap.DEFAULT_CONFIDENCE,
            description = "Confidence level of the intervals, in (0, 1) (default: ${DEFAULT-VALUE}).")
    double confidence;

    @Mixin
    FormatOption format;

    @Override
    public Integer call() throws IOException {
        if (replicates != null && replicates < 2) {
            throw new ParameterException(spec.commandLine(), "--bootstrap must be at least 2: " + replicates);
        }
        if (!(confidence > 0 && confidence < 1)) {
            throw new ParameterException(spec.commandLine(), "--confidence must be in (0, 1): " + confidence);
        }
        Units units = Units.read(columns.data, columns.value, columns.weight, group);
        PrintWriter err = spec.commandLine().getErr();
        if (units.skipped() > 0) {
            err.println("divide: " + columns.data + ": skipped " + units.skipped() + " row" + (units.skipped() == 1 ? "" : "s")
                    + " with a missing value" + (columns.weight == null ? "" : " or weight"));
            err.flush();
        }
        List<Table> tables = new ArrayList<>();
        tables.add(measures(units));
        if (group != null) {
            decompositions(units, tables, err);
        }
        Output.print(tables, format.format, spec.commandLine().getOut());
        return ExitCodes.OK;
    }

    private Table measures(Units units) {
        List<String> header = new ArrayList<>(List.of("measure", "value", "observations"));
        if (replicates != null) {
            header.addAll(List.of("lower", "upper", "standard_error", "confidence", "method", "replicates"));
        }
        Table.Builder table = new Table.Builder("measures", header);
        Bootstrap bootstrap = replicates == null ? null : Bootstrap.withDefaults().withReplicates(replicates)
                .withSeed(seed).withConfidence(confidence).withMethod(IntervalMethod.BCA);
        for (Measure m : measures) {
            ProgressBar bar = bootstrap == null ? null
                    : ProgressBar.onTerminal(spec.commandLine().getErr(), "bootstrap " + m.name());
            Bootstrap b = bar == null ? bootstrap : bootstrap.withProgress(bar);
            Estimate e = m.evaluate(units.values(), units.weights());
            List<Object> row = new ArrayList<>(List.of(m.name(), e.value(), e.observations()));
            if (bootstrap != null) {
                BootstrapInterval ci = b.interval(m::compute, units.values(), units.weights());
                row.addAll(List.of(ci.lower(), ci.upper(), ci.standardError(), ci.confidence(),
                        ci.method().name().toLowerCase(java.util.Locale.ROOT), ci.replicates()));
            }
            table.add(row);
        }
        return table.build();
    }

    private void decompositions(Units units, List<Table> tables, PrintWriter err) {
        Table.Builder terms = new Table.Builder("decomposition", List.of("measure", "total", "within", "between",
                "overlap", "between_share"));
        Table.Builder groups = new Table.Builder("groups", List.of("measure", "group", "population_share",
                "income_share", "mean", "index", "contribution"));
        for (Measure m : measures) {
            if (!(m instanceof Decomposable decomposable)) {
                err.println("divide: " + m.name() + " is not decomposable by subgroups; it is left out of the"
                        + " decomposition");
                err.flush();
                continue;
            }
            Decomposition d = decomposable.decompose(units.values(), units.weights(), units.groups());
            terms.add(d.measure(), d.total(), d.within(), d.between(), d.overlap(),
                    d.total() == 0 ? Double.NaN : d.between() / d.total());
            for (Decomposition.Group g : d.groups()) {
                groups.add(d.measure(), g.label(), g.populationShare(), g.incomeShare(), g.mean(), g.index(),
                        g.contribution());
            }
        }
        tables.add(terms.build());
        tables.add(groups.build());
    }
}
