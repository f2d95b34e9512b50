package org.divide.examples.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.divide.core.Grouping;
import org.divide.core.Panel;
import org.divide.examples.data.DefaultData;
import org.divide.metrics.dynamics.BetaConvergenceResult;
import org.divide.metrics.dynamics.GrowthMethod;
import org.divide.metrics.scenario.DivideProjection;
import org.divide.metrics.scenario.LeftOut;
import org.divide.metrics.scenario.PopulationAssumption;
import org.divide.metrics.scenario.ProjectionInput;
import org.divide.metrics.scenario.ProjectionOptions;
import org.divide.metrics.scenario.ProjectionResult;
import org.divide.metrics.scenario.ProjectionRow;
import org.divide.metrics.scenario.Scenario;

import picocli.CommandLine;
import picocli.CommandLine.ParameterException;

/**
 * {@code divide horizon --project YEAR}: the divide's projected trajectory under scenarios
 * ({@link DivideProjection}) on the user's files or the embedded data, one row per scenario and year.
 */
final class ProjectionRun {

    private static final String EMBEDDED = "embedded data";

    /** The top of a share in percent, for the note that suggests a ceiling. */
    private static final double SHARE = 100;

    private final CommandLine cl;
    private final SampleColumns columns;
    private final ProjectOptions project;
    private final FormatOption format;
    private final List<String> notes = new ArrayList<>();
    private Sample sample;
    private String source = EMBEDDED;

    /**
     * @param cl      the command line of {@code horizon}
     * @param columns the data options
     * @param project the projection options
     * @param format  the output options
     */
    ProjectionRun(CommandLine cl, SampleColumns columns, ProjectOptions project, FormatOption format) {
        this.cl = cl;
        this.columns = columns;
        this.project = project;
        this.format = format;
    }

    /**
     * Runs the projection and prints the table.
     *
     * @param method the growth method
     * @param draws  the bootstrap draws (0 = none)
     * @param seed   the seed
     * @return the exit code
     * @throws IOException if the data cannot be read or the output written
     */
    int run(GrowthMethod method, int draws, long seed) throws IOException {
        List<Scenario> scenarios = project.scenarios(cl);
        PopulationAssumption population = project.population(cl);
        ProjectionInput in = columns.data.given() ? fromFiles() : embedded();
        int[] years = in.years();
        int last = years[years.length - 1];
        if (project.project <= last) {
            throw new ParameterException(cl, "--project " + project.project + " must be after the window's last year "
                    + last);
        }
        double ceiling = project.ceiling(cl, !columns.data.given());
        ProjectionOptions options = ProjectionOptions.withDefaults().withMethod(method).withPopulation(population)
                .withDraws(draws).withSeed(seed).withCeiling(ceiling).withFillGaps(project.fillGaps);
        List<ProjectionResult> results = new ArrayList<>();
        for (Scenario s : scenarios) {
            try {
                results.add(DivideProjection.project(in, project.project, s, options));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(source + ": --scenario " + s.name() + ": " + e.getMessage(), e);
            }
        }
        describe(results.get(0), in, method, population, draws, seed);
        noteCeiling(results, ceiling);
        for (ProjectionResult r : results) {
            if (r.beta() != null) {
                note(beta(r.beta(), r.betaFrom(), r.betaTo(), in.weights() != null));
            }
        }
        printNotes(cl.getErr());
        format.emit(List.of(table(results, draws > 0)), Output.sources(sample == null ? List.of() : sample.fetched()));
        return ExitCodes.OK;
    }

