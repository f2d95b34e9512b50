package org.divide.metrics.scenario;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

import org.divide.metrics.dynamics.BetaConvergence;
import org.divide.metrics.dynamics.BetaConvergenceResult;
import org.divide.metrics.internal.numeric.SortedQuantiles;

/**
 * The divide's projected trajectory: every economy's indicator carried from its last observation to a
 * horizon year under a {@link Scenario}, and the divide across economies in every observed and
 * projected year.
 *
 * <p><b>Sample and coverage.</b> One sample for every year (and every scenario of the same input and
 * options), by the coverage rule of {@code divide dynamics}. The candidates are the economies with two or
 * more values in the window, all of them &gt; 0 (a trend is a growth rate; a value ≤ 0 leaves the economy
 * out), with a weight when the input is weighted (one in the window, two for
 * {@link PopulationAssumption#TREND}; a weight of 0 counts as missing), and with a group when the input is
 * grouped. The well-covered years are those in which at least 80 % of the most candidates in any year have
 * a value (and a weight); the sample is the candidates with a value in every well-covered year. The others
 * are {@link ProjectionResult#leftOut() left out} with the reason — unless
 * {@link ProjectionOptions#fillGaps()} keeps an economy whose missing well-covered years lie between two of
 * its observations, those years filled by log-linear interpolation ({@link ProjectionResult#filled()}; the
 * trend itself uses the observations only). A sample of fewer than two economies is
 * an error.
 *
 * <p><b>Rows.</b> The observed rows are the well-covered years up to the last one, L, with the observed
 * values and weights; thin years before L are {@link ProjectionResult#skippedYears() skipped}. The
 * projected rows are every year after L up to the horizon. In a projected year t, economy i starts from
 * its base: its last observation y_i in a year s ≤ t (its own value when it is observed in t, as in a
 * thin year at the end of the window), and is projected h = t − s years ahead:
 * <pre>
 *   trend:   y_i(t) = y_i·(1 + g_i)^h                      g_i: CatchUp.growth over the window (CAGR or fit)
 *   policy:  y_i(t) = y_i·((1 + g_i)(1 + r_i))^h           r_i: the yearly raise of economy i (0 if not named)
 *   β:       ln y_i(t) = ln y_i + (a + β·ln y_i)·m(h),     m(h) = ((1 + βT)^{h/T} − 1)/β  (m = h when β = 0)
 * </pre>
 * The β path is the one of {@link BetaConvergence} (Barro and Sala-i-Martin 1992): the regression
 * (ln y_{i,1} − ln y_{i,0})/T = a + β·ln y_{i,0}, estimated between the first and the last observed row
 * (T years apart; weighted by the weights of the first when the input is weighted, as
 * {@code divide dynamics} does), has the steady state ln y* = −a/β and closes the log gap to it as
 * e^{−λh} with λ = −ln(1 + βT)/T; at h = T the path gives back the fitted growth exactly. A β with
 * 1 + βT ≤ 0 (an overshooting path) is an error.
 *
 * A {@link ProjectionOptions#ceiling() ceiling} (100 for a share in percent) caps the projected values:
 * y_i(t) = min(y_i(t), max(ceiling, y_i)) (a base already above it is held); without it a share growing at its trend passes 100 % and the "divide"
 * reopens from the other side.
 *
 * <p><b>Weights.</b> Observed rows carry the observed weights; projected rows the last observed weight
 * held constant ({@link PopulationAssumption#CONSTANT}) or carried at its own trend
 * ({@link PopulationAssumption#TREND}, same growth method).
 *
 * <p><b>Measures.</b> Per row: Gini, Theil T and Theil L through {@link org.divide.metrics.inequality.Inequality},
 * and the between-group share of Theil T (exact decomposition, population shares as weights).
 *
 * <p><b>Band.</b> With {@link ProjectionOptions#draws()} B &gt; 0 the trend and policy scenarios get a
 * 5–95 % band per projected year: each economy's growth is drawn B times as
 * {@link org.divide.metrics.dynamics.CatchUp#growthDraws} draws it (residual bootstrap of the fit, or resampled yearly increments for
 * the CAGR), independently across economies with a seed derived from the given seed and the economy's code
 * (so the band does not depend on the order of economies); levels, raises and weights are held. The β
 * scenario has no band (the uncertainty of β is not resampled).
 *
 * <p>Trend extrapolation, not a forecast. Cost: O(Y·n log n) for the rows, O(B·H·n log n) for the band.
 */
