package org.divide.metrics.normalise;

import org.divide.metrics.internal.column.NanStats;
import org.divide.metrics.rank.Ranking;
import org.divide.metrics.rank.Ties;

/**
 * The normalisation formulas, each applied in place to a column that already carries the
 * direction ({@code x·d}). Each returns {@code null} on success or the reason why the column is
 * degenerate, in which case the column's contents are unspecified. Output ranges are applied by
 * {@link #toRange}. The formulas follow COINr 1.1.14's {@code n_*} functions operation by
 * operation so that results agree to the last bits.
 */
final class Kernels {

    private Kernels() {
    }

    /**
     * Applies a method in place to the direction-applied column {@code x}; data-scale parameters
     * {@code a}, {@code b} are in the indicator's units and flipped here for a negative sign.
     * Returns {@code null} or the reason the column is degenerate.
     */
    static String run(NormalisationMethod method, double[] x, double sign, double lower,
            double upper, double a, double b, int reference, boolean cap, boolean truncate,
            Ties ties) {
        String bad;
        switch (method) {
            case NONE:
                return null;
            case MIN_MAX:
                return minMax(x, lower, upper);
            case Z_SCORE:
                return zScore(x, lower, upper);
            case RANK:
                rank(x, ties, 0);
                return null;
            case BORDA:
                rank(x, ties, 1);
                return null;
            case SCALED:
                scaled(x, sign > 0 ? a : -b, sign > 0 ? b : -a);
                bad = null;
                break;
            case PERCENTILE_RANK:
                bad = percentileRank(x, ties);
                break;
            case FRACTION_OF_MAX:
                bad = fractionOfMax(x);
                break;
            case DISTANCE_TO_MAX:
                bad = distanceToMax(x);
                break;
            case DISTANCE_TO_REFERENCE:
                if (reference >= x.length) {
                    throw new IllegalArgumentException("reference index must lie in [0, " + x.length
                            + "): " + reference);
                }
                bad = distanceToReference(x, reference, cap);
                break;
            case DISTANCE_TO_TARGET:
                bad = distanceToTarget(x, a * sign, cap);
                break;
            case GOALPOSTS:
                goalposts(x, sign > 0 ? a : -b, sign > 0 ? b : -a, truncate);
                bad = null;
                break;
            default:
                throw new AssertionError(method);
        }
        if (bad == null) {
            toRange(x, lower, upper);
        }
        return bad;
    }

    /** {@code (x − min)/(max − min)·(u − l) + l}. */
    static String minMax(double[] x, double lower, double upper) {
        double min = NanStats.min(x);
        double max = NanStats.max(x);
        String bad = range(min, max);
        if (bad != null) {
            return bad;
        }
        double span = max - min;
        double width = upper - lower;
        for (int i = 0; i < x.length; i++) {
            x[i] = (x[i] - min) / span * width + lower;
        }
        return null;
    }

    /** {@code (x − mean)/sd·s + m}. */
    static String zScore(double[] x, double mean, double sd) {
        int n = NanStats.count(x);
        if (n < 2) {
            return n == 0 ? "the column has no values" : "the column has a single value";
        }
        double mu = NanStats.mean(x);
        double sigma = NanStats.sd(x);
        if (!(sigma > 0)) {
            return "the column is constant (standard deviation 0)";
        }
        for (int i = 0; i < x.length; i++) {
            x[i] = (x[i] - mu) / sigma * sd + mean;
        }
        return null;
    }

    /** {@code (x − lo)/(hi − lo)}; never degenerate (the bounds are checked on construction). */
    static void scaled(double[] x, double lo, double hi) {
        double span = hi - lo;
        for (int i = 0; i < x.length; i++) {
            x[i] = (x[i] - lo) / span;
        }
    }

    /** Ranks (offset 0: rank; offset 1: Borda); NaN stays NaN. */
    static void rank(double[] x, Ties ties, double offset) {
        double[] r = Ranking.ascending(x, ties);
        for (int i = 0; i < x.length; i++) {
            x[i] = r[i] - offset;
        }
    }

    /** {@code (rank − 1)/(n − 1)}. */
    static String percentileRank(double[] x, Ties ties) {
        int n = NanStats.count(x);
        if (n < 2) {
            return n == 0 ? "the column has no values" : "the column has a single value";
        }
        double[] r = Ranking.ascending(x, ties);
        for (int i = 0; i < x.length; i++) {
            x[i] = (r[i] - 1) / (n - 1);
        }
        return null;
    }

    /** {@code x / max}. */
    static String fractionOfMax(double[] x) {
        double max = NanStats.max(x);
        if (Double.isNaN(max)) {
            return "the column has no values";
        }
        if (max == 0) {
            return "the maximum is 0";
        }
        for (int i = 0; i < x.length; i++) {
            x[i] = x[i] / max;
        }
        return null;
    }

    /** {@code 1 − (max − x)/(max − min)}. */
    static String distanceToMax(double[] x) {
        double min = NanStats.min(x);
        double max = NanStats.max(x);
        String bad = range(min, max);
        if (bad != null) {
            return bad;
        }
        double span = max - min;
        for (int i = 0; i < x.length; i++) {
            x[i] = 1 - (max - x[i]) / span;
        }
        return null;
    }

    /** {@code 1 − (x_ref − x)/(x_ref − min)}, optionally capped at 1. */
    static String distanceToReference(double[] x, int reference, boolean cap) {
        double ref = x[reference];
        if (Double.isNaN(ref)) {
            return "the reference value x[" + reference + "] is missing";
        }
        double min = NanStats.min(x);
        if (ref == min) {
            return "the reference value x[" + reference + "] = " + ref + " is the minimum";
        }
        double span = ref - min;
        for (int i = 0; i < x.length; i++) {
            double y = 1 - (ref - x[i]) / span;
            x[i] = cap && y > 1 ? 1 : y;
        }
        return null;
    }

    /** {@code (x − min)/(target − min)}, optionally capped at 1. */
    static String distanceToTarget(double[] x, double target, boolean cap) {
        double min = NanStats.min(x);
        if (Double.isNaN(min)) {
            return "the column has no values";
        }
        if (target == min) {
            return "the target " + target + " equals the minimum";
        }
        double span = target - min;
        for (int i = 0; i < x.length; i++) {
            double y = (x[i] - min) / span;
            x[i] = cap && y > 1 ? 1 : y;
        }
        return null;
    }

    /** {@code (x − lo)/(hi − lo)}, optionally truncated to {@code [0, 1]}. */
    static void goalposts(double[] x, double lo, double hi, boolean truncate) {
        double span = hi - lo;
        for (int i = 0; i < x.length; i++) {
            double y = (x[i] - lo) / span;
            if (truncate) {
                if (y > 1) {
                    y = 1;
                } else if (y < 0) {
                    y = 0;
                }
            }
            x[i] = y;
        }
    }

    /** Maps native {@code [0, 1]} scores affinely to {@code [lower, upper]}: {@code t·(u − l) + l}. */
    static void toRange(double[] x, double lower, double upper) {
        if (lower == 0 && upper == 1) {
            return;
        }
        double width = upper - lower;
        for (int i = 0; i < x.length; i++) {
            x[i] = x[i] * width + lower;
        }
    }

    private static String range(double min, double max) {
        if (Double.isNaN(min)) {
            return "the column has no values";
        }
        if (min == max) {
            return "the column is constant (every value is " + min + ")";
        }
        return null;
    }
}
