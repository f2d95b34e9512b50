package org.divide.metrics.inequality;

import org.divide.metrics.internal.sort.SortedOrder;
import org.divide.metrics.numeric.CompensatedSum;

/**
 * The Gini coefficient: by {@link GiniKernel} (buckets of the value range sorted and summed in
 * the cache) for the measure itself, or by one pass over a {@link SortedOrder} for the measures
 * that sort anyway (Wolfson, decomposition).
 *
 * <p>With the observations in ascending order, C̃_i the cumulative weight up to the middle of
 * the tie group of observation i (C̃_i = C_{i−1} + w_i/2 without ties), W = Σw and μ the mean,
 * <pre>
 *   G = Σ_i w_i (2C̃_i − W)(x_i − μ) / (W²μ) = Σ_i Σ_j w_i w_j |x_i − x_j| / (2W²μ).
 * </pre>
 * Centring both factors keeps the terms small; the pass uses compensated sums, and whole tie
 * groups are processed at once, so the result does not depend on the order of tied values.
 */
final class GiniIndex {

    static final String NAME = "Gini";

    private GiniIndex() {
    }

    /**
     * @param x       values; not modified
     * @param w       weights or {@code null}; not modified
     * @param options options (correction, NaN policy)
     * @return the Gini coefficient with the sample's counts
     */
    static Estimate estimate(double[] x, double[] w, InequalityOptions options) {
        Sample s = Sample.of(NAME, x, w, Domain.POSITIVE_MEAN, options);
        double g = s.isConstant() ? constant(s) : uncorrected(s, options.parallel());
        return s.estimate(g * Corrections.factor(options.smallSampleCorrection(), s));
    }

    /**
     * The uncorrected Gini coefficient by the fused sort-and-sum of {@link GiniKernel}.
     *
     * @param s        a sample whose values are not all equal
     * @param parallel whether the work may use the common fork-join pool
     * @return the uncorrected Gini coefficient, {@code NaN} when the mean is not positive
     */
    static double uncorrected(Sample s, boolean parallel) {
        double mu = s.mean();
        if (!(mu > 0)) {
            return Double.NaN;
        }
        return GiniKernel.centredSum(s, mu, parallel) / s.totalWeight / s.total;
    }

    /** @return 0, or {@code NaN} when the (constant) mean is not positive */
    static double constant(Sample s) {
        return s.min > 0 ? 0 : Double.NaN;
    }

    /**
     * @param s     the sample
     * @param order the sample ordered by value
     * @return the uncorrected Gini coefficient, {@code NaN} when the mean is not positive
     */
    static double uncorrected(Sample s, SortedOrder order) {
        double mu = s.mean();
        if (!(mu > 0)) {
            return Double.NaN;
        }
        double sum = s.w == null ? unweightedSum(order, mu) : weightedSum(order, s.totalWeight, mu);
        return sum / s.totalWeight / s.total;
    }

    private static double unweightedSum(SortedOrder order, double mu) {
        int n = order.size();
        CompensatedSum sum = new CompensatedSum();
        int i = 0;
        while (i < n) {
            double v = order.value(i);
            int j = i + 1;
            while (j < n && order.value(j) == v) {
                j++;
            }
            long g = j - i;
            sum.add((double) (2L * i + g - n) * g * (v - mu));
            i = j;
        }
        return sum.value();
    }

    private static double weightedSum(SortedOrder order, double totalWeight, double mu) {
        int n = order.size();
        CompensatedSum sum = new CompensatedSum();
        double cum = 0;
        double cumCompensation = 0;
        int i = 0;
        while (i < n) {
            double v = order.value(i);
            double gw = order.weight(i);
            int j = i + 1;
            while (j < n && order.value(j) == v) {
                gw += order.weight(j);
                j++;
            }
            sum.add((2 * (cum + cumCompensation) + gw - totalWeight) * gw * (v - mu));
            double t = cum + gw;
            cumCompensation += Math.abs(cum) >= gw ? (cum - t) + gw : (gw - t) + cum;
            cum = t;
            i = j;
        }
        return sum.value();
    }
}
