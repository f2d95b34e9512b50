package org.divide.examples.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

import org.divide.metrics.dynamics.BetaConvergence;
import org.divide.metrics.dynamics.BetaConvergenceResult;
import org.divide.metrics.dynamics.SigmaConvergence;
import org.divide.metrics.dynamics.SigmaConvergenceResult;
import org.divide.metrics.dynamics.TrendFit;
import org.divide.metrics.inequality.Measure;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code divide dynamics}: σ-convergence (an inequality measure across economies, year by year,
 * with its trend) and β-convergence (growth on the initial level) of a CSV with one row per
 * economy and year.
 */
@Command(name = "dynamics", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Convergence of a CSV with one row per economy and year (a WDI file works as is: the columns"
                + " of economies, years and values are detected).",
            "Same sample in every year: World Bank aggregates and unknown codes are excluded (--keep-aggregates)"
                    + " and the panel is balanced (--balanced, the default); every exclusion is noted on standard"
                    + " error.",
            "sigma: the measure across economies in every year, and its OLS trend with a verdict (closing,"
                    + " widening or no significant trend at 5%%).",
            "beta: the annualised growth from --from to --to regressed on the log level in --from (weighted by the"
                    + " weights of --from when --weight is given); beta < 0 means the laggards grew faster, with"
                    + " the implied speed and half-life. When it cannot be estimated, its row gives the reason and"
                    + " sigma is still printed."},
        footer = {"", "Example:", "  divide dynamics --data internet.csv --economy-column iso3 --value users"
                + " --weight population --measure gini --from 2005 --to 2022"})
