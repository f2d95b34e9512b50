package org.divide.metrics.normalise;

import java.util.Arrays;
import java.util.Objects;

import org.divide.core.Direction;
import org.divide.metrics.internal.column.Args;
import org.divide.metrics.rank.Ties;

/**
 * COINr 1.1.14's normalisation methods as immutable, reusable {@link Normaliser}s. Build one with
 * a factory named after the method and adjust it with {@code withX} options, each returning a new
 * instance:
 *
 * <pre>{@code
 * Normaliser n = Normalisation.minMax(0, 100).withDirection(Direction.NEGATIVE);
 * double[] scores = n.apply(column);
 * }</pre>
 *
 * <p><b>Direction.</b> The column is first multiplied by the direction's sign ({@code x' = x·d}),
 * as COINr's {@code Normalise} does, and the method is applied to {@code x'}; so a
 * {@link Direction#NEGATIVE} indicator is reversed. Parameters on the data scale — scaling bounds,
 * target, goalposts — are given in the indicator's own units and multiplied by the sign too (for
 * goalposts and targets this is what COINr does with {@code f_n_para = "use_iMeta"}; COINr leaves
 * {@code n_scaled}'s bounds unflipped, which makes them meaningless for a negative indicator).
 *
 * <p><b>Formulas</b> (on {@code x'}, {@code min}, {@code max}, mean and sample sd over the
 * non-missing values): see each factory. Methods whose native score lies in {@code [0, 1]} accept
 * an output range {@code [l, u]} (score {@code t} becomes {@code t·(u − l) + l}): min-max (default
 * {@code [0, 100]}), scaled (default {@code [0, 100]}, COINr's {@code scale_factor}), percentile
 * rank, fraction of max, distance to max / reference / target, goalposts (default {@code [0, 1]};
 * {@code [0, a]} is COINr's scale {@code a}). Rank and Borda scores are counts and take no range.
 *
 * <p><b>Missing and degenerate data.</b> Missing cells stay missing and do not enter min, max,
 * mean, sd, or ranks. A degenerate column (see {@link DegeneratePolicy}) gives {@code NaN} in
 * every cell by default, as COINr does, or an {@link IllegalArgumentException} under
 * {@link DegeneratePolicy#REJECT}. An all-missing column gives an all-missing result under the
 * default policy. Cost: O(n), O(n log n) for the rank methods.
 *
 * <p>References: OECD/JRC, <i>Handbook on Constructing Composite Indicators</i> (2008), §1.5 and
 * Table 3; COINr documentation, "Normalisation" vignette and {@code n_*} reference pages.
 */
public final class Normalisation implements Normaliser {

    private final NormalisationMethod method;
    private final Direction direction;
    /** Output range, or the target mean and sd of a z-score. */
    private final double lower;
    private final double upper;
    /** Data-scale parameters in the indicator's units: bounds, goalposts (a, b) or target (a). */
    private final double a;
    private final double b;
    private final int reference;
    private final boolean cap;
    private final boolean truncate;
    private final Ties ties;
    private final DegeneratePolicy degenerate;

    private Normalisation(NormalisationMethod method, Direction direction, double lower,
            double upper, double a, double b, int reference, boolean cap, boolean truncate,
            Ties ties, DegeneratePolicy degenerate) {
        this.method = method;
        this.direction = direction;
        this.lower = lower;
        this.upper = upper;
        this.a = a;
        this.b = b;
        this.reference = reference;
        this.cap = cap;
        this.truncate = truncate;
        this.ties = ties;
        this.degenerate = degenerate;
    }

    private static Normalisation of(NormalisationMethod method, double lower, double upper,
            double a, double b, int reference) {
        return new Normalisation(method, Direction.POSITIVE, lower, upper, a, b, reference, false,
                true, Ties.MIN, DegeneratePolicy.NAN);
    }

    /**
     * No normalisation (COINr {@code f_n = "none"}): returns {@code x·d}.
     *
     * @return the identity normaliser (up to the direction)
     */
    public static Normalisation none() {
        return of(NormalisationMethod.NONE, 0, 1, 0, 0, -1);
    }

