package org.divide.examples.report;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.divide.core.Economies;
import org.divide.core.Economy;
import org.divide.core.Grouping;
import org.divide.core.Panel;

import org.divide.examples.data.DefaultData;
import org.divide.examples.index.AiFoundations;
import org.divide.examples.summary.DivideSummary;
import org.divide.metrics.composite.CompositeIndex;
import org.divide.metrics.composite.IndexData;
import org.divide.metrics.composite.IndexResult;
import org.divide.metrics.concentration.Concentration;
import org.divide.metrics.concentration.GroupShare;
import org.divide.metrics.dynamics.SigmaConvergence;
import org.divide.metrics.dynamics.SigmaConvergenceResult;
import org.divide.metrics.inequality.Decomposition;
import org.divide.metrics.inequality.Inequality;
import org.divide.metrics.inequality.LorenzCurve;
import org.divide.metrics.inequality.Measure;
import org.divide.metrics.inference.Bootstrap;
import org.divide.metrics.inference.BootstrapInterval;

import org.divide.metrics.uncertainty.FailurePolicy;
import org.divide.metrics.uncertainty.IndexUncertainty;
import org.divide.metrics.uncertainty.IndexUncertaintyResult;
import org.divide.metrics.uncertainty.UncertaintyAnalysis;

/**
 * Every figure of the report, computed from the embedded default data with the library's measures.
 * Only classified economies with a FY2026 World Bank income group enter; weights are populations of
 * the same year. Random draws (bootstrap, Monte Carlo) derive from one seed, so the same seed gives
 * the same figures.
 *
 * @param data          the default data
 * @param summary       the per-indicator summary by income group (as the terminal table)
 * @param index         the nominal AI foundations index
 * @param uncertainty   its Monte Carlo rank intervals
 * @param lorenz        population-weighted Lorenz curves of key indicators
 * @param inequality    Gini and Theil T with bootstrap intervals per key indicator
 * @param decomposition Theil T of Internet use by year, split between and within income groups
 * @param sigma         σ-convergence (population-weighted Gini per year, bootstrap bands)
 * @param computeGroups TOP500 Rmax shares by income group (June 2025 list)
 * @param computeTop    TOP500 Rmax shares of the ten largest economies (June 2025 list)
 */
