package org.divide.metrics.treat;

import java.util.ArrayList;
import java.util.List;

import org.divide.metrics.internal.column.NanStats;

/**
 * COINr 1.1.14's {@code winsorise}, step for step: while the column fails the check (or
 * winsorisation is forced) and fewer than {@code winmax} points have been winsorised, look at the
 * current skewness; if it is {@code ≥ 0} replace every occurrence of the current maximum by the
 * largest other value, otherwise every occurrence of the minimum by the smallest other value.
 * Ties are replaced together, so the points already pulled in move again with the next value.
 * The count compared with {@code winmax} is COINr's: the number of positions at the current
 * extreme on the high side (from the last high step) plus those on the low side (from the last
 * low step).
 */
final class Winsorisation {

    /** The winsorised column and its changed points. */
    record Result(double[] values, List<WinsorisedPoint> points, boolean failed) {
    }

    private Winsorisation() {
    }

    /**
     * @param x      the column (not modified)
     * @param winmax the most points to winsorise
     * @param skewT  skewness threshold
     * @param kurtT  kurtosis threshold
     * @param force  winsorise up to {@code winmax} regardless of the check
     * @return the result; {@code failed} when the skewness became undefined on the way (COINr
     *     errors there), in which case the values are the original ones
     */
    static Result apply(double[] x, int winmax, double skewT, double kurtT, boolean force) {
        double[] v = x.clone();
        SkewKurt check = SkewKurt.of(v, skewT, kurtT);
        int high = 0;
        int low = 0;
        while ((!check.passes() || force) && high + low < winmax) {
            double skew = check.skewness();
            if (Double.isNaN(skew)) {
                return new Result(x.clone(), List.of(), true);
            }
            if (skew >= 0) {
                high = pull(v, NanStats.max(v), true);
            } else {
                low = pull(v, NanStats.min(v), false);
            }
            check = SkewKurt.of(v, skewT, kurtT);
        }
        List<WinsorisedPoint> points = new ArrayList<>();
        for (int i = 0; i < x.length; i++) {
            if (Double.compare(v[i], x[i]) != 0) {
                points.add(new WinsorisedPoint(i, x[i], v[i], v[i] < x[i]));
            }
        }
        return new Result(v, List.copyOf(points), false);
    }

    /** Replaces every occurrence of {@code extreme} by the nearest other value; returns how many. */
    private static int pull(double[] v, double extreme, boolean top) {
        double next = top ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
        int count = 0;
        for (double d : v) {
            if (Double.isNaN(d)) {
                continue;
            }
            if (d == extreme) {
                count++;
            } else if (top ? d > next : d < next) {
                next = d;
            }
        }
        for (int i = 0; i < v.length; i++) {
            if (v[i] == extreme) {
                v[i] = next;
            }
        }
        return count;
    }
}
