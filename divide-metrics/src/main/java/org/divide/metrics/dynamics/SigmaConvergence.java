package org.divide.metrics.dynamics;

import java.util.Arrays;

import org.divide.core.Panel;
import org.divide.metrics.inequality.Measure;
import org.divide.metrics.inequality.WeightedMeasure;
import org.divide.metrics.inference.Bootstrap;
import org.divide.metrics.inference.BootstrapInterval;
import org.divide.metrics.internal.column.Args;
import org.divide.metrics.internal.column.PanelArgs;

/**
 * σ-convergence: is the dispersion of an indicator across economies falling over time?
 *
 * <p>For every year t the chosen inequality measure I (any {@link WeightedMeasure}: Gini, Theil,
 * coefficient of variation, variance of logs, …) is computed over the economies with a value,
 * unweighted or weighted (by population, say): I_t = I(x_{·,t}, w_{·,t}). Optionally a bootstrap
 * confidence band per year comes from {@link Bootstrap} (resampling economies with their weights).
 * The trend of the dispersion is the OLS line I_t = a + b·t over the years with a value, with the
 * standard error, t and p of b as R's {@code summary(lm(I ~ year))} ({@link TrendFit}); the
 * {@link Verdict} is {@link Verdict#CLOSING} when b &lt; 0 and p &lt; α, {@link Verdict#WIDENING}
 * when b &gt; 0 and p &lt; α, else {@link Verdict#NO_SIGNIFICANT_TREND} (α = 0.05 by default). The
 * OLS standard error ignores the serial correlation of a dispersion series and the sampling error
 * of each I_t, so the verdict is descriptive; the bootstrap bands show the per-year uncertainty.
 *
 * <p>Economies with a missing value or weight in a year are skipped that year and counted. A year
 * with fewer than two economies has the value {@code NaN} (no band) and is left out of the trend.
 * Data the measure rejects (negative values for Theil, say) raise its
 * {@link IllegalArgumentException}, prefixed with the year.
 *
 * <p>Cost: one evaluation of the measure per year (O(n log n) for the Gini), plus B evaluations
 * per year with a bootstrap.
 *
 * <p>Reference: Sala-i-Martin, X. (1996). The classical approach to convergence analysis. The
 * Economic Journal 106(437), 1019–1036. doi:10.2307/2235375
 *
 * <p>Instances are immutable and thread-safe when the measure is.
 */
public final class SigmaConvergence {

    /** The default significance level of the verdict, 0.05. */
    public static final double DEFAULT_ALPHA = 0.05;

    private final WeightedMeasure measure;
    private final String name;
    private final Bootstrap bootstrap;
    private final double alpha;

    private SigmaConvergence(WeightedMeasure measure, String name, Bootstrap bootstrap, double alpha) {
        this.measure = measure;
        this.name = name;
        this.bootstrap = bootstrap;
        this.alpha = alpha;
    }

    /**
     * σ-convergence with a measure, no bootstrap and α = {@value #DEFAULT_ALPHA}.
     *
     * @param measure the measure, such as {@code Measure.gini()} or {@code Inequality::theilT}
     * @return the analysis
     * @throws IllegalArgumentException if {@code measure} is {@code null}
     */
    public static SigmaConvergence of(WeightedMeasure measure) {
        Args.notNull("measure", measure);
        String name = measure instanceof Measure m ? m.name() : measure.toString();
        return new SigmaConvergence(measure, name, null, DEFAULT_ALPHA);
    }

    /**
     * Adds bootstrap bands per year.
     *
     * @param value the bootstrap options (replicates, seed, confidence, method), or {@code null} for none
     * @return the new analysis
     */
    public SigmaConvergence withBootstrap(Bootstrap value) {
        return new SigmaConvergence(measure, name, value, alpha);
    }

    /**
     * Sets the significance level of the verdict.
     *
     * @param value α, in (0, 1)
     * @return the new analysis
     * @throws IllegalArgumentException if α is outside (0, 1)
     */
    public SigmaConvergence withAlpha(double value) {
        return new SigmaConvergence(measure, name, bootstrap, Args.level("alpha", value));
    }

