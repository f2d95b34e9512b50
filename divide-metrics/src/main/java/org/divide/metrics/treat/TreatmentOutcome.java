package org.divide.metrics.treat;

/** What outlier treatment did to a column. */
public enum TreatmentOutcome {
    /** Treatment was turned off for this column (COINr {@code "none"}). */
    DISABLED,
    /**
     * The column was left as it was: it passed the check, or its skewness or kurtosis could not
     * be computed (fewer than four values, constant; COINr warns and returns it untreated).
     */
    UNTREATED,
    /** Winsorisation alone was applied (whether or not the column then passed). */
    WINSORISED,
    /**
     * Winsorisation was not enough; the transform was applied to the <em>original</em> column
     * (COINr's default) and the winsorisation discarded.
     */
    TRANSFORMED,
    /** The transform was applied to the winsorised column (COINr's {@code combine_treat = TRUE}). */
    WINSORISED_AND_TRANSFORMED
}
