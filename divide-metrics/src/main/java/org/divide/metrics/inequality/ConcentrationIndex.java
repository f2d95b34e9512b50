package org.divide.metrics.inequality;

import org.divide.metrics.internal.sort.SortedOrder;
import org.divide.metrics.numeric.CompensatedSum;

/**
 * The concentration index of x with respect to a ranking variable: the Gini formula with the
 * observations ranked by {@code rankBy} instead of by x,
 * <pre>
 *   C = Σ_i w_i (2C̃_i − W)(x_i − μ) / (W²μ) = Σ_i Σ_j w_i w_j (x_i − x_j)·sign(r_i − r_j) / (2W²μ),
 * </pre>
 * with C̃_i the cumulative weight (in rankBy order) up to the middle of the tie group of
 * observation i, so that tied ranks share their mean fractional rank. C ∈ [−G, G]; C = G when
 * rankBy orders like x. One radix sort and one pass.
 */
final class ConcentrationIndex {

    static final String NAME = "concentration index";

    private ConcentrationIndex() {
    }

    /**
     * @param x       the values whose concentration is measured; not modified
     * @param rankBy  the ranking variable; not modified
     * @param w       weights or {@code null}; not modified
     * @param options options ({@code NaN} in x or rankBy follows the NaN policy)
     * @return the concentration index, {@code NaN} when μ ≤ 0
     */
    static Estimate estimate(double[] x, double[] rankBy, double[] w, InequalityOptions options) {
        if (x == null || rankBy == null) {
            throw new IllegalArgumentException(x == null ? "x is null" : "rankBy is null");
        }
        if (rankBy.length != x.length) {
            throw new IllegalArgumentException("rankBy has length " + rankBy.length + " but x has length " + x.length);
        }
        double[] xs = x;
        double[] ws = w;
        double[] rs = rankBy;
        int skippedRanks = 0;
        for (int i = 0; i < rankBy.length; i++) {
            if (Double.isNaN(rankBy[i])) {
                if (options.nanPolicy() == NaNPolicy.REJECT) {
                    throw new IllegalArgumentException("rankBy[" + i + "] is NaN");
                }
                skippedRanks++;
            } else if (Double.isInfinite(rankBy[i])) {
                throw new IllegalArgumentException("rankBy[" + i + "] is infinite: " + rankBy[i]);
            }
        }
        if (skippedRanks > 0) {
            if (w != null && w.length != x.length) {
                throw new IllegalArgumentException("w has length " + w.length + " but x has length " + x.length);
            }
            int m = x.length - skippedRanks;
            xs = new double[m];
            rs = new double[m];
            ws = w == null ? null : new double[m];
            for (int i = 0, k = 0; i < x.length; i++) {
                if (!Double.isNaN(rankBy[i])) {
                    xs[k] = x[i];
                    rs[k] = rankBy[i];
                    if (ws != null) {
                        ws[k] = w[i];
                    }
                    k++;
                }
            }
        }
        Sample s = Sample.of(NAME, xs, ws, Domain.POSITIVE_MEAN, options);
        double[] ranks = rs;
        if (s.kept != null) {
            ranks = new double[s.size()];
            for (int i = 0; i < ranks.length; i++) {
                ranks[i] = rs[s.kept[i]];
            }
        }
        double mu = s.mean();
        double value = Double.NaN;
        if (mu > 0) {
            value = sum(SortedOrder.indexed(ranks, s.w, options.parallel()), s, mu) / s.totalWeight / s.total;
        }
        return new Estimate(value, s.size(), s.skippedNaN + skippedRanks, s.droppedNonPositive);
    }

    private static double sum(SortedOrder order, Sample s, double mu) {
        int n = order.size();
        CompensatedSum sum = new CompensatedSum();
        CompensatedSum cum = new CompensatedSum();
        double totalWeight = s.totalWeight;
        int r = 0;
        while (r < n) {
            double v = order.value(r);
            double gw = 0;
            double gd = 0;
            do {
                int i = order.index(r);
                double wi = s.weight(i);
                gw += wi;
                gd += wi * (s.x[i] - mu);
                r++;
            } while (r < n && order.value(r) == v);
            sum.add((2 * cum.value() + gw - totalWeight) * gd);
            cum.add(gw);
        }
        return sum.value();
    }
}
