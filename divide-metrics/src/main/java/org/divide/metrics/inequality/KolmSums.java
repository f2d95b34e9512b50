package org.divide.metrics.inequality;

import org.divide.metrics.numeric.CompensatedSum;

/**
 * The sums behind the Kolm index K(κ) = (1/κ)·ln Σ p_i e^{κ(μ − x_i)}, taken relative to a base
 * b no larger than any value seen (the minimum), so that every exponential is at most 1 and
 * nothing overflows: S0 = Σw, D = Σw(x − b), E = Σw·e^{−κ(x − b)}, and K = D/S0 + ln(E/S0)/κ.
 * A smaller value or another set of sums moves the base down exactly: with δ = b − b' ≥ 0,
 * D += δ·S0 and E *= e^{−κδ}.
 *
 * <p>The sums hold the values and weights scaled by powers of two ({@link BinaryScale}): with
 * values v = x·2^−e the index follows the scaling rule K_κ(x) = 2^e·K_{κ·2^e}(v), so the sums
 * use κ·2^e and the exponents κ(x − b) are exactly those of the data. The index is in the units
 * of x: when its true value exceeds the largest double (values spanning more than the range of
 * {@code double}) {@link #value()} throws. Mutable; not thread-safe.
 */
final class KolmSums {

    private final double kappa;
    private double scaledKappa;
    private double base;
    private final BinaryScale xScale = new BinaryScale();
    private final BinaryScale wScale = new BinaryScale();
    private final CompensatedSum s0 = new CompensatedSum();
    private final CompensatedSum d = new CompensatedSum();
    private final CompensatedSum e = new CompensatedSum();

    /**
     * @param kappa the Kolm parameter, {@code > 0}
     * @param base  a lower bound of the values, or {@code NaN} to track the running minimum
     */
    KolmSums(double kappa, double base) {
        this.kappa = kappa;
        this.scaledKappa = kappa;
        this.base = base;
    }

    /**
     * @param x a finite value
     * @param w its weight, {@code >= 0}
     */
    void add(double x, double w) {
        if (w == 0) {
            return;
        }
        int dx = xScale.fit(x);
        int dw = wScale.fit(w);
        if ((dx | dw) != 0) {
            rescale(dx, dw);
        }
        addStored(xScale.stored(x), wScale.stored(w));
    }

    /**
     * Adds a value and weight already of a magnitude whose sums stay in range (the array path,
     * whose {@link Sample} has shifted them): no scale is consulted, so the sums are exactly those
     * of the plain algorithm. Not to be mixed with {@link #add(double, double)} of values that
     * needed scaling.
     *
     * @param x a finite value with |x| ≤ 2^301
     * @param w its weight, {@code >= 0}
     */
    void addInRange(double x, double w) {
        if (w != 0) {
            addStored(x, w);
        }
    }

    private void addStored(double v, double u) {
        if (!(v >= base)) {
            lowerBase(v);
        }
        double dv = v - base;
        s0.add(u);
        d.add(u * dv);
        e.add(u * Math.exp(-scaledKappa * dv));
    }

    /** Divides the stored values by 2^dx and the stored weights by 2^dw (exact); κ·2^e follows. */
    private void rescale(int dx, int dw) {
        base = Math.scalb(base, -dx);
        scaledKappa = Math.min(Math.scalb(kappa, xScale.exponent()), Double.MAX_VALUE);
        BinaryScale.scale(s0, -dw);
        BinaryScale.scale(d, -dx - dw);
        BinaryScale.scale(e, -dw);
    }

    private void lowerBase(double newBase) {
        if (!Double.isNaN(base)) {
            double delta = base - newBase;
            d.addScaled(s0, delta);
            e.scale(Math.exp(-scaledKappa * delta));
        }
        base = newBase;
    }

    /**
     * @param other other sums with the same κ; not modified
     * @return this
     */
    KolmSums add(KolmSums other) {
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
        double otherBase = other.base * fx;
        if (!(otherBase >= base)) {
            lowerBase(otherBase);
        }
        double delta = otherBase - base;
        s0.addScaled(other.s0, fw);
        d.addScaled(other.d, fx * fw);
        d.addScaled(other.s0, delta * fw);
        e.addScaled(other.e, Math.exp(-scaledKappa * delta) * fw);
        return this;
    }

    /** @return Σ w (may overflow to infinity for weights near the largest double) */
    double weight() {
        return wScale.unscaled(s0.value(), 1);
    }

    /** @return the weighted mean */
    double mean() {
        return xScale.unscaled(base + d.value() / s0.value(), 1);
    }

    /**
     * @return the Kolm index
     * @throws IllegalArgumentException if it is finite but beyond the largest double
     */
    double value() {
        double w = s0.value();
        double k = d.value() / w + Math.log(e.value() / w) / scaledKappa;
        return Magnitude.unscale(k, xScale.exponent(), Dispersion.kolmName(kappa));
    }
}
