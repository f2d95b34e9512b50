package org.divide.metrics.inequality;

/**
 * The small-sample correction applied to the Gini coefficient and to the variances behind the
 * coefficient of variation and the variance of logarithms.
 *
 * <p>With unit weights every correction is the factor n/(n − 1) (R ineq {@code Gini(x,
 * corr = TRUE)}; the sample variance). With n = 1 the corrected value is {@code NaN}.
 */
public enum SmallSampleCorrection {

    /** No correction: population formulas (denominators n or W). The default. */
    NONE,

    /**
     * Kish effective sample size: factor 1/(1 − Σp²) with p_i = w_i/W (acid's
     * {@code bcwGini}). Invariant to the scale of the weights; n/(n − 1) for equal weights.
     */
    EFFECTIVE_SAMPLE_SIZE,

    /**
     * Weights as frequencies: factor W/(W − 1) (Hmisc {@code wtd.var}, dineq's variance of
     * logs; ineq {@code Gini(rep(x, w), corr = TRUE)}). Depends on the scale of the weights.
     */
    FREQUENCY,

    /** Number of records: factor n/(n − 1) whatever the weights (acid's {@code bcGini}). */
    RECORDS
}
