package org.divide.metrics.dynamics;

import java.util.Arrays;

import org.divide.metrics.concentration.QuantileDefinition;
import org.divide.metrics.concentration.Quantiles;
import org.divide.metrics.internal.column.Args;

/**
 * A rule that splits economies into k ordered tiers by the value of an indicator: fixed cut-offs,
 * quantiles, or Fisher–Jenks natural breaks.
 *
 * <p>A scheme yields k − 1 ascending cut-offs c_1 … c_{k−1} for a set of values
 * ({@link #cuts(double[])}); tier j (0-based) holds the values with c_j &lt; x ≤ c_{j+1} (c_0 = −∞,
 * c_k = +∞), so a value equal to a cut-off falls in the lower tier ({@link #assign(double[], double[])}).
 * <ul>
 *   <li>{@link #fixed(double...)}: the given cut-offs, the same in every year (absolute tiers);</li>
 *   <li>{@link #quantiles(int)}: c_j = Q(j/k), R's type-7 quantile of the values (relative tiers of
 *       about equal size);</li>
 *   <li>{@link #naturalBreaks(int)}: the exact Fisher–Jenks partition minimising the within-tier
 *       sum of squares; c_j is the largest value of tier j − 1 (R's {@code classInt} "fisher" reports
 *       the midpoints between tiers instead: the same tiers). O(k·n²), fine for country data
 *       (n ≤ 300).</li>
 * </ul>
 * Missing values ({@code NaN}) are ignored by {@link #cuts(double[])} and get tier −1.
 * Immutable and thread-safe.
 */
public final class TierScheme {

    private enum Kind { FIXED, QUANTILES, NATURAL_BREAKS }

    private final Kind kind;
    private final int tiers;
    private final double[] fixedCuts;

    private TierScheme(Kind kind, int tiers, double[] fixedCuts) {
        this.kind = kind;
        this.tiers = tiers;
        this.fixedCuts = fixedCuts;
    }

    /**
     * Fixed cut-offs.
     *
     * @param cuts the k − 1 cut-offs, finite and strictly ascending; not modified
     * @return the scheme with k = cuts.length + 1 tiers
     * @throws IllegalArgumentException if a cut-off is not finite or not above the previous one
     */
    public static TierScheme fixed(double... cuts) {
        Args.notNull("cuts", cuts);
        for (int j = 0; j < cuts.length; j++) {
            if (!Double.isFinite(cuts[j]) || (j > 0 && !(cuts[j] > cuts[j - 1]))) {
                throw new IllegalArgumentException("cuts must be finite and strictly ascending: cuts[" + j + "] = "
                        + cuts[j]);
            }
        }
        return new TierScheme(Kind.FIXED, cuts.length + 1, cuts.clone());
    }

    /**
     * Quantile tiers.
     *
     * @param k the number of tiers, ≥ 1
     * @return the scheme
     * @throws IllegalArgumentException if {@code k < 1}
     */
    public static TierScheme quantiles(int k) {
        return new TierScheme(Kind.QUANTILES, tiersArg(k), null);
    }

    /**
     * Fisher–Jenks natural breaks.
     *
     * @param k the number of tiers, ≥ 1
     * @return the scheme
     * @throws IllegalArgumentException if {@code k < 1}
     */
    public static TierScheme naturalBreaks(int k) {
        return new TierScheme(Kind.NATURAL_BREAKS, tiersArg(k), null);
    }

    private static int tiersArg(int k) {
        if (k < 1) {
            throw new IllegalArgumentException("k must be >= 1: " + k);
        }
        return k;
    }

    /** @return k, the number of tiers */
    public int tiers() {
        return tiers;
    }

    /**
     * The cut-offs for a set of values.
     *
     * @param x the values ({@code NaN} ignored); not modified
     * @return k − 1 ascending cut-offs (a new array)
     * @throws IllegalArgumentException if {@code x} is {@code null} or infinite, or, for quantiles and
     *                                  natural breaks, holds no value or (natural breaks) fewer
     *                                  distinct values than k
     */
    public double[] cuts(double[] x) {
        Args.notNull("x", x);
        if (kind == Kind.FIXED) {
            return fixedCuts.clone();
        }
        double[] v = Observed.of(x, null).x;
        for (int i = 0; i < v.length; i++) {
            if (Double.isInfinite(v[i])) {
                throw new IllegalArgumentException("x holds an infinite value: " + v[i]);
            }
        }
        if (v.length == 0) {
            throw new IllegalArgumentException("x holds no value");
        }
        Arrays.sort(v);
        if (kind == Kind.QUANTILES) {
            double[] p = new double[tiers - 1];
            for (int j = 1; j < tiers; j++) {
                p[j - 1] = (double) j / tiers;
            }
            return Quantiles.quantiles(v, null, p, QuantileDefinition.TYPE_7);
        }
        int distinct = 1;
        for (int i = 1; i < v.length; i++) {
            distinct += v[i] != v[i - 1] ? 1 : 0;
        }
        if (tiers > distinct) {
            throw new IllegalArgumentException("k must not exceed the number of distinct values (" + distinct
                    + "): k = " + tiers);
        }
        return Jenks.breaks(v, tiers);
    }

    /**
     * The tier of every value under this scheme's cut-offs for these values.
     *
     * @param x the values; not modified
     * @return the tier of each value, 0 … k − 1, or −1 for {@code NaN}
     * @throws IllegalArgumentException as {@link #cuts(double[])}
     */
    public int[] assign(double[] x) {
        return assign(x, cuts(x));
    }

    /**
     * The tier of every value under given cut-offs: the number of cut-offs strictly below it.
     *
     * @param x    the values; not modified
     * @param cuts ascending cut-offs; not modified
     * @return the tier of each value, 0 … cuts.length, or −1 for {@code NaN}
     * @throws IllegalArgumentException if an argument is {@code null}
     */
    public static int[] assign(double[] x, double[] cuts) {
        Args.notNull("x", x);
        Args.notNull("cuts", cuts);
        int[] tier = new int[x.length];
        for (int i = 0; i < x.length; i++) {
            if (Double.isNaN(x[i])) {
                tier[i] = -1;
                continue;
            }
            int pos = Arrays.binarySearch(cuts, x[i]);
            // an exact hit belongs to the lower tier; else the insertion point counts the cuts below
            tier[i] = pos >= 0 ? firstEqual(cuts, pos) : -pos - 1;
        }
        return tier;
    }

    private static int firstEqual(double[] cuts, int pos) {
        while (pos > 0 && cuts[pos - 1] == cuts[pos]) {
            pos--;
        }
        return pos;
    }

    /** @return a description */
    @Override
    public String toString() {
        return "TierScheme[" + kind + ", k=" + tiers + (fixedCuts == null ? "" : ", cuts=" + Arrays.toString(fixedCuts))
                + "]";
    }
}
