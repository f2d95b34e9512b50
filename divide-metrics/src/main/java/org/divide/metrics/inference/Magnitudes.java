package org.divide.metrics.inference;

/**
 * Exact power-of-two scaling of replicate deviations, so that their squares and cubes neither
 * overflow nor underflow whatever the magnitude of the statistic (an equally distributed
 * equivalent or a Kolm index of values near 1e300, a variance near 1e-300). Deviations of
 * ordinary magnitude are left as they are, so results there are unchanged bit for bit.
 */
final class Magnitudes {

    /** Largest binary exponent of a deviation left unscaled (its cube stays finite and normal). */
    private static final int LIMIT = 250;

    private Magnitudes() {
    }

    /**
     * @param d deviations, finite; scaled in place when their magnitude needs it
     * @return the exponent e such that the deviations were divided by 2^e (0 as a rule)
     */
    static int normalise(double[] d) {
        double max = 0;
        for (double v : d) {
            max = Math.max(max, Math.abs(v));
        }
        if (max == 0 || !Double.isFinite(max)) {
            return 0;
        }
        int e = Math.getExponent(max);
        if (e >= -LIMIT && e <= LIMIT) {
            return 0;
        }
        for (int i = 0; i < d.length; i++) {
            d[i] = Math.scalb(d[i], -e);
        }
        return e;
    }

    /**
     * The mean of values whose plain sum may overflow: Σv/n, and Σ(v·2^−32)/n·2^32 if that is
     * infinite while every value is finite.
     *
     * @param values the values; not modified
     * @return the mean
     */
    static double mean(double[] values) {
        double sum = 0;
        for (double v : values) {
            sum += v;
        }
        double mean = sum / values.length;
        if (!Double.isInfinite(mean)) {
            return mean;
        }
        double scaled = 0;
        for (double v : values) {
            if (Double.isInfinite(v)) {
                return mean;
            }
            scaled += Math.scalb(v, -32);
        }
        return Math.scalb(scaled / values.length, 32);
    }
}
