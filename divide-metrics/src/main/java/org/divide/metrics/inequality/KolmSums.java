package org.divide.metrics.inequality;

import org.divide.metrics.numeric.CompensatedSum;

/**
 * The sums behind the Kolm index K(κ) = (1/κ)·ln Σ p_i e^{κ(μ − x_i)}, taken relative to a base
 * b no larger than any value seen (the minimum), so that every exponential is at most 1 and
 * nothing overflows: S0 = Σw, D = Σw(x − b), E = Σw·e^{−κ(x − b)}, and K = D/S0 + ln(E/S0)/κ.
 * A smaller value or another set of sums moves the base down exactly: with δ = b − b' ≥ 0,
 * D += δ·S0 and E *= e^{−κδ}. Mutable; not thread-safe.
 */
final class KolmSums {

    private final double kappa;
    private double base;
    private final CompensatedSum s0 = new CompensatedSum();
    private final CompensatedSum d = new CompensatedSum();
    private final CompensatedSum e = new CompensatedSum();

    /**
     * @param kappa the Kolm parameter, {@code > 0}
     * @param base  a lower bound of the values, or {@code NaN} to track the running minimum
     */
    KolmSums(double kappa, double base) {
        this.kappa = kappa;
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
        if (!(x >= base)) {
            lowerBase(x);
        }
        double dx = x - base;
        s0.add(w);
        d.add(w * dx);
        e.add(w * Math.exp(-kappa * dx));
    }

    private void lowerBase(double newBase) {
        if (!Double.isNaN(base)) {
            double delta = base - newBase;
            d.addScaled(s0, delta);
            e.scale(Math.exp(-kappa * delta));
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
        if (!(other.base >= base)) {
            lowerBase(other.base);
        }
        double delta = other.base - base;
        s0.add(other.s0);
        d.add(other.d);
        d.addScaled(other.s0, delta);
        e.addScaled(other.e, Math.exp(-kappa * delta));
        return this;
    }

    /** @return Σ w */
    double weight() {
        return s0.value();
    }

    /** @return the weighted mean */
    double mean() {
        return base + d.value() / s0.value();
    }

    /** @return the Kolm index */
    double value() {
        double w = s0.value();
        return d.value() / w + Math.log(e.value() / w) / kappa;
    }
}
