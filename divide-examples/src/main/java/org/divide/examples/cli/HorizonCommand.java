package org.divide.examples.cli;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.stream.IntStream;

import org.divide.core.Economies;
import org.divide.core.Economy;
import org.divide.examples.report.Coverage;
import org.divide.metrics.concentration.Quantiles;
import org.divide.metrics.dynamics.CatchUp;
import org.divide.metrics.dynamics.CatchUpResult;
import org.divide.metrics.dynamics.GrowthMethod;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code divide horizon}: the years an economy needs to reach a target level at its own trend
 * ({@link CatchUp}), one row per economy.
 */
@Command(name = "horizon", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Catch-up horizons: the years each economy needs, from its last value in the window, to reach"
                + " a target at its own trend (the CAGR or the log-linear fit over the window); 'never' when it"
                + " grows no faster than the target. Trend extrapolation, not a forecast.",
            "The data are those of 'divide dynamics' (a WDI or OWID file works as is); --economy names the economies"
                    + " and --economy-column the column of economies.",
            "--project YEAR: the divide's projected trajectory instead: Gini, Theil T and L and the between-group share"
                    + " across economies (weighted by --weight), observed years then projected ones, under each"
                    + " --scenario; the sample and assumptions are noted on standard error."},
        footer = {"", "Example:", "  divide horizon --data owid_IT.NET.USER.ZS_share_internet.csv --economy KEN,IND"
                + " --target 'group-median:High income' --bootstrap 999",
            "  divide horizon --data wdi_IT.NET.BBND.P2.csv --data wdi_SP.POP.TOTL.csv --weight SP.POP.TOTL"
                    + " --project 2035 --raise KEN,IND:5%"})
final class HorizonCommand implements Callable<Integer>, EconomyOption.Holder {

    /** The description of {@code --economy}, installed by {@link EconomyOption}. */
    static final String ECONOMY_HELP = "The economies, by code or name, comma-separated or repeated; a row each."
            + " group-median:GROUP follows the median of a World Bank income group's economies year by year."
            + " Required, except with --project.";

    /** The default length of the window, in years before the last year of the data. */
    static final int DEFAULT_WINDOW = 10;

    private static final String GROUP_MEDIAN = "group-median:";

    /** The groups whose thin years are noted already. */
    private final java.util.Set<String> noted = new java.util.HashSet<>();

    @Spec
    CommandSpec spec;

    @Mixin
    SampleColumns columns;

    /** {@code --economy}, installed by {@link EconomyOption}. */
    List<String> economies;

    @Option(names = "--target", paramLabel = "VALUE|group-median:GROUP[:YEAR]",
            description = "The level to reach: a number in the units of the values, or the median of the economies of"
                    + " a World Bank income group (latest classification) in YEAR (default: the window's last year with"
                    + " values for at least 80%% of the group's most economies in a year),"
                    + " e.g. 'group-median:High income'. Required, except with --project.")
    String target;

    @Option(names = "--target-growth", paramLabel = "RATE|trend", defaultValue = "0",
            description = "The target's own yearly growth: a rate (0.02 = 2%%), or 'trend' for a group median's"
                    + " trend over the window by --method; the horizon then closes the relative gap. Default: 0, a"
                    + " fixed target.")
    String targetGrowth;

    @Option(names = "--method", paramLabel = "cagr|fit", defaultValue = "fit",
            description = "The growth over the window: the CAGR between its first and last value, or the log-linear"
                    + " OLS fit over all its values (default: ${DEFAULT-VALUE}).")
    String method;

