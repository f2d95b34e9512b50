package org.divide.metrics.mobility;

import org.apache.commons.math3.special.Erf;
import org.divide.metrics.internal.column.Args;

/**
 * Kendall's rank correlation τ-b between two variables (e.g. an indicator in two years): the rank
 * mobility of giddy's {@code rank.Tau}, the same number as {@code scipy.stats.kendalltau} and R's
 * {@code cor(x, y, method = "kendall")}.
 *
 * <p>Of the n0 = n(n − 1)/2 pairs, C are concordant, D discordant, n1 tied in x, n2 tied in y;
 * τ-b = (C − D) / √((n0 − n1)(n0 − n2)), which is τ-a = (C − D)/n0 without ties. τ ∈ [−1, 1],
 * 1 when the two rankings agree; {@code NaN} when fewer than two pairs or either variable is
 * constant. The p-value is giddy's asymptotic one, erfc(|z|/√2) with z = τ / √((4n + 10)/(9n(n − 1)))
 * (no tie correction, so it differs from scipy's with ties). Knight's O(n log n) algorithm: sort by
 * (x, y), then count the discordant pairs as the inversions of y by merge sort.
 *
 * <p>References: Kendall, M. G. (1945). The treatment of ties in ranking problems. Biometrika
 * 33(3), 239–251. doi:10.1093/biomet/33.3.239. Knight, W. R. (1966). A computer method for
 * calculating Kendall's tau with ungrouped data. JASA 61(314), 436–439.
 * doi:10.1080/01621459.1966.10480879
 *
 * @param tau        τ-b
 * @param p          the asymptotic two-sided p-value
 * @param n          the number of pairs of observations used
 * @param concordant C
 * @param discordant D
 * @param tiedX      n1, the pairs tied in x (including those tied in both)
 * @param tiedY      n2, the pairs tied in y (including those tied in both)
 * @param tiedBoth   n3, the pairs tied in both
 */
public record KendallTau(double tau, double p, int n, long concordant, long discordant, long tiedX, long tiedY,
        long tiedBoth) {

    /**
     * τ-b of two variables; pairs with a {@code NaN} in either are left out.
     *
     * @param x the first variable; not modified
     * @param y the second variable; not modified
     * @return τ-b and its counts
     * @throws IllegalArgumentException if an argument is {@code null}, the lengths differ or a value is infinite
     */
    public static KendallTau of(double[] x, double[] y) {
        Args.notNull("x", x);
        Args.notNull("y", y);
        Args.sameLength("y", y.length, "x", x.length);
        int n = 0;
        for (int i = 0; i < x.length; i++) {
            if (Double.isInfinite(x[i]) || Double.isInfinite(y[i])) {
                throw new IllegalArgumentException((Double.isInfinite(x[i]) ? "x" : "y") + "[" + i + "] is infinite");
            }
            n += Double.isNaN(x[i]) || Double.isNaN(y[i]) ? 0 : 1;
        }
        Integer[] order = new Integer[n];
        for (int i = 0, m = 0; i < x.length; i++) {
            if (!Double.isNaN(x[i]) && !Double.isNaN(y[i])) {
                order[m++] = i;
            }
        }
        java.util.Arrays.sort(order, (a, b) -> {
            int c = Double.compare(x[a] + 0.0, x[b] + 0.0);
            return c != 0 ? c : Double.compare(y[a] + 0.0, y[b] + 0.0);
        });
        double[] xs = new double[n];
        double[] ys = new double[n];
        for (int i = 0; i < n; i++) {
            xs[i] = x[order[i]] + 0.0;
            ys[i] = y[order[i]] + 0.0;
        }
        long n1 = 0;
        long n3 = 0;
        for (int i = 0, j; i < n; i = j) {
            j = i + 1;
            while (j < n && xs[j] == xs[i]) {
                j++;
            }
            n1 += pairs(j - i);
            for (int a = i, b; a < j; a = b) {
                b = a + 1;
                while (b < j && ys[b] == ys[a]) {
                    b++;
                }
                n3 += pairs(b - a);
            }
        }
        long discordant = inversions(ys, new double[n], 0, n);
        long n2 = 0;
        for (int i = 0, j; i < n; i = j) {
            j = i + 1;
            while (j < n && ys[j] == ys[i]) {
                j++;
            }
            n2 += pairs(j - i);
        }
        long n0 = pairs(n);
        long concordant = n0 - n1 - n2 + n3 - discordant;
        double tau = n0 - n1 == 0 || n0 - n2 == 0 ? Double.NaN
                : (concordant - discordant) / Math.sqrt((double) (n0 - n1) * (n0 - n2));
        double p = Double.NaN;
        if (n >= 2 && !Double.isNaN(tau)) {
            double z = tau / Math.sqrt((4.0 * n + 10) / (9.0 * n * (n - 1)));
            p = Erf.erfc(Math.abs(z) / Math.sqrt(2));
        }
        return new KendallTau(tau, p, n, concordant, discordant, n1, n2, n3);
    }

    private static long pairs(long m) {
        return m * (m - 1) / 2;
    }

    /** Sorts a[lo, hi) ascending and returns the number of strict inversions (i &lt; j, a_i &gt; a_j). */
    private static long inversions(double[] a, double[] tmp, int lo, int hi) {
        if (hi - lo < 2) {
            return 0;
        }
        int mid = (lo + hi) >>> 1;
        long count = inversions(a, tmp, lo, mid) + inversions(a, tmp, mid, hi);
        int i = lo;
        int j = mid;
        int t = lo;
        while (i < mid && j < hi) {
            if (a[j] < a[i]) {
                count += mid - i;
                tmp[t++] = a[j++];
            } else {
                tmp[t++] = a[i++];
            }
        }
        while (i < mid) {
            tmp[t++] = a[i++];
        }
        while (j < hi) {
            tmp[t++] = a[j++];
        }
        System.arraycopy(tmp, lo, a, lo, hi - lo);
        return count;
    }
}