    /**
     * Min-max onto {@code [0, 100]}, COINr's default ({@code n_minmax(x, l_u = c(0, 100))}).
     *
     * @return the normaliser
     */
    public static Normalisation minMax() {
        return minMax(0, 100);
    }

    /**
     * Min-max onto {@code [lower, upper]}: {@code (x − min)/(max − min)·(upper − lower) + lower}.
     * For the geometric or harmonic mean use a range that excludes 0, e.g. {@code [1, 100]}.
     *
     * @param lower the score of the minimum
     * @param upper the score of the maximum; must exceed {@code lower}
     * @return the normaliser
     * @throws IllegalArgumentException if the range is not finite and increasing
     */
    public static Normalisation minMax(double lower, double upper) {
        Args.interval("range", lower, upper);
        return of(NormalisationMethod.MIN_MAX, lower, upper, 0, 0, -1);
    }

    /**
     * Standard z-scores ({@code n_zscore(x, m_sd = c(0, 1))}).
     *
     * @return the normaliser
     */
    public static Normalisation zScore() {
        return zScore(0, 1);
    }

    /**
     * Z-scores rescaled to mean {@code mean} and standard deviation {@code sd}:
     * {@code (x − x̄)/s·sd + mean}, with {@code s} the sample standard deviation (divisor
     * {@code n − 1}, as R's {@code sd}).
     *
     * @param mean the mean of the result
     * @param sd   the standard deviation of the result, {@code > 0}
     * @return the normaliser
     * @throws IllegalArgumentException if {@code mean} is not finite or {@code sd} not positive
     */
    public static Normalisation zScore(double mean, double sd) {
        Args.finite("mean", mean);
        Args.positive("sd", sd);
        return of(NormalisationMethod.Z_SCORE, mean, sd, 0, 0, -1);
    }

    /**
     * Scaling by fixed bounds (GII style, {@code n_scaled}): {@code (x − lo)/(hi − lo)} mapped to
     * the output range, by default {@code [0, 100]} (COINr's {@code scale_factor = 100}). Unlike
     * min-max the bounds do not come from the data, so scores outside {@code [0, 100]} are possible.
     *
     * @param lo the value scoring 0, in the indicator's units
     * @param hi the value scoring 100, in the indicator's units
     * @return the normaliser
     * @throws IllegalArgumentException if the bounds are not finite and increasing
     */
    public static Normalisation scaled(double lo, double hi) {
        Args.interval("bounds", lo, hi);
        return of(NormalisationMethod.SCALED, 0, 100, lo, hi, -1);
    }

    /**
     * Ranks, smallest value = 1 ({@code n_rank}); ties take the lowest rank unless
     * {@link #withTies} says otherwise. COINr 1.1.14 ignores its {@code ties.method} argument and
     * always uses {@code "min"}.
     *
     * @return the normaliser
     */
    public static Normalisation rank() {
        return of(NormalisationMethod.RANK, 0, 1, 0, 0, -1);
    }

    /**
     * Borda scores {@code rank(x) − 1} ({@code n_borda}).
     *
     * @return the normaliser
     */
    public static Normalisation borda() {
        return of(NormalisationMethod.BORDA, 0, 1, 0, 0, -1);
    }

    /**
     * Percentile ranks {@code (rank(x) − 1)/(n − 1)} in {@code [0, 1]} ({@code n_prank}), where
     * {@code n} counts the non-missing values.
     *
     * @return the normaliser
     */
    public static Normalisation percentileRank() {
        return of(NormalisationMethod.PERCENTILE_RANK, 0, 1, 0, 0, -1);
    }

    /**
     * Fraction of the maximum {@code x / max} ({@code n_fracmax}); for a negative direction this
     * is {@code x / min} of the original values.
     *
     * @return the normaliser
     */
    public static Normalisation fractionOfMax() {
        return of(NormalisationMethod.FRACTION_OF_MAX, 0, 1, 0, 0, -1);
    }

    /**
     * Distance to the maximum {@code 1 − (max − x)/(max − min)} in {@code [0, 1]}
     * ({@code n_dist2max}; min-max onto {@code [0, 1]} up to rounding).
     *
     * @return the normaliser
     */
    public static Normalisation distanceToMax() {
        return of(NormalisationMethod.DISTANCE_TO_MAX, 0, 1, 0, 0, -1);
    }

