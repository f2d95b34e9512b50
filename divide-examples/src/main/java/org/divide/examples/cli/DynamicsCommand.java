package org.divide.examples.cli;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
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
        description = {"Convergence of a CSV with one row per economy and year.",
            "sigma: the measure across economies in every year, and its OLS trend with a verdict (closing,"
                    + " widening or no significant trend at 5%%).",
            "beta: the annualised growth from --from to --to regressed on the log level in --from (weighted by the"
                    + " weights of --from when --weight is given); beta < 0 means the laggards grew faster, with"
                    + " the implied speed and half-life."},
        footer = {"", "Example:", "  divide dynamics --data internet.csv --economy iso3 --year year --value users"
                + " --weight population --measure gini --from 2005 --to 2022"})
final class DynamicsCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    ValueColumns columns;

    @Option(names = "--economy", required = true, paramLabel = "COL", description = "The column of economy codes.")
    String economy;

    @Option(names = "--year", required = true, paramLabel = "COL", description = "The column of years.")
    String year;

    @Option(names = "--measure", paramLabel = "MEASURE", defaultValue = "gini", converter = MeasureParser.class,
            description = "The σ measure (default: ${DEFAULT-VALUE}); one of " + MeasureParser.NAMES + ".")
    Measure measure;

    @Option(names = "--from", paramLabel = "Y", description = "The first year (default: the first in the data).")
    Integer from;

    @Option(names = "--to", paramLabel = "Y", description = "The last year (default: the last in the data).")
    Integer to;

    @Mixin
    FormatOption format;

    @Override
    public Integer call() throws IOException {
        if (from != null && to != null && from >= to) {
            throw new ParameterException(spec.commandLine(), "--from must be before --to: " + from + " >= " + to);
        }
        Series s = read();
        SigmaConvergenceResult sigma = SigmaConvergence.of(measure).compute(s.years, s.x, s.w);
        int first = 0;
        int last = s.years.length - 1;
        if (last == first) {
            throw new IllegalArgumentException(columns.data + ": one year only (" + s.years[0] + "); convergence needs two");
        }
        BetaConvergenceResult beta;
        try {
            beta = BetaConvergence.estimate(s.x[first], s.x[last], s.years[last] - s.years[first],
                    s.w == null ? null : s.w[first], null);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(columns.data + ": beta-convergence " + s.years[first] + "-" + s.years[last]
                    + ": " + e.getMessage(), e);
        }
        List<Table> tables = List.of(sigmaTable(sigma), trendTable(sigma), betaTable(beta, s.years[first],
                s.years[last]));
        Output.print(tables, format.format, spec.commandLine().getOut());
        return ExitCodes.OK;
    }

    /** Values and weights by year (rows) and economy (columns). */
    private record Series(int[] years, double[][] x, double[][] w) {
    }

    private Series read() throws IOException {
        List<String> names = new ArrayList<>(List.of(economy, year, columns.value));
        if (columns.weight != null) {
            names.add(columns.weight);
        }
        PlainCsv csv = PlainCsv.read(columns.data, names);
        TreeSet<Integer> yearSet = new TreeSet<>();
        Map<String, Integer> economies = new LinkedHashMap<>();
        int[] rowYear = new int[csv.size()];
        for (int r = 0; r < csv.size(); r++) {
            rowYear[r] = csv.year(r, 1);
            if ((from == null || rowYear[r] >= from) && (to == null || rowYear[r] <= to)) {
                yearSet.add(rowYear[r]);
                economies.putIfAbsent(csv.text(r, 0), economies.size());
            }
        }
        if (yearSet.isEmpty()) {
            throw new IllegalArgumentException(columns.data + ": no row in the years " + (from == null ? "" : from) + ".."
                    + (to == null ? "" : to));
        }
        int[] years = yearSet.stream().mapToInt(Integer::intValue).toArray();
        Map<Integer, Integer> yearIndex = new HashMap<>();
        for (int t = 0; t < years.length; t++) {
            yearIndex.put(years[t], t);
        }
        double[][] x = filled(years.length, economies.size());
        double[][] w = columns.weight == null ? null : filled(years.length, economies.size());
        for (int r = 0; r < csv.size(); r++) {
            Integer t = yearIndex.get(rowYear[r]);
            if (t == null) {
                continue;
            }
            int e = economies.get(csv.text(r, 0));
            if (!Double.isNaN(x[t][e])) {
                throw csv.error(r, 0, "a second row for " + csv.text(r, 0) + " in " + rowYear[r]);
            }
            x[t][e] = csv.number(r, 2);
            if (w != null) {
                w[t][e] = csv.number(r, 3);
                if (w[t][e] < 0) {
                    throw csv.error(r, 3, "weight is negative: " + csv.text(r, 3));
                }
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

    private static Table betaTable(BetaConvergenceResult b, int first, int last) {
        return new Table.Builder("beta", List.of("from", "to", "beta", "standard_error", "p", "r_squared",
                "observations", "excluded_missing", "excluded_non_positive", "speed", "half_life_years"))
                .add(first, last, b.beta(), b.standardError(), b.p(), b.rSquared(), b.observations(),
                        b.excludedMissing(), b.excludedNonPositive(), b.speed(), b.halfLife())
                .build();
    }
}