    /** The window of the user's files: every economy and year of --from..--to, with weights and groups if given. */
    private ProjectionInput fromFiles() throws IOException {
        String grouping = project.grouping();
        if (grouping == null && project.groupYear != null) {
            throw new ParameterException(cl, "--group-year goes with --group " + Groups.WB_INCOME);
        }
        sample = SampleReader.read(columns, grouping, project.groupYear, System.in);
        source = sample.source();
        if (!sample.yearly() || !sample.panel()) {
            throw new IllegalArgumentException(source + ": --project needs a column of economies and one of years with"
                    + " one row per economy and year; give --economy-column and --year-column");
        }
        sample.requireUnique();
        int to = columns.data.toYear != null ? columns.data.toYear
                : sample.rows().stream().filter(r -> !Double.isNaN(r.value())).mapToInt(Sample.Row::year).max()
                        .orElseThrow(() -> new IllegalArgumentException(source + ": no value"));
        int from = from(to);
        sample.within(from, to);
        boolean weighted = columns.weight != null;
        Map<String, Integer> index = new LinkedHashMap<>();
        Map<String, String> groups = new LinkedHashMap<>();
        for (Sample.Row r : sample.rows()) {
            index.putIfAbsent(r.economy(), index.size());
            if (r.group() != null) {
                groups.put(r.economy(), r.group());
            }
        }
        int n = index.size();
        int[] years = new int[to - from + 1];
        for (int t = 0; t < years.length; t++) {
            years[t] = from + t;
        }
        double[][] values = new double[n][years.length];
        double[][] weights = weighted ? new double[n][years.length] : null;
        for (int i = 0; i < n; i++) {
            Arrays.fill(values[i], Double.NaN);
            if (weights != null) {
                Arrays.fill(weights[i], Double.NaN);
            }
        }
        for (Sample.Row r : sample.rows()) {
            int i = index.get(r.economy());
            values[i][r.year() - from] = r.value();
            if (weights != null) {
                weights[i][r.year() - from] = r.weight();
            }
        }
        List<String> codes = new ArrayList<>(index.keySet());
        String[] labels = grouping == null ? null : codes.stream().map(groups::get).toArray(String[]::new);
        note("grouping " + (grouping == null ? "none: no between-group share (--group names one)"
                : grouping + (project.groupYear == null ? "" : " FY" + project.groupYear)
                        + ": between_share is the share of Theil T between its groups"));
        return new ProjectionInput(codes, years, values, weights, labels);
    }

    /** The window of the embedded data: --value (default internet users), weighted by population. */
    private ProjectionInput embedded() throws IOException {
        if (columns.weight != null) {
            throw new ParameterException(cl, "--weight goes with --data (the embedded data are weighted by population, "
                    + DefaultData.POPULATION + ")");
        }
        Panel panel = DefaultData.load().economies();
        String value = columns.value == null ? DefaultData.INTERNET_USERS : columns.value.strip();
        if (panel.indicatorIndex(value) < 0) {
            throw new ParameterException(cl, "--value " + value + ": not in the embedded data; one of "
                    + String.join(", ", panel.indicators().stream().map(i -> i.code()).toList()));
        }
        int ind = panel.indicatorIndex(value);
        int to = columns.data.toYear != null ? columns.data.toYear : lastYear(panel, ind);
        int from = from(to);
        if (panel.yearIndex(from) < 0 || panel.yearIndex(to) < 0) {
            throw new ParameterException(cl, "--from/--to " + from + "-" + to + ": the embedded data run from "
                    + panel.years()[0] + " to " + panel.years()[panel.yearCount() - 1]);
        }
        String grouping = project.grouping();
        Grouping g = grouping == null ? null : Groups.resolve(grouping, project.groupYear, null);
        note(value + " (" + panel.indicator(value).name() + "), weighted by "
                + DefaultData.POPULATION + "; " + DefaultData.ATTRIBUTION);
        note("grouping " + (g == null ? "none: no between-group share" : g.name()
                + ": between_share is the share of Theil T between its groups"));
        return ProjectionInput.of(panel, value, DefaultData.POPULATION, g, from, to);
    }

    private static int lastYear(Panel panel, int ind) {
        int[] years = panel.years();
        for (int t = years.length - 1; t >= 0; t--) {
            if (panel.countPresent(panel.indicators().get(ind).code(), years[t]) > 0) {
                return years[t];
            }
        }
        throw new IllegalArgumentException(EMBEDDED + ": no value of " + panel.indicators().get(ind).code());
    }

    /** The first year of the window: --from, or {@link HorizonCommand#DEFAULT_WINDOW} years before {@code to}. */
    private int from(int to) {
        Integer given = columns.data.fromYear();
        int from = given != null ? given : to - HorizonCommand.DEFAULT_WINDOW;
        if (from >= to) {
            throw new ParameterException(cl, "--from must be before --to: " + from + " >= " + to);
        }
        if (given == null) {
            note("window " + from + "-" + to + ": the last " + HorizonCommand.DEFAULT_WINDOW + " years of the data"
                    + " (--from/--to choose another)");
        }
        return from;
    }

