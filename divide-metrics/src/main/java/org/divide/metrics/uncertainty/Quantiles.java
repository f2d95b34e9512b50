package org.divide.metrics.uncertainty;

/** Sample quantiles by linear interpolation (Hyndman and Fan's type 7, R's default). */
final class Quantiles {

    private Quantiles() {
    }

    /**
     * Returns the type-7 quantile of the first {@code n} values of a sorted array: with
     * h = (n − 1) p, x_(⌊h⌋) + (h − ⌊h⌋)(x_(⌊h⌋+1) − x_(⌊h⌋)) (0-based order statistics).
     *
     * @param sorted the values in ascending order (read only)
     * @param n      how many leading values to use, at least 1
     * @param p      the probability in [0, 1]
     * @return the quantile
     */
    static double type7(double[] sorted, int n, double p) {
        double h = (n - 1) * p;
        int lo = (int) Math.floor(h);
        if (lo >= n - 1) {
            return sorted[n - 1];
        }
        double lower = sorted[lo];
        double upper = sorted[lo + 1];
        return lower == upper ? lower : lower + (h - lo) * (upper - lower);
    }

    /**
     * Returns the number of leading values that are not {@code NaN} in an array sorted by
     * {@link java.util.Arrays#sort(double[])} (which puts {@code NaN}s last).
     *
     * @param sorted the sorted values
     * @return the count of values before the first {@code NaN}
     */
    static int countNotNaN(double[] sorted) {
        int n = sorted.length;
        while (n > 0 && Double.isNaN(sorted[n - 1])) {
            n--;
        }
        return n;
    }
}
