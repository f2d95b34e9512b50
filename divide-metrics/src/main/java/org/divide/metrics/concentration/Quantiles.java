package org.divide.metrics.concentration;

import org.divide.metrics.internal.column.Args;
import org.divide.metrics.internal.numeric.SortedQuantiles;
import org.divide.metrics.numeric.CompensatedSum;

/**
 * Sample quantiles, unweighted (R's {@code quantile(type = 7)} by default) and weighted; see
 * {@link QuantileDefinition} for the formulas.
 *
 * <p>Values must be finite; weights ({@code null} for an unweighted sample) must have the length of
 * the values and be finite and non-negative with a positive total. Probabilities must lie in
 * {@code [0, 1]}. Violations throw {@link IllegalArgumentException} naming the argument, the index
 * and the value. Cost: one sort, O(n log n), then O(n) per probability (O(1) unweighted). No input
 * array is modified.
 */
public final class Quantiles {

    private Quantiles() {
    }

    /**
     * Returns R's {@code quantile(x, p)} (type 7).
     *
     * @param x the values (not modified)
     * @param p the probability in {@code [0, 1]}
     * @return the quantile
     * @throws IllegalArgumentException if {@code x} is {@code null}, empty or not finite, or
     *                                  {@code p} is outside {@code [0, 1]}
     */
    public static double quantile(double[] x, double p) {
        return quantile(x, null, p, QuantileDefinition.TYPE_7);
    }

    /**
     * Returns the weighted type-7 quantile (Akinshin 2023; R's type 7 when {@code w} is
     * {@code null} or constant).
     *
     * @param x the values (not modified)
     * @param w the weights, or {@code null} for an unweighted sample (not modified)
     * @param p the probability in {@code [0, 1]}
     * @return the quantile
     * @throws IllegalArgumentException if an argument is invalid
     */
    public static double quantile(double[] x, double[] w, double p) {
        return quantile(x, w, p, QuantileDefinition.TYPE_7);
    }

    /**
     * Returns a quantile under the given definition.
     *
     * @param x          the values (not modified)
     * @param w          the weights, or {@code null} for an unweighted sample (not modified)
     * @param p          the probability in {@code [0, 1]}
     * @param definition the quantile definition
     * @return the quantile
     * @throws IllegalArgumentException if an argument is invalid
     */
    public static double quantile(double[] x, double[] w, double p, QuantileDefinition definition) {
        return quantiles(x, w, new double[] {p}, definition)[0];
    }

    /**
     * Returns several quantiles of one sample, sorting it once.
     *
     * @param x          the values (not modified)
     * @param w          the weights, or {@code null} for an unweighted sample (not modified)
     * @param probs      the probabilities, each in {@code [0, 1]} (not modified)
     * @param definition the quantile definition
     * @return a new array of the quantiles, one per probability
     * @throws IllegalArgumentException if an argument is invalid
     */
    public static double[] quantiles(double[] x, double[] w, double[] probs, QuantileDefinition definition) {
        Args.finite("x", x);
        Args.amountWeights(w, x.length);
        if (probs == null) {
            throw new IllegalArgumentException("probs is null");
        }
        for (int i = 0; i < probs.length; i++) {
            Args.unitInterval("probs[" + i + "]", probs[i]);
        }
        if (definition == null) {
            throw new IllegalArgumentException("definition is null");
        }
        SortedSample s = sorted(x, w);
        double[] q = new double[probs.length];
        for (int i = 0; i < q.length; i++) {
            q[i] = of(s, probs[i], definition);
        }
        return q;
    }

    /**
     * Sorts a validated sample; when the positive weights are all equal the units of weight 0 are
     * dropped and the weights forgotten, so the unweighted (R) arithmetic applies.
     *
     * @param x the values (not modified)
     * @param w the weights or {@code null} (not modified)
     * @return the sorted sample
     */
    static SortedSample sorted(double[] x, double[] w) {
        if (w == null) {
            return SortedSample.of(x, null);
        }
        double common = 0;
        int positive = 0;
        boolean equal = true;
        for (double wi : w) {
            if (wi > 0) {
                if (positive == 0) {
                    common = wi;
                } else if (wi != common) {
                    equal = false;
                    break;
                }
                positive++;
            }
        }
        if (!equal) {
            return SortedSample.of(x, w);
        }
        double[] kept = new double[positive];
        int k = 0;
        for (int i = 0; i < x.length; i++) {
            if (w[i] > 0) {
                kept[k++] = x[i];
            }
        }
        return SortedSample.of(kept, null);
    }

    /**
     * Returns a quantile of a sorted sample.
     *
     * @param s          the sorted sample
     * @param p          the probability in {@code [0, 1]}
     * @param definition the definition
     * @return the quantile
     */
    static double of(SortedSample s, double p, QuantileDefinition definition) {
        if (s.w == null) {
            return definition == QuantileDefinition.TYPE_7 ? SortedQuantiles.type7(s.x, p) : type1(s.x, p);
        }
        return definition == QuantileDefinition.TYPE_7 ? weightedType7(s, p) : weightedInvertedCdf(s, p);
    }

    /** R's type 1: x_(k) with k = ⌈np⌉, at least 1. */
    private static double type1(double[] xs, double p) {
        int n = xs.length;
        double nppm = n * p;
        int j = (int) Math.floor(nppm);
        int k = nppm > j ? j + 1 : j;
        return xs[Math.max(1, Math.min(n, k)) - 1];
    }

    private static double weightedType7(SortedSample s, double p) {
        CompensatedSum total = new CompensatedSum();
        CompensatedSum squares = new CompensatedSum();
        for (double wi : s.w) {
            total.add(wi);
            squares.add(wi * wi);
        }
        double weight = total.value();
        double nStar = weight * (weight / squares.value());
        double shift = (nStar - 1) * p; // h - 1
        CompensatedSum cumulative = new CompensatedSum();
        CompensatedSum q = new CompensatedSum();
        double previous = 0;
        int last = -1;
        for (int i = 0; i < s.size(); i++) {
            double wi = s.w[i];
            if (wi == 0) {
                continue;
            }
            last = i;
            cumulative.add(wi);
            double f = window(cumulative.value() / weight * nStar - shift);
            double mass = f - previous;
            if (mass > 0) {
                q.add(mass * s.x[i]);
            }
            previous = f;
            if (f >= 1) {
                return q.value();
            }
        }
        // F(t_n) = F(1) = 1 exactly; rounding of the cumulative weight may leave a sliver
        q.add((1 - previous) * s.x[last]);
        return q.value();
    }

    private static double window(double u) {
        return u <= 0 ? 0 : Math.min(u, 1.0);
    }

    private static double weightedInvertedCdf(SortedSample s, double p) {
        double weight = CompensatedSum.sum(s.w);
        CompensatedSum cumulative = new CompensatedSum();
        int last = -1;
        for (int i = 0; i < s.size(); i++) {
            if (s.w[i] == 0) {
                continue;
            }
            cumulative.add(s.w[i]);
            last = i;
            if (cumulative.value() / weight >= p) {
                return s.x[i];
            }
        }
        return s.x[last];
    }
}
