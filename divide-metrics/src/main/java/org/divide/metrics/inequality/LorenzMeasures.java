package org.divide.metrics.inequality;

import org.divide.metrics.internal.sort.SortedOrder;
import org.divide.metrics.numeric.CompensatedSum;

/**
 * Measures read off the linearly interpolated, population-weighted Lorenz curve: the curve
 * itself, quantile share ratios (Palma, S80/S20), the Wolfson polarisation index and the
 * Lorenz asymmetry coefficient. One sort, then one pass over the sorted observations.
 *
 * <p>In the pass, observation k (in ascending order) spans the population interval
 * [C_{k−1}/W, C_k/W], on which L(p) = (I_{k−1} + (pW − C_{k−1})·x_k)/T, with C and I the
 * cumulative weight and income (compensated sums) and T the total.
 */
final class LorenzMeasures {

    static final String LORENZ = "Lorenz curve";
    static final String WOLFSON = "Wolfson";
    static final String ASYMMETRY = "Lorenz asymmetry";

    private LorenzMeasures() {
    }

    /** @return the Lorenz curve with one point per observation */
    static LorenzCurve curve(double[] x, double[] w, InequalityOptions options) {
        Sample s = Sample.of(LORENZ, x, w, Domain.POSITIVE_MEAN, options);
        SortedOrder order = SortedOrder.byValue(s.x, s.w, options.parallel());
        int n = order.size();
        double[] p = new double[n + 1];
        double[] l = new double[n + 1];
        CompensatedSum cw = new CompensatedSum();
        CompensatedSum ci = new CompensatedSum();
        for (int r = 0; r < n; r++) {
            double wr = order.weight(r);
            cw.add(wr);
            ci.add(wr * order.value(r));
            p[r + 1] = cw.value() / s.totalWeight;
            l[r + 1] = ci.value() / s.total;
        }
        p[n] = 1;
        l[n] = 1;
        return new LorenzCurve(p, l, Magnitude.unscale(s.mean(), s.xShift, LORENZ));
    }

    /**
     * @param name         the measure's name
     * @param bottomShare  the population share of the bottom group, in (0, 1)
     * @param topShare     the population share of the top group, in (0, 1), with bottom + top ≤ 1 (checked
     *                     by {@link QuantileShareRatio})
     * @return (1 − L(1 − top))/L(bottom): +∞ when the bottom holds nothing, {@code NaN} when μ ≤ 0
     */
    static Estimate shareRatio(String name, double[] x, double[] w, double bottomShare, double topShare,
            InequalityOptions options) {
        Sample s = Sample.of(name, x, w, Domain.POSITIVE_MEAN, options);
        if (!(s.total > 0)) {
            return s.estimate(Double.NaN);
        }
        double[] l = shares(s, SortedOrder.byValue(s.x, s.w, options.parallel()), bottomShare, 1 - topShare);
        double top = 1 - l[1];
        double bottom = l[0];
        return s.estimate(bottom > 0 ? top / bottom : bottom == 0 && top > 0 ? Double.POSITIVE_INFINITY : Double.NaN);
    }

    /**
     * @param s     the sample
     * @param order the sample ordered by value
     * @param ps    population shares in ascending order, in [0, 1]
     * @return L at each share
     */
    static double[] shares(Sample s, SortedOrder order, double... ps) {
        double[] l = new double[ps.length];
        double total = s.total;
        double weight = s.totalWeight;
        CompensatedSum cw = new CompensatedSum();
        CompensatedSum ci = new CompensatedSum();
        int n = order.size();
        int k = 0;
        for (int r = 0; r < n && k < ps.length; r++) {
            double xr = order.value(r);
            double wr = order.weight(r);
            double before = cw.value();
            double incomeBefore = ci.value();
            cw.add(wr);
            double after = cw.value();
            while (k < ps.length && ps[k] * weight <= after) {
                l[k] = (incomeBefore + (ps[k] * weight - before) * xr) / total;
                k++;
            }
            ci.add(wr * xr);
        }
        for (; k < ps.length; k++) {
            l[k] = 1;
        }
        return l;
    }

