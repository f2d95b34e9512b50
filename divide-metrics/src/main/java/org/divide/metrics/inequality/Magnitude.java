package org.divide.metrics.inequality;

/**
 * Exact power-of-two rescaling that keeps every sum, square and product of the measures inside
 * the range of {@code double}. Values (or weights) whose largest magnitude has a binary exponent
 * outside [−{@value #LIMIT}, {@value #LIMIT}] are multiplied by 2^−s, with the smallest shift s
 * that brings the largest magnitude back to the edge of that range. Multiplying by a power of two
 * is exact (no rounding) for every value that stays normal, so scale-invariant measures of the
 * shifted data equal those of the data, bit for bit, and measures in the units of x are shifted
 * back with {@link #unscale}. Data inside the range are never copied or touched: the fast paths
 * of ordinary magnitudes are unchanged.
 *
 * <p>Within the range, with n &lt; 2^31 observations, the largest intermediate quantity of any
 * measure (2W²μ of the Gini, Σw(x − μ)² of the CV, Σw·x of the mean) stays below 2^970 and the
 * smallest normal products above 2^−960. Values more than about 2^1300 below the largest
 * magnitude become subnormal or zero after a downward shift; their share of any sum was below
 * the rounding of the largest term already.
 */
final class Magnitude {

    /** Largest binary exponent (in magnitude) that values and total weights keep unshifted. */
    static final int LIMIT = 300;

    private Magnitude() {
    }

    /**
     * @param maxAbs the largest magnitude of the data, finite and {@code >= 0}
     * @return the shift s (data are divided by 2^s): 0 inside the safe range
     */
    static int shift(double maxAbs) {
        if (maxAbs == 0) {
            return 0;
        }
        int e = Math.getExponent(maxAbs);
        return e > LIMIT ? e - LIMIT : e < -LIMIT ? e + LIMIT : 0;
    }

    /**
     * @param a     the data; not modified
     * @param shift the shift s
     * @return a copy with every element multiplied by 2^−s
     */
    static double[] shifted(double[] a, int shift) {
        double[] b = new double[a.length];
        for (int i = 0; i < a.length; i++) {
            b[i] = Math.scalb(a[i], -shift);
        }
        return b;
    }

    /**
     * @param a the weights, finite and {@code >= 0}; not modified
     * @return the largest
     */
    static double max(double[] a) {
        double m = 0;
        for (double v : a) {
            m = Math.max(m, v);
        }
        return m;
    }

    /**
     * Shifts a result in the units of the (shifted) data back: value × 2^s.
     *
     * @param value   the result computed on shifted data
     * @param shift   the shift s
     * @param measure the measure's name, used in the message
     * @return value × 2^s
     * @throws IllegalArgumentException if a finite value overflows: the true result is not a
     *         finite {@code double}
     */
    static double unscale(double value, int shift, String measure) {
        if (shift == 0) {
            return value;
        }
        double v = Math.scalb(value, shift);
        if (Double.isInfinite(v) && Double.isFinite(value)) {
            throw new IllegalArgumentException(measure + " is not representable as a double: " + value + " × 2^"
                    + shift + " exceeds " + Double.MAX_VALUE + " (the result scales with the values)");
        }
        return v;
    }
}
