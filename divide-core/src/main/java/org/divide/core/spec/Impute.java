package org.divide.core.spec;

import org.divide.core.internal.Checks;

/**
 * Imputation of missing values (COINr's {@code Impute}). Column methods fill each indicator from
 * the other economies, row methods each economy from its other indicators, panel methods each
 * economy's series from its other years (the pipeline then keeps the year it builds). Values that
 * cannot be imputed (a group without any present value, a series without any observation) stay
 * missing and the aggregation skips them.
 *
 * @param method         the method; COINr's default is {@link ImputeMethod#MEAN}
 * @param grouping       for {@link ImputeMethod#GROUP_MEAN} and {@link ImputeMethod#GROUP_MEDIAN}:
 *     the name of the grouping of economies supplied with the data (e.g. {@code "EurAsia_group"},
 *     COINr's {@code use_group}); {@code null} otherwise
 * @param groupLevel     for the row methods: 0 to impute from all of an economy's indicators, or a
 *     framework level {@code k ≥ 2} to use only the indicators under the same level-{@code k} node
 *     (COINr's {@code group_level}); 0 otherwise
 * @param normaliseFirst for the row methods: min-max the columns to [0, 1] (directions applied)
 *     before imputing and transform back after (COINr's default {@code normalise_first = TRUE})
 * @param maxSteps       for {@link ImputeMethod#LAST_OBSERVATION}: how many years back to look, 0 =
 *     without limit (COINr's {@code max_time}); 0 otherwise
 * @param function       for {@link ImputeMethod#CUSTOM}: the name under which the function is
 *     registered with the pipeline; {@code null} otherwise
 */
public record Impute(ImputeMethod method, String grouping, int groupLevel, boolean normaliseFirst, int maxSteps,
        String function) implements Step {

    /**
     * Validates the parameters against the method.
     *
     * @throws IllegalArgumentException if the method is null, a group method lacks its grouping,
     *     a custom method its function name, or a number is negative
     */
    public Impute {
        Checks.notNull("Impute.method", method);
        boolean grouped = method == ImputeMethod.GROUP_MEAN || method == ImputeMethod.GROUP_MEDIAN;
        if (grouped == (grouping == null || grouping.isBlank())) {
            throw new IllegalArgumentException(grouped ? "Impute." + method + " needs a grouping"
                    : "Impute." + method + " takes no grouping: " + grouping);
        }
        boolean custom = method == ImputeMethod.CUSTOM;
        if (custom == (function == null || function.isBlank())) {
            throw new IllegalArgumentException(custom ? "Impute.CUSTOM needs a function name"
                    : "Impute." + method + " takes no function: " + function);
        }
        if (groupLevel < 0 || groupLevel == 1) {
            throw new IllegalArgumentException("Impute.groupLevel must be 0 or >= 2: " + groupLevel);
        }
        if (maxSteps < 0) {
            throw new IllegalArgumentException("Impute.maxSteps must be >= 0: " + maxSteps);
        }
    }

    /**
     * Imputation by a method without parameters: mean, median, row mean or median over all
     * indicators (normalised first), panel methods without limit.
     *
     * @param method the method (not a group or custom method)
     * @return the step
     */
    public static Impute of(ImputeMethod method) {
        return new Impute(method, null, 0, true, 0, null);
    }

    /**
     * Imputation by the column mean, COINr's default.
     *
     * @return the step
     */
    public static Impute mean() {
        return of(ImputeMethod.MEAN);
    }

    /**
     * Imputation within groups of economies.
     *
     * @param method   {@link ImputeMethod#GROUP_MEAN} or {@link ImputeMethod#GROUP_MEDIAN}
     * @param grouping the name of the grouping supplied with the data
     * @return the step
     */
    public static Impute byGroup(ImputeMethod method, String grouping) {
        return new Impute(method, grouping, 0, true, 0, null);
    }

    /**
     * Row-wise imputation within the framework groups of one level.
     *
     * @param method         {@link ImputeMethod#ROW_MEAN} or {@link ImputeMethod#ROW_MEDIAN}
     * @param groupLevel     0 (all indicators) or a level {@code ≥ 2}
     * @param normaliseFirst whether to min-max first
     * @return the step
     */
    public static Impute byRow(ImputeMethod method, int groupLevel, boolean normaliseFirst) {
        return new Impute(method, null, groupLevel, normaliseFirst, 0, null);
    }

    /**
     * Imputation by a user function registered with the pipeline under a name.
     *
     * @param function the name
     * @return the step
     */
    public static Impute custom(String function) {
        return new Impute(ImputeMethod.CUSTOM, null, 0, true, 0, function);
    }

    /**
     * A copy with a limit on how far back {@link ImputeMethod#LAST_OBSERVATION} looks.
     *
     * @param newMaxSteps the number of years, 0 = without limit
     * @return the new step
     */
    public Impute withMaxSteps(int newMaxSteps) {
        return new Impute(method, grouping, groupLevel, normaliseFirst, newMaxSteps, function);
    }

    @Override
    public StepKind kind() {
        return StepKind.IMPUTE;
    }
}
