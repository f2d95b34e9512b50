package org.divide.metrics.composite;

/**
 * A compiled data step (denominate, impute, screen, treat, normalise): a pure function of the
 * stage before it and of the data.
 */
interface DataStep {

    /**
     * Runs the step.
     *
     * @param in   the previous stage (not modified)
     * @param data the data the index is bound to
     * @return the new stage and the step's report ({@code null} if it has none)
     * @throws IllegalArgumentException naming the step, indicator and economy at fault
     */
    Outcome apply(Work in, Bound data);

    /**
     * A step's result.
     *
     * @param work   the new stage
     * @param report the report, or {@code null}
     */
    record Outcome(Work work, Object report) {
    }
}
