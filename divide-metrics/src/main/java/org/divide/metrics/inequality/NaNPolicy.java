package org.divide.metrics.inequality;

/** What a measure does with a {@code NaN} value (a missing observation). */
public enum NaNPolicy {

    /** Throw {@link IllegalArgumentException} naming the first {@code NaN}: {@code "x[3] is NaN"}. The default. */
    REJECT,

    /**
     * Remove the observation (with its weight) and count it; {@link Estimate#skippedNaN()}
     * reports how many were skipped. Weights are never skipped: a {@code NaN} weight always
     * throws.
     */
    SKIP
}
