package org.divide.metrics.inequality;

/**
 * Which of the published forms of the Wolfson bipolarisation index to compute. All use the
 * (uncorrected) Gini G, the mean μ and the median m.
 */
public enum WolfsonConvention {

    /**
     * Wolfson (1994): P = 2(2T − G)·μ/m with T = 0.5 − L(0.5), L the linearly interpolated
     * Lorenz curve and m the median (the mean of the two central values when the cumulative
     * weight reaches one half exactly). The default.
     */
    WOLFSON_1994,

    /**
     * PySAL inequality's {@code wolfson()}: (2T − G)·μ/m with the same T and m, which is half
     * of {@link #WOLFSON_1994}.
     */
    PYSAL,

    /**
     * R dineq's {@code polar.wtd}: 2(2T − G)·μ/m with T = 0.5 − (income share of the units
     * with x ≤ m) and m the median of Hmisc {@code wtd.quantile} (type 7 for unit weights).
     * Counting the median unit in the lower half can make the index negative.
     */
    DINEQ
}
