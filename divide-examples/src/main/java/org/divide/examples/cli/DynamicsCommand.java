package org.divide.examples.cli;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.divide.metrics.dynamics.BetaConvergence;
import org.divide.metrics.dynamics.BetaConvergenceResult;
import org.divide.metrics.dynamics.SigmaConvergence;
import org.divide.metrics.dynamics.SigmaConvergenceResult;
import org.divide.metrics.dynamics.TrendFit;
import org.divide.metrics.inequality.Measure;
import org.divide.metrics.inequality.NonPositivePolicy;

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
        description = {"Convergence across economies over years, from any data files of 'divide' joined by economy"
                + " and year (a WDI file works as is: the columns of economies, years and values are detected).",
            "Same sample in every year: World Bank aggregates and unknown codes are excluded (--keep-aggregates)"
                    + " and the panel is balanced (--balanced, the default); every exclusion is noted on standard"
                    + " error.",
            "sigma: the measure across economies in every year, and its OLS trend with a verdict (closing,"
                    + " widening or no significant trend at 5%%).",
            "beta: the annualised growth from --from to --to regressed on the log level in --from (weighted by the"
                    + " weights of --from when --weight is given); beta < 0 means the laggards grew faster, with"
                    + " the implied speed and half-life. When it cannot be estimated, its row gives the reason and"
                    + " sigma is still printed."},
        footer = {"", "Example:", "  divide dynamics --data wdi_IT.NET.BBND.P2.csv --data wdi_SP.POP.TOTL.csv"
                + " --weight SP.POP.TOTL --measure gini --from 2005 --to 2022"})
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

    @Option(names = "--zeros", paramLabel = "drop|reject|keep", defaultValue = "drop",
            converter = InequalityCommand.Zeros.class,
            description = "Values outside the measure's domain (zeros, negatives): drop them, with a note (default);"
                    + " reject (the command stops naming the economy and year); or keep zeros with the limiting"
                    + " value.")
    NonPositivePolicy zeros;

    @Mixin
    FormatOption format;

    @Override
    public Integer call() throws IOException {
        format.check(spec.commandLine().getErr());
        Integer from = columns.data.fromYear();
        Integer to = columns.data.toYear;
        if (from != null && to != null && from >= to) {
            throw new ParameterException(spec.commandLine(), "--from must be before --to: " + from + " >= " + to);
        }
        if (yearColumn != null) {
            if (yearColumn.strip().matches("\\d{4}")) {
                throw new ParameterException(spec.commandLine(), "--year " + yearColumn + ": dynamics compares years;"
                        + " choose them with --from and --to (--year-column names the column of years)");
            }
            columns.data.yearColumn = yearColumn;
        }
        Sample sample = SampleReader.read(columns, null, null, System.in);
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
        if (s.economies().size() < 2) {
            throw new IllegalArgumentException(sample.source() + ": " + s.economies().size() + " economy only ("
                    + String.join(", ", s.economies()) + "); convergence compares economies: it needs two or more");
        }
        sample.printNotes(spec.commandLine().getErr());
        Measure m = measure.withOptions(measure.options().withNonPositivePolicy(zeros));
        SigmaConvergenceResult sigma;
        try {
            sigma = SigmaConvergence.of(m).compute(s.years, s.x, s.w);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(sample.source() + ": " + s.locate(e.getMessage()), e);
        }
        noteDropped(m, s, sample.source());
        int first = 0;
        int last = s.years.length - 1;
        Table beta;
        try {
            BetaConvergenceResult b = BetaConvergence.estimate(s.x[first], s.x[last], s.years[last] - s.years[first],
                    s.w == null ? null : s.w[first], null);
            beta = betaTable(b, s.years[first], s.years[last], "");
            if (b.excludedNonPositive() > 0) {
                spec.commandLine().getErr().println("divide: " + sample.source() + ": beta-convergence "
                        + s.years[first] + "-" + s.years[last] + ": left out " + b.excludedNonPositive() + " of "
                        + s.economies().size() + " economies whose value in " + s.years[first] + " or "
                        + s.years[last] + " is zero or negative (no logarithm)");
            }
        } catch (IllegalArgumentException e) {
            long nonPositive = Arrays.stream(s.x[first]).filter(v -> v <= 0).count();
            String reason = "beta-convergence " + s.years[first] + "-" + s.years[last] + ": " + (nonPositive == 0
                    ? e.getMessage() : nonPositive + " of " + s.x[first].length + " values in " + s.years[first]
                            + " are zero or negative: no logarithm, too few economies left (--from chooses another"
                            + " start)");
            spec.commandLine().getErr().println("divide: " + sample.source() + ": " + reason);
            spec.commandLine().getErr().flush();
            beta = betaTable(null, s.years[first], s.years[last], reason);
        }
        List<Table> tables = List.of(sigmaTable(sigma, s), trendTable(sigma), beta);
        format.emit(tables, Output.sources(sample.fetched()));
        return ExitCodes.OK;
    }

    /** Values and weights by year (rows) and economy (columns). */
    /**
     * The values by year and economy, with the economies' codes.
     *
     * @param years     the years, ascending
     * @param x         the values, [year][economy], {@code NaN} when missing
     * @param w         the weights, or {@code null}
     * @param economies the economy codes, in column order
     */
    private record Series(int[] years, double[][] x, double[][] w, List<String> economies) {

        /** The values observed in a year (value and weight present), as the measure sees them. */
        double[][] observed(int t) {
            List<Integer> at = present(t);
            double[] xs = new double[at.size()];
            double[] ws = w == null ? null : new double[at.size()];
            for (int i = 0; i < xs.length; i++) {
                xs[i] = x[t][at.get(i)];
                if (ws != null) {
                    ws[i] = w[t][at.get(i)];
                }
            }
            return new double[][] {xs, ws};
        }

        private List<Integer> present(int t) {
            List<Integer> at = new ArrayList<>();
            for (int e = 0; e < economies.size(); e++) {
                if (!Double.isNaN(x[t][e]) && (w == null || !Double.isNaN(w[t][e]))) {
                    at.add(e);
                }
            }
            return at;
        }

        /** A measure's "year Y: x[i] ..." message with the economy for the index. */
        String locate(String message) {
            Matcher m = YEAR_INDEX.matcher(message == null ? "" : message);
            if (!m.find()) {
                return message;
            }
            int t = Arrays.binarySearch(years, Integer.parseInt(m.group(1)));
            List<Integer> at = t < 0 ? List.of() : present(t);
            int i = Integer.parseInt(m.group(3));
            String who = i < at.size() ? economies.get(at.get(i)) : m.group(2) + "[" + i + "]";
            return message.substring(0, m.start(2)) + "the " + (m.group(2).equals("x") ? "value" : "weight") + " of "
                    + who + message.substring(m.end());
        }
    }

    private static final Pattern YEAR_INDEX = Pattern.compile("^year (\\d+): .*?\\b([xw])\\[(\\d+)]");

    /** Notes how many values the measure left out of its domain, over all years. */
    private void noteDropped(Measure m, Series s, String source) {
        if (zeros != NonPositivePolicy.DROP) {
            return;
        }
        long dropped = 0;
        for (int t = 0; t < s.years.length; t++) {
            double[][] o = s.observed(t);
            if (o[0].length >= 2) {
                dropped += m.evaluate(o[0], o[1]).droppedNonPositive();
            }
        }
        if (dropped > 0) {
            spec.commandLine().getErr().println("divide: " + source + ": " + m.name() + ": dropped " + dropped
                    + " value" + (dropped == 1 ? "" : "s") + " outside its domain (zero or negative) over the years;"
                    + " --zeros keep|reject changes this");
            spec.commandLine().getErr().flush();
        }
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
        return new Series(years, x, w, List.copyOf(economies.keySet()));
    }

    private static double[][] filled(int rows, int columns) {
        double[][] m = new double[rows][columns];
        for (double[] row : m) {
            Arrays.fill(row, Double.NaN);
        }
        return m;
    }

    /** The σ table; a {@code note} column says why a year has no value, when one has none. */
    private static Table sigmaTable(SigmaConvergenceResult sigma, Series s) {
        boolean gaps = Arrays.stream(sigma.values()).anyMatch(Double::isNaN);
        List<String> header = new ArrayList<>(List.of("year", sigma.measure(), "observations", "skipped"));
        if (gaps) {
            header.add("note");
        }
        Table.Builder t = new Table.Builder("sigma", header);
        for (int i = 0; i < sigma.years().length; i++) {
            List<Object> row = new ArrayList<>(List.of(sigma.years()[i], sigma.values()[i], sigma.observations()[i],
                    sigma.skipped()[i]));
            if (gaps) {
                row.add(Double.isNaN(sigma.values()[i]) ? why(sigma.observations()[i], s.observed(i)[0]) : null);
            }
            t.add(row);
        }
        return t.build();
    }

    /** Why a year's measure has no value. */
    private static String why(int observations, double[] x) {
        if (observations < 2) {
            return "fewer than 2 observations";
        }
        if (Arrays.stream(x).allMatch(v -> v == 0)) {
            return "every value is 0: the measure is undefined (mean 0)";
        }
        return "the measure is undefined for these values";
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
