package org.divide.metrics.inequality;

import org.divide.metrics.numeric.CompensatedSum;

/**
 * The power-of-two scale of the values (or of the weights) held by streaming sums: the sums hold
 * v·2^−e for the true v. The exponent e is set by the first non-zero value (0 when it is of
 * ordinary magnitude, see {@link Magnitude}) and grows, never shrinks, when a value would exceed
 * 2^{@value Magnitude#LIMIT} once scaled; the owner then rescales its sums by the returned power
 * of two, which is exact. Values of ordinary magnitude leave e at 0 and the sums bit-for-bit as
 * without scaling. Mutable; not thread-safe.
 */
final class BinaryScale {

    private static final double MAX = 0x1p300;

    private int exponent;
    private boolean set;

    /** @return the exponent e: the sums hold v·2^−e */
    int exponent() {
        return exponent;
    }

    /**
     * Makes room for a value.
     *
     * @param v a finite value
     * @return by how much e grew (the sums must be multiplied by 2^−d per power of v they hold);
     *         0 as a rule
     */
    int fit(double v) {
        double a = Math.abs(v);
        if (!set) {
            if (a == 0) {
                return 0;
            }
            set = true;
            exponent = Magnitude.shift(a);
            return exponent;
        }
        double s = exponent == 0 ? a : Math.scalb(a, -exponent);
        if (!(s > MAX)) {
            return 0;
        }
        int d = Math.getExponent(s) - Magnitude.LIMIT;
        exponent += d;
        return d;
    }

    /**
     * Aligns this scale with another before sums are merged: e becomes the larger exponent.
     *
     * @param other the other scale; not modified
     * @return by how much e grew (this owner's sums must be rescaled as for {@link #fit})
     */
    int align(BinaryScale other) {
        if (!other.set) {
            return 0;
        }
        if (!set) {
            set = true;
            int d = other.exponent - exponent;
            exponent = other.exponent;
            return d;
        }
        if (other.exponent <= exponent) {
            return 0;
        }
        int d = other.exponent - exponent;
        exponent = other.exponent;
        return d;
    }

    /**
     * @param other a scale aligned to this one ({@code other.exponent() <= exponent()})
     * @return 2^(other.e − e), the factor that brings the other's sums (of one power) to this scale
     */
    double factorFrom(BinaryScale other) {
        return Math.scalb(1.0, other.exponent - exponent);
    }

    /**
     * Multiplies a sum by 2^exp in steps that neither overflow nor lose anything but what
     * underflows (a power of two beyond the range of {@code double} is not formed).
     *
     * @param sum the sum, modified
     * @param exp the exponent
     */
    static void scale(CompensatedSum sum, int exp) {
        int e = exp;
        while (e > 1000) {
            sum.scale(0x1p1000);
            e -= 1000;
        }
        while (e < -1000) {
            sum.scale(0x1p-1000);
            e += 1000;
        }
        if (e != 0) {
            sum.scale(Math.scalb(1.0, e));
        }
    }

    /**
     * @param v a true value
     * @return v·2^−e
     */
    double stored(double v) {
        return exponent == 0 ? v : Math.scalb(v, -exponent);
    }

    /**
     * @param v a stored quantity holding {@code power} powers of the value
     * @param power the power
     * @return v·2^(power·e), the true quantity (may overflow to infinity)
     */
    double unscaled(double v, int power) {
        return exponent == 0 ? v : Math.scalb(v, power * exponent);
    }
}
