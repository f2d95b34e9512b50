package org.divide.metrics.dynamics;

/**
 * The reading of a dispersion trend at significance level α (see
 * {@link SigmaConvergence#withAlpha(double)}): the OLS slope b of the dispersion on the year and
 * its two-sided p-value.
 */
public enum Verdict {

    /** b &lt; 0 and p &lt; α: the divide is closing (σ-convergence). */
    CLOSING,

    /** b &gt; 0 and p &lt; α: the divide is widening (σ-divergence). */
    WIDENING,

    /** p ≥ α, or the trend is undefined (fewer than three years with a value). */
    NO_SIGNIFICANT_TREND;

    /**
     * Reads a trend.
     *
     * @param trend the fitted trend
     * @param alpha the significance level, in (0, 1)
     * @return the verdict
     */
    static Verdict of(TrendFit trend, double alpha) {
        if (!(trend.p() < alpha)) {
            return NO_SIGNIFICANT_TREND;
        }
        return trend.slope() < 0 ? CLOSING : trend.slope() > 0 ? WIDENING : NO_SIGNIFICANT_TREND;
    }
}
