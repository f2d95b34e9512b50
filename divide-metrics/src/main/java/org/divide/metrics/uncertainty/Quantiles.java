package org.divide.metrics.uncertainty;

/**
 * The preparation of sorted outputs for their quantiles: how many are not {@code NaN}. The type-7
 * quantile itself is {@link org.divide.metrics.internal.numeric.SortedQuantiles#type7(double[], int, double)}.
 */
final class Quantiles {

    private Quantiles() {
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
