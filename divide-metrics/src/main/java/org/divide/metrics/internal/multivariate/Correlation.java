package org.divide.metrics.internal.multivariate;

import org.divide.core.spec.RankTies;
import org.divide.metrics.rank.Ranking;

/**
 * Covariance, Pearson and Spearman correlation of two columns over the pairs where both are present (R's
 * {@code cor(use = "pairwise.complete.obs")}). Not API.
 */
public final class Correlation {

    private Correlation() {
    }

    /**
     * Pearson's r over the complete pairs, computed in two passes around the means.
     *
     * @param x the first column (not modified)
     * @param y the second column, same length (not modified)
     * @return r, or {@code NaN} with fewer than two complete pairs or a zero variance
     */
    public static double pearson(double[] x, double[] y) {
        double[] means = pairMeans(x, y);
        if (means == null) {
            return Double.NaN;
        }
        double mx = means[0];
        double my = means[1];
        double sxx = 0;
        double syy = 0;
        double sxy = 0;
        for (int i = 0; i < x.length; i++) {
            if (!Double.isNaN(x[i]) && !Double.isNaN(y[i])) {
                double dx = x[i] - mx;
                double dy = y[i] - my;
                sxx += dx * dx;
                syy += dy * dy;
                sxy += dx * dy;
            }
        }
        if (sxx == 0 || syy == 0) {
            return Double.NaN;
        }
        double r = sxy / Math.sqrt(sxx * syy);
        return Math.max(-1, Math.min(1, r));
    }

    /**
     * The sample covariance over the complete pairs, around the means of those pairs, with
     * denominator {@code n − 1}.
     *
     * @param x the first column (not modified)
     * @param y the second column, same length (not modified)
     * @return the covariance, or {@code NaN} with fewer than two complete pairs
     */
    public static double covariance(double[] x, double[] y) {
        double[] means = pairMeans(x, y);
        if (means == null) {
            return Double.NaN;
        }
        double s = 0;
        int n = 0;
        for (int i = 0; i < x.length; i++) {
            if (!Double.isNaN(x[i]) && !Double.isNaN(y[i])) {
                s += (x[i] - means[0]) * (y[i] - means[1]);
                n++;
            }
        }
        return s / (n - 1);
    }

    /** The means of x and y over the complete pairs, or null below two pairs. */
    private static double[] pairMeans(double[] x, double[] y) {
        int n = 0;
        double sx = 0;
        double sy = 0;
        for (int i = 0; i < x.length; i++) {
            if (!Double.isNaN(x[i]) && !Double.isNaN(y[i])) {
                n++;
                sx += x[i];
                sy += y[i];
            }
        }
        return n < 2 ? null : new double[] {sx / n, sy / n};
    }

    /**
     * Spearman's ρ: Pearson's r of the average ranks, ranked over the complete pairs only (as R's
     * {@code cor(method = "spearman", use = "pairwise.complete.obs")}).
     *
     * @param x the first column (not modified)
     * @param y the second column, same length (not modified)
     * @return ρ, or {@code NaN} as {@link #pearson}
     */
    public static double spearman(double[] x, double[] y) {
        double[] cx = x.clone();
        double[] cy = y.clone();
        for (int i = 0; i < x.length; i++) {
            if (Double.isNaN(x[i]) || Double.isNaN(y[i])) {
                cx[i] = Double.NaN;
                cy[i] = Double.NaN;
            }
        }
        return pearson(Ranking.ascending(cx, RankTies.AVERAGE), Ranking.ascending(cy, RankTies.AVERAGE));
    }

    /**
     * The number of complete pairs.
     *
     * @param x the first column (not modified)
     * @param y the second column (not modified)
     * @return how many positions have both values
     */
    public static int pairs(double[] x, double[] y) {
        int n = 0;
        for (int i = 0; i < x.length; i++) {
            if (!Double.isNaN(x[i]) && !Double.isNaN(y[i])) {
                n++;
            }
        }
        return n;
    }
}
