package org.divide.metrics.concentration;

import org.divide.metrics.internal.column.Args;
import org.divide.metrics.numeric.CompensatedSum;

/**
 * Top/bottom ratios of a non-negative distribution (GDP per capita, compute per person, internet
 * users per 100): quantile ratios such as P90/P10, and ratios of the mean of the top fraction of
 * the population to the mean of the bottom fraction, such as the top-quintile mean over the
 * bottom-quintile mean.
 *
 * <p><b>Quantile ratios</b> divide two {@link Quantiles quantiles} of the same sample, by default
 * R's {@code quantile(type = 7)} (weighted: the generalisation in {@link QuantileDefinition#TYPE_7}).
 *
 * <p><b>Mean ratios</b> use the linearly interpolated Lorenz curve: units are sorted by value and
 * the bottom fraction b of the (weighted) population is the poorest units up to cumulative weight
 * bW, taking the needed part of the unit that straddles the boundary, as if its weight were spread
 * uniformly at its value. With W = Σw_i, I(b) the value held by the bottom b and T = Σ w_i x_i,
 * <pre>
 *   mean of bottom b = I(b) / (bW),   mean of top t = (T − I(1 − t)) / (tW),
 *   meanRatio(t, b) = [(T − I(1 − t)) / t] / [I(b) / b].
 * </pre>
 * This is the grouped-data convention for country data, where one economy can hold more than a
 * quintile of the population (a threshold rule then breaks); it matches the project's S80/S20 and
 * Palma conventions: meanRatio(0.2, 0.2) = S80/S20 = (1 − L(0.8))/L(0.2) and meanRatio(0.1, 0.4) =
 * 4 × Palma. The top part is accumulated from the top, so it is not a difference of two large sums.
 *
 * <p><b>Degenerate values</b>: a ratio whose denominator is 0 is {@code +∞} when the numerator is
 * positive and {@code NaN} when both are 0 (for instance when every value is 0).
 *
 * <p><b>Errors</b> ({@link IllegalArgumentException}): {@code null} or empty values, a negative,
 * {@code NaN} or infinite value, weights of the wrong length, negative, not finite or summing to 0,
 * probabilities outside {@code [0, 1]}, population fractions outside {@code (0, 1]}. No input array
 * is modified.
 *
 * <p>References: Hyndman and Fan (1996), doi:10.1080/00031305.1996.10473566 (quantiles); Cobham,
 * A. and Sumner, A. (2013). Is it all about the tails? The Palma measure of income inequality.
 * Center for Global Development Working Paper 343 (tail share ratios).
 */
public final class Ratios {

    private Ratios() {
    }

    /**
     * Returns P90/P10 with R's type 7 quantiles.
     *
     * @param x the non-negative values (not modified)
     * @return Q(0.9)/Q(0.1)
     * @throws IllegalArgumentException if {@code x} is invalid
     */
    public static double p90p10(double[] x) {
        return quantileRatio(x, null, 0.9, 0.1, QuantileDefinition.TYPE_7);
    }

    /**
     * Returns the weighted P90/P10 with weighted type 7 quantiles.
     *
     * @param x the non-negative values (not modified)
     * @param w the weights, or {@code null} (not modified)
     * @return Q_w(0.9)/Q_w(0.1)
     * @throws IllegalArgumentException if an argument is invalid
     */
    public static double p90p10(double[] x, double[] w) {
        return quantileRatio(x, w, 0.9, 0.1, QuantileDefinition.TYPE_7);
    }

    /**
     * Returns the quantile ratio Q(upper)/Q(lower).
     *
     * @param x          the non-negative values (not modified)
     * @param w          the weights, or {@code null} (not modified)
     * @param upper      the probability of the numerator, in {@code [0, 1]}
     * @param lower      the probability of the denominator, in {@code [0, 1]}
     * @param definition the quantile definition
     * @return Q(upper)/Q(lower)
     * @throws IllegalArgumentException if an argument is invalid
     */
    public static double quantileRatio(double[] x, double[] w, double upper, double lower,
            QuantileDefinition definition) {
        Args.nonNegative("x", x);
        double[] q = Quantiles.quantiles(x, w, new double[] {upper, lower}, definition);
        return q[0] / q[1];
    }

    /**
     * Returns the mean of the top quintile over the mean of the bottom quintile,
     * {@code meanRatio(x, null, 0.2, 0.2)}.
     *
     * @param x the non-negative values (not modified)
     * @return the quintile mean ratio
     * @throws IllegalArgumentException if {@code x} is invalid
     */
    public static double quintileMeanRatio(double[] x) {
        return meanRatio(x, null, 0.2, 0.2);
    }

    /**
     * Returns the population-weighted top-quintile mean over the bottom-quintile mean,
     * {@code meanRatio(x, w, 0.2, 0.2)}.
     *
     * @param x the non-negative values (not modified)
     * @param w the weights (population), or {@code null} (not modified)
     * @return the quintile mean ratio
     * @throws IllegalArgumentException if an argument is invalid
     */
    public static double quintileMeanRatio(double[] x, double[] w) {
        return meanRatio(x, w, 0.2, 0.2);
    }

    /**
     * Returns the mean of the top fraction {@code topFraction} of the (weighted) population over the
     * mean of the bottom fraction {@code bottomFraction}, from the interpolated Lorenz curve (see the
     * class description).
     *
     * @param x              the non-negative values (not modified)
     * @param w              the weights (population), or {@code null} (not modified)
     * @param topFraction    the top population fraction, in {@code (0, 1]}
     * @param bottomFraction the bottom population fraction, in {@code (0, 1]}
     * @return the mean ratio, {@code +∞} if the bottom mean is 0 and the top mean is not, {@code NaN}
     *         if both are 0
     * @throws IllegalArgumentException if an argument is invalid
     */
    public static double meanRatio(double[] x, double[] w, double topFraction, double bottomFraction) {
        Args.nonNegative("x", x);
        Args.amountWeights(w, x.length);
        Args.fraction("topFraction", topFraction);
        Args.fraction("bottomFraction", bottomFraction);
        SortedSample s = SortedSample.of(x, w);
        double weight = w == null ? x.length : CompensatedSum.sum(w);
        double top = heldBy(s, topFraction * weight, false) / topFraction;
        double bottom = heldBy(s, bottomFraction * weight, true) / bottomFraction;
        return top / bottom;
    }

    /**
     * Returns the value held by the poorest (or richest) units up to a cumulative weight, with the
     * straddling unit counted in part.
     */
    private static double heldBy(SortedSample s, double population, boolean fromBottom) {
        CompensatedSum held = new CompensatedSum();
        CompensatedSum cumulative = new CompensatedSum();
        int n = s.size();
        for (int r = 0; r < n; r++) {
            int i = fromBottom ? r : n - 1 - r;
            double wi = s.weight(i);
            if (wi == 0) {
                continue;
            }
            double before = cumulative.value();
            cumulative.add(wi);
            if (cumulative.value() >= population) {
                held.add(Math.max(0.0, population - before) * s.x[i]);
                return held.value();
            }
            held.add(wi * s.x[i]);
        }
        return held.value();
    }
}
