package org.divide.metrics.internal.column;

import java.util.Arrays;
import org.divide.metrics.numeric.CompensatedSum;

/**
 * Column statistics that skip {@code NaN} (missing) values — the one place where the composite
 * packages compute a count, sum, mean, standard deviation, extremes, median, skewness or kurtosis.
 * Sums are compensated (Neumaier); the mean is refined with a second pass over the residuals, as
 * R's {@code mean} does, so results agree with R to a few ulps. No method modifies its argument.
 * Not API.
 */
public final class NanStats {

    private NanStats() {
    }

    /**
     * Number of non-NaN values.
     *
     * @param x the values (not modified)
     * @return how many are not NaN
     */
    public static int count(double[] x) {
        int n = 0;
        for (double v : x) {
            if (!Double.isNaN(v)) {
                n++;
            }
        }
        return n;
    }

    /**
     * Compensated (Neumaier) sum of the non-NaN values; 0 when there are none.
     *
     * @param x the values (not modified)
     * @return the sum
     */
    public static double sum(double[] x) {
        CompensatedSum s = new CompensatedSum();
        for (double v : x) {
            if (!Double.isNaN(v)) {
                s.add(v);
            }
        }
        return s.value();
    }

    /**
     * Arithmetic mean of the non-NaN values (R's {@code mean(x, na.rm = TRUE)}): the compensated
     * sum divided by the count, refined by the mean residual. NaN when there are no values.
     *
     * @param x the values (not modified)
     * @return the mean, or NaN
     */
    public static double mean(double[] x) {
        int n = count(x);
        if (n == 0) {
            return Double.NaN;
        }
        double m = sum(x) / n;
        if (!Double.isFinite(m)) {
            return m;
        }
        CompensatedSum r = new CompensatedSum();
        for (double v : x) {
            if (!Double.isNaN(v)) {
                r.add(v - m);
            }
        }
        return m + r.value() / n;
    }

    /**
     * Sample variance of the non-NaN values with divisor {@code n − 1} (R's {@code var}), computed
     * in two passes. NaN when fewer than two values.
     *
     * @param x the values (not modified)
     * @return the sample variance, or NaN
     */
    public static double variance(double[] x) {
        int n = count(x);
        if (n < 2) {
            return Double.NaN;
        }
        double m = mean(x);
        double s = 0;
        double c = 0;
        for (double v : x) {
            if (!Double.isNaN(v)) {
                double d = (v - m) * (v - m);
                double t = s + d;
                c += s >= d ? (s - t) + d : (d - t) + s;
                s = t;
            }
        }
        return (s + c) / (n - 1);
    }

    /**
     * Sample standard deviation ({@code sqrt} of {@link #variance}); R's {@code sd}.
     *
     * @param x the values (not modified)
     * @return the standard deviation, or NaN when fewer than two values
     */
    public static double sd(double[] x) {
        return Math.sqrt(variance(x));
    }

    /**
     * Smallest non-NaN value; NaN when there is none.
     *
     * @param x the values (not modified)
     * @return the minimum, or NaN
     */
    public static double min(double[] x) {
        double m = Double.POSITIVE_INFINITY;
        boolean any = false;
        for (double v : x) {
            if (!Double.isNaN(v)) {
                any = true;
                if (v < m) {
                    m = v;
                }
            }
        }
        return any ? m : Double.NaN;
    }

    /**
     * Largest non-NaN value; NaN when there is none.
     *
     * @param x the values (not modified)
     * @return the maximum, or NaN
     */
    public static double max(double[] x) {
        double m = Double.NEGATIVE_INFINITY;
        boolean any = false;
        for (double v : x) {
            if (!Double.isNaN(v)) {
                any = true;
                if (v > m) {
                    m = v;
                }
            }
        }
        return any ? m : Double.NaN;
    }

    /**
     * The non-NaN values, in their original order, in a new array.
     *
     * @param x the values (not modified)
     * @return a new array of the non-NaN values
     */
    public static double[] present(double[] x) {
        double[] out = new double[count(x)];
        int k = 0;
        for (double v : x) {
            if (!Double.isNaN(v)) {
                out[k++] = v;
            }
        }
        return out;
    }

