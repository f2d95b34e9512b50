package org.divide.metrics.mobility;

import java.util.Arrays;

import org.divide.metrics.concentration.QuantileDefinition;
import org.divide.metrics.concentration.Quantiles;
import org.divide.metrics.dynamics.TierScheme;
import org.divide.metrics.internal.column.Args;

/**
 * Quantile classes of one set of values, as mapclassify's {@code Quantiles(y, k)} (used by giddy
 * for its Markov chains) draws them.
 *
 * <p>The bins are the upper bounds b_j = Q(j/k), j = 1 … k, where Q is the linear-interpolation
 * quantile ({@code scipy.stats.scoreatpercentile}, R's type 7), so that the last bin is the
 * maximum; repeated bounds are merged ({@code np.unique}), so that with many ties there are
 * <em>fewer than k classes</em> (mapclassify warns "Not enough unique values in array to form k
 * classes" and lowers k). A value x is in class j (0-based) when b_{j−1} &lt; x ≤ b_j (b_{−1} =
 * −∞): a value equal to a bound is in the lower class. Missing values ({@code NaN}) get class −1
 * and take no part in the bounds. Cost: O(n log n).
 *
 * @param bins    the upper bounds of the classes, ascending, the last the maximum (copied)
 * @param classes the class of every value, 0 … bins.length − 1, or −1 for {@code NaN} (copied)
 * @param counts  the number of values in each class (copied)
 */
public record QuantileClasses(double[] bins, int[] classes, int[] counts) {

    /** Copies the arrays. */
    public QuantileClasses {
        bins = bins.clone();
        classes = classes.clone();
        counts = counts.clone();
    }

    /**
     * Classifies values into k quantile classes.
     *
     * @param y the values; {@code NaN} = missing; not modified
     * @param k the number of classes asked for, ≥ 1
     * @return the classes (k or fewer, see the class description)
     * @throws IllegalArgumentException if {@code y} is {@code null}, holds an infinite value or no
     *                                  value, or {@code k < 1}
     */
    public static QuantileClasses of(double[] y, int k) {
        Args.notNull("y", y);
        if (k < 1) {
            throw new IllegalArgumentException("k must be >= 1: " + k);
        }
        double[] v = Arrays.stream(y).filter(d -> !Double.isNaN(d)).toArray();
        for (int i = 0; i < y.length; i++) {
            if (Double.isInfinite(y[i])) {
                throw new IllegalArgumentException("y[" + i + "] is infinite: " + y[i]);
            }
        }
        if (v.length == 0) {
            throw new IllegalArgumentException("y holds no value");
        }
        double[] p = new double[k];
        for (int j = 1; j <= k; j++) {
            p[j - 1] = j == k ? 1.0 : (double) j / k;
        }
        double[] bins = Arrays.stream(Quantiles.quantiles(v, null, p, QuantileDefinition.TYPE_7)).sorted().distinct()
                .toArray();
        int[] classes = TierScheme.assign(y, Arrays.copyOf(bins, bins.length - 1));
        int[] counts = new int[bins.length];
        for (int c : classes) {
            if (c >= 0) {
                counts[c]++;
            }
        }
        return new QuantileClasses(bins, classes, counts);
    }

    /** @return the number of classes formed (at most the k asked for) */
    public int k() {
        return bins.length;
    }

    /** @return a copy of the upper bounds */
    @Override
    public double[] bins() {
        return bins.clone();
    }

    /** @return a copy of the classes */
    @Override
    public int[] classes() {
        return classes.clone();
    }

    /** @return a copy of the counts */
    @Override
    public int[] counts() {
        return counts.clone();
    }

    /**
     * Compares the arrays by content.
     *
     * @param o the other object
     * @return whether equal
     */
    @Override
    public boolean equals(Object o) {
        return o instanceof QuantileClasses q && Arrays.equals(bins, q.bins) && Arrays.equals(classes, q.classes)
                && Arrays.equals(counts, q.counts);
    }

    /** @return a hash of the arrays */
    @Override
    public int hashCode() {
        return (Arrays.hashCode(bins) * 31 + Arrays.hashCode(classes)) * 31 + Arrays.hashCode(counts);
    }

    /** @return the bins and counts */
    @Override
    public String toString() {
        return "QuantileClasses[bins=" + Arrays.toString(bins) + ", counts=" + Arrays.toString(counts) + "]";
    }
}
