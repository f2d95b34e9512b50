package org.divide.metrics.inference;

import java.util.function.ToDoubleFunction;

/**
 * A scalar statistic of a sample of values with optional weights: {@code (x, w) -> double}.
 *
 * <p>Any method with the shape {@code double f(double[] x, double[] w)} is one by method reference,
 * for example {@code SampleStatistic gini = Inequality::gini;}. A statistic without weights is
 * adapted with {@link #unweighted(ToDoubleFunction)}.
 *
 * <p>Contract: {@code w} is {@code null} for an unweighted sample (every weight 1), otherwise it has
 * the length of {@code x}. The arrays a {@link Bootstrap} or {@link Jackknife} passes are scratch
 * arrays refilled before every call: the statistic may reorder them in place but must not keep
 * references to them. A statistic called from several threads at once must be thread-safe (pure
 * functions are).
 */
@FunctionalInterface
public interface SampleStatistic {

    /**
     * Computes the statistic.
     *
     * @param x the values
     * @param w the weights, or {@code null} for an unweighted sample
     * @return the statistic
     * @throws IllegalArgumentException if the sample is invalid for the statistic
     */
    double apply(double[] x, double[] w);

    /**
     * Adapts a statistic of values only. The adapted statistic rejects weights rather than ignore
     * them silently.
     *
     * @param statistic the statistic of the values
     * @return a statistic that applies it when {@code w} is {@code null}
     * @throws IllegalArgumentException if {@code statistic} is {@code null}; the returned statistic
     *                                  throws it when called with weights
     */
    static SampleStatistic unweighted(ToDoubleFunction<double[]> statistic) {
        if (statistic == null) {
            throw new IllegalArgumentException("statistic is null");
        }
        return (x, w) -> {
            if (w != null) {
                throw new IllegalArgumentException("the statistic is unweighted but weights were given");
            }
            return statistic.applyAsDouble(x);
        };
    }
}