    private void describe(ProjectionResult r, ProjectionInput in, GrowthMethod method, PopulationAssumption population,
            int draws, long seed) {
        boolean weighted = in.weights() != null;
        boolean grouped = in.groups() != null;
        note("sample: " + r.sample().size() + " economies with two or more values > 0 in the window"
                + (weighted ? ", a weight" : "") + (grouped ? " and a group" : "")
                + "; the same in every year and scenario");
        if (!r.leftOut().isEmpty()) {
            Map<String, List<String>> byReason = new TreeMap<>();
            for (LeftOut l : r.leftOut()) {
                byReason.computeIfAbsent(l.reason(), k -> new ArrayList<>()).add(l.economy());
            }
            List<String> parts = new ArrayList<>();
            byReason.forEach((reason, codes) -> parts.add(String.join(", ", codes) + " (" + reason + ")"));
            boolean gaps = r.leftOut().stream().anyMatch(l -> l.reason().endsWith("a well-covered year"));
            note("left out " + r.leftOut().size() + " economies" + heldShare(r, in) + ": " + String.join("; ", parts)
                    + (gaps && !r.options().fillGaps() ? "; --fill-gaps keeps those whose missing years lie between"
                            + " two of their values" : ""));
        }
        if (!r.filled().isEmpty()) {
            note("filled " + r.filled().size() + " missing value" + (r.filled().size() == 1 ? "" : "s") + " of"
                    + " well-covered years by log-linear interpolation between the economy's neighbouring values"
                    + " (the trends use the observations only): " + String.join(", ", r.filled()));
        }
        if (!r.skippedYears().isEmpty()) {
            note("observed years not shown (an economy of the sample has no value" + (weighted ? " or weight" : "")
                    + " in them): " + r.skippedYears().stream().map(String::valueOf)
                            .reduce((a, b) -> a + ", " + b).orElse(""));
        }
        note(extremes(r));
        note("method: each economy from its last value in the window at its own trend, "
                + (method == GrowthMethod.FIT ? "the log-linear fit over its values (--method cagr: the CAGR)"
                        : "the CAGR between its first and last value (--method fit: the log-linear fit)")
                + "; trend extrapolation, not a forecast");
        note(weighted ? "population: weights observed in the observed years; in the projected years each economy's last"
                + " observed weight " + (population == PopulationAssumption.CONSTANT
                        ? "held constant (--population trend carries it at its own trend)"
                        : "carried at its own trend by --method")
                : "unweighted: every economy counts once (--weight SP.POP.TOTL weights by population)");
        if (draws > 0) {
            note("bootstrap: " + draws + " draws, seed " + seed + ": the band resamples each economy's trend (the"
                    + " trend and policy scenarios; levels, raises and weights held); beta has no band");
        }
    }