    /**
     * Median of the non-NaN values (R's {@code median(x, na.rm = TRUE)}: the middle order
     * statistic, or the mean of the two middle ones). NaN when there are none. Cost
     * O(n log n).
     *
     * @param x the values (not modified)
     * @return the median, or NaN
     */
    public static double median(double[] x) {
        double[] v = present(x);
        int n = v.length;
        if (n == 0) {
            return Double.NaN;
        }
        Arrays.sort(v);
        int h = n / 2;
        return n % 2 == 1 ? v[h] : (v[h - 1] + v[h]) / 2;
    }

    /**
     * Sample skewness G1 of the non-NaN values, as COINr's {@code skew} and e1071's
     * {@code skewness(type = 2)} (Excel's {@code SKEW}): with {@code d = x − mean},
     * {@code g1 = √n Σd³ / (Σd²)^{3/2}} and {@code G1 = g1 √(n(n−1)) / (n−2)}. NaN when fewer than
     * three values or when the values are constant.
     *
     * @param x the values (not modified)
     * @return G1, or NaN
     */
    public static double skewness(double[] x) {
        int n = count(x);
        return n < 3 ? Double.NaN : g1(n, centralSums(x));
    }

    /**
     * Sample excess kurtosis G2 of the non-NaN values, as COINr's {@code kurt} and e1071's
     * {@code kurtosis(type = 2)} (Excel's {@code KURT}): with {@code r = n Σd⁴ / (Σd²)²},
     * {@code G2 = ((n+1)(r−3) + 6)(n−1) / ((n−2)(n−3))}. NaN when fewer than four values or when
     * the values are constant.
     *
     * @param x the values (not modified)
     * @return G2, or NaN
     */
    public static double kurtosis(double[] x) {
        int n = count(x);
        return n < 4 ? Double.NaN : g2(n, centralSums(x));
    }

    /**
     * {@link #skewness} and {@link #kurtosis} together, from one pass of central sums (the same
     * arithmetic, so the same values as the two calls).
     *
     * @param x the values (not modified)
     * @return {@code {G1, G2}}, each NaN where the single-statistic method gives NaN
     */
    public static double[] skewnessAndKurtosis(double[] x) {
        int n = count(x);
        if (n < 3) {
            return new double[] {Double.NaN, Double.NaN};
        }
        double[] s = centralSums(x);
        return new double[] {g1(n, s), n < 4 ? Double.NaN : g2(n, s)};
    }

    /** G1 from the central sums: {@code √n Σd³/(Σd²)^{3/2} · √(n(n−1))/(n−2)}. */
    private static double g1(int n, double[] s) {
        double g1 = Math.sqrt(n) * s[1] / Math.pow(s[0], 1.5);
        return g1 * Math.sqrt((double) n * (n - 1)) / (n - 2);
    }

    /** G2 from the central sums: {@code ((n+1)(r−3) + 6)(n−1)/((n−2)(n−3))}, {@code r = nΣd⁴/(Σd²)²}. */
    private static double g2(int n, double[] s) {
        double r = n * s[2] / (s[0] * s[0]);
        return ((n + 1) * (r - 3) + 6) * (n - 1) / ((double) (n - 2) * (n - 3));
    }

    /** Compensated Σd², Σd³, Σd⁴ over the non-NaN values, d = x − mean. */
    private static double[] centralSums(double[] x) {
        double m = mean(x);
        double[] s = new double[3];
        double[] c = new double[3];
        for (double v : x) {
            if (!Double.isNaN(v)) {
                double d = v - m;
                double d2 = d * d;
                add(s, c, 0, d2);
                add(s, c, 1, d2 * d);
                add(s, c, 2, d2 * d2);
            }
        }
        for (int k = 0; k < 3; k++) {
            s[k] += c[k];
        }
        return s;
    }

    private static void add(double[] s, double[] c, int k, double v) {
        double t = s[k] + v;
        c[k] += Math.abs(s[k]) >= Math.abs(v) ? (s[k] - t) + v : (v - t) + s[k];
        s[k] = t;
    }
}
