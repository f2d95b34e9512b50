package org.divide.examples.report;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

import org.divide.core.Grouping;
import org.divide.metrics.dynamics.CatchUp;
import org.divide.metrics.dynamics.CatchUpResult;
import org.divide.metrics.dynamics.GrowthMethod;
import org.divide.metrics.overtime.IndexSeries;

/**
 * One economy's index over time against its group, and its catch-up horizons, for the economy page:
 * the economy's index score per year of an index built over time with global normalisation
 * ({@link OverTimeFigures#series}), the median and interquartile range of its own group and the
 * median of the leading group (the group of highest median score in the last year: on World Bank
 * income groups, High income); and the years the economy needs, from its last score in the window
 * of the last {@value #WINDOW} years, to reach the leading group's median of that year at its own
 * trend ({@link CatchUp}, log-linear fit, residual bootstrap) — once for a fixed target, once for a
 * target moving at the leading group median's own trend. Trend extrapolation, not a forecast.
 *
 * @param economy  the economy's code
 * @param years    the years built, ascending
 * @param scores   the economy's index score per year ({@code NaN} where it is not scored)
 * @param own      its own group's line, or {@code null} when it has no group
 * @param leading  the leading group's line, or {@code null} without a grouping
 * @param sample   the sample of the chart in words
 * @param horizons the horizons (empty when none could be computed: {@code horizonNote} says why)
 * @param horizonNote the window, target and draws of the horizons, or why there are none
 */
public record EconomyFigures(String economy, int[] years, double[] scores, OverTimeFigures.GroupLine own,
        OverTimeFigures.GroupLine leading, String sample, List<Horizon> horizons, String horizonNote) {

    /** The window of the horizons: the last this many years of the index over time. */
    public static final int WINDOW = 10;
    /** The bootstrap draws of the horizons' intervals. */
    public static final int DRAWS = 999;

    /**
     * One horizon.
     *
     * @param target what the target is, in words
     * @param result the horizon
     */
    public record Horizon(String target, CatchUpResult result) {
    }

    /** Copies the arrays and lists. */
    public EconomyFigures {
        Objects.requireNonNull(economy, "economy");
        years = years.clone();
        scores = scores.clone();
        horizons = List.copyOf(horizons);
    }

    /** {@return a copy of the years} */
    @Override
    public int[] years() {
        return years.clone();
    }

    /** {@return a copy of the economy's scores} */
    @Override
    public double[] scores() {
        return scores.clone();
    }

    /**
     * The figures of one economy.
     *
     * @param series   the index over time (two years or more)
     * @param grouping the grouping of the group lines, or {@code null}
     * @param economy  the economy's code
     * @param seed     the seed of the bootstrap
     * @return the figures, or {@code null} when the economy has fewer than two scored years
     */
    public static EconomyFigures of(IndexSeries series, Grouping grouping, String economy, long seed) {
        int[] years = series.years();
        String root = series.spec().framework().root().code();
        double[] scores = new double[years.length];
        boolean present = series.economies().contains(economy);
        for (int y = 0; y < years.length; y++) {
            scores[y] = present ? series.score(root, economy, years[y]) : Double.NaN;
        }
        if (Arrays.stream(scores).filter(Double::isFinite).count() < 2) {
            return null;
        }
        OverTimeFigures groups = OverTimeFigures.of(series, grouping);
        String label = grouping == null ? OverTimeFigures.ALL : grouping.label(economy).orElse(null);
        OverTimeFigures.GroupLine own = groups.groups().stream().filter(g -> g.label().equals(label)).findFirst()
                .orElse(null);
        OverTimeFigures.GroupLine leading = null;
        if (grouping != null) {
            for (OverTimeFigures.GroupLine g : groups.groups()) {
                double last = g.median()[years.length - 1];
                if (Double.isFinite(last) && (leading == null || last > leading.median()[years.length - 1])) {
                    leading = g;
                }
            }
        }
        List<Horizon> horizons = new ArrayList<>();
        String note = horizons(years, scores, leading, seed, horizons);
        return new EconomyFigures(economy, years, scores, own, leading, groups.sample(), horizons, note);
    }

    /** Fills the horizons to the leading group's median; returns the note (what they are, or why none). */
    private static String horizons(int[] years, double[] scores, OverTimeFigures.GroupLine leading, long seed,
            List<Horizon> out) {
        if (leading == null) {
            return "no horizon: without a grouping there is no leading group whose median to reach";
        }
        int from = Math.max(0, years.length - WINDOW);
        int[] window = Arrays.copyOfRange(years, from, years.length);
        double[] own = Arrays.copyOfRange(scores, from, years.length);
        double[] target = Arrays.copyOfRange(leading.median(), from, years.length);
        int last = target.length - 1;
        if (!Double.isFinite(target[last]) || !(target[last] > 0)) {
            return "no horizon: the median of " + leading.label() + " is not positive in " + window[last];
        }
        try {
            double g = CatchUp.horizon(window, target, GrowthMethod.FIT, target[last], 0).growth();
            out.add(new Horizon("the " + leading.label() + " median of " + window[last] + ", fixed",
                    CatchUp.horizon(window, own, GrowthMethod.FIT, target[last], 0, DRAWS, seed)));
            out.add(new Horizon("the " + leading.label() + " median, growing at its own trend ("
                    + Html.number(100 * g) + "% a year)",
                    CatchUp.horizon(window, own, GrowthMethod.FIT, target[last], g, DRAWS, seed)));
        } catch (IllegalArgumentException e) {
            out.clear();
            return "no horizon: " + e.getMessage() + " (a trend in logarithms needs positive scores in the window"
                    + " " + window[0] + "–" + window[last] + ")";
        }
        return "window " + window[0] + "–" + window[last] + " (the last " + window.length + " years built); growth: the"
                + " log-linear fit of the economy's index score over the window; target: the median index score of "
                + leading.label() + " (the group of highest median in " + window[last] + "); 5–95% intervals from "
                + DRAWS + " residual-bootstrap draws of the trend (level and target held fixed)";
    }
}