    /**
     * Distance to a reference economy {@code 1 − (x_ref − x)/(x_ref − min)} ({@code n_dist2ref});
     * the reference scores 1 and values beyond it exceed 1 unless capped ({@link #withCap}).
     *
     * @param index the reference economy's position in the column (0-based; COINr's {@code iref}
     *     is 1-based)
     * @return the normaliser
     * @throws IllegalArgumentException if {@code index} is negative
     */
    public static Normalisation distanceToReference(int index) {
        if (index < 0) {
            throw new IllegalArgumentException("reference index must be >= 0: " + index);
        }
        return of(NormalisationMethod.DISTANCE_TO_REFERENCE, 0, 1, 0, 0, index);
    }

    /**
     * Distance to a target {@code (x − min)/(target − min)} ({@code n_dist2targ}); for a negative
     * direction this is {@code (max − x)/(max − target)} in the original units. The target scores
     * 1; values beyond it exceed 1 unless capped ({@link #withCap}).
     *
     * @param target the target, in the indicator's units
     * @return the normaliser
     * @throws IllegalArgumentException if {@code target} is not finite
     */
    public static Normalisation distanceToTarget(double target) {
        Args.finite("target", target);
        return of(NormalisationMethod.DISTANCE_TO_TARGET, 0, 1, target, 0, -1);
    }

    /**
     * Goalposts {@code (x − lo)/(hi − lo)}, truncated to {@code [0, 1]} ({@code n_goalposts},
     * {@code trunc2posts = TRUE}), then mapped to the output range ({@code [0, a]} is COINr's
     * scale {@code a}). For a negative direction the score is {@code (hi − x)/(hi − lo)}: the lower
     * goalpost scores 1 (HDI-style "best" and "worst" posts in the indicator's units).
     *
     * @param lo the lower goalpost, in the indicator's units
     * @param hi the upper goalpost, in the indicator's units
     * @return the normaliser
     * @throws IllegalArgumentException if the goalposts are not finite and increasing
     */
    public static Normalisation goalposts(double lo, double hi) {
        Args.interval("goalposts", lo, hi);
        return of(NormalisationMethod.GOALPOSTS, 0, 1, lo, hi, -1);
    }

    /**
     * The same normalisation for an indicator with the given direction.
     *
     * @param newDirection {@link Direction#NEGATIVE} reverses the indicator
     * @return a new normaliser
     * @throws IllegalArgumentException if {@code newDirection} is {@code null}
     */
    public Normalisation withDirection(Direction newDirection) {
        Args.notNull("direction", newDirection);
        return new Normalisation(method, newDirection, lower, upper, a, b, reference, cap,
                truncate, ties, degenerate);
    }

    /**
     * The same normalisation onto another output range: a native score {@code t} becomes
     * {@code t·(upper − lower) + lower}.
     *
     * @param newLower the score of a native 0
     * @param newUpper the score of a native 1; must exceed {@code newLower}
     * @return a new normaliser
     * @throws IllegalArgumentException if the range is invalid or the method takes no range
     *     (none, z-score, rank, Borda)
     */
    public Normalisation withRange(double newLower, double newUpper) {
        require(method.takesRange(), "an output range");
        Args.interval("range", newLower, newUpper);
        return new Normalisation(method, direction, newLower, newUpper, a, b, reference, cap,
                truncate, ties, degenerate);
    }

    /**
     * Whether scores beyond the reference or target are capped at 1 (COINr's {@code cap_max},
     * default {@code false}); applied before the output range.
     *
     * @param newCap {@code true} to cap
     * @return a new normaliser
     * @throws IllegalArgumentException unless the method is a distance to a reference or target
     */
    public Normalisation withCap(boolean newCap) {
        require(method == NormalisationMethod.DISTANCE_TO_REFERENCE
                || method == NormalisationMethod.DISTANCE_TO_TARGET, "a cap");
        return new Normalisation(method, direction, lower, upper, a, b, reference, newCap,
                truncate, ties, degenerate);
    }

