package org.divide.core.spec;

import org.divide.core.internal.Checks;

/**
 * Imputation of missing values (COINr's {@code Impute}) by one {@link ImputeMethod}. Values that
 * cannot be imputed (a group without any present value, a series without any observation) stay
 * missing and the aggregation skips them.
 *
 * @param method the method and its parameters; COINr's default is {@link ImputeMethod.Mean}
 */
public record Impute(ImputeMethod method) implements Step {

    /**
     * Validates.
     *
     * @throws IllegalArgumentException if the method is null
     */
    public Impute {
        Checks.notNull("Impute.method", method);
    }

    /**
     * Imputation by a method.
     *
     * @param method the method
     * @return the step
     */
    public static Impute of(ImputeMethod method) {
        return new Impute(method);
    }

    /**
     * Imputation by the column mean, COINr's default.
     *
     * @return the step
     */
    public static Impute mean() {
        return of(ImputeMethod.mean());
    }

    @Override
    public StepKind kind() {
        return StepKind.IMPUTE;
    }
}
