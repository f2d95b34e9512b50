package org.divide.metrics.inference;

import java.util.Arrays;
import java.util.Objects;

/**
 * A bootstrap confidence interval and the summary of its replicates.
 *
 * @param estimate        θ̂, the statistic on the full sample
 * @param lower           the lower bound
 * @param upper           the upper bound
 * @param confidence      the level 1 − α, in (0, 1)
 * @param method          the method actually applied: {@link IntervalMethod#PERCENTILE} when BCa
 *                        was asked for but fell back (see {@link IntervalMethod#BCA})
 * @param replicates      B, the number of bootstrap replicates
 * @param standardError   the bootstrap standard error √(Σ (θ*_b − θ̄*)² / (B − 1))
 * @param bias            the bootstrap bias estimate θ̄* − θ̂
 * @param biasCorrection  the BCa z_0 ({@code NaN} for the percentile method)
 * @param acceleration    the BCa acceleration a ({@code NaN} for the percentile method)
 * @param replicateValues the replicates θ*_0 … θ*_(B−1) in replicate order (copied in and out)
 */
public record BootstrapInterval(double estimate, double lower, double upper, double confidence,
        IntervalMethod method, int replicates, double standardError, double bias, double biasCorrection,
        double acceleration, double[] replicateValues) {

    /**
     * Checks and copies.
     *
     * @throws IllegalArgumentException if the confidence is outside (0, 1), the method is
     *                                  {@code null}, or the replicate values are {@code null} or not
     *                                  {@code replicates} long
     */
    public BootstrapInterval {
        if (!(confidence > 0 && confidence < 1)) {
            throw new IllegalArgumentException("confidence must be in (0, 1): " + confidence);
        }
        if (method == null) {
            throw new IllegalArgumentException("method is null");
        }
        if (replicateValues == null || replicateValues.length != replicates) {
            throw new IllegalArgumentException("replicateValues must hold " + replicates + " values");
        }
        replicateValues = replicateValues.clone();
    }

    /**
     * Returns a copy of the replicates in replicate order.
     *
     * @return a new array of B values
     */
    @Override
    public double[] replicateValues() {
        return replicateValues.clone();
    }

    /**
     * Returns whether the interval contains a value, {@code lower ≤ value ≤ upper}.
     *
     * @param value the value
     * @return {@code true} if it lies in the closed interval
     */
    public boolean contains(double value) {
        return lower <= value && value <= upper;
    }

    /**
     * Compares every component, the replicate values by content.
     *
     * @param o the other object
     * @return whether the two intervals are equal
     */
    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof BootstrapInterval)) {
            return false;
        }
        BootstrapInterval b = (BootstrapInterval) o;
        return Double.compare(estimate, b.estimate) == 0 && Double.compare(lower, b.lower) == 0
                && Double.compare(upper, b.upper) == 0 && Double.compare(confidence, b.confidence) == 0
                && method == b.method && replicates == b.replicates
                && Double.compare(standardError, b.standardError) == 0 && Double.compare(bias, b.bias) == 0
                && Double.compare(biasCorrection, b.biasCorrection) == 0
                && Double.compare(acceleration, b.acceleration) == 0
                && Arrays.equals(replicateValues, b.replicateValues);
    }

    /**
     * Hashes every component, the replicate values by content.
     *
     * @return the hash code
     */
    @Override
    public int hashCode() {
        return Objects.hash(estimate, lower, upper, confidence, method, replicates, standardError, bias,
                biasCorrection, acceleration) * 31 + Arrays.hashCode(replicateValues);
    }

    /**
     * Describes the interval without the replicate values.
     *
     * @return the description
     */
    @Override
    public String toString() {
        return "BootstrapInterval[estimate=" + estimate + ", lower=" + lower + ", upper=" + upper
                + ", confidence=" + confidence + ", method=" + method + ", replicates=" + replicates
                + ", standardError=" + standardError + ", bias=" + bias + ", biasCorrection=" + biasCorrection
                + ", acceleration=" + acceleration + "]";
    }
}
