package org.divide.core.spec;

/** What {@link Treat} does to an indicator. */
public enum TreatMethod {
    /** Nothing (COINr's {@code "none"}). */
    NONE,
    /**
     * COINr's default: treat only if {@code |skew| ≥ 2} and {@code kurtosis ≥ 3.5}; winsorise up to
     * the limit toward the skewed side, re-check, and if still failing apply the transform to the
     * original column.
     */
    COINR,
    /** Apply the transform unconditionally (e.g. a Box-Cox or log step in its own right). */
    TRANSFORM
}
