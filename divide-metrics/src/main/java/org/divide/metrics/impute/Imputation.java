package org.divide.metrics.impute;

import java.util.function.ToDoubleFunction;

import org.divide.metrics.internal.column.Args;
import org.divide.metrics.internal.column.Groups;
import org.divide.metrics.internal.column.NanStats;

/**
 * COINr 1.1.14's column imputation functions as {@link Imputer}s:
 *
 * <ul>
 * <li>{@link #mean()}: every missing cell ← the mean of the present values ({@code i_mean},
 *     COINr's default);</li>
 * <li>{@link #median()}: ← the median ({@code i_median});</li>
 * <li>{@link #groupMean(String[])}: ← the mean of the present values in the economy's group
 *     ({@code i_mean_grp}, e.g. income group or region);</li>
 * <li>{@link #groupMedian(String[])}: ← the group median ({@code i_median_grp}).</li>
 * </ul>
 *
 * <p>An economy with a {@code null} group label is left as it is and does not enter any group's
 * statistic (COINr's {@code skip_f_na = TRUE}). A group with no present value leaves its missing
 * cells missing. The mean is R's {@code mean(na.rm = TRUE)}, the median R's {@code median}.
 * Cost: O(n), O(n log n) for the medians.
 *
 * <pre>{@code
 * ImputationResult r = Imputation.groupMean(incomeGroups).apply(column);
 * }</pre>
 */
public final class Imputation {

    private Imputation() {
    }

    /**
     * Imputation by the column mean.
     *
     * @return the imputer
     */
    public static Imputer mean() {
        return x -> fill(x, NanStats.mean(x));
    }

    /**
     * Imputation by the column median.
     *
     * @return the imputer
     */
    public static Imputer median() {
        return x -> fill(x, NanStats.median(x));
    }

    /**
     * Imputation by the mean of the economy's group.
     *
     * @param groups the group label of each economy, {@code null} = none (copied)
     * @return the imputer, for columns of {@code groups.length} economies
     * @throws IllegalArgumentException if {@code groups} is {@code null}
     */
    public static Imputer groupMean(String[] groups) {
        return byGroup(groups, NanStats::mean);
    }

    /**
     * Imputation by the median of the economy's group.
     *
     * @param groups the group label of each economy, {@code null} = none (copied)
     * @return the imputer, for columns of {@code groups.length} economies
     * @throws IllegalArgumentException if {@code groups} is {@code null}
     */
    public static Imputer groupMedian(String[] groups) {
        return byGroup(groups, NanStats::median);
    }

    private static Imputer byGroup(String[] groups, ToDoubleFunction<double[]> statistic) {
        String[] g = Args.notNull("groups", groups).clone();
        java.util.Collection<int[]> members = Groups.members(g).values();
        return x -> {
            Args.sameLength("column", x.length, "groups", g.length);
            double[] out = x.clone();
            for (int[] idx : members) {
                double v = statistic.applyAsDouble(Groups.select(x, idx));
                for (int i : idx) {
                    if (Double.isNaN(out[i])) {
                        out[i] = v;
                    }
                }
            }
            return out;
        };
    }

    private static double[] fill(double[] x, double value) {
        double[] out = x.clone();
        for (int i = 0; i < out.length; i++) {
            if (Double.isNaN(out[i])) {
                out[i] = value;
            }
        }
        return out;
    }
}
