package org.divide.metrics.dynamics;

import java.util.Arrays;

import org.divide.core.Panel;
import org.divide.metrics.internal.column.Args;
import org.divide.metrics.internal.column.PanelArgs;

/**
 * Threshold analysis: per year, the share of economies and the share of the population living in
 * economies whose indicator is at or above a threshold (a readiness level, say).
 *
 * <p>For year t, with C_t the economies with a value and P_t ⊆ C_t those that also have a population:
 * <pre>
 *   economy share    = #{i ∈ C_t : x_{i,t} ≥ c} / #C_t
 *   population share = Σ_{i ∈ P_t, x_{i,t} ≥ c} pop_{i,t} / Σ_{i ∈ P_t} pop_{i,t}
 * </pre>
 * Shares are of the covered economies, not of the world: the coverage counts come with the result.
 * {@code NaN} shares when nothing is covered. Cost O(n) per year.
 */
public final class Thresholds {

    private Thresholds() {
    }

    /**
     * Threshold analysis of raw data.
     *
     * @param years      the years; not modified
     * @param x          {@code x[t][i]} the values ({@code NaN} = missing); not modified
     * @param population {@code population[t][i]} (finite, ≥ 0, {@code NaN} = missing), or {@code null}; not modified
     * @param threshold  the threshold c, finite
     * @return the result
     * @throws IllegalArgumentException on invalid input
     */
    public static ThresholdResult above(int[] years, double[][] x, double[][] population, double threshold) {
        Args.notNull("years", years);
        Args.notNull("x", x);
        if (!Double.isFinite(threshold)) {
            throw new IllegalArgumentException("threshold must be finite: " + threshold);
        }
        int k = years.length;
        if (x.length != k || (population != null && population.length != k)) {
            throw new IllegalArgumentException("x and population must hold one row per year (" + k + ")");
        }
        int[] covered = new int[k];
        int[] above = new int[k];
        double[] share = new double[k];
        double[] popShare = new double[k];
        Arrays.fill(popShare, Double.NaN);
        for (int t = 0; t < k; t++) {
            double[] xt = Args.notNull("x[" + t + "]", x[t]);
            double[] pt = population == null ? null : population[t];
            Args.weightsOrMissing("population[" + t + "]", pt, "x[" + t + "]", xt.length);
            double pop = 0;
            double popAbove = 0;
            for (int i = 0; i < xt.length; i++) {
                if (Double.isNaN(xt[i])) {
                    continue;
                }
                covered[t]++;
                boolean up = xt[i] >= threshold;
                if (up) {
                    above[t]++;
                }
                if (pt != null && !Double.isNaN(pt[i])) {
                    pop += pt[i];
                    popAbove += up ? pt[i] : 0;
                }
            }
            share[t] = covered[t] == 0 ? Double.NaN : (double) above[t] / covered[t];
            if (pop > 0) {
                popShare[t] = popAbove / pop;
            }
        }
        return new ThresholdResult(threshold, years, covered, above, share, popShare);
    }

    /**
     * Threshold analysis of an indicator of a panel.
     *
     * @param panel               the panel
     * @param indicator           the indicator code
     * @param populationIndicator the population indicator, read in the same year, or {@code null}
     * @param threshold           the threshold c, finite
     * @param years               the years (each in the panel); none for every year of the panel
     * @return the result
     * @throws IllegalArgumentException if an indicator or year is not in the panel, or on invalid data
     */
    public static ThresholdResult above(Panel panel, String indicator, String populationIndicator, double threshold,
            int... years) {
        int ind = PanelArgs.indicator(panel, "indicator", indicator);
        int pi = populationIndicator == null ? -1 : PanelArgs.indicator(panel, "populationIndicator", populationIndicator);
        int[] ys = years == null || years.length == 0 ? panel.years() : years.clone();
        Arrays.sort(ys);
        double[][] x = new double[ys.length][];
        double[][] p = pi < 0 ? null : new double[ys.length][];
        for (int t = 0; t < ys.length; t++) {
            int yi = PanelArgs.year(panel, "years[" + t + "]", ys[t]);
            x[t] = panel.column(ind, yi);
            if (p != null) {
                p[t] = panel.column(pi, yi);
            }
        }
        return above(ys, x, p, threshold);
    }
}
