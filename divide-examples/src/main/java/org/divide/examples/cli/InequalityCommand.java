package org.divide.examples.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

import org.divide.core.Economies;
import org.divide.metrics.inequality.Decomposable;
import org.divide.metrics.inequality.Decomposition;
import org.divide.metrics.inequality.Estimate;
import org.divide.metrics.inequality.InequalityOptions;
import org.divide.metrics.inequality.Measure;
import org.divide.metrics.inequality.NaNPolicy;
import org.divide.metrics.inequality.NonPositivePolicy;
import org.divide.metrics.inference.Bootstrap;
import org.divide.metrics.inference.BootstrapInterval;
import org.divide.metrics.inference.IntervalMethod;

import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

/**
 * {@code divide inequality}: inequality measures of the units of a plain CSV file, with bootstrap
 * intervals and, by group, the between/within decomposition. The sample (which economies, which
 * year) is chosen and stated by {@link Sample}; values outside a measure's domain follow the
 * library's {@link NonPositivePolicy}.
 */
@Command(name = "inequality", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Inequality measures across economies or units (people, households): any data files of"
                + " 'divide' joined by economy and year, or one CSV with a row per unit.",
            "With --bootstrap, BCa confidence intervals; with --group, the decomposition of each decomposable"
                    + " measure (Gini, the GE family) into within, between and overlap terms, and one row per group.",
            "Economies: World Bank aggregates and unknown codes are excluded (--keep-aggregates keeps them);"
                    + " a file with years is a cross-section of one year: --year, or the latest year with values for"
                    + " at least 80%% of the most economies in any year. Every exclusion is noted on standard error.",
            "Rows whose value or weight is missing are skipped (--missing); zeros and negatives are dropped only by"
                    + " the measures that need positive values (--zeros). A measure that cannot be computed gets its"
                    + " row with the reason; the exit code is 3 only when no measure could be computed."},
        footer = {"", "Measures: " + MeasureParser.NAMES + ".",
            "", "Example:", "  divide inequality --data wdi_IT.NET.SECR.P6.csv --data wdi_SP.POP.TOTL.csv"
                    + " --value IT.NET.SECR.P6 --weight SP.POP.TOTL --group wb-income --bootstrap 999"})
