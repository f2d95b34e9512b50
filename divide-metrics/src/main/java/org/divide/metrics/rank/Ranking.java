package org.divide.metrics.rank;

import java.util.Arrays;

import org.divide.core.spec.RankTies;
import org.divide.metrics.internal.column.Args;
import org.divide.metrics.internal.column.Groups;

/**
 * Ranks of scores. {@link #competition(double[])} is the ranking of composite-index results:
 * the highest score ranks 1 and tied scores share the best rank ("1224"), exactly R's
 * {@code rank(-x, ties.method = "min", na.last = "keep")} used by COINr's {@code get_results} and
 * {@code rank_df}. {@link #ascending(double[], RankTies)} is R's {@code rank(x, ties.method, na.last =
 * "keep")}, on which the rank, Borda and percentile-rank normalisations are built.
 *
 * <p>Missing values ({@code NaN}) are not ranked: their rank is {@code NaN}, and they do not count
 * towards the ranks of the others. {@code -0.0} and {@code 0.0} are equal. Infinite values are
 * ranked like any other. Ranks are returned as {@code double} so that missing ranks and average
 * ranks fit. Cost: one sort, O(n log n).
 */
public final class Ranking {

    private Ranking() {
    }

    /**
     * Competition ranks, higher score = better (smaller) rank, ties take the best rank:
     * {@code rank_i = 1 + #{j : x_j > x_i}}.
     *
     * @param scores the scores, {@code NaN} = missing (not modified)
     * @return a new array of ranks, {@code NaN} where the score is missing
     * @throws IllegalArgumentException if {@code scores} is {@code null}
     */
    public static double[] competition(double[] scores) {
        Args.notNull("scores", scores);
        double[] negated = new double[scores.length];
        for (int i = 0; i < scores.length; i++) {
            negated[i] = -scores[i];
        }
        return ascending(negated, RankTies.MIN);
    }

    /**
     * Competition ranks computed separately within each group (COINr's {@code rank_df} with
     * {@code use_group}): economy {@code i} is ranked among the economies with the same label.
     * Economies whose label is {@code null} get a {@code NaN} rank.
     *
     * @param scores the scores, {@code NaN} = missing (not modified)
     * @param groups the group label of each economy (not modified)
     * @return a new array of within-group ranks
     * @throws IllegalArgumentException if an argument is {@code null} or the lengths differ
     */
    public static double[] competitionWithinGroups(double[] scores, String[] groups) {
        Args.notNull("scores", scores);
        Args.notNull("groups", groups);
        Args.sameLength("scores", scores.length, "groups", groups.length);
        double[] out = new double[scores.length];
        Arrays.fill(out, Double.NaN);
        for (int[] idx : Groups.members(groups).values()) {
            double[] r = competition(Groups.select(scores, idx));
            for (int k = 0; k < idx.length; k++) {
                out[idx[k]] = r[k];
            }
        }
        return out;
    }

    /**
     * Ascending ranks, smallest value = rank 1, R's {@code rank(x, ties.method = ties, na.last =
     * "keep")}.
     *
     * @param x    the values, {@code NaN} = missing (not modified)
     * @param ties how tied values share ranks
     * @return a new array of ranks in {@code [1, n]} where {@code n} is the number of non-NaN
     *     values, {@code NaN} where the value is missing
     * @throws IllegalArgumentException if an argument is {@code null}
     */
    public static double[] ascending(double[] x, RankTies ties) {
        Args.notNull("x", x);
        Args.notNull("ties", ties);
        double[] sorted = new double[x.length];
        int n = 0;
        for (double v : x) {
            if (!Double.isNaN(v)) {
                sorted[n++] = v + 0.0; // -0.0 + 0.0 == +0.0: ties of zeros sort together
            }
        }
        sorted = Arrays.copyOf(sorted, n);
        Arrays.sort(sorted);
        double[] out = new double[x.length];
        int[] nextFirst = ties == RankTies.FIRST ? new int[n] : null;
        for (int i = 0; i < x.length; i++) {
            double v = x[i];
            if (Double.isNaN(v)) {
                out[i] = Double.NaN;
                continue;
            }
            v += 0.0;
            int lo = lowerBound(sorted, v);
            switch (ties) {
                case MIN:
                    out[i] = lo + 1;
                    break;
                case MAX:
                    out[i] = upperBound(sorted, v);
                    break;
                case AVERAGE:
                    out[i] = (lo + 1 + upperBound(sorted, v)) / 2.0;
                    break;
                case FIRST:
                    out[i] = lo + 1 + nextFirst[lo]++;
                    break;
                default:
                    throw new AssertionError(ties);
            }
        }
        return out;
    }

    /** First position whose value is {@code >= v} in the ascending array. */
    private static int lowerBound(double[] a, double v) {
        int lo = 0;
        int hi = a.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (a[mid] < v) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** First position whose value is {@code > v} in the ascending array. */
    private static int upperBound(double[] a, double v) {
        int lo = 0;
        int hi = a.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (a[mid] <= v) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
