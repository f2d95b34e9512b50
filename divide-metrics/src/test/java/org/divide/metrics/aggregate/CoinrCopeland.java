package org.divide.metrics.aggregate;

/**
 * COINr 1.1.14's rule for Copeland scores with missing values, for parity checks only: the
 * outranking share of {@code i} over {@code j} ({@code i < j}) is divided by the total weight of
 * all indicators, and {@code O_ji = 1 − O_ij}, so the weight of an indicator missing for either
 * economy goes to the later one. Equal to {@link Copeland#scores} when nothing is missing.
 */
final class CoinrCopeland {

    private static final double TOLERANCE = 1e-12;

    private CoinrCopeland() {
    }

    /**
     * Copeland scores by COINr's rule.
     *
     * @param columns {@code columns[k][i]}: indicator {@code k}'s value for economy {@code i}
     * @param weights one weight per indicator
     * @return the scores, one per economy
     */
    static double[] scores(double[][] columns, double[] weights) {
        Copeland.scores(columns, weights); // the same argument checks
        int n = columns[0].length;
        double total = 0;
        for (double w : weights) {
            total += w;
        }
        double[] score = new double[n];
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                double greater = 0;
                double equal = 0;
                for (int k = 0; k < columns.length; k++) {
                    double a = columns[k][i];
                    double b = columns[k][j];
                    if (Double.isNaN(a) || Double.isNaN(b)) {
                        continue;
                    }
                    if (a > b) {
                        greater += weights[k];
                    } else if (a == b) {
                        equal += weights[k];
                    }
                }
                double gap = 2 * greater + equal - total;
                int s = total == 0 || Math.abs(gap) <= TOLERANCE * total ? 0 : gap > 0 ? 1 : -1;
                score[i] += s;
                score[j] -= s;
            }
        }
        return score;
    }
}