    /**
     * Names the measure in results (a method reference has no readable name).
     *
     * @param value the name
     * @return the new analysis
     * @throws IllegalArgumentException if {@code value} is {@code null}
     */
    public SigmaConvergence withName(String value) {
        return new SigmaConvergence(measure, Args.notNull("name", value), bootstrap, alpha);
    }

    /**
     * σ-convergence of raw data.
     *
     * @param years the years, strictly ascending; not modified
     * @param x     {@code x[t][i]}, the value of economy i in year t ({@code NaN} = missing); not modified
     * @param w     {@code w[t][i]} the weights, or {@code null} (unweighted); not modified
     * @return the result
     * @throws IllegalArgumentException on invalid input
     */
    public SigmaConvergenceResult compute(int[] years, double[][] x, double[][] w) {
        Args.notNull("years", years);
        Args.notNull("x", x);
        if (x.length != years.length || (w != null && w.length != years.length)) {
            throw new IllegalArgumentException("x and w must hold one row per year (" + years.length + ")");
        }
        for (int t = 1; t < years.length; t++) {
            if (years[t] <= years[t - 1]) {
                throw new IllegalArgumentException("years must be strictly ascending: years[" + t + "] = "
                        + years[t] + " after " + years[t - 1]);
            }
        }
        int k = years.length;
        double[] values = new double[k];
        double[] lower = new double[k];
        double[] upper = new double[k];
        int[] used = new int[k];
        int[] skipped = new int[k];
        Arrays.fill(lower, Double.NaN);
        Arrays.fill(upper, Double.NaN);
        double[] ts = new double[k];
        for (int t = 0; t < k; t++) {
            ts[t] = years[t];
            double[] xt = Args.notNull("x[" + t + "]", x[t]);
            double[] wt = w == null ? null : w[t];
            if (wt != null) {
                Args.weightsOrMissing("w[" + t + "]", wt, "x[" + t + "]", xt.length);
            }
            Observed o = Observed.of(xt, wt);
            used[t] = o.size();
            skipped[t] = o.skipped;
            if (o.size() < 2) {
                values[t] = Double.NaN;
                continue;
            }
            try {
                if (bootstrap == null) {
                    values[t] = measure.compute(o.x, o.w);
                } else {
                    BootstrapInterval ci = bootstrap.interval(measure::compute, o.x, o.w);
                    values[t] = ci.estimate();
                    lower[t] = ci.lower();
                    upper[t] = ci.upper();
                }
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("year " + years[t] + ": " + e.getMessage(), e);
            }
        }
        TrendFit trend = TrendFit.of(ts, values);
        return new SigmaConvergenceResult(name, years, values, used, skipped, lower, upper, trend, alpha,
                Verdict.of(trend, alpha));
    }

    /**
     * σ-convergence of an indicator of a panel over some or all of its years.
     *
     * @param panel           the panel
     * @param indicator       the indicator code
     * @param weightIndicator the weight indicator's code (population, say), read in the same year,
     *                        or {@code null} for unweighted
     * @param years           the years, each in the panel; none for every year of the panel
     * @return the result
     * @throws IllegalArgumentException if an indicator or year is not in the panel, or on invalid data
     */
    public SigmaConvergenceResult compute(Panel panel, String indicator, String weightIndicator, int... years) {
        int ind = PanelArgs.indicator(panel, "indicator", indicator);
        int wi = weightIndicator == null ? -1 : PanelArgs.indicator(panel, "weightIndicator", weightIndicator);
        int[] ys = years == null || years.length == 0 ? panel.years() : years.clone();
        Arrays.sort(ys);
        double[][] x = new double[ys.length][];
        double[][] w = wi < 0 ? null : new double[ys.length][];
        for (int t = 0; t < ys.length; t++) {
            int yi = PanelArgs.year(panel, "years[" + t + "]", ys[t]);
            x[t] = panel.column(ind, yi);
            if (w != null) {
                w[t] = panel.column(wi, yi);
            }
        }
        return compute(ys, x, w);
    }

    /** @return a description of the analysis */
    @Override
    public String toString() {
        return "SigmaConvergence[measure=" + name + ", bootstrap=" + bootstrap + ", alpha=" + alpha + "]";
    }
}
