package org.divide.metrics.inequality;

import org.divide.metrics.numeric.CompensatedSum;

/**
 * Weighted mean and variance from sums of deviations from a shift c (the mean in two-pass use,
 * the first value in streaming use): S0 = Σw, D1 = Σw(x − c), D2 = Σw(x − c)², so that
 * μ = c + D1/S0 and the population variance is D2/S0 − (D1/S0)². With c near the mean the
 * subtraction loses little (the "shifted data" algorithm). Sums with different shifts merge
 * exactly: with Δ = c_other − c, D1 += D1' + Δ·S0' and D2 += D2' + 2Δ·D1' + Δ²·S0'.
 * An infinite value makes the variance infinite.
 *
 * <p>The sums hold the values and weights scaled by powers of two ({@link BinaryScale}), so that
 * no square or sum overflows or underflows at any finite magnitude; with values and weights of
 * ordinary magnitude the scales stay 1. Mutable; not thread-safe.
 */
final class ShiftedMoments {

    private double shift;
    private long count;
    private boolean infinite;
    private final BinaryScale xScale = new BinaryScale();
    private final BinaryScale wScale = new BinaryScale();
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
     * @param x a value (an infinite one makes the variance infinite)
     * @param w its weight, finite and {@code >= 0}
     */
    void add(double x, double w) {
        if (Double.isInfinite(x)) {
            count++;
            infinite = true;
            return;
        }
        int dx = xScale.fit(x);
        int dw = wScale.fit(w);
        if ((dx | dw) != 0) {
            rescale(dx, dw);
        }
        addInRange(xScale.stored(x), wScale.stored(w));
    }

    /**
     * Adds a value and weight already of a magnitude whose squares and sums stay in range (the
     * array paths, whose {@link Sample} has shifted them): no scale is consulted, so the sums are
     * exactly those of the plain algorithm. Not to be mixed with {@link #add(double, double)} of
     * values that needed scaling.
     *
     * @param x a value with |x| ≤ 2^301 (an infinite one, the logarithm of a zero kept as the
     *          limit, makes the variance infinite)
     * @param w its weight
     */
    void addInRange(double x, double w) {
        count++;
        if (Double.isInfinite(x)) {
            infinite = true;
            return;
        }
        addStored(x, w);
    }

    private void addStored(double v, double u) {
        if (Double.isNaN(shift)) {
            shift = v;
        }
        double d = v - shift;
        s0.add(u);
        squares.add(u * u);
        d1.add(u * d);
        d2.add(u * d * d);
    }

    /** Divides the stored values by 2^dx and the stored weights by 2^dw (exact). */
    private void rescale(int dx, int dw) {
        shift = Math.scalb(shift, -dx);
        BinaryScale.scale(s0, -dw);
        BinaryScale.scale(squares, -2 * dw);
        BinaryScale.scale(d1, -dx - dw);
        BinaryScale.scale(d2, -2 * dx - dw);
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
        int dx = xScale.align(other.xScale);
        int dw = wScale.align(other.wScale);
        if ((dx | dw) != 0) {
            rescale(dx, dw);
        }
        double fx = xScale.factorFrom(other.xScale);
        double fw = wScale.factorFrom(other.wScale);
        double otherShift = other.shift * fx;
        if (Double.isNaN(shift)) {
            shift = otherShift;
        }
        double delta = otherShift - shift;
        double fd1 = fx * fw;
        double fd2 = fx * fx * fw;
        d2.addScaled(other.d2, fd2);
        d2.addScaled(other.d1, 2 * delta * fd1);
        d2.addScaled(other.s0, delta * delta * fw);
        d1.addScaled(other.d1, fd1);
        d1.addScaled(other.s0, delta * fw);
        s0.addScaled(other.s0, fw);
        squares.addScaled(other.squares, fw * fw);
        return this;
    }

    /** @return the number of values added */
    long count() {
        return count;
    }

    /** @return Σ w (may overflow to infinity for weights near the largest double) */
    double weight() {
        return wScale.unscaled(s0.value(), 1);
    }

    /** @return the weighted mean, {@code NaN} when empty */
    double mean() {
        double w = s0.value();
        return w == 0 ? Double.NaN : xScale.unscaled(shift + d1.value() / w, 1);
    }

    /**
     * @param correction the small-sample correction
     * @param weighted   whether the data carry weights
     * @return the variance (population, times the correction); in the squared units of the
     *         values, so it overflows to infinity when the values' magnitude is beyond about 1e154
     */
    double variance(SmallSampleCorrection correction, boolean weighted) {
        return xScale.unscaled(scaledVariance(correction, weighted), 2);
    }

    /**
     * @param correction the small-sample correction
     * @param weighted   whether the data carry weights
     * @return σ/μ with the population σ (times the correction): finite at any magnitude;
     *         {@code NaN} when empty or μ ≤ 0
     */
    double coefficientOfVariation(SmallSampleCorrection correction, boolean weighted) {
        double w = s0.value();
        if (w == 0) {
            return Double.NaN;
        }
        double m = shift + d1.value() / w;
        return m > 0 ? Math.sqrt(scaledVariance(correction, weighted)) / m : Double.NaN;
    }

    private double scaledVariance(SmallSampleCorrection correction, boolean weighted) {
        if (infinite) {
            return Double.POSITIVE_INFINITY;
        }
        double w = s0.value();
        double m = d1.value() / w;
        double v = Math.max(0, d2.value() / w - m * m);
        double totalWeight = correction == SmallSampleCorrection.FREQUENCY ? weight() : w;
        return v * Corrections.factor(correction, count, totalWeight, squares.value(), weighted);
    }
}
