package org.divide.core.spec;

/**
 * The kinds of {@link Step}, in their canonical order (the order in which
 * {@link IndexSpec#withStep(Step)} inserts a missing step). Each kind names the data set a step
 * writes, as COINr's {@code write_to} defaults.
 */
public enum StepKind {
    /** {@link Denominate}: indicators divided by a denominator; writes "Denominated". */
    DENOMINATE("Denominated"),
    /** {@link Impute}: missing values filled; writes "Imputed". */
    IMPUTE("Imputed"),
    /** {@link Screen}: economies with too little data dropped; writes "Screened". */
    SCREEN("Screened"),
    /** {@link Treat}: outliers winsorised or transformed; writes "Treated". */
    TREAT("Treated"),
    /** {@link Normalise}: indicators brought onto a common scale; writes "Normalised". */
    NORMALISE("Normalised"),
    /** {@link Weights}: the weights the aggregation uses; writes no data set. */
    WEIGHTS(null),
    /** {@link Aggregate}: scores of every aggregate node; writes "Aggregated". */
    AGGREGATE("Aggregated");

    private final String stage;

    StepKind(String stage) {
        this.stage = stage;
    }

    /**
     * The name of the data set the step writes (COINr's default {@code write_to}).
     *
     * @return for example {@code "Normalised"}, or {@code null} for {@link #WEIGHTS}
     */
    public String stage() {
        return stage;
    }
}
