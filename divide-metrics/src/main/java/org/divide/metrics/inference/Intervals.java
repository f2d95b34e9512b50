package org.divide.metrics.inference;

import org.apache.commons.math3.special.Erf;
import org.divide.metrics.internal.numeric.SortedQuantiles;

/**
 * Reads percentile and BCa intervals off sorted bootstrap replicates; see {@link IntervalMethod}
 * for the formulas.
 */
final class Intervals {

    private static final double SQRT2 = Math.sqrt(2.0);

    private Intervals() {
    }

    /** An interval and the BCa quantities behind it. */
    static final class Result {
        final double lower;
        final double upper;
        final IntervalMethod method;
        final double z0;
        final double acceleration;

        Result(double lower, double upper, IntervalMethod method, double z0, double acceleration) {
            this.lower = lower;
            this.upper = upper;
            this.method = method;
            this.z0 = z0;
            this.acceleration = acceleration;
        }
    }

    /**
     * Returns the percentile interval [Q(α/2), Q(1 − α/2)].
     *
     * @param sorted     the replicates in ascending order
     * @param confidence the level 1 − α
     * @return the interval
     */
    static Result percentile(double[] sorted, double confidence) {
        return new Result(SortedQuantiles.type7(sorted, lowerLevel(confidence)), SortedQuantiles.type7(sorted, upperLevel(confidence)),
                IntervalMethod.PERCENTILE, Double.NaN, Double.NaN);
    }

    /** Returns α/2 as R's {@code boot.ci} computes it, (1 − confidence)/2. */
    private static double lowerLevel(double confidence) {
        return (1 - confidence) / 2;
    }

    /** Returns 1 − α/2 as R's {@code boot.ci} computes it, (1 + confidence)/2. */
    private static double upperLevel(double confidence) {
        return (1 + confidence) / 2;
    }

    /**
     * Returns the BCa interval, or the percentile interval (with the BCa quantities that made BCa
     * undefined) when z_0 is infinite, the acceleration is not finite or 1 − a (z_0 + z) ≤ 0.
     *
     * @param sorted       the replicates in ascending order
     * @param estimate     the point estimate θ̂
     * @param acceleration the acceleration a
     * @param confidence   the level 1 − α
     * @return the interval
     */
    static Result bca(double[] sorted, double estimate, double acceleration, double confidence) {
        double z0 = normalQuantile(proportionBelow(sorted, estimate));
        double zLow = normalQuantile(lowerLevel(confidence));
        double zHigh = normalQuantile(upperLevel(confidence));
        double d1 = 1 - acceleration * (z0 + zLow);
        double d2 = 1 - acceleration * (z0 + zHigh);
        if (Double.isInfinite(z0) || !Double.isFinite(acceleration) || !(d1 > 0) || !(d2 > 0)) {
            Result p = percentile(sorted, confidence);
            return new Result(p.lower, p.upper, IntervalMethod.PERCENTILE, z0, acceleration);
        }
        double a1 = normalCdf(z0 + (z0 + zLow) / d1);
        double a2 = normalCdf(z0 + (z0 + zHigh) / d2);
        return new Result(SortedQuantiles.type7(sorted, a1), SortedQuantiles.type7(sorted, a2), IntervalMethod.BCA, z0, acceleration);
    }

    /**
     * Returns (#{θ*_b &lt; θ̂} + ½ #{θ*_b = θ̂}) / B.
     *
     * @param sorted   the replicates in ascending order
     * @param estimate θ̂
     * @return the proportion in [0, 1]
     */
    static double proportionBelow(double[] sorted, double estimate) {
        int below = 0;
        int equal = 0;
        for (double v : sorted) {
            if (v < estimate) {
                below++;
            } else if (v == estimate) {
                equal++;
            } else {
                break;
            }
        }
        return (below + 0.5 * equal) / sorted.length;
    }

    /**
     * Returns Φ(z), the standard normal distribution function, 0.5 erfc(−z/√2).
     *
     * @param z the argument
     * @return Φ(z)
     */
    static double normalCdf(double z) {
        return 0.5 * Erf.erfc(-z / SQRT2);
    }

    /**
     * Returns Φ⁻¹(p), √2 erf⁻¹(2p − 1); ∓∞ at p = 0 and 1.
     *
     * @param p the probability
     * @return the standard normal quantile
     */
    static double normalQuantile(double p) {
        if (p <= 0) {
            return Double.NEGATIVE_INFINITY;
        }
        if (p >= 1) {
            return Double.POSITIVE_INFINITY;
        }
        return SQRT2 * Erf.erfInv(2 * p - 1);
    }
}
