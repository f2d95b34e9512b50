package org.divide.metrics.overtime;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.divide.metrics.dynamics.BetaConvergence;
import org.divide.metrics.dynamics.BetaConvergenceResult;
import org.divide.metrics.dynamics.SigmaConvergence;
import org.divide.metrics.dynamics.SigmaConvergenceResult;
import org.divide.metrics.inequality.Measure;
import org.divide.metrics.inequality.WeightedMeasure;

/**
 * σ- and β-convergence of a node's scores over the years of an {@link IndexSeries}, on a balanced
 * set of economies, computed by the {@code dynamics} package: {@link SigmaConvergence} (the chosen
 * measure of the scores each year, unweighted, and its OLS trend) and {@link BetaConvergence}
 * (annualised log growth of the score from the first to the last year on its log initial level;
 * economies scoring 0 in either year, such as the minimum under min-max, are left out and counted
 * by it, as the logarithm is undefined).
 *
 * @param node   the node's code
 * @param sample the balanced set of economies
 * @param sigma  σ-convergence over every year built
 * @param beta   β-convergence from the first to the last year, or {@code null} (see {@code note})
 * @param note   why β could not be estimated, or {@code ""}
 */
public record SeriesConvergence(String node, BalancedSample sample, SigmaConvergenceResult sigma,
        BetaConvergenceResult beta, String note) {

    /** Checks the arguments. */
    public SeriesConvergence {
        Objects.requireNonNull(node, "node");
        Objects.requireNonNull(sample, "sample");
        Objects.requireNonNull(sigma, "sigma");
        Objects.requireNonNull(note, "note");
    }

    /**
     * Convergence of the index and each pillar by the Gini of the scores, on the economies with a
     * score at all of them in every year.
     *
     * @param series the series, two or more years
     * @return one result per node of {@link IndexSeries#indexAndPillars()}
     * @throws IllegalArgumentException if the series has one year, or on data the measure rejects
     */
    public static List<SeriesConvergence> of(IndexSeries series) {
        return of(series, Measure.gini());
    }

    /**
     * Convergence of the index and each pillar by a measure, on the economies with a score at all
     * of them in every year.
     *
     * @param series  the series, two or more years
     * @param measure the dispersion measure of σ-convergence (Gini, coefficient of variation, …)
     * @return one result per node of {@link IndexSeries#indexAndPillars()}
     * @throws IllegalArgumentException if the series has one year, or on data the measure rejects
     *     (negative scores for the Gini, say), naming the node and year
     */
    public static List<SeriesConvergence> of(IndexSeries series, WeightedMeasure measure) {
        List<String> nodes = series.indexAndPillars();
        BalancedSample sample = series.balanced(nodes);
        List<SeriesConvergence> out = new ArrayList<>();
        for (String node : nodes) {
            out.add(of(series, node, sample, measure));
        }
        return out;
    }

    /**
     * Convergence of one node on a given sample.
     *
     * @param series  the series, two or more years
     * @param node    the node's code
     * @param sample  the economies (from {@link IndexSeries#balanced})
     * @param measure the dispersion measure of σ-convergence
     * @return the result
     * @throws IllegalArgumentException if the series has one year, or on data the measure rejects
     */
    public static SeriesConvergence of(IndexSeries series, String node, BalancedSample sample,
            WeightedMeasure measure) {
        int[] years = series.years();
        if (years.length < 2) {
            throw new IllegalArgumentException("convergence needs two or more years; built: " + years[0]);
        }
        double[][] all = series.scores(node);
        List<String> kept = sample.economies();
        double[][] x = new double[years.length][kept.size()];
        for (int e = 0; e < kept.size(); e++) {
            int at = series.economy(kept.get(e));
            for (int y = 0; y < years.length; y++) {
                x[y][e] = all[y][at];
            }
        }
        SigmaConvergenceResult sigma;
        try {
            sigma = SigmaConvergence.of(measure).compute(years, x, null);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(node + ": " + e.getMessage(), e);
        }
        BetaConvergenceResult beta = null;
        String note = "";
        try {
            beta = BetaConvergence.estimate(x[0], x[years.length - 1], years[years.length - 1] - years[0]);
        } catch (IllegalArgumentException e) {
            note = "β not estimated: " + e.getMessage();
        }
        return new SeriesConvergence(node, sample, sigma, beta, note);
    }
}
