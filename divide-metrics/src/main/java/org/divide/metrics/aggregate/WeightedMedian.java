package org.divide.metrics.aggregate;

import java.util.Arrays;

/**
 * The aggregation formulas over the available (non-NaN) entries of a validated row. Each
 * returns NaN when the available weights sum to zero. Positivity has been checked by the caller.
 */
final class Means {

    /** Relative tolerance under which a cumulative weight counts as exactly half. */
    static final double HALF_TOLERANCE = 1e-12;

    private Means() {
    }

    /** {@code Σ w x / Σ w}. */
    static double arithmetic(double[] x, double[] w) {
        double sw = 0;
        double swx = 0;
        for (int i = 0; i < x.length; i++) {
            if (!Double.isNaN(x[i])) {
                sw += w[i];
                swx += w[i] * x[i];
            }
        }
        return sw > 0 ? swx / sw : Double.NaN;
    }

    /** {@code exp(Σ w ln(x + c) / Σ w) − c}. */
    static double geometric(double[] x, double[] w, double shift) {
        double sw = 0;
        double swl = 0;
        for (int i = 0; i < x.length; i++) {
            if (!Double.isNaN(x[i])) {
                sw += w[i];
                swl += w[i] * Math.log(x[i] + shift);
            }
        }
        return sw > 0 ? Math.exp(swl / sw) - shift : Double.NaN;
    }

    /** {@code Σ w / Σ (w / (x + c)) − c}. */
    static double harmonic(double[] x, double[] w, double shift) {
        double sw = 0;
        double swi = 0;
        for (int i = 0; i < x.length; i++) {
            if (!Double.isNaN(x[i])) {
                sw += w[i];
                swi += w[i] / (x[i] + shift);
            }
        }
        return sw > 0 ? sw / swi - shift : Double.NaN;
    }

    /** {@code (Σ w (x + c)^p / Σ w)^(1/p) − c}, {@code p ≠ 0}. */
    static double power(double[] x, double[] w, double p, double shift) {
        double sw = 0;
        double swp = 0;
        for (int i = 0; i < x.length; i++) {
            if (!Double.isNaN(x[i])) {
                sw += w[i];
                swp += w[i] * Math.pow(x[i] + shift, p);
            }
        }
        return sw > 0 ? Math.pow(swp / sw, 1 / p) - shift : Double.NaN;
    }

    /**
     * Weighted median: with the available entries of positive weight sorted by value and
     * {@code W} their total weight, the first value {@code x_(k)} whose cumulative weight reaches
     * {@code W/2}; when the cumulative weight equals {@code W/2} exactly (within
     * {@link #HALF_TOLERANCE}), the mean of {@code x_(k)} and {@code x_(k+1)}.
     */
    static double median(double[] x, double[] w) {
        int m = 0;
        double[] vals = new double[x.length];
        double[] ws = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            if (!Double.isNaN(x[i]) && w[i] > 0) {
                vals[m] = x[i];
                ws[m] = w[i];
                m++;
            }
        }
        if (m == 0) {
            return Double.NaN;
        }
        Integer[] idx = new Integer[m];
        double total = 0;
        for (int j = 0; j < m; j++) {
            idx[j] = j;
            total += ws[j];
        }
        Arrays.sort(idx, (p, q) -> Double.compare(vals[p], vals[q]));
        double cum = 0;
        for (int j = 0; j < m; j++) {
            cum += ws[idx[j]];
            double gap = 2 * cum - total;
            if (Math.abs(gap) <= HALF_TOLERANCE * total && j + 1 < m) {
                return (vals[idx[j]] + vals[idx[j + 1]]) / 2;
            }
            if (gap >= 0) {
                return vals[idx[j]];
            }
        }
        return vals[idx[m - 1]];
    }
}