    /**
     * Whether goalpost scores are truncated to {@code [0, 1]} (COINr's {@code trunc2posts},
     * default {@code true}).
     *
     * @param newTruncate {@code false} to let scores run past the goalposts
     * @return a new normaliser
     * @throws IllegalArgumentException unless the method is goalposts
     */
    public Normalisation withTruncation(boolean newTruncate) {
        require(method == NormalisationMethod.GOALPOSTS, "truncation");
        return new Normalisation(method, direction, lower, upper, a, b, reference, cap,
                newTruncate, ties, degenerate);
    }

    /**
     * How tied values share ranks (default {@link Ties#MIN}, as COINr).
     *
     * @param newTies the tie rule
     * @return a new normaliser
     * @throws IllegalArgumentException unless the method is rank based
     */
    public Normalisation withTies(Ties newTies) {
        require(method.rankBased(), "a tie rule");
        Args.notNull("ties", newTies);
        return new Normalisation(method, direction, lower, upper, a, b, reference, cap, truncate,
                newTies, degenerate);
    }

    /**
     * What to do with a degenerate column (default {@link DegeneratePolicy#NAN}, as COINr).
     *
     * @param policy the policy
     * @return a new normaliser
     * @throws IllegalArgumentException if {@code policy} is {@code null}
     */
    public Normalisation withDegenerate(DegeneratePolicy policy) {
        Args.notNull("policy", policy);
        return new Normalisation(method, direction, lower, upper, a, b, reference, cap, truncate,
                ties, policy);
    }

    @Override
    public double[] apply(double[] column) {
        Args.notNull("column", column);
        double sign = direction.sign();
        double[] x = new double[column.length];
        for (int i = 0; i < x.length; i++) {
            x[i] = column[i] * sign;
        }
        String bad = Kernels.run(method, x, sign, lower, upper, a, b, reference, cap, truncate, ties);
        if (bad == null) {
            return x;
        }
        if (degenerate == DegeneratePolicy.REJECT) {
            throw new IllegalArgumentException(method.coinrName() + ": cannot normalise: " + bad);
        }
        Arrays.fill(x, Double.NaN);
        return x;
    }

    private void require(boolean ok, String what) {
        if (!ok) {
            throw new IllegalArgumentException(method + " takes no " + what);
        }
    }

    /**
     * The method.
     *
     * @return the method
     */
    public NormalisationMethod method() {
        return method;
    }

    /**
     * The direction applied before the method.
     *
     * @return the direction
     */
    public Direction direction() {
        return direction;
    }

    /**
     * The lower end of the output range; for a z-score the target mean.
     *
     * @return the lower end
     */
    public double lower() {
        return lower;
    }

    /**
     * The upper end of the output range; for a z-score the target standard deviation.
     *
     * @return the upper end
     */
    public double upper() {
        return upper;
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof Normalisation)) {
            return false;
        }
        Normalisation n = (Normalisation) o;
        return method == n.method && direction == n.direction && Double.compare(lower, n.lower) == 0
                && Double.compare(upper, n.upper) == 0 && Double.compare(a, n.a) == 0
                && Double.compare(b, n.b) == 0 && reference == n.reference && cap == n.cap
                && truncate == n.truncate && ties == n.ties && degenerate == n.degenerate;
    }

    @Override
    public int hashCode() {
        return Objects.hash(method, direction, lower, upper, a, b, reference, cap, truncate, ties,
                degenerate);
    }

    @Override
    public String toString() {
        String params;
        switch (method) {
            case SCALED:
            case GOALPOSTS:
                params = ", bounds [" + a + ", " + b + "]" + (truncate ? "" : ", untruncated");
                break;
            case DISTANCE_TO_TARGET:
                params = ", target " + a + (cap ? ", capped" : "");
                break;
            case DISTANCE_TO_REFERENCE:
                params = ", reference " + reference + (cap ? ", capped" : "");
                break;
            case RANK:
            case BORDA:
            case PERCENTILE_RANK:
                params = ", ties " + ties;
                break;
            default:
                params = "";
        }
        String scale = method == NormalisationMethod.Z_SCORE ? ", mean " + lower + ", sd " + upper
                : method.takesRange() ? ", range [" + lower + ", " + upper + "]" : "";
        return "Normalisation[" + method.coinrName() + ", " + direction + params + scale
                + (degenerate == DegeneratePolicy.REJECT ? ", reject degenerate" : "") + "]";
    }
}
