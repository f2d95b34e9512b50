package org.divide.metrics.inference;

import static org.divide.metrics.internal.column.Args.sameLength;

/**
 * Argument checks of this package; every message names the argument, the index and the value, as
 * in {@code "weights[3] is negative: -2.0"}.
 */
final class Args {

    private Args() {
    }

    /**
     * Checks the statistic and the sample: values non-null and non-empty; weights {@code null} or of
     * the same length, finite, non-negative with a positive finite total; strata {@code null} or of
     * the same length without {@code null} labels. The values themselves are the statistic's to
     * judge.
     *
     * @param statistic the statistic
     * @param x         the values
     * @param w         the weights or {@code null}
     * @param strata    the stratum labels or {@code null}
     */
    static void sample(SampleStatistic statistic, double[] x, double[] w, String[] strata) {
        if (statistic == null) {
            throw new IllegalArgumentException("statistic is null");
        }
        if (x == null) {
            throw new IllegalArgumentException("x is null");
        }
        if (x.length == 0) {
            throw new IllegalArgumentException("x is empty");
        }
        if (w != null) {
            sameLength("weights", w.length, "x", x.length);
            double total = 0;
            for (int i = 0; i < w.length; i++) {
                double v = w[i];
                if (Double.isNaN(v)) {
                    throw new IllegalArgumentException("weights[" + i + "] is NaN");
                }
                if (Double.isInfinite(v)) {
                    throw new IllegalArgumentException("weights[" + i + "] is infinite: " + v);
                }
                if (v < 0) {
                    throw new IllegalArgumentException("weights[" + i + "] is negative: " + v);
                }
                total += v;
            }
            if (!(total > 0)) {
                throw new IllegalArgumentException("weights are all zero");
            }
            if (Double.isInfinite(total)) {
                throw new IllegalArgumentException("weights sum to infinity (overflow); rescale them");
            }
        }
        if (strata != null) {
            sameLength("strata", strata.length, "x", x.length);
            for (int i = 0; i < strata.length; i++) {
                if (strata[i] == null) {
                    throw new IllegalArgumentException("strata[" + i + "] is null");
                }
            }
        }
    }
}
