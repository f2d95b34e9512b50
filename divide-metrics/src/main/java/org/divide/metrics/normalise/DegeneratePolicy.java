package org.divide.metrics.normalise;

/**
 * What a normalisation does with a column it cannot scale: no non-missing value, a constant
 * column under min-max or distance to the maximum, a zero standard deviation (or fewer than two
 * values) under z-scores, a single value under percentile ranks, a zero maximum under fraction of
 * the maximum, a reference equal to the minimum (or missing), or a target equal to the minimum.
 */
public enum DegeneratePolicy {
    /**
     * Return {@code NaN} in every cell, as COINr does (it warns "The range of x is 0: returning
     * vector of NaNs"). The default, for parity.
     */
    NAN,
    /** Throw an {@link IllegalArgumentException} saying why the column cannot be normalised. */
    REJECT
}