public final class DivideProjection {

    private static final double LOWER = 0.05;
    private static final double UPPER = 0.95;

    private DivideProjection() {
    }

    /**
     * Projects the divide.
     *
     * @param input    the observed window
     * @param horizon  the last projected year, after the window's last year
     * @param scenario the scenario
     * @param options  the options
     * @return the projection
     * @throws IllegalArgumentException if the horizon is not after the window, a weight is negative or not
     *                                  finite (naming the economy and year), the sample has fewer than two
     *                                  economies, a policy names an economy outside the sample, or β cannot
     *                                  be estimated or overshoots (1 + βT ≤ 0)
     */
    public static ProjectionResult project(ProjectionInput input, int horizon, Scenario scenario,
            ProjectionOptions options) {
        Objects.requireNonNull(input, "input");
        Objects.requireNonNull(scenario, "scenario");
        Objects.requireNonNull(options, "options");
        int[] years = input.yearsShared();
        if (years.length < 2) {
            throw new IllegalArgumentException("the window holds " + years.length + " year(s); a trend needs two");
        }
        int last = years[years.length - 1];
        if (horizon <= last) {
            throw new IllegalArgumentException("horizon must be after the window's last year " + last + ": "
                    + horizon);
        }
        SampleSelection s = SampleSelection.of(input, options.population(), options.fillGaps());
        int n = s.size();
        if (n < 2) {
            throw new IllegalArgumentException("the sample has " + n + " economy(ies) with a trend"
                    + (input.weighted() ? " and a weight" : "") + (input.grouped() ? " and a group" : "")
                    + "; a divide needs two or more (left out: " + s.leftOut().size() + ")");
        }
        if (scenario instanceof Scenario.Policy p) {
            for (String named : p.raises().keySet()) {
                if (!s.codes().contains(named)) {
                    String why = s.leftOut().stream().filter(l -> l.economy().equals(named)).map(LeftOut::reason)
                            .findFirst().orElse("not in the data");
                    throw new IllegalArgumentException("the policy raises " + named + ", which is not in the sample: "
                            + why);
                }
            }
        }
        EconomyTrends trends = EconomyTrends.of(input, s, options);
        String[] groups = s.groups(input);
        List<double[]> values = new ArrayList<>();
        List<double[]> weights = new ArrayList<>();
        List<Integer> rowYears = new ArrayList<>();
        List<Integer> skipped = new ArrayList<>();
        int lastCovered = 0;
        for (int t = 0; t < years.length; t++) {
            if (s.covered()[t]) {
                lastCovered = t;
            }
        }
        for (int t = 0; t <= lastCovered; t++) {
            if (s.covered()[t]) {
                rowYears.add(years[t]);
                values.add(s.observed(input, t));
                weights.add(input.weighted() ? s.observedWeights(input, t) : null);
            } else {
                skipped.add(years[t]);
            }
        }
        int observedRows = rowYears.size();
        BetaPath path = null;
        if (scenario instanceof Scenario.Beta) {
            if (observedRows < 2) {
                throw new IllegalArgumentException("β needs two well-covered years in the window; there is "
                        + observedRows + " (choose another window)");
            }
            path = BetaPath.estimate(values.get(0), values.get(observedRows - 1),
                    rowYears.get(observedRows - 1) - rowYears.get(0), input.weighted() ? weights.get(0) : null);
        }
        int first = years[lastCovered] + 1;
        List<Integer> partly = new ArrayList<>();
        for (int year = first; year <= horizon; year++) {
            rowYears.add(year);
            values.add(project(trends, scenario, path, year, null, -1, options.ceiling()));
            weights.add(trends.weights(year));
            partly.add(projectedCount(trends, year));
        }
        List<ProjectionRow> rows = new ArrayList<>(rowYears.size());
        boolean band = options.draws() > 0 && !(scenario instanceof Scenario.Beta);
        double[][][] draws = band ? bandDraws(trends, scenario, first, horizon, groups, options) : null;
        for (int r = 0; r < rowYears.size(); r++) {
            DivideMeasures m = DivideMeasures.of(values.get(r), weights.get(r), groups);
            boolean projected = r >= observedRows;
            ProjectionRow.Band b = band && projected ? band(draws, r - observedRows) : null;
            rows.add(new ProjectionRow(rowYears.get(r), projected, n, projected ? partly.get(r - observedRows) : 0,
                    m.gini(), m.theilT(), m.theilL(), m.betweenShare(), b));
        }
        return new ProjectionResult(scenario, options, s.codes(), s.leftOut(), s.filled(), skipped, trends.lastYears(),
                trends.growth(), path == null ? null : path.result(), path == null ? 0 : rowYears.get(0),
                path == null ? 0 : rowYears.get(observedRows - 1), rows, values.toArray(new double[0][]),
                input.weighted() ? weights.toArray(new double[0][]) : null, groups);
    }

