package org.divide.metrics.dynamics;

/** How the economies of a group are summarised in one year (see {@link GroupSeries}). */
public enum GroupStatistic {

    /** The (weighted) mean Σ w_i x_i / Σ w_i. */
    MEAN,

    /**
     * The (weighted) median: R's {@code median} unweighted, Akinshin's weighted type-7 quantile at
     * ½ when weighted ({@link org.divide.metrics.concentration.Quantiles#quantile(double[], double[], double)}).
     */
    MEDIAN
}
