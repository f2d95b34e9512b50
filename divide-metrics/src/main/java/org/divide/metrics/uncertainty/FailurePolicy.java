package org.divide.metrics.uncertainty;

/**
 * What an index uncertainty analysis does with a run whose pipeline fails (for example a geometric
 * mean of a non-positive value after a z-score, COINr's issue #50).
 */
public enum FailurePolicy {

    /**
     * Stop the analysis and rethrow the failure, naming the run and its alternatives (the
     * default).
     */
    THROW,

    /**
     * Record the run as missing, as COINr does (its outputs {@code NaN}), and count it in
     * {@link IndexUncertaintyResult#failedRuns()}. Rank statistics leave it out; Sobol indices of
     * every output become {@code NaN}, since the estimators need every run.
     */
    MISSING
}