    /** The economies whose value in a year after the observed rows is projected (not observed in it). */
    private static int projectedCount(EconomyTrends trends, int year) {
        int k = 0;
        for (int j = 0; j < trends.size(); j++) {
            k += trends.baseYear(j, year) < year ? 1 : 0;
        }
        return k;
    }

    /**
     * The values of one year after the observed rows, each economy from its base (its last observation at
     * or before the year; the year's own value when observed).
     *
     * @param draw the growth of each economy in the bootstrap draws, or {@code null} for the point estimate
     * @param b       the index of the draw (unused without draws)
     * @param ceiling the largest projected value
     */
    private static double[] project(EconomyTrends trends, Scenario scenario, BetaPath path, int year,
            double[][] draw, int b, double ceiling) {
        int n = trends.size();
        double[] x = new double[n];
        for (int i = 0; i < n; i++) {
            int h = year - trends.baseYear(i, year);
            double level = trends.baseValue(i, year);
            if (h == 0) {
                x[i] = level;
            } else if (path != null) {
                x[i] = path.at(level, h);
            } else {
                double g = draw == null ? trends.growth(i) : draw[i][b];
                double r = scenario instanceof Scenario.Policy p ? p.raise(trends.code(i)) : 0;
                x[i] = level * Math.exp(h * (Math.log1p(g) + Math.log1p(r)));
            }
            if (h > 0) {
                x[i] = Math.min(x[i], Math.max(ceiling, level));
            }
        }
        return x;
    }

    /** The bootstrap measures: [measure][projected year][draw], each year's draws sorted. */
    private static double[][][] bandDraws(EconomyTrends trends, Scenario scenario, int first, int horizon,
            String[] groups, ProjectionOptions options) {
        int draws = options.draws();
        double[][] g = trends.growthDraws(options);
        int years = horizon - first + 1;
        double[][][] out = new double[3][years][draws];
        for (int k = 0; k < years; k++) {
            int year = first + k;
            double[] w = trends.weights(year);
            for (int b = 0; b < draws; b++) {
                DivideMeasures m = DivideMeasures.of(project(trends, scenario, null, year, g, b, options.ceiling()), w,
                        groups);
                out[0][k][b] = m.gini();
                out[1][k][b] = m.theilT();
                out[2][k][b] = m.betweenShare();
            }
            for (double[][] measure : out) {
                Arrays.sort(measure[k]);
            }
        }
        return out;
    }

    private static ProjectionRow.Band band(double[][][] draws, int k) {
        return new ProjectionRow.Band(SortedQuantiles.type7(draws[0][k], LOWER), SortedQuantiles.type7(draws[0][k], UPPER),
                SortedQuantiles.type7(draws[1][k], LOWER), SortedQuantiles.type7(draws[1][k], UPPER),
                SortedQuantiles.type7(draws[2][k], LOWER), SortedQuantiles.type7(draws[2][k], UPPER));
    }

    /**
     * The β path of {@link BetaConvergence} applied forward.
     *
     * @param result the estimate
     */
    private record BetaPath(BetaConvergenceResult result) {

        static BetaPath estimate(double[] initial, double[] end, int span, double[] weights) {
            BetaConvergenceResult r = BetaConvergence.estimate(initial, end, span, weights, null);
            if (!(1 + r.beta() * span > 0)) {
                throw new IllegalArgumentException("β = " + r.beta() + " over " + span + " years gives 1 + βT ≤ 0: the"
                        + " path overshoots the steady state and cannot be carried forward");
            }
            return new BetaPath(r);
        }

        /** ln y(h) = ln y + (a + β ln y)·m(h). */
        double at(double level, int h) {
            double beta = result.beta();
            double span = result.span();
            double m = beta == 0 ? h : Math.expm1(h / span * Math.log1p(beta * span)) / beta;
            double ln = Math.log(level);
            return Math.exp(ln + (result.intercept() + beta * ln) * m);
        }
    }
}