public record ReportData(DefaultData data, DivideSummary summary, IndexResult index,
        IndexUncertaintyResult uncertainty, List<SvgLorenz.Curve> lorenz, List<InequalityRow> inequality,
        List<DecompositionRow> decomposition, List<SigmaConvergenceResult> sigma, List<GroupShare> computeGroups,
        List<GroupShare> computeTop) {

    /** The default seed of the random draws. */
    public static final long DEFAULT_SEED = 20_260_101L;
    /** The Monte Carlo runs of the index uncertainty. */
    public static final int MONTE_CARLO_RUNS = 200;
    /** The bootstrap replicates of the inequality intervals. */
    public static final int REPLICATES = 500;
    /**
     * The share of classified economies that must report a key indicator in a year for that year to
     * be shown (the same rule as the terminal summary's default).
     */
    public static final double KEY_COVERAGE = 0.4;
    /** The indicators of the Lorenz curves and the inequality table. */
    public static final List<String> KEY_INDICATORS = List.of(DefaultData.INTERNET_USERS, DefaultData.BROADBAND,
            DefaultData.SECURE_SERVERS, DefaultData.GENAI_USE, DefaultData.TOP500_RMAX, DefaultData.GDP_PER_CAPITA);
    /** The indicators followed over time (σ-convergence). */
    public static final List<String> TREND_INDICATORS = List.of(DefaultData.INTERNET_USERS, DefaultData.MOBILE,
            DefaultData.BROADBAND);
    /** The first year of the trends. */
    public static final int FIRST_YEAR = 2000;

    /**
     * Copies the lists.
     *
     * @throws NullPointerException if a list is null
     */
    public ReportData {
        lorenz = List.copyOf(lorenz);
        inequality = List.copyOf(inequality);
        decomposition = List.copyOf(decomposition);
        sigma = List.copyOf(sigma);
        computeGroups = List.copyOf(computeGroups);
        computeTop = List.copyOf(computeTop);
    }

    /**
     * One indicator's inequality across people (population-weighted).
     *
     * @param indicator the indicator code
     * @param year      the year
     * @param economies the economies reporting
     * @param gini      the Gini coefficient with its bootstrap interval
     * @param theil     Theil T with its bootstrap interval
     */
    public record InequalityRow(String indicator, int year, int economies, BootstrapInterval gini,
            BootstrapInterval theil) {
    }

    /**
     * One year of the decomposition.
     *
     * @param year      the year
     * @param total     Theil T
     * @param within    the within-income-group part
     * @param between   the between-income-group part
     */
    public record DecompositionRow(int year, double total, double within, double between) {
    }

    /**
     * Computes every figure.
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
        DivideSummary summary = DivideSummary.of(data.rates(), registry, DefaultData.POPULATION, KEY_COVERAGE);
        IndexData indexData = AiFoundations.data(data.economies());
        String grouping = income.name();
        CompositeIndex index = CompositeIndex.of(AiFoundations.spec(grouping));
        IndexResult result = index.run(indexData);
        IndexUncertaintyResult uncertainty = IndexUncertainty.of(index, indexData)
                .withAssumptions(AiFoundations.assumptions(grouping))
                .withAnalysis(UncertaintyAnalysis.withDefaults().withSamples(MONTE_CARLO_RUNS).withSeed(seed))
                .withFailurePolicy(FailurePolicy.MISSING)
                .monteCarlo();
        Bootstrap bootstrap = Bootstrap.withDefaults().withReplicates(REPLICATES).withSeed(seed);
        List<SvgLorenz.Curve> lorenz = new ArrayList<>();
        List<InequalityRow> rows = new ArrayList<>();
        for (String code : KEY_INDICATORS) {
            int year = panel.latestYear(code, KEY_COVERAGE).orElse(0);
            if (year == 0) {
                continue;
            }
            double[][] xw = sample(panel, code, year);
            String label = panel.indicator(code).name() + ", " + year;
            lorenz.add(new SvgLorenz.Curve(label, Inequality.lorenz(xw[0], xw[1])));
            rows.add(new InequalityRow(code, year, xw[0].length, bootstrap.interval(Inequality::gini, xw[0], xw[1]),
                    bootstrap.interval(Inequality::theilT, xw[0], xw[1])));
        }
        List<DecompositionRow> decomposition = new ArrayList<>();
        for (int year : panel.years()) {
            if (year < FIRST_YEAR || panel.countPresent(DefaultData.INTERNET_USERS, year) < classified.size() / 2) {
                continue;
            }
            double[][] xw = sample(panel, DefaultData.INTERNET_USERS, year);
            String[] groups = labels(panel, DefaultData.INTERNET_USERS, year, income);
            Decomposition d = Measure.theilT().decompose(xw[0], xw[1], groups);
            decomposition.add(new DecompositionRow(year, d.total(), d.within(), d.between()));
        }
        int[] years = trendYears(panel);
        SigmaConvergence sigma = SigmaConvergence.of(Measure.gini())
                .withBootstrap(Bootstrap.withDefaults().withReplicates(200).withSeed(seed));
        List<SigmaConvergenceResult> trends = new ArrayList<>();
        for (String code : TREND_INDICATORS) {
            trends.add(sigma.withName(panel.indicator(code).name()).compute(panel, code, DefaultData.POPULATION,
                    years));
        }
        double[] rmax = panel.column(DefaultData.TOP500_RMAX, 2025);
        String[] groupOf = new String[rmax.length];
        String[] names = new String[rmax.length];
        for (int e = 0; e < rmax.length; e++) {
            Economy economy = panel.economies().get(e);
            groupOf[e] = income.label(economy.code()).orElseThrow();
            names[e] = economy.name();
            rmax[e] = Double.isNaN(rmax[e]) ? 0 : rmax[e];
        }
        return new ReportData(data, summary, result, uncertainty, lorenz, rows, decomposition, trends,
                Concentration.groupShares(groupOf, rmax), Concentration.topShares(names, rmax, 10));
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

    /**
     * The index's economies' display names by ISO numeric code (for the map).
     *
     * @return the names
     */
    public Map<String, String> namesByNumeric() {
        Map<String, String> names = new HashMap<>();
        for (Economy e : Economies.worldBank().all()) {
            if (e.isoNumeric() != null) {
                names.put(e.isoNumeric(), e.name());
            }
        }
        return names;
    }

    private static int[] trendYears(Panel panel) {
        return Arrays.stream(panel.years()).filter(y -> y >= FIRST_YEAR && y <= AiFoundations.YEAR).toArray();
    }

    /** Values and population weights of the economies reporting both in a year. */
    static double[][] sample(Panel panel, String code, int year) {
        double[] x = panel.column(code, year);
        double[] p = panel.column(DefaultData.POPULATION, year);
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

    private static String[] labels(Panel panel, String code, int year, Grouping income) {
        double[] x = panel.column(code, year);
        double[] p = panel.column(DefaultData.POPULATION, year);
        List<String> labels = new ArrayList<>();
        for (int e = 0; e < x.length; e++) {
            if (!Double.isNaN(x[e]) && p[e] > 0) {
                labels.add(income.label(panel.economies().get(e).code()).orElseThrow());
            }
        }
        return labels.toArray(String[]::new);
    }
}
