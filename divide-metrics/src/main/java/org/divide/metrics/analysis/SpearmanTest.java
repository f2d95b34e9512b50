package org.divide.metrics.analysis;

import java.util.Arrays;

import org.apache.commons.math3.special.Erf;

/**
 * The two-sided p-value of Spearman's ρ under independence, computed as R's
 * {@code cor.test(method = "spearman")} does by default (and so COINr's {@code get_pvals}).
 *
 * <p>The statistic is S = Σ d_i² = (n³ − n)(1 − ρ)/6 over the n complete pairs, rounded to an
 * integer q. The one-sided probability is taken in the tail q lies in — P(S ≥ q) when
 * q &gt; (n³ − n)/6 (ρ &lt; 0), otherwise P(S &le; q) = P(S &lt; q + 2) since S is even without
 * ties — and the p-value is min(2p, 1). The tail probability is
 * <ul>
 *   <li>exact for n ≤ 9: the share of the n! permutations of the ranks whose S lies in the tail
 *       (the counts are enumerated once per n and kept);</li>
 *   <li>for 10 ≤ n ≤ 1290, the Edgeworth series of Best and Roberts (1975), Algorithm AS 89: with
 *       x = (6(s − 1)/(n³ − n) − 1)·√(n − 1) and y = x², P(S ≥ s) ≈ Q(x) + u·e^{−y/2}, where Q is
 *       the upper standard normal tail and u = (x/n)·[c₁ + b(c₂ + c₃b) + y(−c₄ + b(c₅ + c₆b)
 *       − yb(c₇ + c₈b − y(c₉ − c₁₀b + yb(c₁₁ − c₁₂y))))] with b = 1/n and the published
 *       coefficients; P(S &lt; s) is its complement, computed as Φ(x) − u·e^{−y/2}; the result is
 *       clipped to [0, 1];</li>
 *   <li>with ties, or for n &gt; 1290, the t approximation t = ρ√((n − 2)/(1 − ρ²)) on n − 2
 *       degrees of freedom (R's {@code exact = FALSE} form).</li>
 * </ul>
 *
 * <p>References: D. J. Best and D. E. Roberts (1975), "Algorithm AS 89: The upper tail
 * probabilities of Spearman's rho", Applied Statistics 24(3), 377–379; R's {@code cor.test}
 * documentation.
 */
final class SpearmanTest {

    /** Largest n for which the permutation distribution is enumerated. */
    static final int EXACT_MAX = 9;
    /** Largest n for which R uses AS 89 rather than the t approximation. */
    static final int SERIES_MAX = 1290;

    private static final double C1 = 0.2274;
    private static final double C2 = 0.2531;
    private static final double C3 = 0.1745;
    private static final double C4 = 0.0758;
    private static final double C5 = 0.1033;
    private static final double C6 = 0.3932;
    private static final double C7 = 0.0879;
    private static final double C8 = 0.0151;
    private static final double C9 = 0.0072;
    private static final double C10 = 0.0831;
    private static final double C11 = 0.0131;
    private static final double C12 = 4.6e-4;

    /** counts[n][s] = number of permutations of n ranks with S = s, for n ≤ {@link #EXACT_MAX}. */
    private static final long[][] COUNTS = new long[EXACT_MAX + 1][];

    private SpearmanTest() {
    }

    /**
     * Returns the two-sided p-value.
     *
     * @param rho  Spearman's ρ of the complete pairs
     * @param n    the number of complete pairs
     * @param ties whether either column has tied values among the complete pairs
     * @return the p-value, or {@code NaN} when ρ is {@code NaN} or n &lt; 2
     */
    static double pValue(double rho, int n, boolean ties) {
        if (Double.isNaN(rho) || n < 2) {
            return Double.NaN;
        }
        if (ties || n > SERIES_MAX) {
            return Correlations.pValue(rho, n);
        }
        double max = ((double) n * n * n - n) / 6;
        double q = Math.rint(max * (1 - rho));
        double p = q > max ? tail(n, q, false) : tail(n, q + 2, true);
        return Math.min(2 * p, 1);
    }

    /**
     * P(S ≥ s), or P(S &lt; s) when {@code lower}.
     *
     * @param n     the number of pairs, at least 2
     * @param s     the bound
     * @param lower which tail
     * @return the probability
     */
    static double tail(int n, double s, boolean lower) {
        if (s <= 0) {
            return lower ? 0 : 1;
        }
        double most = ((double) n * n * n - n) / 3;
        if (s > most) {
            return lower ? 1 : 0;
        }
        if (n <= EXACT_MAX) {
            long[] counts = counts(n);
            long total = 0;
            long atLeast = 0;
            for (int v = 0; v < counts.length; v++) {
                total += counts[v];
                if (v >= s) {
                    atLeast += counts[v];
                }
            }
            return (double) (lower ? total - atLeast : atLeast) / total;
        }
        double b = 1.0 / n;
        double x = (6 * (s - 1) * b / ((double) n * n - 1) - 1) * Math.sqrt(1 / b - 1);
        double y = x * x;
        double u = x * b * (C1 + b * (C2 + C3 * b) + y * (-C4 + b * (C5 + C6 * b)
                - y * b * (C7 + C8 * b - y * (C9 - C10 * b + y * b * (C11 - C12 * y)))));
        double correction = u / Math.exp(y / 2);
        double p = lower ? normalLower(x) - correction : normalUpper(x) + correction;
        return Math.max(0, Math.min(1, p));
    }

    private static double normalUpper(double x) {
        return 0.5 * Erf.erfc(x / Math.sqrt(2));
    }

    private static double normalLower(double x) {
        return 0.5 * Erf.erfc(-x / Math.sqrt(2));
    }

    /** The permutation distribution of S for n ranks, enumerated once. */
    private static synchronized long[] counts(int n) {
        if (COUNTS[n] == null) {
            long[] counts = new long[n * (n * n - 1) / 3 + 1];
            int[] ranks = new int[n];
            for (int i = 0; i < n; i++) {
                ranks[i] = i;
            }
            permute(ranks, 0, 0, counts);
            COUNTS[n] = counts;
        }
        return COUNTS[n];
    }

    /** Places every remaining rank at position k in turn, adding (k − rank)² to the partial S. */
    private static void permute(int[] ranks, int k, int partial, long[] counts) {
        int n = ranks.length;
        if (k == n) {
            counts[partial]++;
            return;
        }
        for (int i = k; i < n; i++) {
            swap(ranks, k, i);
            int d = ranks[k] - k;
            permute(ranks, k + 1, partial + d * d, counts);
            swap(ranks, k, i);
        }
    }

    private static void swap(int[] a, int i, int j) {
        int t = a[i];
        a[i] = a[j];
        a[j] = t;
    }

    /**
     * Whether either column has tied values among the complete pairs.
     *
     * @param x the first column, {@code NaN} = missing (not modified)
     * @param y the second column, same length (not modified)
     * @return {@code true} when some value repeats
     */
    static boolean ties(double[] x, double[] y) {
        int n = 0;
        double[] cx = new double[x.length];
        double[] cy = new double[y.length];
        for (int i = 0; i < x.length; i++) {
            if (!Double.isNaN(x[i]) && !Double.isNaN(y[i])) {
                cx[n] = x[i];
                cy[n] = y[i];
                n++;
            }
        }
        return repeats(Arrays.copyOf(cx, n)) || repeats(Arrays.copyOf(cy, n));
    }

    private static boolean repeats(double[] v) {
        Arrays.sort(v);
        for (int i = 1; i < v.length; i++) {
            if (v[i] == v[i - 1]) {
                return true;
            }
        }
        return false;
    }
}
