package org.divide.core.spec;

import org.divide.core.internal.Checks;

/**
 * A method of a step of the spec: the common type of the sealed method families
 * ({@link NormaliseMethod}, {@link AggregateMethod}, {@link ImputeMethod}, {@link ScreenRule},
 * {@link TreatMethod}, {@link TransformMethod}, {@link WeightMethod}), each a set of records, one
 * per method, whose components are the method's parameters. Its name is the record's.
 */
public sealed interface SpecMethod
        permits NormaliseMethod, AggregateMethod, ImputeMethod, ScreenRule, TreatMethod, TransformMethod, WeightMethod {

    /**
     * The method's name in the spec: the record's name in lower case with hyphens, as in JSON
     * ({@code DistanceToTarget} → {@code "distance-to-target"}, {@code LogCTPlus} →
     * {@code "log-ct-plus"}).
     *
     * @return the name
     */
    default String name() {
        return Checks.methodName((Record) this);
    }
}