final class InequalityCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    SampleColumns columns;

    @Option(names = "--year", paramLabel = "Y",
            description = "The year of the cross-section (default: the latest year with enough coverage, stated).")
    Integer year;

    @Option(names = "--group", paramLabel = "GROUPING",
            description = "Adds the subgroup decomposition and one row per group. " + Groups.HELP)
    String group;

    @Option(names = "--group-year", paramLabel = "FY", description = Groups.YEAR_HELP)
    Integer groupYear;

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

    @Option(names = "--zeros", paramLabel = "drop|reject|keep", defaultValue = "drop", converter = Zeros.class,
            description = "Values outside a measure's domain (zeros, negatives): drop them for the measures that need"
                    + " positive values, with a note (default); reject (the measure's row gives the reason); or"
                    + " keep zeros with the limiting value (MLD = infinity).")
    NonPositivePolicy zeros;

    @Option(names = "--missing", paramLabel = "skip|reject", defaultValue = "skip", converter = Missing.class,
            description = "Rows with a missing value or weight: skip them, with a note (default), or reject the"
                    + " file naming the first.")
    NaNPolicy missing;

    @Mixin
    FormatOption format;

    @Override
    public Integer call() throws IOException {
        format.check(spec.commandLine().getErr());
        if (replicates != null && replicates < 2) {
            throw new ParameterException(spec.commandLine(), "--bootstrap must be at least 2: " + replicates);
        }
        if (!(confidence > 0 && confidence < 1)) {
            throw new ParameterException(spec.commandLine(), "--confidence must be in (0, 1): " + confidence);
        }
        PrintWriter err = spec.commandLine().getErr();
        Sample sample = SampleReader.read(columns, group, groupYear, System.in);
        sample.within(columns.data.fromYear(), columns.data.toYear);
        sample.oneYear(year);
        sample.missing(missing, columns.weight != null);
        sample.requireUnique();
        sample.printNotes(err);
        Units units = Units.of(sample, columns.weight != null, group != null);
        if (units.weights() != null && java.util.Arrays.stream(units.weights()).allMatch(w -> w == 0)) {
            throw new IllegalArgumentException(sample.source() + ": every weight (--weight " + columns.weight + ") is"
                    + " zero" + (sample.yearly() ? " in " + sample.rows().get(0).year() : "") + "; nothing can be"
                    + " weighted");
        }
        if (units.values().length == 1) {
            err.println("divide: " + sample.source() + ": one observation only: inequality across a single unit is 0"
                    + " by definition (R's ineq gives the same)");
        }
        List<String> order = group == null ? List.of() : Groups.naturalOrder(new ArrayList<>(new LinkedHashSet<>(Arrays.asList(units.groups()))));
        List<Table> tables = new ArrayList<>();
        int computed = measures(units, tables, err, sample.source());
        tables.add(sampleTable(units, order, sample));
        if (group != null) {
            decompositions(units, order, tables, err);
        }
        if (format.out != null) {
            Output.write(tables, Output.sources(sample.fetched()), format.out);
        } else {
            Output.print(tables, Output.sources(sample.fetched()), format.format, spec.commandLine().getOut());
        }
        if (computed == 0) {
            err.println("divide: " + sample.source() + ": no measure could be computed");
            err.flush();
            return ExitCodes.BAD_INPUT;
        }
        return ExitCodes.OK;
    }

    /** Adds the measures table; returns how many measures could be computed. */
    private int measures(Units units, List<Table> tables, PrintWriter err, String source) {
        Bootstrap bootstrap = replicates == null ? null : Bootstrap.withDefaults().withReplicates(replicates)
                .withSeed(seed).withConfidence(confidence).withMethod(IntervalMethod.BCA);
        List<List<Object>> rows = new ArrayList<>();
        boolean dropped = false;
        boolean failed = false;
        for (Measure measure : measures) {
            Measure m = withPolicy(measure);
            List<Object> row = new ArrayList<>(List.of(m.name()));
            try {
                Estimate e = m.evaluate(units.values(), units.weights());
                row.addAll(List.of(e.value(), e.observations(), e.droppedNonPositive()));
                if (e.droppedNonPositive() > 0) {
                    dropped = true;
                    err.println("divide: " + source + ": " + m.name() + ": dropped " + e.droppedNonPositive() + " value"
                            + (e.droppedNonPositive() == 1 ? "" : "s") + " outside its domain (zero or negative);"
                            + " --zeros keep|reject changes this");
                }
                if (bootstrap != null) {
                    ProgressBar bar = ProgressBar.onTerminal(err, "bootstrap " + m.name());
                    BootstrapInterval ci = (bar == null ? bootstrap : bootstrap.withProgress(bar))
                            .interval(m::compute, units.values(), units.weights());
                    row.addAll(List.of(ci.lower(), ci.upper(), ci.standardError(), ci.confidence(),
                            ci.method().name().toLowerCase(Locale.ROOT), ci.replicates()));
                }
                row.add("");
            } catch (IllegalArgumentException e) {
                failed = true;
                String reason = units.locate(e.getMessage());
                err.println("divide: " + m.name() + ": " + reason);
                row.addAll(Arrays.asList(Double.NaN, null, null));
                if (bootstrap != null) {
                    row.addAll(Arrays.asList(null, null, null, null, null, null));
                }
                row.add(reason);
            }
            rows.add(row);
        }
        err.flush();
        List<String> header = new ArrayList<>(List.of("measure", "value", "observations", "dropped_non_positive"));
        if (bootstrap != null) {
            header.addAll(List.of("lower", "upper", "standard_error", "confidence", "method", "replicates"));
        }
        header.add("note");
        // the optional columns are printed only when some row uses them
        List<Integer> shown = new ArrayList<>();
        for (int c = 0; c < header.size(); c++) {
            if (!(c == 3 && !dropped || c == header.size() - 1 && !failed)) {
                shown.add(c);
            }
        }
        Table.Builder table = new Table.Builder("measures", shown.stream().map(header::get).toList());
        for (List<Object> row : rows) {
            table.add(shown.stream().map(row::get).toList());
        }
        tables.add(table.build());
        return (int) rows.stream().filter(r -> r.get(2) != null).count();
    }

    private Measure withPolicy(Measure m) {
        InequalityOptions o = m.options().withNonPositivePolicy(zeros);
        return m.withOptions(o);
    }

    /** n, mean and total weight of the sample and of each group, with the year and economies. */
    private static Table sampleTable(Units units, List<String> order, Sample sample) {
        List<String> header = new ArrayList<>(List.of("group", "n", "mean", "total_weight"));
        if (sample.yearly()) {
            header.add("year");
        }
        Table.Builder t = new Table.Builder("sample", header);
        List<String> labels = new ArrayList<>();
        labels.add(null);
        labels.addAll(order);
        int year = sample.rows().isEmpty() ? 0 : sample.rows().get(0).year();
        // exact powers of two keep the sums finite at any magnitude (values or weights near 1e308)
        int xShift = -exponent(units.values());
        int wShift = units.weights() == null ? 0 : -exponent(units.weights());
        for (String label : labels) {
            int n = 0;
            double total = 0;
            double sum = 0;
            for (int i = 0; i < units.values().length; i++) {
                if (label == null || label.equals(units.groups()[i])) {
                    double w = units.weights() == null ? 1 : Math.scalb(units.weights()[i], wShift);
                    n++;
                    total += w;
                    sum += w * Math.scalb(units.values()[i], xShift);
                }
            }
            List<Object> row = new ArrayList<>(List.of(label == null ? "all" : label, n,
                    Math.scalb(sum / total, -xShift), Math.scalb(total, -wShift)));
            if (sample.yearly()) {
                row.add(year);
            }
            t.add(row);
        }
        return t.build();
    }

    /** The binary exponent of the largest finite |value| (0 when there is none). */
    private static int exponent(double[] values) {
        double max = 0;
        for (double v : values) {
            if (Double.isFinite(v)) {
                max = Math.max(max, Math.abs(v));
            }
        }
        return max == 0 ? 0 : Math.getExponent(max);
    }

    /**
     * The groups in their natural order: World Bank income groups (by label or code) from low to
     * high income, any other grouping in order of first appearance in the file.
     */
    private void decompositions(Units units, List<String> order, List<Table> tables, PrintWriter err) {
        Table.Builder terms = new Table.Builder("decomposition", List.of("measure", "total", "within", "between",
                "overlap", "between_share"));
        Table.Builder groups = new Table.Builder("groups", List.of("measure", "group", "population_share",
                "income_share", "mean", "index", "contribution"));
        for (Measure measure : measures) {
            if (!(withPolicy(measure) instanceof Decomposable decomposable)) {
                err.println("divide: " + measure.name() + " is not decomposable by subgroups; it is left out of the"
                        + " decomposition");
                continue;
            }
            Decomposition d;
            try {
                d = decomposable.decompose(units.values(), units.weights(), units.groups());
            } catch (IllegalArgumentException e) {
                err.println("divide: " + measure.name() + ": no decomposition: " + units.locate(e.getMessage()));
                continue;
            }
            terms.add(d.measure(), d.total(), d.within(), d.between(), d.overlap(),
                    d.total() == 0 ? Double.NaN : d.between() / d.total());
            List<Decomposition.Group> sorted = new ArrayList<>(d.groups());
            sorted.sort(Comparator.comparingInt(g -> order.indexOf(g.label())));
            for (Decomposition.Group g : sorted) {
                groups.add(d.measure(), g.label(), g.populationShare(), g.incomeShare(), g.mean(), g.index(),
                        g.contribution());
            }
        }
        err.flush();
        tables.add(terms.build());
        tables.add(groups.build());
    }

    /** Converts {@code drop|reject|keep} to the library's policy. */
    static final class Zeros implements ITypeConverter<NonPositivePolicy> {
        @Override
        public NonPositivePolicy convert(String value) {
            return switch (value.strip().toLowerCase(Locale.ROOT)) {
                case "drop" -> NonPositivePolicy.DROP;
                case "reject" -> NonPositivePolicy.REJECT;
                case "keep" -> NonPositivePolicy.LIMIT;
                default -> throw new TypeConversionException("unknown --zeros '" + value + "'; use drop, reject or"
                        + " keep");
            };
        }
    }

    /** Converts {@code skip|reject} to the library's policy. */
    static final class Missing implements ITypeConverter<NaNPolicy> {
        @Override
        public NaNPolicy convert(String value) {
            return switch (value.strip().toLowerCase(Locale.ROOT)) {
                case "skip" -> NaNPolicy.SKIP;
                case "reject" -> NaNPolicy.REJECT;
                default -> throw new TypeConversionException("unknown --missing '" + value + "'; use skip or reject");
            };
        }
    }
}
