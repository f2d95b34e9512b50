package org.divide.examples.report;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.divide.core.Economies;
import org.divide.core.Economy;
import org.divide.core.Framework;
import org.divide.core.Grouping;
import org.divide.core.Panel;
import org.divide.core.spec.IndexSpec;
import org.divide.examples.data.DefaultData;
import org.divide.examples.index.AiFoundations;
import org.divide.examples.summary.DivideSummary;
import org.divide.metrics.composite.CompositeIndex;
import org.divide.metrics.composite.IndexResult;
import org.divide.metrics.concentration.Concentration;
import org.divide.metrics.concentration.GroupShare;
import org.divide.metrics.dynamics.BetaConvergenceResult;
import org.divide.metrics.dynamics.SigmaConvergenceResult;
import org.divide.metrics.inequality.Decomposition;
import org.divide.metrics.inequality.Inequality;
import org.divide.metrics.inequality.Measure;
import org.divide.metrics.inference.Bootstrap;
import org.divide.metrics.inference.BootstrapInterval;
import org.divide.metrics.uncertainty.FailurePolicy;
import org.divide.metrics.uncertainty.IndexUncertainty;
import org.divide.metrics.uncertainty.IndexUncertaintyResult;
import org.divide.metrics.uncertainty.UncertaintyAnalysis;

/**
 * Every figure of the report, computed from one {@link ReportInput} with the library's measures:
 * the index and its Monte Carlo rank intervals, Lorenz curves and bootstrap inequality of the index,
 * its top-level pillars and the key indicators, the decomposition by the grouping, and σ- and
 * β-convergence of the trend indicators on balanced panels ({@link TrendSample}). Random draws
 * (bootstrap, Monte Carlo) derive from the input's seed, so the same input gives the same figures.
 *
 * <p>Measures are weighted by the input's weight indicator when it has one (population): the index
 * scores take the weights of the latest year up to the year built in which the weight covers at
 * least {@value Coverage#SHARE} of the ranked economies.
 *
 * @param input         the input
 * @param index         the nominal index
 * @param uncertainty   its Monte Carlo rank intervals
 * @param weightYear    the year of the weights of the index scores, or 0 when unweighted
 * @param lorenz        Lorenz curves of the index, its pillars and the key indicators
 * @param indexCurves   how many of the {@code lorenz} curves, first, are of the index and its pillars
 * @param inequality    Gini and Theil T with bootstrap intervals, one row per curve
 * @param groups        the index decomposed by the grouping in the year built, or {@code null}
 * @param decomposition Theil T of the first trend indicator by year, between and within the groups
 * @param decompositionSample the balanced panel of {@code decomposition}, or {@code null}
 * @param sigma         σ-convergence (Gini per year, bootstrap bands) per drawable trend indicator
 * @param trends        the balanced panel of every trend indicator, in input order
 * @param beta          β-convergence per drawable trend indicator
 * @param numeric       ISO 3166-1 numeric code of each ranked economy the registry knows (for the map)
 * @param samples       per section id, the sentence stating its sample
 * @param embedded      the sections only the embedded data have, or {@code null}
 * @param overTime      the index over time by group (global normalisation), or {@code null} when the data
 *                      have fewer than two well-covered years (the reason in {@code samples}, key
 *                      {@code "over-time-absent"})
 */
