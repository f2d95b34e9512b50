package org.divide.core.spec;

import org.divide.core.internal.Checks;

/**
 * How {@link Impute} fills missing values (COINr's {@code f_i}, {@code impute_by},
 * {@code impute_panel}), one record per method with its parameters. Column methods fill each
 * indicator from the other economies, row methods ({@link Row}) each economy from its other
 * indicators, panel methods ({@link Panel}) each economy's series from its other years.
 */
public sealed interface ImputeMethod extends SpecMethod {

    /** A method within groups of economies. */
    sealed interface Grouped extends ImputeMethod {
        /**
         * The grouping.
         *
         * @return the name of the grouping of economies supplied with the data (e.g.
         *     {@code "EurAsia_group"}, COINr's {@code use_group})
         */
        String grouping();
    }

    /** A row method: from the economy's other indicators, within a framework group. */
    sealed interface Row extends ImputeMethod {
        /**
         * The framework level whose groups are used.
         *
         * @return 0 for all of an economy's indicators, or a level {@code k ≥ 2} to use only the
         *     indicators under the same level-{@code k} node (COINr's {@code group_level})
         */
        int groupLevel();

        /**
         * Whether the columns are min-maxed to [0, 1] (directions applied) first and transformed
         * back after (COINr's default {@code normalise_first = TRUE}).
         *
         * @return {@code true} to normalise first
         */
        boolean normaliseFirst();
    }

    /** A panel method: from the economy's other years (the pipeline keeps the year it builds). */
    sealed interface Panel extends ImputeMethod {
    }

    /** The column mean of the present values (COINr's default, {@code i_mean}). */
    record Mean() implements ImputeMethod {
    }

    /** The column median ({@code i_median}). */
    record Median() implements ImputeMethod {
    }

    /**
     * The mean within the economy's group ({@code i_mean_grp}).
     *
     * @param grouping the name of the grouping of economies supplied with the data (e.g.
     *     {@code "EurAsia_group"}, COINr's {@code use_group}), not blank
     */
    record GroupMean(String grouping) implements Grouped {
        /** Validates the grouping. */
        public GroupMean {
            Checks.code("GroupMean.grouping", grouping);
        }
    }

    /**
     * The median within the economy's group ({@code i_median_grp}).
     *
     * @param grouping the name of the grouping of economies supplied with the data, not blank
     */
    record GroupMedian(String grouping) implements Grouped {
        /** Validates the grouping. */
        public GroupMedian {
            Checks.code("GroupMedian.grouping", grouping);
        }
    }

    /**
     * The mean of the economy's other indicators (COINr's {@code impute_by = "row"} with
     * {@code i_mean}).
     *
     * @param groupLevel     0 or a level {@code ≥ 2} (see {@link Row#groupLevel()})
     * @param normaliseFirst whether to min-max first (see {@link Row#normaliseFirst()})
     */
    record RowMean(int groupLevel, boolean normaliseFirst) implements Row {
        /** Validates the level. */
        public RowMean {
            checkGroupLevel("RowMean", groupLevel);
        }
    }

    /**
     * The median of the economy's other indicators.
     *
     * @param groupLevel     0 or a level {@code ≥ 2}
     * @param normaliseFirst whether to min-max first
     */
    record RowMedian(int groupLevel, boolean normaliseFirst) implements Row {
        /** Validates the level. */
        public RowMedian {
            checkGroupLevel("RowMedian", groupLevel);
        }
    }

    /**
     * The economy's latest earlier observation in the panel ({@code impute_panel},
     * {@code imp_type = "latest"}).
     *
     * @param maxSteps how many years back to look, {@code ≥ 0}; 0 = without limit (COINr's
     *     {@code max_time})
     */
    record LastObservation(int maxSteps) implements Panel {
        /** Validates the limit. */
        public LastObservation {
            if (maxSteps < 0) {
                throw new IllegalArgumentException("LastObservation.maxSteps must be >= 0: " + maxSteps);
            }
        }
    }

    /** The latest earlier observation, or the first one before it ({@code imp_type = "constant"}). */
    record Constant() implements Panel {
    }

    /**
     * Linear interpolation in time with flat ends; a single observation is held constant
     * ({@code imp_type = "linear-constant"}).
     */
    record Linear() implements Panel {
    }

    /**
     * A user function, applied to each indicator column, registered with the pipeline under a
     * name (COINr's user {@code f_i}).
     *
     * @param function the name, not blank
     */
    record Custom(String function) implements ImputeMethod {
        /** Validates the name. */
        public Custom {
            Checks.code("Custom.function", function);
        }
    }

    private static void checkGroupLevel(String method, int groupLevel) {
        if (groupLevel < 0 || groupLevel == 1) {
            throw new IllegalArgumentException(method + ".groupLevel must be 0 or >= 2: " + groupLevel);
        }
    }

    /** @return the column mean, COINr's default */
    static Mean mean() {
        return new Mean();
    }

    /** @return the column median */
    static Median median() {
        return new Median();
    }

    /**
     * The mean within groups of economies.
     *
     * @param grouping the name of the grouping supplied with the data
     * @return the method
     */
    static GroupMean groupMean(String grouping) {
        return new GroupMean(grouping);
    }

    /**
     * The median within groups of economies.
     *
     * @param grouping the name of the grouping supplied with the data
     * @return the method
     */
    static GroupMedian groupMedian(String grouping) {
        return new GroupMedian(grouping);
    }

    /** @return the row mean over all of an economy's indicators, normalised first */
    static RowMean rowMean() {
        return new RowMean(0, true);
    }

    /** @return the row median over all of an economy's indicators, normalised first */
    static RowMedian rowMedian() {
        return new RowMedian(0, true);
    }

    /** @return the latest earlier observation, without limit */
    static LastObservation lastObservation() {
        return new LastObservation(0);
    }

    /** @return the latest or first observation */
    static Constant constant() {
        return new Constant();
    }

    /** @return linear interpolation in time */
    static Linear linear() {
        return new Linear();
    }

    /**
     * A user function registered with the pipeline.
     *
     * @param function the name
     * @return the method
     */
    static Custom custom(String function) {
        return new Custom(function);
    }
}