    /** The three fastest and three slowest trends of the sample, as a note. */
    private static String extremes(ProjectionResult r) {
        double[] g = r.growth();
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < g.length; i++) {
            order.add(i);
        }
        order.sort((a, b) -> Double.compare(g[b], g[a]));
        int k = Math.min(3, order.size());
        List<String> fast = new ArrayList<>();
        List<String> slow = new ArrayList<>();
        for (int i = 0; i < k; i++) {
            int f = order.get(i);
            int s = order.get(order.size() - 1 - i);
            fast.add(String.format(Locale.ROOT, "%s %+.1f%%", r.sample().get(f), 100 * g[f]));
            slow.add(String.format(Locale.ROOT, "%s %+.1f%%", r.sample().get(s), 100 * g[s]));
        }
        return "trends over the window, a year: fastest " + String.join(", ", fast) + "; slowest "
                + String.join(", ", slow);
    }

    /**
     * The share of the weight (population) the left-out economies hold in the last observed row, as
     * " holding 12.3% of the weight in 2022", or "" when unweighted.
     */
    private static String heldShare(ProjectionResult r, ProjectionInput in) {
        double[][] w = in.weights();
        if (w == null) {
            return "";
        }
        int year = r.rows().stream().filter(row -> !row.projected()).mapToInt(ProjectionRow::year).max()
                .orElse(in.years()[0]);
        int t = year - in.years()[0];
        double all = 0;
        double out = 0;
        Set<String> left = new HashSet<>();
        r.leftOut().forEach(l -> left.add(l.economy()));
        for (int i = 0; i < w.length; i++) {
            double v = w[i][t];
            if (v > 0) {
                all += v;
                out += left.contains(in.economies().get(i)) ? v : 0;
            }
        }
        return all > 0 ? String.format(Locale.ROOT, " holding %.1f%% of the weight in %d", 100 * out / all, year)
                : "";
    }

    /**
     * A note when, without a ceiling, the projections of data that look like a share in percent (every observed
     * value at most 100) pass 100; or, with one, how many values reach it.
     */
    private void noteCeiling(List<ProjectionResult> results, double ceiling) {
        double observed = 0;
        double projected = 0;
        int reached = 0;
        ProjectionResult first = results.get(0);
        for (ProjectionRow row : first.rows()) {
            for (double v : first.values(row.year())) {
                if (row.projected()) {
                    projected = Math.max(projected, v);
                } else {
                    observed = Math.max(observed, v);
                }
            }
        }
        for (ProjectionResult r : results) {
            ProjectionRow end = r.rows().get(r.rows().size() - 1);
            for (double v : r.values(end.year())) {
                reached += v >= ceiling ? 1 : 0;
            }
        }
        if (Double.isInfinite(ceiling) && observed <= SHARE && projected > SHARE) {
            note(String.format(Locale.ROOT, "the %s scenario's projections pass 100 (up to %.4g) while every observed"
                    + " value is at most %.4g: for a share in percent give --ceiling 100", first.scenario().name(),
                    projected, observed));
        } else if (!Double.isInfinite(ceiling)) {
            note(String.format(Locale.ROOT, "ceiling %.4g%s: projected values stop there; in %d, %d of the %d values"
                    + " (economies x scenarios) are at it", ceiling, columns.data.given() || !project.ceilingByDefault()
                            ? "" : " (the embedded indicator is a share in percent; --ceiling none lifts it)",
                    first.rows().get(first.rows().size() - 1).year(), reached,
                    first.sample().size() * results.size()));
        }
    }

    private static String beta(BetaConvergenceResult b, int from, int to, boolean weighted) {
        return String.format(Locale.ROOT, "beta: the yearly log growth %d-%d regressed on the log level of %d%s over"
                + " the %d economies of the sample: beta = %.5f (se %.5f, p %.3g), a = %.5f; %s; carried forward from"
                + " each economy's last value", from, to, from, weighted ? " (weighted by the weights of " + from + ")"
                        : "", b.observations(), b.beta(), b.standardError(), b.p(), b.intercept(),
                b.halfLife() > 0 ? String.format(Locale.ROOT, "speed %.4f a year, half-life %.1f years", b.speed(),
                        b.halfLife()) : "no convergence (beta >= 0): the gaps widen");
    }

    private static Table table(List<ProjectionResult> results, boolean band) {
        List<String> header = new ArrayList<>(List.of("scenario", "year", "status", "gini", "theil_t", "theil_l",
                "between_share", "economies"));
        if (band) {
            header.addAll(List.of("gini_lower_5", "gini_upper_95", "theil_t_lower_5", "theil_t_upper_95",
                    "between_share_lower_5", "between_share_upper_95"));
        }
        Table.Builder t = new Table.Builder("projection", header);
        for (ProjectionResult r : results) {
            for (ProjectionRow row : r.rows()) {
                List<Object> cells = new ArrayList<>(List.of(r.scenario().name(), row.year(),
                        row.projected() ? "projected" : "observed", row.gini(), row.theilT(), row.theilL()));
                cells.add(Double.isNaN(row.betweenShare()) ? null : row.betweenShare());
                cells.add(row.economies());
                if (band) {
                    ProjectionRow.Band b = row.band();
                    cells.add(b == null ? null : b.giniLower());
                    cells.add(b == null ? null : b.giniUpper());
                    cells.add(b == null ? null : b.theilTLower());
                    cells.add(b == null ? null : b.theilTUpper());
                    cells.add(b == null || Double.isNaN(b.betweenShareLower()) ? null : b.betweenShareLower());
                    cells.add(b == null || Double.isNaN(b.betweenShareUpper()) ? null : b.betweenShareUpper());
                }
                t.add(cells);
            }
        }
        return t.build();
    }

    private void note(String note) {
        notes.add(note);
    }

    private void printNotes(PrintWriter err) {
        if (sample != null) {
            notes.forEach(sample::note);
            sample.printNotes(err);
            return;
        }
        for (String n : notes) {
            err.println("divide: " + source + ": " + n);
        }
        err.flush();
    }
}
