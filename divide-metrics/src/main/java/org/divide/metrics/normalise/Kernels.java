package org.divide.metrics.normalise;

import org.divide.core.spec.NormaliseMethod;
import org.divide.core.spec.NormaliseMethod.Borda;
import org.divide.core.spec.NormaliseMethod.DistanceToMax;
import org.divide.core.spec.NormaliseMethod.DistanceToReference;
import org.divide.core.spec.NormaliseMethod.DistanceToTarget;
import org.divide.core.spec.NormaliseMethod.FractionOfMax;
import org.divide.core.spec.NormaliseMethod.Goalposts;
import org.divide.core.spec.NormaliseMethod.MinMax;
import org.divide.core.spec.NormaliseMethod.None;
import org.divide.core.spec.NormaliseMethod.PercentileRank;
import org.divide.core.spec.NormaliseMethod.Ranged;
import org.divide.core.spec.NormaliseMethod.Rank;
import org.divide.core.spec.NormaliseMethod.Scaled;
import org.divide.core.spec.NormaliseMethod.ZScore;
import org.divide.core.spec.Range;
import org.divide.core.spec.RankTies;
import org.divide.metrics.internal.column.NanStats;
import org.divide.metrics.rank.Ranking;

/**
 * The normalisation formulas, one per {@link NormaliseMethod} record, each applied in place to a
 * column that already carries the direction ({@code x·d}). Each returns {@code null} on success
 * or the reason why the column is degenerate, in which case the column's contents are
 * unspecified. The output range of a {@link Ranged} method is applied by {@link #toRange}. The
 * formulas follow COINr 1.1.14's {@code n_*} functions operation by operation so that results
 * agree to the last bits.
 */
final class Kernels {

    private Kernels() {
    }

    /**
     * Applies a method in place to the direction-applied column {@code x}; data-scale parameters
     * (bounds, goalposts, target) are in the indicator's units and flipped here for a negative
     * sign. Returns {@code null} or the reason the column is degenerate.
     *
     * @param method    the method and its parameters
     * @param x         the column times {@code sign}, overwritten
     * @param sign      the direction's sign, ±1
     * @param reference the reference economy's position (distance to a reference), else −1
     * @return {@code null}, or why the column is degenerate
     */
    static String run(NormaliseMethod method, double[] x, double sign, int reference) {
        String bad = native01(method, x, sign, reference);
        if (bad == null && method instanceof Ranged r) {
            toRange(x, r.range());
        }
        return bad;
    }

    /** The method's native score, before any output range. */
    private static String native01(NormaliseMethod method, double[] x, double sign, int reference) {
        if (method instanceof None) {
            return null;
        } else if (method instanceof MinMax) {
            return minMax(x, 0, 1);
        } else if (method instanceof ZScore z) {
            return zScore(x, z.mean(), z.sd());
        } else if (method instanceof Rank r) {
            rank(x, r.ties(), 0);
            return null;
        } else if (method instanceof Borda b) {
            rank(x, b.ties(), 1);
            return null;
        } else if (method instanceof Scaled s) {
            scaled(x, sign > 0 ? s.low() : -s.high(), sign > 0 ? s.high() : -s.low());
            return null;
        } else if (method instanceof PercentileRank p) {
            return percentileRank(x, p.ties());
        } else if (method instanceof FractionOfMax) {
            return fractionOfMax(x);
        } else if (method instanceof DistanceToMax) {
            return distanceToMax(x);
        } else if (method instanceof DistanceToReference d) {
            if (reference < 0 || reference >= x.length) {
                throw new IllegalArgumentException("reference index must lie in [0, " + x.length + "): " + reference);
            }
            return distanceToReference(x, reference, d.cap());
        } else if (method instanceof DistanceToTarget t) {
            return distanceToTarget(x, t.target() * sign, t.cap());
        } else if (method instanceof Goalposts g) {
            goalposts(x, sign > 0 ? g.low() : -g.high(), sign > 0 ? g.high() : -g.low(), g.truncate());
            return null;
        }
        throw new AssertionError(method);
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
    static void rank(double[] x, RankTies ties, double offset) {
        double[] r = Ranking.ascending(x, ties);
        for (int i = 0; i < x.length; i++) {
            x[i] = r[i] - offset;
        }
    }

    /** {@code (rank − 1)/(n − 1)}. */
    static String percentileRank(double[] x, RankTies ties) {
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
    static void toRange(double[] x, Range range) {
        double lower = range.lower();
        double width = range.upper() - lower;
        if (lower == 0 && width == 1) {
            return;
        }
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
