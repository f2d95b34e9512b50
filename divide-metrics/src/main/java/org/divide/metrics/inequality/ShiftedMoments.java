package org.divide.metrics.inequality;

import org.divide.metrics.numeric.CompensatedSum;

/**
 * Weighted mean and variance from sums of deviations from a shift c (the mean in two-pass use,
 * the first value in streaming use): S0 = Σw, D1 = Σw(x − c), D2 = Σw(x − c)², so that
 * μ = c + D1/S0 and the population variance is D2/S0 − (D1/S0)². With c near the mean the
 * subtraction loses little (the "shifted data" algorithm). Sums with different shifts merge
 * exactly: with Δ = c_other − c, D1 += D1' + Δ·S0' and D2 += D2' + 2Δ·D1' + Δ²·S0'.
 * An infinite value makes the variance infinite. Mutable; not thread-safe.
 */
final class ShiftedMoments {

    private double shift;
    private long count;
    private boolean infinite;
    private final CompensatedSum s0 = new CompensatedSum();
    private final CompensatedSum squares = new CompensatedSum();
    private final CompensatedSum d1 = new CompensatedSum();
    private final CompensatedSum d2 = new CompensatedSum();

    /**
     * @param shift the shift c, or {@code NaN} to take the first value
     */
    ShiftedMoments(double shift) {
        this.shift = shift;
    }

    /**
     * @param x a value ({@code -∞} is allowed and makes the variance infinite)
     * @param w its weight, {@code >= 0}
     */
    void add(double x, double w) {
        count++;
        if (Double.isInfinite(x)) {
            infinite = true;
            return;
        }
        if (Double.isNaN(shift)) {
            shift = x;
        }
        double d = x - shift;
        s0.add(w);
        squares.add(w * w);
        d1.add(w * d);
        d2.add(w * d * d);
    }

    /**
     * @param other other moments; not modified
     * @return this
     */
    ShiftedMoments add(ShiftedMoments other) {
        count += other.count;
        infinite |= other.infinite;
        if (other.s0.value() == 0) {
            return this;
        }
        if (Double.isNaN(shift)) {
            shift = other.shift;
        }
        double delta = other.shift - shift;
        s0.add(other.s0);
        squares.add(other.squares);
        d2.add(other.d2);
        d2.addScaled(other.d1, 2 * delta);
        d2.addScaled(other.s0, delta * delta);
        d1.add(other.d1);
        d1.addScaled(other.s0, delta);
        return this;
    }

    /** @return the number of values added */
    long count() {
        return count;
    }

    /** @return Σ w */
    double weight() {
        return s0.value();
    }

    /** @return the weighted mean, {@code NaN} when empty */
    double mean() {
        double w = s0.value();
        return w == 0 ? Double.NaN : shift + d1.value() / w;
    }

    /**
     * @param correction the small-sample correction
     * @param weighted   whether the data carry weights
     * @return the variance (population variance times the correction factor)
     */
    double variance(SmallSampleCorrection correction, boolean weighted) {
        if (infinite) {
            return Double.POSITIVE_INFINITY;
        }
        double w = s0.value();
        double m = d1.value() / w;
        double v = Math.max(0, d2.value() / w - m * m);
        return v * Corrections.factor(correction, count, w, squares.value(), weighted);
    }
}
