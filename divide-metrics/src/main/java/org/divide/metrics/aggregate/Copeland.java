package org.divide.metrics.aggregate;

import org.divide.metrics.internal.column.Args;

/**
 * Copeland aggregation: a non-compensatory ranking over the whole economies × indicators
 * matrix, so it has a matrix-level API rather than a per-row {@link Aggregator}.
 *
 * <p>For economies {@code i ≠ j}, with {@code K_ij} the indicators observed for both,
 * {@code O_ij = (Σ_{k∈K_ij: x_ik > x_jk} w_k + ½ Σ_{k∈K_ij: x_ik = x_jk} w_k) / Σ_{k∈K_ij} w_k};
 * economy {@code i} scores +1 against {@code j} if {@code O_ij > ½}, −1 if {@code O_ij < ½} and 0
 * on a tie (or when no indicator is observed for both), and its Copeland score is the sum over
 * {@code j} (Munda &amp; Nardo 2009, doi:10.1080/00036840601019059; OECD/JRC Handbook 2008, §1.7.4).
 * Ties of {@code O_ij} with ½ are decided within a relative tolerance of 1e-12 of the weights, so
 * that weights such as thirds do not tip a tie by rounding.
 *
 * <p><b>Missing values and COINr.</b> Without missing values this is COINr 1.1.14's
 * {@code a_copeland} (which is reachable from {@code Aggregate} only through a wrapper). With
 * missing values COINr divides by the total weight of all indicators and sets
 * {@code O_ji = 1 − O_ij} for {@code i < j}, so the weight of an indicator missing for either
 * economy goes to the economy that comes later in the data: the result depends on the row order.
 * Here the comparison uses only the indicators observed for both (pairwise complete), which is
 * symmetric (the parity tests reproduce COINr's rule in test code).
 *
 * <p>Cost: O(n² k) time for n economies and k indicators; {@link #outranking} also needs O(n²)
 * memory, {@link #scores} O(n).
 */
public final class Copeland {

    private static final double TOLERANCE = 1e-12;

    private Copeland() {
    }

    /**
     * Copeland scores with pairwise-complete comparisons.
     *
     * @param columns {@code columns[k][i]}: indicator {@code k}'s value for economy {@code i},
     *     {@code NaN} = missing (not modified)
     * @param weights one relative weight per indicator (not modified)
     * @return a new array of scores, one per economy, in {@code [−(n−1), n−1]}
     * @throws IllegalArgumentException if the columns are ragged, the weights invalid or their
     *     number different from the number of columns
     */
    public static double[] scores(double[][] columns, double[] weights) {
        return compute(columns, weights, null);
    }

    /**
     * The outranking matrix, the Copeland scores and the dominance pairs (pairwise complete).
     *
     * @param columns the indicator columns (not modified)
     * @param weights one relative weight per indicator (not modified)
     * @return the outranking result
     * @throws IllegalArgumentException as {@link #scores}
     */
    public static Outranking outranking(double[][] columns, double[] weights) {
        int n = economies(columns, weights);
        double[][] matrix = new double[n][n];
        double[] s = compute(columns, weights, matrix);
        int dominant = 0;
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                if (i != j && matrix[i][j] == 1) {
                    dominant++;
                }
            }
        }
        double pairs = n * (n - 1.0) / 2;
        return new Outranking(matrix, s, dominant, pairs > 0 ? dominant / pairs : Double.NaN);
    }

    private static int economies(double[][] columns, double[] weights) {
        int n = Args.columns("columns", columns);
        Args.weights("weights", weights);
        Args.sameLength("columns", columns.length, "weights", weights.length);
        return n;
    }

    private static double[] compute(double[][] columns, double[] weights, double[][] matrix) {
        int n = economies(columns, weights);
        double total = 0;
        for (double w : weights) {
            total += w;
        }
        double[] score = new double[n];
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                double greater = 0;
                double equal = 0;
                double both = 0;
                for (int k = 0; k < columns.length; k++) {
                    double a = columns[k][i];
                    double b = columns[k][j];
                    if (Double.isNaN(a) || Double.isNaN(b)) {
                        continue;
                    }
                    double w = weights[k];
                    both += w;
                    if (a > b) {
                        greater += w;
                    } else if (a == b) {
                        equal += w;
                    }
                }
                double gap = 2 * greater + equal - both;
                int s = both == 0 || Math.abs(gap) <= TOLERANCE * total ? 0 : gap > 0 ? 1 : -1;
                score[i] += s;
                score[j] -= s;
                if (matrix != null) {
                    matrix[i][j] = both == 0 ? 0.5 : (greater + equal / 2) / both;
                    matrix[j][i] = both == 0 ? 0.5 : (both - greater - equal + equal / 2) / both;
                }
            }
        }
        return score;
    }
}
