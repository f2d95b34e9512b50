package org.divide.metrics.concentration;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.divide.metrics.internal.column.Args;
import org.divide.metrics.numeric.CompensatedSum;

/**
 * Representation gaps between two distributions over the same n categories: a distribution p (share
 * of training data, of governance seats, of compute) against a reference q (share of speakers, of
 * population). Both are given as raw non-negative amounts in the same category order and normalised
 * to shares p_i = a_i / Σa, q_i = b_i / Σb with compensated summation, so every result is invariant
 * to the scale of either argument and to a common permutation of the categories.
 *
 * <ul>
 *   <li>Dissimilarity (Duncan) index D = ½ Σ |p_i − q_i|, in {@code [0, 1]}: the fraction of p that
 *       would have to move between categories to reproduce q (Duncan and Duncan 1955).</li>
 *   <li>Kullback–Leibler divergence D(p‖q) = Σ p_i ln(p_i / q_i) in nats (natural logarithm),
 *       {@code ≥ 0} with equality iff p = q (Kullback and Leibler 1951). Zero handling: a category
 *       with p_i = 0 contributes 0 (the limit of t ln t); a category with q_i = 0 &lt; p_i makes the
 *       divergence infinite, returned as {@code +∞} or rejected, by {@link KlZeroPolicy}. A sum that
 *       rounding leaves slightly below 0 is returned as 0. Not symmetric: D(p‖q) ≠ D(q‖p).</li>
 *   <li>Ratio of shares p_i / q_i per category, see {@link ShareRatio}.</li>
 * </ul>
 *
 * <p>Errors ({@link IllegalArgumentException}): {@code null} or empty arrays, arrays of different
 * lengths, a negative, {@code NaN} or infinite amount ({@code "q[3] is negative: -2.0"}), amounts
 * summing to 0, {@code null} or repeated labels. No input array is modified.
 *
 * <p>References: Duncan, O. D. and Duncan, B. (1955). A methodological analysis of segregation
 * indexes. American Sociological Review 20(2), 210–217. doi:10.2307/2088328; Kullback, S. and
 * Leibler, R. A. (1951). On information and sufficiency. Annals of Mathematical Statistics 22(1),
 * 79–86. doi:10.1214/aoms/1177729694
 */
public final class Representation {

    private Representation() {
    }

    /**
     * Returns the dissimilarity (Duncan) index ½ Σ |p_i − q_i|.
     *
     * @param p the amounts of the first distribution (not modified)
     * @param q the amounts of the reference distribution (not modified)
     * @return the index in {@code [0, 1]}
     * @throws IllegalArgumentException if an argument is invalid
     */
    public static double dissimilarity(double[] p, double[] q) {
        double[][] s = shares(p, q);
        CompensatedSum sum = new CompensatedSum();
        for (int i = 0; i < s[0].length; i++) {
            sum.add(Math.abs(s[0][i] - s[1][i]));
        }
        return Math.min(1.0, 0.5 * sum.value());
    }

    /**
     * Returns the Kullback–Leibler divergence D(p‖q) = Σ p_i ln(p_i / q_i), {@code +∞} when some
     * q_i = 0 &lt; p_i.
     *
     * @param p the amounts of the first distribution (not modified)
     * @param q the amounts of the reference distribution (not modified)
     * @return the divergence in nats, in {@code [0, +∞]}
     * @throws IllegalArgumentException if an argument is invalid
     */
    public static double klDivergence(double[] p, double[] q) {
        return klDivergence(p, q, KlZeroPolicy.INFINITE);
    }

    /**
     * Returns the Kullback–Leibler divergence D(p‖q) = Σ p_i ln(p_i / q_i) with the given policy for
     * categories where q_i = 0 &lt; p_i.
     *
     * @param p      the amounts of the first distribution (not modified)
     * @param q      the amounts of the reference distribution (not modified)
     * @param policy what an infinite divergence does
     * @return the divergence in nats, in {@code [0, +∞]}
     * @throws IllegalArgumentException if an argument is invalid, or the divergence is infinite and
     *                                  the policy is {@link KlZeroPolicy#REJECT}
     */
    public static double klDivergence(double[] p, double[] q, KlZeroPolicy policy) {
        if (policy == null) {
            throw new IllegalArgumentException("policy is null");
        }
        double[][] s = shares(p, q);
        CompensatedSum sum = new CompensatedSum();
        for (int i = 0; i < s[0].length; i++) {
            double pi = s[0][i];
            double qi = s[1][i];
            if (pi == 0) {
                continue;
            }
            if (qi == 0) {
                if (policy == KlZeroPolicy.REJECT) {
                    throw new IllegalArgumentException("q[" + i + "] is 0 where p[" + i + "] is positive: "
                            + p[i] + "; D(p||q) is infinite");
                }
                return Double.POSITIVE_INFINITY;
            }
            sum.add(pi * Math.log(pi / qi));
        }
        return Math.max(0.0, sum.value());
    }

    /**
     * Returns, per category, the two shares and their ratio p_i / q_i, in the given order.
     *
     * @param labels one distinct label per category (not modified)
     * @param p      the amounts of the first distribution (not modified)
     * @param q      the amounts of the reference distribution (not modified)
     * @return an unmodifiable list of one row per category
     * @throws IllegalArgumentException if an argument is invalid
     */
    public static List<ShareRatio> shareRatios(String[] labels, double[] p, double[] q) {
        double[][] s = shares(p, q);
        Args.labels("labels", labels, "p", p.length, true);
        List<ShareRatio> rows = new ArrayList<>(labels.length);
        for (int i = 0; i < labels.length; i++) {
            double pi = s[0][i];
            double qi = s[1][i];
            rows.add(new ShareRatio(labels[i], pi, qi, pi / qi));
        }
        return Collections.unmodifiableList(rows);
    }

    /** Validates both distributions and returns their shares. */
    private static double[][] shares(double[] p, double[] q) {
        double tp = Args.amounts("p", p);
        double tq = Args.amounts("q", q);
        Args.sameLength("q", q.length, "p", p.length);
        double[] sp = new double[p.length];
        double[] sq = new double[q.length];
        for (int i = 0; i < p.length; i++) {
            sp[i] = p[i] / tp;
            sq[i] = q[i] / tq;
        }
        return new double[][] {sp, sq};
    }
}