public record ReportData(ReportInput input, IndexResult index, IndexUncertaintyResult uncertainty, int weightYear,
        List<SvgLorenz.Curve> lorenz, int indexCurves, List<InequalityRow> inequality, GroupDecomposition groups,
        List<DecompositionRow> decomposition, TrendSample decompositionSample, List<SigmaConvergenceResult> sigma,
        List<TrendSample> trends, List<BetaRow> beta, Map<String, String> numeric, Map<String, String> samples,
        Embedded embedded, OverTimeFigures overTime) {

    /** The default seed of the random draws. */
    public static final long DEFAULT_SEED = 20_260_101L;
    /** The Monte Carlo runs of the embedded index's uncertainty. */
    public static final int MONTE_CARLO_RUNS = 200;
    /** The bootstrap replicates of the inequality intervals. */
    public static final int REPLICATES = 500;
    /** The bootstrap replicates of the σ-convergence bands. */
    public static final int SIGMA_REPLICATES = 200;
    /**
     * The share of classified economies that must report a key indicator of the embedded data in a
     * year for that year to be shown (the same rule as the terminal summary's default).
     */
    public static final double KEY_COVERAGE = 0.4;
    /** The key indicators of the embedded data (Lorenz curves and the inequality table). */
    public static final List<String> KEY_INDICATORS = List.of(DefaultData.INTERNET_USERS, DefaultData.BROADBAND,
            DefaultData.SECURE_SERVERS, DefaultData.GENAI_USE, DefaultData.TOP500_RMAX, DefaultData.GDP_PER_CAPITA);
    /** The indicators of the embedded data followed over time (σ-convergence). */
    public static final List<String> TREND_INDICATORS = List.of(DefaultData.INTERNET_USERS, DefaultData.MOBILE,
            DefaultData.BROADBAND);
    /** The first year of the embedded data's trends. */
    public static final int FIRST_YEAR = 2000;
    /** The source line of the embedded data's charts. */
    public static final String EMBEDDED_SOURCE = "divide; WDI, OWID/ITU, Oxford Insights, Microsoft, TOP500.org";
    /** The title of the embedded report. */
    public static final String EMBEDDED_TITLE = "The digital and AI divide between economies";

    /**
     * Copies the lists and maps.
     *
     * @throws NullPointerException if a list or map is null
     */
    public ReportData {
        lorenz = List.copyOf(lorenz);
        inequality = List.copyOf(inequality);
        decomposition = List.copyOf(decomposition);
        sigma = List.copyOf(sigma);
        trends = List.copyOf(trends);
        beta = List.copyOf(beta);
        numeric = Map.copyOf(numeric);
        samples = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(samples));
    }

    /**
     * The figures only the embedded data have: the terminal summary and compute concentration.
     *
     * @param summary       the per-indicator summary by income group (as the terminal table)
     * @param computeGroups TOP500 Rmax shares by income group (June 2025 list), low to high income
     * @param computeTop    TOP500 Rmax shares of the ten largest economies (June 2025 list)
     */
    public record Embedded(DivideSummary summary, List<GroupShare> computeGroups, List<GroupShare> computeTop) {

        /**
         * Copies the lists.
         *
         * @throws NullPointerException if a list is null
         */
        public Embedded {
            computeGroups = List.copyOf(computeGroups);
            computeTop = List.copyOf(computeTop);
        }
    }

    /**
     * The inequality of one variable across economies.
     *
     * @param indicator the node or indicator code
     * @param name      its name
     * @param year      the year
     * @param economies the economies in the sample
     * @param gini      the Gini coefficient with its bootstrap interval, or {@code null} when undefined
     * @param theil     Theil T with its bootstrap interval, or {@code null} when undefined
     * @param note      why a measure is undefined, or ""
     */
    public record InequalityRow(String indicator, String name, int year, int economies, BootstrapInterval gini,
            BootstrapInterval theil, String note) {
    }

    /**
     * The index decomposed by the grouping (Theil T) in the year built.
     *
     * @param grouping  the grouping's name
     * @param result    the decomposition
     * @param ordered   its groups in the grouping's natural order ({@link GroupOrder})
     * @param ungrouped ranked economies without a group, left out
     */
    public record GroupDecomposition(String grouping, Decomposition result, List<Decomposition.Group> ordered,
            int ungrouped) {

        /**
         * Copies the list.
         *
         * @throws NullPointerException if the list is null
         */
        public GroupDecomposition {
            ordered = List.copyOf(ordered);
        }
    }

    /**
     * One year of the decomposition over time.
     *
     * @param year    the year
     * @param total   Theil T
     * @param within  the within-group part
     * @param between the between-group part
     */
    public record DecompositionRow(int year, double total, double within, double between) {
    }

    /**
     * β-convergence of one indicator between the first and last year of its balanced panel.
     *
     * @param indicator the indicator code
     * @param name      its name
     * @param from      the first year
     * @param to        the last year
     * @param result    the regression, or {@code null} when it could not be fitted
     * @param note      why not, or ""
     */
    public record BetaRow(String indicator, String name, int from, int to, BetaConvergenceResult result, String note) {
    }

    /**
     * Computes every figure of an input.
     *
     * @param input the input
     * @return the figures, without embedded sections
     * @throws IllegalArgumentException if the spec fails on the data, or the weight covers too few
     *                                  ranked economies in every year up to the year built
     */
    public static ReportData of(ReportInput input) {
        Panel panel = input.panel().selectYears(Arrays.stream(input.trendYears()).boxed().toList());
        return compute(input, null, new OverTimeSource(input.spec(), panel,
                List.copyOf(input.data().groupings().values())));
    }

    /** What the index over time is built from: the spec, the panel of its years and the spec's groupings. */
    private record OverTimeSource(IndexSpec spec, Panel panel, List<Grouping> groupings) {
    }

    /**
     * Computes every figure of the embedded default data: the illustrative AI foundations index
     * over the classified economies with FY2026 income groups, weighted by population, with the
     * embedded sections.
     *
     * @param data the default data
     * @param seed the seed of the random draws
     * @return the figures
     */
    public static ReportData of(DefaultData data, long seed) {
        Economies registry = Economies.worldBank();
        Grouping income = registry.incomeGroups();
        List<String> classified = new ArrayList<>();
        for (Economy e : data.economies().economies()) {
            if (income.label(e.code()).isPresent()) {
                classified.add(e.code());
            }
        }
        Panel panel = data.economies().selectEconomies(classified);
        int[] years = Arrays.stream(panel.years()).filter(y -> y >= FIRST_YEAR && y <= AiFoundations.YEAR).toArray();
        ReportInput input = new ReportInput(EMBEDDED_TITLE, AiFoundations.spec(income.name()),
                AiFoundations.data(data.economies()), panel, income, DefaultData.POPULATION,
                AiFoundations.assumptions(income.name()), MONTE_CARLO_RUNS, seed, KEY_INDICATORS, TREND_INDICATORS,
                years, EMBEDDED_SOURCE, List.of());
        return compute(input, embedded(data, panel, income, registry), new OverTimeSource(
                AiFoundations.yearlySpec(income.name()), embeddedYearly(data.economies()), List.of(income)));
    }

    /**
     * The panel of the embedded index over time: the example's yearly indicators
     * ({@link AiFoundations#yearlyPanel}) in the years {@value #FIRST_YEAR} to {@value AiFoundations#YEAR}.
     *
     * @param economies the economies' panel of the default data
     * @return the panel
     */
    public static Panel embeddedYearly(Panel economies) {
        Panel yearly = AiFoundations.yearlyPanel(economies);
        return yearly.selectYears(Arrays.stream(yearly.years()).filter(y -> y >= FIRST_YEAR && y <= AiFoundations.YEAR)
                .boxed().toList());
    }

    /**
     * Loads the default data and computes every figure.
     *
     * @param seed the seed of the random draws
     * @return the figures
     * @throws IOException if the embedded data cannot be read
     */
    public static ReportData load(long seed) throws IOException {
        return of(DefaultData.load(), seed);
    }

    private static Embedded embedded(DefaultData data, Panel panel, Grouping income, Economies registry) {
        DivideSummary summary = DivideSummary.of(data.rates(), registry, DefaultData.POPULATION, KEY_COVERAGE);
        double[] rmax = panel.column(DefaultData.TOP500_RMAX, 2025);
        String[] groupOf = new String[rmax.length];
        String[] names = new String[rmax.length];
        for (int e = 0; e < rmax.length; e++) {
            Economy economy = panel.economies().get(e);
            groupOf[e] = income.label(economy.code()).orElseThrow();
            names[e] = economy.name();
            rmax[e] = Double.isNaN(rmax[e]) ? 0 : rmax[e];
        }
        return new Embedded(summary, GroupOrder.sort(Concentration.groupShares(groupOf, rmax), GroupShare::label,
                income), Concentration.topShares(names, rmax, 10));
    }

    private static ReportData compute(ReportInput input, Embedded embedded, OverTimeSource source) {
        CompositeIndex index = CompositeIndex.of(input.spec());
        IndexResult result = index.run(input.data());
        IndexUncertaintyResult uncertainty = IndexUncertainty.of(index, input.data())
                .withAssumptions(input.assumptions())
                .withAnalysis(UncertaintyAnalysis.withDefaults().withSamples(input.runs()).withSeed(input.seed()))
                .withFailurePolicy(FailurePolicy.MISSING)
                .monteCarlo();
        Map<String, String> samples = new LinkedHashMap<>();
        Scores scores = Scores.of(input, result);
        samples.put("ranking", scores.ranked() + " of " + result.economies().size() + " economies ranked in "
                + result.year() + (scores.ranked() < result.economies().size() ? "; "
                        + (result.economies().size() - scores.ranked()) + " without an index score (screened out or"
                        + " missing data) are not ranked" : ""));
        samples.put("index-sample", scores.statement());
        Bootstrap bootstrap = Bootstrap.withDefaults().withReplicates(REPLICATES).withSeed(input.seed());
        List<SvgLorenz.Curve> lorenz = new ArrayList<>();
        List<InequalityRow> rows = new ArrayList<>();
        Framework framework = input.spec().framework();
        List<Framework.Node> nodes = new ArrayList<>(List.of(framework.root()));
        nodes.addAll(framework.children(framework.root().code()));
        for (Framework.Node node : nodes) {
            double[][] xw = scores.sample(result.scores(node.code()));
            add(node.code(), node.name(), result.year(), xw, bootstrap, lorenz, rows);
        }
        int indexCurves = lorenz.size();
        for (String code : input.keyIndicators()) {
            Panel panel = input.panel();
            int year = panel.latestYear(code, KEY_COVERAGE).orElse(0);
            if (year != 0) {
                add(code, indicatorName(input, code), year, sample(panel, code, input.weight(), year), bootstrap,
                        lorenz, rows);
            }
        }
        GroupDecomposition groups = input.grouping() == null ? null : groups(input, result, scores);
        if (groups != null) {
            samples.put("decomposition", groups.result().observations() + " economies with a group and an index score"
                    + " in " + result.year() + (groups.ungrouped() > 0 ? "; " + groups.ungrouped() + " without a group"
                            + " (" + input.grouping().name() + ") left out" : ""));
        }
        List<DecompositionRow> decomposition = new ArrayList<>();
        TrendSample decompositionSample = null;
        if (input.grouping() != null && !input.trendIndicators().isEmpty() && input.trendYears().length > 1) {
            decompositionSample = TrendFigures.decomposeOverTime(input, decomposition);
        }
        List<TrendSample> trends = new ArrayList<>();
        List<SigmaConvergenceResult> sigma = new ArrayList<>();
        List<BetaRow> beta = new ArrayList<>();
        if (input.trendYears().length > 1) {
            TrendFigures.convergence(input, trends, sigma, beta);
        }
        OverTimeFigures overTime = overTime(source, input.grouping(), samples);
        return new ReportData(input, result, uncertainty, scores.weightYear(), lorenz, indexCurves, rows, groups, decomposition,
                decompositionSample, sigma, trends, beta, numeric(result, scores), samples, embedded, overTime);
    }

    /** The index over time, or {@code null} with the reason in {@code samples}. */
    private static OverTimeFigures overTime(OverTimeSource source, Grouping grouping, Map<String, String> samples) {
        OverTimeFigures f;
        try {
            f = source.panel().yearCount() < 2 ? null : OverTimeFigures.of(source.spec(), source.panel(),
                    source.groupings(), grouping);
        } catch (IllegalArgumentException e) {
            samples.put("over-time-absent", "the index could not be built for every year: " + e.getMessage());
            return null;
        }
        if (f == null) {
            samples.put("over-time-absent", "the data have fewer than two years in which every indicator has values"
                    + " for at least " + Coverage.percent() + " of the economies of its best-covered year");
        } else {
            samples.put("over-time", f.sample());
        }
        return f;
    }

    private static void add(String code, String name, int year, double[][] xw, Bootstrap bootstrap,
            List<SvgLorenz.Curve> lorenz, List<InequalityRow> rows) {
        if (xw[0].length < 2) {
            return;
        }
        String label = name + ", " + year;
        BootstrapInterval gini = null;
        BootstrapInterval theil = null;
        String note = "";
        try {
            lorenz.add(new SvgLorenz.Curve(label, Inequality.lorenz(xw[0], xw[1])));
            gini = bootstrap.interval(Inequality::gini, xw[0], xw[1]);
            theil = bootstrap.interval(Inequality::theilT, xw[0], xw[1]);
        } catch (IllegalArgumentException e) {
            note = "not defined: " + e.getMessage();
        }
        rows.add(new InequalityRow(code, name, year, xw[0].length, gini, theil, note));
    }

    private static GroupDecomposition groups(ReportInput input, IndexResult result, Scores scores) {
        double[] x = result.indexScores();
        List<Double> values = new ArrayList<>();
        List<Double> weights = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        int ungrouped = 0;
        for (int e = 0; e < x.length; e++) {
            if (!scores.in(e, x[e])) {
                continue;
            }
            Optional<String> label = input.grouping().label(result.economies().get(e));
            if (label.isEmpty()) {
                ungrouped++;
                continue;
            }
            values.add(x[e]);
            weights.add(scores.weight(e));
            labels.add(label.get());
        }
        if (values.size() < 2) {
            return null;
        }
        try {
            Decomposition d = Measure.theilT().decompose(values.stream().mapToDouble(Double::doubleValue).toArray(),
                    weights.stream().mapToDouble(Double::doubleValue).toArray(), labels.toArray(String[]::new));
            return new GroupDecomposition(input.grouping().name(), d,
                    GroupOrder.sort(d.groups(), Decomposition.Group::label, input.grouping()), ungrouped);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static Map<String, String> numeric(IndexResult result, Scores scores) {
        Economies registry = Economies.worldBank();
        Map<String, String> numeric = new LinkedHashMap<>();
        double[] x = result.indexScores();
        for (int e = 0; e < x.length; e++) {
            if (Double.isFinite(x[e])) {
                String code = result.economies().get(e);
                registry.find(code).filter(c -> c.isoNumeric() != null)
                        .ifPresent(c -> numeric.put(code, c.isoNumeric()));
            }
        }
        return numeric;
    }

    /**
     * Whether the units are countries: at least half of the ranked economies are economies of the
     * registry with an ISO 3166-1 numeric code (the map's shapes are keyed by it).
     *
     * @return whether to draw the map
     */
    public boolean countries() {
        long ranked = Arrays.stream(index.indexScores()).filter(Double::isFinite).count();
        return ranked > 0 && numeric.size() * 2 >= ranked;
    }

    /**
     * An economy's name: from the index data, else the panel, else the code.
     *
     * @param code the code
     * @return the name
     */
    public String name(String code) {
        for (Panel p : List.of(input.data().panel(), input.panel())) {
            if (p.economyIndex(code) >= 0) {
                return p.economy(code).name();
            }
        }
        return code;
    }

    /**
     * An indicator's name: the panel's when the data name it (WDI, OWID), else the framework's (a
     * long CSV file gives only codes, a spec names its indicators), else the code.
     *
     * @param input the input
     * @param code  the indicator code
     * @return the name
     */
    static String indicatorName(ReportInput input, String code) {
        String name = input.panel().indicator(code).name();
        Framework framework = input.spec().framework();
        return !name.equals(code) || !framework.contains(code) ? name : framework.node(code).name();
    }

    /**
     * An indicator's name, as {@link #indicatorName(ReportInput, String)}.
     *
     * @param code the indicator code
     * @return the name
     */
    public String indicatorName(String code) {
        return indicatorName(input, code);
    }

    /** Values and weights (1 when unweighted) of the economies reporting both in a year. */
    static double[][] sample(Panel panel, String code, String weight, int year) {
        double[] x = panel.column(code, year);
        double[] p = weight == null ? ones(x.length) : panel.column(weight, year);
        int n = 0;
        double[] values = new double[x.length];
        double[] weights = new double[x.length];
        for (int e = 0; e < x.length; e++) {
            if (!Double.isNaN(x[e]) && p[e] > 0) {
                values[n] = x[e];
                weights[n++] = p[e];
            }
        }
        return new double[][] {Arrays.copyOf(values, n), Arrays.copyOf(weights, n)};
    }

    static double[] ones(int n) {
        double[] w = new double[n];
        Arrays.fill(w, 1);
        return w;
    }
}