final class DynamicsCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    SampleColumns columns;

    /** The former name of {@code --year-column}, kept so that existing scripts run. */
    @Option(names = "--year", hidden = true, paramLabel = "COL")
    String yearColumn;

    @Option(names = "--balanced", negatable = true, defaultValue = "true", fallbackValue = "true",
            description = "Same-sample comparison (default): leave out the years with values for fewer than 80%% of"
                    + " the most economies in any year, then keep the economies with a value in every remaining"
                    + " year. --no-balanced uses every economy in every year it has a value.")
    boolean balanced;

    @Option(names = "--measure", paramLabel = "MEASURE", defaultValue = "gini", converter = MeasureParser.class,
            description = "The σ measure (default: ${DEFAULT-VALUE}); one of " + MeasureParser.NAMES + ".")
    Measure measure;

    @Option(names = "--out", paramLabel = "FILE",
            description = "Write the tables to a .csv, .json or .xlsx file instead of printing them.")
    Path out;

    @Mixin
    FormatOption format;

    @Override
    public Integer call() throws IOException {
        Integer from = columns.data.fromYear();
        Integer to = columns.data.toYear;
        if (from != null && to != null && from >= to) {
            throw new ParameterException(spec.commandLine(), "--from must be before --to: " + from + " >= " + to);
        }
        if (yearColumn != null) {
            columns.data.yearColumn = yearColumn;
        }
        Sample sample = Sample.read(columns, null, null, System.in);
        if (!sample.yearly() || !sample.panel()) {
            throw new IllegalArgumentException(sample.source() + ": dynamics needs a column of economies and one of years"
                    + " with one row per economy and year; give --economy-column and --year-column");
        }
        sample.requireUnique();
        sample.years(from, to, balanced);
        Series s = series(sample);
        if (s.years.length == 1) {
            throw new IllegalArgumentException(sample.source() + ": one year only (" + s.years[0] + ")"
                    + (balanced ? " in the balanced panel" : "") + "; convergence needs two");
        }
        sample.printNotes(spec.commandLine().getErr());
        SigmaConvergenceResult sigma = SigmaConvergence.of(measure).compute(s.years, s.x, s.w);
        int first = 0;
        int last = s.years.length - 1;
        Table beta;
        try {
            beta = betaTable(BetaConvergence.estimate(s.x[first], s.x[last], s.years[last] - s.years[first],
                    s.w == null ? null : s.w[first], null), s.years[first], s.years[last], "");
        } catch (IllegalArgumentException e) {
            long nonPositive = Arrays.stream(s.x[first]).filter(v -> v <= 0).count();
            String reason = "beta-convergence " + s.years[first] + "-" + s.years[last] + ": " + e.getMessage()
                    + (nonPositive == 0 ? "" : " (" + nonPositive + " of " + s.x[first].length + " values in "
                            + s.years[first] + " are zero or negative: no logarithm; --from chooses another start)");
            spec.commandLine().getErr().println("divide: " + sample.source() + ": " + reason);
            spec.commandLine().getErr().flush();
            beta = betaTable(null, s.years[first], s.years[last], reason);
        }
        List<Table> tables = List.of(sigmaTable(sigma), trendTable(sigma), beta);
        if (out != null) {
            Output.write(tables, out);
        } else {
            Output.print(tables, format.format, spec.commandLine().getOut());
        }
        return ExitCodes.OK;
    }

    /** Values and weights by year (rows) and economy (columns). */
    private record Series(int[] years, double[][] x, double[][] w) {
    }

    private Series series(Sample sample) {
        int[] years = sample.rows().stream().mapToInt(Sample.Row::year).distinct().sorted().toArray();
        Map<Integer, Integer> yearIndex = new HashMap<>();
        for (int t = 0; t < years.length; t++) {
            yearIndex.put(years[t], t);
        }
        Map<String, Integer> economies = new LinkedHashMap<>();
        sample.rows().forEach(r -> economies.putIfAbsent(r.economy(), economies.size()));
        double[][] x = filled(years.length, economies.size());
        double[][] w = columns.weight == null ? null : filled(years.length, economies.size());
        for (Sample.Row r : sample.rows()) {
            int t = yearIndex.get(r.year());
            int e = economies.get(r.economy());
            x[t][e] = r.value();
            if (w != null) {
                w[t][e] = r.weight();
            }
        }
        return new Series(years, x, w);
    }

    private static double[][] filled(int rows, int columns) {
        double[][] m = new double[rows][columns];
        for (double[] row : m) {
            Arrays.fill(row, Double.NaN);
        }
        return m;
    }

    private static Table sigmaTable(SigmaConvergenceResult sigma) {
        Table.Builder t = new Table.Builder("sigma", List.of("year", sigma.measure(), "observations", "skipped"));
        for (int i = 0; i < sigma.years().length; i++) {
            t.add(sigma.years()[i], sigma.values()[i], sigma.observations()[i], sigma.skipped()[i]);
        }
        return t.build();
    }

    private static Table trendTable(SigmaConvergenceResult sigma) {
        TrendFit f = sigma.trend();
        return new Table.Builder("sigma_trend", List.of("measure", "slope_per_year", "standard_error", "p",
                "r_squared", "years", "verdict"))
                .add(sigma.measure(), f.slope(), f.standardError(), f.p(), f.rSquared(), f.observations(),
                        sigma.verdict().name().toLowerCase(Locale.ROOT).replace('_', ' '))
                .build();
    }

    private static Table betaTable(BetaConvergenceResult b, int first, int last, String note) {
        Table.Builder t = new Table.Builder("beta", List.of("from", "to", "beta", "standard_error", "p", "r_squared",
                "observations", "excluded_missing", "excluded_non_positive", "speed", "half_life_years", "note"));
        if (b == null) {
            return t.add(first, last, Double.NaN, Double.NaN, Double.NaN, Double.NaN, null, null, null, Double.NaN,
                    Double.NaN, note).build();
        }
        return t.add(first, last, b.beta(), b.standardError(), b.p(), b.rSquared(), b.observations(),
                b.excludedMissing(), b.excludedNonPositive(), b.speed(), b.halfLife(), note).build();
    }
}
