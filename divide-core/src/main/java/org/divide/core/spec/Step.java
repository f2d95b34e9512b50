package org.divide.core.spec;

/**
 * One step of an index pipeline: an immutable record of parameters, executed by
 * {@code org.divide.metrics.composite}. Each step reads the data set written by the step before
 * it and writes its own ({@link StepKind#stage()}), so a pipeline can be re-run with one step
 * changed and everything upstream of it reused.
 */
public sealed interface Step permits Denominate, Impute, Screen, Treat, Normalise, Weights, Aggregate {

    /**
     * The kind of step; a spec holds at most one step of each kind.
     *
     * @return the kind
     */
    StepKind kind();
}
