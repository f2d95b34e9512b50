package org.divide.metrics.inequality;

import org.divide.metrics.numeric.CompensatedSum;

/**
 * One block of the one-pass sums of the logarithmic kinds of {@link EntropySums}: with u = x/c,
 * Σ w, Σ w u and Σ w·e(u), where e is the excess u ln u − u + 1 (Theil T) or u − 1 − ln u (MLD),
 * together with the range of the values and the least weight, read in one pass over memory.
 *
 * <p>Each sum is taken in two interleaved plain lanes of {@value #LANE} terms (no term needs a
 * compensated add: the excesses are non-negative, and the independent lanes overlap with the
 * logarithms of the next values); each lane's partial sum is then added error-free (Knuth's
 * TwoSum) to the block's sum and error. A value of 0 under MLD makes a sum infinite, which the
 * caller sees through {@link #isFinite()}.
 */
final class LogExcessBlock {

    /** Terms per lane of a plain (non-compensated) partial sum of non-negative terms. */
    static final int LANE = 8;

    /** Index of Σ w. */
    static final int WEIGHT = 0;
    /** Index of Σ w u. */
    static final int SCALED = 1;
    /** Index of Σ w e(u). */
    static final int EXCESS = 2;

    /** Sum and error of Σ w, Σ w u, Σ w e(u), in pairs. */
    private final double[] sum;
    double min;
    double max;
    double minWeight;

    private LogExcessBlock(double[] sum) {
        this.sum = sum;
    }

    /**
     * Sums a block.
     *
     * @param x     the values; not modified
     * @param w     the weights, or {@code null} for unit weights; not modified
     * @param from  first index, inclusive
     * @param to    last index, exclusive
     * @param c     the scale, {@code > 0}
     * @param xLogX {@code true} for the excess of u ln u (Theil T), {@code false} for that of −ln u
     * @param min   the least value so far
     * @param max   the greatest value so far
     * @return the block's sums, with the range updated by its values
     */
    static LogExcessBlock of(double[] x, double[] w, int from, int to, double c, boolean xLogX, double min,
            double max) {
        double minWeight = 0;
        double sw = 0;
        double swError = 0;
        double su = 0;
        double suError = 0;
        double sd = 0;
        double sdError = 0;
        int i = from;
        while (i < to) {
            int end = Math.min(to, i + 2 * LANE);
            double w0 = 0;
            double w1 = 0;
            double u0 = 0;
            double u1 = 0;
            double d0 = 0;
            double d1 = 0;
            if (w == null) {
                for (; i + 1 < end; i += 2) {
                    double v0 = x[i];
                    double v1 = x[i + 1];
                    if (v0 <= min || v1 <= min) {
                        min = Math.min(min, Math.min(v0, v1));
                    }
                    if (v0 >= max || v1 >= max) {
                        max = Math.max(max, Math.max(v0, v1));
                    }
                    double u = v0 / c;
                    u0 += u;
                    d0 += xLogX ? EntropySums.xLogXExcess(u) : EntropySums.logExcess(u);
                    u = v1 / c;
                    u1 += u;
                    d1 += xLogX ? EntropySums.xLogXExcess(u) : EntropySums.logExcess(u);
                }
            } else {
                for (; i + 1 < end; i += 2) {
                    double v0 = x[i];
                    double v1 = x[i + 1];
                    if (v0 <= min || v1 <= min) {
                        min = Math.min(min, Math.min(v0, v1));
                    }
                    if (v0 >= max || v1 >= max) {
                        max = Math.max(max, Math.max(v0, v1));
                    }
                    double wi = w[i];
                    double wj = w[i + 1];
                    if (wi <= minWeight || wj <= minWeight) {
                        minWeight = Math.min(minWeight, Math.min(wi, wj));
                    }
                    double u = v0 / c;
                    double d = xLogX ? EntropySums.xLogXExcess(u) : EntropySums.logExcess(u);
                    w0 += wi;
                    u0 += wi * u;
                    d0 += wi == 0 ? 0 : wi * d;
                    u = v1 / c;
                    d = xLogX ? EntropySums.xLogXExcess(u) : EntropySums.logExcess(u);
                    w1 += wj;
                    u1 += wj * u;
                    d1 += wj == 0 ? 0 : wj * d;
                }
            }
            if (i < end) {
                double v0 = x[i];
                min = Math.min(min, v0);
                max = Math.max(max, v0);
                double wi = w == null ? 1 : w[i];
                minWeight = Math.min(minWeight, wi);
                double u = v0 / c;
                double d = xLogX ? EntropySums.xLogXExcess(u) : EntropySums.logExcess(u);
                w0 += wi;
                u0 += wi * u;
                d0 += wi == 0 ? 0 : wi * d;
                i++;
            }
            double v = w0 + w1;
            double t = sw + v;
            swError += CompensatedSum.twoSumError(sw, v, t);
            sw = t;
            v = u0 + u1;
            t = su + v;
            suError += CompensatedSum.twoSumError(su, v, t);
            su = t;
            v = d0 + d1;
            t = sd + v;
            sdError += CompensatedSum.twoSumError(sd, v, t);
            sd = t;
        }
        LogExcessBlock sums = new LogExcessBlock(new double[] {sw, swError, su, suError, sd, sdError});
        sums.min = min;
        sums.max = max;
        sums.minWeight = minWeight;
        return sums;
    }

    /**
     * @param k {@link #WEIGHT}, {@link #SCALED} or {@link #EXCESS}
     * @return the leading part of sum k
     */
    double value(int k) {
        return sum[2 * k];
    }

    /**
     * @param k {@link #WEIGHT}, {@link #SCALED} or {@link #EXCESS}
     * @return the accumulated rounding error of sum k
     */
    double error(int k) {
        return sum[2 * k + 1];
    }

    /** @return whether every sum is finite (a zero value under MLD makes one infinite) */
    boolean isFinite() {
        for (int k = 0; k < sum.length; k += 2) {
            if (!Double.isFinite(sum[k] + sum[k + 1])) {
                return false;
            }
        }
        return true;
    }
}
