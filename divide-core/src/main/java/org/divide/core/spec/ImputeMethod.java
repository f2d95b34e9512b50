package org.divide.core.spec;

/** How {@link Impute} fills missing values (COINr's {@code f_i}, {@code impute_by}, {@code impute_panel}). */
public enum ImputeMethod {
    /** The column mean of the present values (COINr's default, {@code i_mean}). */
    MEAN,
    /** The column median ({@code i_median}). */
    MEDIAN,
    /** The mean within the economy's group ({@code i_mean_grp}); needs {@link Impute#grouping()}. */
    GROUP_MEAN,
    /** The median within the economy's group ({@code i_median_grp}); needs {@link Impute#grouping()}. */
    GROUP_MEDIAN,
    /**
     * The mean of the economy's other indicators (COINr's {@code impute_by = "row"} with
     * {@code i_mean}), within its framework group at {@link Impute#groupLevel()}, after min-max
     * normalisation to [0, 1] if {@link Impute#normaliseFirst()}.
     */
    ROW_MEAN,
    /** As {@link #ROW_MEAN} with the median. */
    ROW_MEDIAN,
    /**
     * The economy's latest earlier observation in the panel, at most {@link Impute#maxSteps()}
     * years back ({@code impute_panel}, {@code imp_type = "latest"}).
     */
    LAST_OBSERVATION,
    /** The latest earlier observation, or the first one before it ({@code imp_type = "constant"}). */
    CONSTANT,
    /**
     * Linear interpolation in time with flat ends; a single observation is held constant
     * ({@code imp_type = "linear-constant"}).
     */
    LINEAR,
    /**
     * A user function, applied to each indicator column, registered under {@link Impute#function()}
     * with the pipeline (COINr's user {@code f_i}).
     */
    CUSTOM
}
