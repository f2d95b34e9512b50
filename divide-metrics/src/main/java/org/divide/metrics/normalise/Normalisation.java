package org.divide.metrics.normalise;

import java.util.Arrays;
import java.util.Objects;

import org.divide.core.Direction;
import org.divide.core.spec.NormaliseMethod;
import org.divide.core.spec.NormaliseMethod.DistanceToReference;
import org.divide.core.spec.NormaliseMethod.Ranged;
import org.divide.core.spec.NormaliseMethod.Ranked;
import org.divide.core.spec.RankTies;
import org.divide.metrics.internal.column.Args;

/**
 * COINr 1.1.14's normalisation methods as immutable, reusable {@link Normaliser}s: a
 * {@link NormaliseMethod} record (the method and its parameters, validated there) applied with a
 * direction and a policy for degenerate columns. Build one with {@link #of(NormaliseMethod)} or a
 * factory named after the method and adjust it with {@code withX} options, each returning a new
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

    private final NormaliseMethod method;
    private final Direction direction;
    /** The reference economy's position in the column (distance to a reference), else −1. */
    private final int reference;
    private final DegeneratePolicy degenerate;

    private Normalisation(NormaliseMethod method, Direction direction, int reference,
            DegeneratePolicy degenerate) {
        this.method = method;
        this.direction = direction;
        this.reference = reference;
        this.degenerate = degenerate;
    }

    /**
     * A method of the spec, positive direction, degenerate columns giving {@code NaN}. A
     * {@link DistanceToReference} needs the position of its economy in the column:
     * {@link #withReference(int)}.
     *
     * @param method the method and its parameters
     * @return the normaliser
     * @throws IllegalArgumentException if {@code method} is {@code null}
     */
    public static Normalisation of(NormaliseMethod method) {
        Args.notNull("method", method);
        return new Normalisation(method, Direction.POSITIVE, -1, DegeneratePolicy.NAN);
    }

    /**
     * No normalisation (COINr {@code f_n = "none"}): returns {@code x·d}.
     *
     * @return the identity normaliser (up to the direction)
     */
    public static Normalisation none() {
        return of(NormaliseMethod.none());
    }

    /**
     * Min-max onto {@code [0, 100]}, COINr's default ({@code n_minmax(x, l_u = c(0, 100))}).
     *
     * @return the normaliser
     */
    public static Normalisation minMax() {
        return of(NormaliseMethod.minMax());
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
        return of(NormaliseMethod.minMax(lower, upper));
    }

    /**
     * Standard z-scores ({@code n_zscore(x, m_sd = c(0, 1))}).
     *
     * @return the normaliser
     */
    public static Normalisation zScore() {
        return of(NormaliseMethod.zScore());
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
        return of(NormaliseMethod.zScore(mean, sd));
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
        return of(NormaliseMethod.scaled(lo, hi));
    }

    /**
     * Ranks, smallest value = 1 ({@code n_rank}); ties take the lowest rank unless
     * {@link #withTies} says otherwise. COINr 1.1.14 ignores its {@code ties.method} argument and
     * always uses {@code "min"}.
     *
     * @return the normaliser
     */
    public static Normalisation rank() {
        return of(NormaliseMethod.rank());
    }

    /**
     * Borda scores {@code rank(x) − 1} ({@code n_borda}).
     *
     * @return the normaliser
     */
    public static Normalisation borda() {
        return of(NormaliseMethod.borda());
    }

    /**
     * Percentile ranks {@code (rank(x) − 1)/(n − 1)} in {@code [0, 1]} ({@code n_prank}), where
     * {@code n} counts the non-missing values.
     *
     * @return the normaliser
     */
    public static Normalisation percentileRank() {
        return of(NormaliseMethod.percentileRank());
    }

    /**
     * Fraction of the maximum {@code x / max} ({@code n_fracmax}); for a negative direction this
     * is {@code x / min} of the original values.
     *
     * @return the normaliser
     */
    public static Normalisation fractionOfMax() {
        return of(NormaliseMethod.fractionOfMax());
    }

    /**
     * Distance to the maximum {@code 1 − (max − x)/(max − min)} in {@code [0, 1]}
     * ({@code n_dist2max}; min-max onto {@code [0, 1]} up to rounding).
     *
     * @return the normaliser
     */
    public static Normalisation distanceToMax() {
        return of(NormaliseMethod.distanceToMax());
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
        return of(NormaliseMethod.distanceToReference("x[" + index + "]")).withReference(index);
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
        return of(NormaliseMethod.distanceToTarget(target));
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
        return of(NormaliseMethod.goalposts(lo, hi));
    }

    private Normalisation with(NormaliseMethod m) {
        return new Normalisation(m, direction, reference, degenerate);
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
        return new Normalisation(method, newDirection, reference, degenerate);
    }

    /**
     * The position of the reference economy in the columns, for a {@link DistanceToReference}.
     *
     * @param index the 0-based position
     * @return a new normaliser
     * @throws IllegalArgumentException if {@code index} is negative or the method is not a
     *     distance to a reference
     */
    public Normalisation withReference(int index) {
        MethodOptions.require(method, method instanceof DistanceToReference, "reference economy");
        if (index < 0) {
            throw new IllegalArgumentException("reference index must be >= 0: " + index);
        }
        return new Normalisation(method, direction, index, degenerate);
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
        return with(MethodOptions.as(method, Ranged.class, "an output range").withRange(newLower, newUpper));
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
        return with(MethodOptions.withCap(method, newCap));
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
        return with(MethodOptions.withTruncation(method, newTruncate));
    }

    /**
     * How tied values share ranks (default {@link RankTies#MIN}, as COINr).
     *
     * @param newTies the tie rule
     * @return a new normaliser
     * @throws IllegalArgumentException unless the method is rank based
     */
    public Normalisation withTies(RankTies newTies) {
        return with(MethodOptions.as(method, Ranked.class, "a tie rule").withTies(newTies));
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
        return new Normalisation(method, direction, reference, policy);
    }

    @Override
    public double[] apply(double[] column) {
        Args.notNull("column", column);
        double sign = direction.sign();
        double[] x = new double[column.length];
        for (int i = 0; i < x.length; i++) {
            x[i] = column[i] * sign;
        }
        String bad = Kernels.run(method, x, sign, reference);
        if (bad == null) {
            return x;
        }
        if (degenerate == DegeneratePolicy.REJECT) {
            throw new IllegalArgumentException(method.coinrName() + ": cannot normalise: " + bad);
        }
        Arrays.fill(x, Double.NaN);
        return x;
    }

    /**
     * The method and its parameters.
     *
     * @return the method
     */
    public NormaliseMethod method() {
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
     * The lower end of the output range; for a z-score the target mean; 0 for the methods
     * without a range.
     *
     * @return the lower end
     */
    public double lower() {
        return MethodOptions.lower(method);
    }

    /**
     * The upper end of the output range; for a z-score the target standard deviation; 1 for the
     * methods without a range.
     *
     * @return the upper end
     */
    public double upper() {
        return MethodOptions.upper(method);
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof Normalisation)) {
            return false;
        }
        Normalisation n = (Normalisation) o;
        return method.equals(n.method) && direction == n.direction && reference == n.reference
                && degenerate == n.degenerate;
    }

    @Override
    public int hashCode() {
        return Objects.hash(method, direction, reference, degenerate);
    }

    @Override
    public String toString() {
        return "Normalisation[" + method.coinrName() + ", " + direction + ", " + method
                + (reference >= 0 ? ", reference index " + reference : "")
                + (degenerate == DegeneratePolicy.REJECT ? ", reject degenerate" : "") + "]";
    }
}