    @Option(names = "--bootstrap", paramLabel = "N", defaultValue = "0",
            description = "Bootstrap draws for a 5-95%% interval of the horizon (residuals of the fit, or yearly"
                    + " growth increments for the CAGR) and the share of draws that never reach. Default: none.")
    int draws;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "20260101",
            description = "The seed of the bootstrap (default: ${DEFAULT-VALUE}).")
    long seed;

    @Mixin
    ProjectOptions project;

    @Mixin
    FormatOption format;

    @Override
    public List<String> economies() {
        return economies;
    }

    @Override
    public void economies(List<String> economies) {
        this.economies = economies;
    }

    @Override
    public Integer call() throws IOException {
        format.check(spec.commandLine().getErr());
        GrowthMethod m = switch (method.strip().toLowerCase(Locale.ROOT)) {
            case "cagr" -> GrowthMethod.CAGR;
            case "fit" -> GrowthMethod.FIT;
            default -> throw new ParameterException(spec.commandLine(), "--method " + method + ": cagr or fit");
        };
        if (draws < 0) {
            throw new ParameterException(spec.commandLine(), "--bootstrap must be 0 or more: " + draws);
        }
        if (project.project != null) {
            if (target != null || economies != null || !targetGrowth.equals("0")) {
                throw new ParameterException(spec.commandLine(), "--project projects the divide across all economies:"
                        + " --economy, --target and --target-growth go with horizons, without --project");
            }
            return new ProjectionRun(spec.commandLine(), columns, project, format).run(m, draws, seed);
        }
        if (project.projectionOptionGiven()) {
            throw new ParameterException(spec.commandLine(), "--scenario, --raise, --population, --ceiling,"
                    + " --fill-gaps, --group and --group-year go with --project YEAR");
        }
        if (target == null || economies == null) {
            throw new ParameterException(spec.commandLine(), "Missing required option: '" + (economies == null
                    ? "--economy=CODE|NAME" : "--target=VALUE|group-median:GROUP[:YEAR]") + "' (or --project YEAR)");
        }
        if (columns.weight != null) {
            throw new ParameterException(spec.commandLine(), "--weight " + columns.weight + ": horizon follows each"
                    + " economy's own series and uses no weights (--weight goes with --project)");
        }
        Sample sample = SampleReader.read(columns, null, null, System.in);
        if (!sample.yearly() || !sample.panel()) {
            throw new IllegalArgumentException(sample.source() + ": horizon needs a column of economies and one of"
                    + " years with one row per economy and year; give --economy-column and --year-column");
        }
        sample.requireUnique();
        int lastYear = columns.data.toYear != null ? columns.data.toYear
                : sample.rows().stream().filter(r -> !Double.isNaN(r.value())).mapToInt(Sample.Row::year).max()
                        .orElseThrow(() -> new IllegalArgumentException(sample.source() + ": no value"));
        Integer given = columns.data.fromYear();
        int firstYear = given != null ? given : lastYear - DEFAULT_WINDOW;
        if (firstYear >= lastYear) {
            throw new ParameterException(spec.commandLine(), "--from must be before --to: " + firstYear + " >= "
                    + lastYear);
        }
        sample.within(firstYear, lastYear);
        if (given == null) {
            sample.note("window " + firstYear + "-" + lastYear + ": the last " + DEFAULT_WINDOW + " years of the data"
                    + " (--from/--to choose another)");
        }
        Target t = target(sample, firstYear, lastYear, m);
        Table.Builder table = new Table.Builder("horizon", List.of("economy", "from", "to", "observations", "level",
                "growth", "target", "target_growth", "years", "reached_in", "lower_5", "upper_95", "never_share"));
        for (String asked : economyList()) {
            boolean group = isGroupMedian(asked);
            String code = group ? "median(" + groupLabel(asked.substring(GROUP_MEDIAN.length()).strip()) + ")"
                    : code(asked);
            Series s = group ? medianSeries(sample, groupLabel(asked.substring(GROUP_MEDIAN.length()).strip()),
                    firstYear, lastYear) : series(sample, code, firstYear, lastYear);
            if (s.count() < 2) {
                throw new IllegalArgumentException(sample.source() + ": " + asked + " has " + s.count() + " value"
                        + (s.count() == 1 ? "" : "s") + " in " + firstYear + "-" + lastYear + "; a trend needs two or"
                        + " more (--from widens the window)");
            }
            CatchUpResult r;
            try {
                int last = lastCovered(s);
                r = CatchUp.horizon(s.years(), s.values(), m, t.at(last), t.growth(), draws, seed);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(sample.source() + ": " + asked + ": " + e.getMessage()
                        + " (--from chooses a window of positive values)", e);
            }
            table.add(code, r.firstYear(), r.lastYear(), r.observations(), r.level(), r.growth(), r.target(),
                    t.growth(), years(r.years()), r.state() == CatchUpResult.State.REACHABLE
                            ? (Object) (int) Math.ceil(r.lastYear() + r.years()) : r.state() == CatchUpResult.State
                                    .REACHED ? "reached" : "never",
                    draws == 0 ? null : years(r.lower()), draws == 0 ? null : years(r.upper()),
                    draws == 0 ? null : r.neverShare());
        }
        sample.note("target: " + t.description());
        if (draws > 0) {
            sample.note("bootstrap: " + draws + " draws, seed " + seed + "; the interval holds the level and the"
                    + " target fixed and resamples the trend");
        }
        sample.printNotes(spec.commandLine().getErr());
        format.emit(List.of(table.build()), Output.sources(sample.fetched()));
        return ExitCodes.OK;
    }

    /** A horizon for a table: the years, or "never" for +∞. */
    private static Object years(double h) {
        return Double.isInfinite(h) ? "never" : (Object) h;
    }

    private List<String> economyList() {
        List<String> all = new ArrayList<>();
        for (String e : economies) {
            for (String part : e.split(",")) {
                if (!part.isBlank()) {
                    all.add(part.strip());
                }
            }
        }
        if (all.isEmpty()) {
            throw new ParameterException(spec.commandLine(), "--economy: no economy given");
        }
        return all;
    }

    /** The code of an economy given by code or name (as given when the registry does not know it). */
    private static String code(String asked) {
        return Economies.worldBank().find(asked).map(Economy::code).orElse(asked);
    }

    /** The values of one economy by year in the window, {@code NaN} where missing. */
    private record Series(int[] years, double[] values) {
        int count() {
            int n = 0;
            for (double v : values) {
                n += Double.isNaN(v) ? 0 : 1;
            }
            return n;
        }
    }

    private static Series series(Sample sample, String code, int from, int to) {
        TreeMap<Integer, Double> byYear = new TreeMap<>();
        boolean seen = false;
        for (Sample.Row r : sample.rows()) {
            if (r.economy().equalsIgnoreCase(code)) {
                seen = true;
                if (r.year() >= from && r.year() <= to && !Double.isNaN(r.value())) {
                    byYear.put(r.year(), r.value());
                }
            }
        }
        if (!seen) {
            throw new IllegalArgumentException(sample.source() + ": no economy " + code + " in the data (after the"
                    + " exclusion of aggregates)");
        }
        int[] years = byYear.keySet().stream().mapToInt(Integer::intValue).toArray();
        double[] values = byYear.values().stream().mapToDouble(Double::doubleValue).toArray();
        return new Series(years, values);
    }

    /**
     * The target: its level in a year, its growth and how it was found.
     *
     * @param level       the level in {@code year}
     * @param growth      the yearly growth rate (0 = fixed)
     * @param year        the year of the level
     * @param description for the notes
     */
    private record Target(double level, double growth, int year, String description) {

        /** The level carried to another year at the target's growth: Y·(1 + g_Y)^(year − this year). */
        double at(int other) {
            return growth == 0 ? level : level * Math.pow(1 + growth, other - year);
        }
    }

    private Target target(Sample sample, int from, int to, GrowthMethod m) {
        String spec0 = target.strip();
        if (!isGroupMedian(spec0)) {
            double level = number("--target", spec0);
            if (!(level > 0) || Double.isInfinite(level)) {
                throw new ParameterException(spec.commandLine(), "--target must be > 0: " + spec0);
            }
            double g = targetGrowth.strip().equalsIgnoreCase("trend") ? fail() : number("--target-growth",
                    targetGrowth);
            return new Target(level, rate(g), to, "the level " + spec0 + (g == 0 ? ", fixed" : " in " + to
                    + ", growing " + g + " a year; the target column carries it to each economy's last year"));
        }
        String rest = spec0.substring(GROUP_MEDIAN.length());
        Integer year = null;
        int colon = rest.lastIndexOf(':');
        if (colon >= 0 && rest.substring(colon + 1).strip().matches("\\d{4}")) {
            year = Integer.parseInt(rest.substring(colon + 1).strip());
            rest = rest.substring(0, colon);
        }
        String group = groupLabel(rest.strip());
        int at = year == null ? lastCovered(medianSeries(sample, group, from, to)) : year;
        double level = median(sample, group, at);
        String description = "the median of the " + members(sample, group, at).size() + " " + group
                + " economies (World Bank, FY" + Economies.FISCAL_YEAR + ") in " + at + ": "
                + String.format(Locale.ROOT, "%.6g", level);
        if (!targetGrowth.strip().equalsIgnoreCase("trend")) {
            double g = number("--target-growth", targetGrowth);
            return new Target(level, rate(g), at, description + (g == 0 ? ", fixed" : ", growing " + g
                    + " a year; the target column carries it to each economy's last year"));
        }
        Series medians = medianSeries(sample, group, from, to);
        double g = CatchUp.horizon(medians.years(), medians.values(), m, level, 0).growth();
        return new Target(level, g, at, description + ", growing at its own trend over " + from + "-" + to + " ("
                + String.format(Locale.ROOT, "%.4f", g) + " a year); the target column carries it to each economy's last year");
    }

    private double fail() {
        throw new ParameterException(spec.commandLine(), "--target-growth trend goes with --target group-median:GROUP");
    }

    private double rate(double g) {
        if (!(g > -1) || Double.isInfinite(g)) {
            throw new ParameterException(spec.commandLine(), "--target-growth must be a rate above -1: " + g);
        }
        return g;
    }

    private double number(String option, String text) {
        try {
            return Double.parseDouble(text.strip());
        } catch (NumberFormatException e) {
            throw new ParameterException(spec.commandLine(), option + " " + text + ": a number"
                    + (option.equals("--target") ? " or group-median:GROUP[:YEAR]" : " or 'trend'"));
        }
    }

    private String groupLabel(String asked) {
        List<String> labels = Groups.naturalOrder(List.copyOf(new java.util.LinkedHashSet<>(
                Economies.worldBank().incomeGroupLabels().values())));
        for (String label : labels) {
            if (label.equalsIgnoreCase(asked)) {
                return label;
            }
        }
        for (var e : Economies.worldBank().incomeGroupLabels().entrySet()) {
            if (e.getKey().equalsIgnoreCase(asked)) {
                return e.getValue();
            }
        }
        throw new ParameterException(spec.commandLine(), "--target group-median:" + asked + ": no such income group;"
                + " one of " + String.join(", ", labels));
    }

    /** The last year of a series with a value. */
    private static int lastCovered(Series s) {
        int last = s.years()[0];
        for (int i = 0; i < s.years().length; i++) {
            if (!Double.isNaN(s.values()[i])) {
                last = s.years()[i];
            }
        }
        return last;
    }

    private static boolean isGroupMedian(String text) {
        return text.regionMatches(true, 0, GROUP_MEDIAN, 0, GROUP_MEDIAN.length());
    }

    /**
     * The median of a group's economies in every year of the window; {@code NaN} in the years where none
     * has a value, and in the thin years (fewer than {@link Coverage#SHARE} of the group's economies of
     * its best-covered year), which are noted, so that the median's trend does not follow a change of
     * the reporting economies.
     */
    private Series medianSeries(Sample sample, String group, int from, int to) {
        int[] years = IntStream.rangeClosed(from, to).toArray();
        TreeMap<Integer, Integer> counts = new TreeMap<>();
        for (int y : years) {
            int n = members(sample, group, y).size();
            if (n > 0) {
                counts.put(y, n);
            }
        }
        if (counts.isEmpty()) {
            throw new IllegalArgumentException(sample.source() + ": no " + group + " economy has a value in " + from
                    + "-" + to);
        }
        List<Integer> thin = Coverage.thin(counts);
        if (!thin.isEmpty() && noted.add(group)) {
            sample.note("median of " + group + ": left out " + thin.size() + " year" + (thin.size() == 1 ? "" : "s")
                    + " with values for fewer than " + Coverage.percent() + " of its most economies in a year ("
                    + Coverage.best(counts) + "): " + Coverage.ranges(thin));
        }
        double[] medians = new double[years.length];
        for (int i = 0; i < years.length; i++) {
            boolean ok = counts.containsKey(years[i]) && !thin.contains(years[i]);
            medians[i] = ok ? median(sample, group, years[i]) : Double.NaN;
        }
        return new Series(years, medians);
    }

    private static List<Double> members(Sample sample, String group, int year) {
        Economies registry = Economies.worldBank();
        List<Double> values = new ArrayList<>();
        for (Sample.Row r : sample.rows()) {
            if (r.year() == year && !Double.isNaN(r.value())) {
                Optional<Economy> e = registry.find(r.economy());
                if (e.isPresent() && registry.incomeGroup(e.get().code(), Economies.FISCAL_YEAR)
                        .filter(group::equals).isPresent()) {
                    values.add(r.value());
                }
            }
        }
        return values;
    }

    private static double median(Sample sample, String group, int year) {
        List<Double> values = members(sample, group, year);
        if (values.isEmpty()) {
            throw new IllegalArgumentException(sample.source() + ": no " + group + " economy has a value in " + year
                    + " (--target group-median:" + group + ":YEAR chooses another year within --from/--to)");
        }
        return Quantiles.quantile(values.stream().mapToDouble(Double::doubleValue).toArray(), 0.5);
    }
}
