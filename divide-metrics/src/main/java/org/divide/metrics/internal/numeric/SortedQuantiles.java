package org.divide.metrics.internal.numeric;

/**
 * The one type-7 sample quantile of the module (Hyndman and Fan 1996, R's default
 * {@code quantile(type = 7)}), read off values already in ascending order: with the 1-based index
 * h = 1 + (n − 1)p, Q(p) = (1 − f) x_(⌊h⌋) + f x_(⌈h⌉), f = h − ⌊h⌋, in R's arithmetic
 * ({@code stats:::quantile.default}, R 4.x: no interpolation between equal neighbours, so
 * infinite values pass through). Used by {@code concentration.Quantiles}, the bootstrap
 * intervals of {@code inference} and the summaries of {@code uncertainty}. O(1); no allocation.
 *
 * <p>Reference: R. J. Hyndman and Y. Fan (1996), Sample quantiles in statistical packages, The
 * American Statistician 50(4), 361–365, doi:10.1080/00031305.1996.10473566. <strong>Not
 * API.</strong>
 */
public final class SortedQuantiles {

    private SortedQuantiles() {
    }

    /**
     * Returns the type-7 quantile of sorted values.
     *
     * @param sorted the values in ascending order, at least one; not modified
     * @param p      the probability in [0, 1]
     * @return the quantile
     */
    public static double type7(double[] sorted, double p) {
        return type7(sorted, sorted.length, p);
    }

    /**
     * Returns the type-7 quantile of the first {@code n} values of a sorted array.
     *
     * @param sorted the values, the first {@code n} in ascending order; not modified
     * @param n      how many leading values to use, at least 1
     * @param p      the probability in [0, 1]
     * @return the quantile
     */
    public static double type7(double[] sorted, int n, double p) {
        double index = 1 + (n - 1) * p;
        int lo = (int) Math.floor(index);
        int hi = (int) Math.ceil(index);
        double q = sorted[lo - 1];
        if (index > lo && sorted[hi - 1] != q) {
            double h = index - lo;
            q = (1 - h) * q + h * sorted[hi - 1];
        }
        return q;
    }
}