    /** @return the Wolfson index in the convention of the options; 0 for constant data, {@code NaN} when μ ≤ 0 or the median ≤ 0 */
    static Estimate wolfson(double[] x, double[] w, InequalityOptions options) {
        Sample s = Sample.of(WOLFSON, x, w, Domain.POSITIVE_MEAN, options);
        double mu = s.mean();
        if (!(mu > 0) || s.isConstant()) {
            return s.estimate(mu > 0 ? 0 : Double.NaN);
        }
        SortedOrder order = SortedOrder.byValue(s.x, s.w, options.parallel());
        double g = GiniIndex.uncorrected(s, order);
        WolfsonConvention convention = options.wolfsonConvention();
        double median = convention == WolfsonConvention.DINEQ ? hmiscMedian(order, s.totalWeight) : median(order, s.totalWeight);
        if (!(median > 0)) {
            return s.estimate(Double.NaN);
        }
        double t = 0.5 - (convention == WolfsonConvention.DINEQ ? shareUpTo(order, median, s.total)
                : shares(s, order, 0.5)[0]);
        double p = 2 * (2 * t - g) * mu / median;
        return s.estimate(convention == WolfsonConvention.PYSAL ? p / 2 : p);
    }

    /** Weighted median: the mean of the two central values when the cumulative weight reaches W/2 exactly. */
    private static double median(SortedOrder order, double weight) {
        double half = weight / 2;
        CompensatedSum cw = new CompensatedSum();
        int n = order.size();
        for (int r = 0; r < n; r++) {
            cw.add(order.weight(r));
            double c = cw.value();
            if (c >= half) {
                if (c == half) {
                    for (int q = r + 1; q < n; q++) {
                        if (order.weight(q) > 0) {
                            return (order.value(r) + order.value(q)) / 2;
                        }
                    }
                }
                return order.value(r);
            }
        }
        return order.value(n - 1);
    }

    /** Hmisc {@code wtd.quantile(x, w, 0.5)} (type 7 for unit weights), as used by dineq. */
    private static double hmiscMedian(SortedOrder order, double weight) {
        double position = 1 + (weight - 1) * 0.5;
        double low = Math.max(Math.floor(position), 1);
        double high = Math.min(low + 1, weight);
        double fraction = position - Math.floor(position);
        return (1 - fraction) * firstReaching(order, low) + fraction * firstReaching(order, high);
    }

    /** The value of the first observation whose cumulative weight reaches {@code t} (the last one if none). */
    private static double firstReaching(SortedOrder order, double t) {
        CompensatedSum cw = new CompensatedSum();
        int n = order.size();
        for (int r = 0; r < n; r++) {
            cw.add(order.weight(r));
            if (cw.value() >= t) {
                return order.value(r);
            }
        }
        return order.value(n - 1);
    }

    /** Share of the total held by the observations with x ≤ limit. */
    private static double shareUpTo(SortedOrder order, double limit, double total) {
        CompensatedSum sum = new CompensatedSum();
        int n = order.size();
        for (int r = 0; r < n && order.value(r) <= limit; r++) {
            sum.add(order.weight(r) * order.value(r));
        }
        return sum.value() / total;
    }

    /**
     * The Lorenz asymmetry coefficient of Damgaard and Weiner (2000), as R ineq's
     * {@code Lasym(x)}: S = F(μ) + L(μ), interpolating within the observation that straddles μ,
     * and the mean of the two ends when observations equal μ.
     *
     * @return S; 1 for a symmetric curve, {@code NaN} when μ ≤ 0
     */
    static Estimate asymmetry(double[] x, InequalityOptions options) {
        Sample s = Sample.of(ASYMMETRY, x, null, Domain.POSITIVE_MEAN, options);
        double mu = s.mean();
        if (!(mu > 0)) {
            return s.estimate(Double.NaN);
        }
        SortedOrder order = SortedOrder.byValue(s.x, null, options.parallel());
        int n = order.size();
        int below = 0;
        CompensatedSum incomeBelow = new CompensatedSum();
        while (below < n && order.value(below) < mu) {
            incomeBelow.add(order.value(below));
            below++;
        }
        int equal = below;
        CompensatedSum incomeUpToMean = new CompensatedSum();
        incomeUpToMean.add(incomeBelow);
        while (equal < n && order.value(equal) == mu) {
            incomeUpToMean.add(order.value(equal));
            equal++;
        }
        double total = s.total;
        if (equal > below) {
            double lower = (double) below / n + incomeBelow.value() / total;
            double upper = (double) equal / n + incomeUpToMean.value() / total;
            return s.estimate((lower + upper) / 2);
        }
        double xm = order.value(below - 1);
        double xm1 = order.value(below);
        double delta = (mu - xm) / (xm1 - xm);
        return s.estimate((below + delta) / n + (incomeBelow.value() + delta * xm1) / total);
    }
}
