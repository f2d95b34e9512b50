package org.divide.metrics.uncertainty;

import java.util.Arrays;
import java.util.Objects;

/**
 * The distribution of one output over the runs of an analysis. Runs whose output is {@code NaN}
 * (undefined) are left out and counted in {@code missing}; with no defined value every statistic
 * is {@code NaN}.
 *
 * @param count             the runs with a defined value, n
 * @param missing           the runs whose value is {@code NaN}
 * @param mean              the mean x̄
 * @param standardDeviation √(Σ (x − x̄)² / (n − 1)); {@code NaN} when n &lt; 2
 * @param min               the smallest value
 * @param median            the median (type-7 quantile at 0.5)
 * @param max               the largest value
 * @param probabilities     the probabilities of the requested quantiles, ascending (copied in and
 *                          out)
 * @param quantiles         the type-7 quantiles (R's default: linear interpolation between order
 *                          statistics) at those probabilities (copied in and out)
 */
public record OutputDistribution(int count, int missing, double mean, double standardDeviation, double min,
        double median, double max, double[] probabilities, double[] quantiles) {

    /**
     * Checks and copies.
     *
     * @throws IllegalArgumentException if a count is negative, or the arrays are {@code null} or of
     *                                  different lengths
     */
    public OutputDistribution {
        if (count < 0 || missing < 0) {
            throw new IllegalArgumentException("counts must be >= 0: " + count + ", " + missing);
        }
        if (probabilities == null || quantiles == null || probabilities.length != quantiles.length) {
            throw new IllegalArgumentException("probabilities and quantiles must be non-null and of equal length");
        }
        probabilities = probabilities.clone();
        quantiles = quantiles.clone();
    }

    /**
     * Returns a copy of the probabilities.
     *
     * @return a new array
     */
    @Override
    public double[] probabilities() {
        return probabilities.clone();
    }

    /**
     * Returns a copy of the quantiles.
     *
     * @return a new array
     */
    @Override
    public double[] quantiles() {
        return quantiles.clone();
    }

    /**
     * Returns the quantile at one of the requested probabilities.
     *
     * @param p the probability, exactly as requested (for example 0.05)
     * @return the quantile
     * @throws IllegalArgumentException if {@code p} was not requested
     */
    public double quantile(double p) {
        for (int i = 0; i < probabilities.length; i++) {
            if (probabilities[i] == p) {
                return quantiles[i];
            }
        }
        throw new IllegalArgumentException("quantile " + p + " was not requested; requested: "
                + Arrays.toString(probabilities));
    }

    /**
     * Compares every component, the arrays by content.
     *
     * @param o the other object
     * @return whether the two are equal
     */
    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof OutputDistribution)) {
            return false;
        }
        OutputDistribution d = (OutputDistribution) o;
        return count == d.count && missing == d.missing && Double.compare(mean, d.mean) == 0
                && Double.compare(standardDeviation, d.standardDeviation) == 0 && Double.compare(min, d.min) == 0
                && Double.compare(median, d.median) == 0 && Double.compare(max, d.max) == 0
                && Arrays.equals(probabilities, d.probabilities) && Arrays.equals(quantiles, d.quantiles);
    }

    /**
     * Hashes every component, the arrays by content.
     *
     * @return the hash code
     */
    @Override
    public int hashCode() {
        return Objects.hash(count, missing, mean, standardDeviation, min, median, max) * 31
                + Arrays.hashCode(probabilities) * 17 + Arrays.hashCode(quantiles);
    }

    /**
     * Describes the distribution.
     *
     * @return the components, the arrays by content
     */
    @Override
    public String toString() {
        return "OutputDistribution[count=" + count + ", missing=" + missing + ", mean=" + mean
                + ", standardDeviation=" + standardDeviation + ", min=" + min + ", median=" + median + ", max="
                + max + ", probabilities=" + Arrays.toString(probabilities) + ", quantiles="
                + Arrays.toString(quantiles) + "]";
    }
}
