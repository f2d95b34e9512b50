package org.divide.metrics.concentration;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.divide.metrics.inequality.Measure;
import org.divide.metrics.internal.column.Args;
import org.divide.metrics.internal.sort.StableOrder;
import org.divide.metrics.numeric.CompensatedSum;

/**
 * Shares of a total and the concentration of those shares: group shares, top-k shares, the
 * concentration ratio CR-k and the Herfindahl–Hirschman index (HHI).
 *
 * <p>Every method takes raw non-negative amounts a_1 … a_n (compute in TFLOP/s, investment in
 * dollars, data in tokens) and works on the shares s_i = a_i / Σ_j a_j, with the total computed by
 * compensated (Neumaier) summation. Results are therefore invariant to the scale and to the order
 * of the amounts. Zero amounts are valid and count as categories (they matter for n in the
 * normalised HHI).
 *
 * <p>Bad input throws {@link IllegalArgumentException}: a {@code null} or empty array, a negative,
 * {@code NaN} or infinite amount ({@code "amounts[3] is negative: -2.0"}), amounts summing to zero,
 * labels of the wrong length or {@code null} labels, {@code k} outside {@code [1, n]}. No input
 * array is modified.
 *
 * <p>References: Hirschman, A. O. (1964). The paternity of an index. American Economic Review
 * 54(5), 761; Rhoades, S. A. (1993). The Herfindahl-Hirschman index. Federal Reserve Bulletin 79,
 * 188–189; U.S. Department of Justice and Federal Trade Commission (2023), Merger Guidelines, §2.1.
 */
public final class Concentration {

    private Concentration() {
    }

    /**
     * Returns the shares s_i = a_i / Σ_j a_j.
     *
     * @param amounts the non-negative amounts (not modified)
     * @return a new array of shares summing to 1 (to rounding)
     * @throws IllegalArgumentException if the amounts are invalid or sum to zero
     */
    public static double[] shares(double[] amounts) {
        double total = Args.amounts("amounts", amounts);
        double[] s = new double[amounts.length];
        for (int i = 0; i < s.length; i++) {
            s[i] = amounts[i] / total;
        }
        return s;
    }

    /**
     * Returns the total and share of each group: for group g, total_g = Σ_{i: label_i = g} a_i and
     * share_g = total_g / Σ_i a_i. Rows come in the order in which each label first appears.
     *
     * @param labels  the group label of each amount (not modified; no {@code null})
     * @param amounts the non-negative amounts (not modified)
     * @return an unmodifiable list of one row per distinct label
     * @throws IllegalArgumentException if the amounts are invalid or sum to zero, or the labels do
     *                                  not match them
     */
    public static List<GroupShare> groupShares(String[] labels, double[] amounts) {
        double total = Args.amounts("amounts", amounts);
        Args.labels("labels", labels, "amounts", amounts.length, false);
        Map<String, CompensatedSum> sums = new LinkedHashMap<>();
        for (int i = 0; i < amounts.length; i++) {
            sums.computeIfAbsent(labels[i], k -> new CompensatedSum()).add(amounts[i]);
        }
        List<GroupShare> rows = new ArrayList<>(sums.size());
        for (Map.Entry<String, CompensatedSum> e : sums.entrySet()) {
            double t = e.getValue().value();
            rows.add(new GroupShare(e.getKey(), t, t / total));
        }
        return Collections.unmodifiableList(rows);
    }

    /**
     * Returns the {@code k} largest amounts with their labels and shares, largest first (ties in
     * input order). The shares of the rows sum to {@link #concentrationRatio(double[], int) CR-k}.
     * Each label names one unit (an economy); aggregate first with
     * {@link #groupShares(String[], double[])} to rank groups.
     *
     * @param labels  one distinct label per amount (not modified)
     * @param amounts the non-negative amounts (not modified)
     * @param k       how many rows, in {@code [1, n]}
     * @return an unmodifiable list of {@code k} rows
     * @throws IllegalArgumentException if the amounts are invalid or sum to zero, a label is
     *                                  {@code null} or repeated, or {@code k} is outside {@code [1, n]}
     */
    public static List<GroupShare> topShares(String[] labels, double[] amounts, int k) {
        double total = Args.amounts("amounts", amounts);
        Args.labels("labels", labels, "amounts", amounts.length, true);
        checkK(k, amounts.length);
        int[] order = descending(amounts);
        List<GroupShare> rows = new ArrayList<>(k);
        for (int r = 0; r < k; r++) {
            int i = order[r];
            rows.add(new GroupShare(labels[i], amounts[i], amounts[i] / total));
        }
        return Collections.unmodifiableList(rows);
    }

    /**
     * Returns the concentration ratio CR-k, the share of the total held by the {@code k} largest
     * amounts: CR_k = Σ_{r ≤ k} s_(r) with s_(1) ≥ s_(2) ≥ …. CR-k lies in {@code [k/n, 1]}; CR-n is
     * exactly 1 (the top-k and the grand total are summed in the same order).
     *
     * <p>Cost: one sort, O(n log n).
     *
     * @param amounts the non-negative amounts (not modified)
     * @param k       how many of the largest, in {@code [1, n]}
     * @return CR-k
     * @throws IllegalArgumentException if the amounts are invalid or sum to zero, or {@code k} is
     *                                  outside {@code [1, n]}
     */
    public static double concentrationRatio(double[] amounts, int k) {
        Args.amounts("amounts", amounts);
        checkK(k, amounts.length);
        double[] sorted = amounts.clone();
        Arrays.sort(sorted);
        CompensatedSum sum = new CompensatedSum();
        double top = 0;
        for (int r = 1; r <= sorted.length; r++) {
            sum.add(sorted[sorted.length - r]);
            if (r == k) {
                top = sum.value();
            }
        }
        return top / sum.value();
    }

    /**
     * Returns the Herfindahl–Hirschman index on the unit scale, HHI = Σ_i s_i², in
     * {@code [1/n, 1]}: 1/n when all n amounts are equal, 1 when one holds everything. Its
     * reciprocal is the "numbers equivalent", the count of equal shares with the same HHI.
     *
     * @param amounts the non-negative amounts (not modified)
     * @return the HHI in {@code [1/n, 1]}
     * @throws IllegalArgumentException if the amounts are invalid or sum to zero
     */
    public static double hhi(double[] amounts) {
        return hhi(amounts, HhiScale.UNIT);
    }

    /**
     * Returns the Herfindahl–Hirschman index on the given scale: Σ s_i² ({@link HhiScale#UNIT}) or
     * Σ (100 s_i)² ({@link HhiScale#TEN_THOUSAND}). The sum is that of the one HHI of the library,
     * {@link org.divide.metrics.inequality.Herfindahl} (which also takes frequency weights and the
     * missing-value policies); this method adds the checks of amounts and the scale.
     *
     * @param amounts the non-negative amounts (not modified)
     * @param scale   the reporting scale
     * @return the HHI
     * @throws IllegalArgumentException if the amounts are invalid or sum to zero, or the scale is
     *                                  {@code null}
     */
    public static double hhi(double[] amounts, HhiScale scale) {
        if (scale == null) {
            throw new IllegalArgumentException("scale is null");
        }
        Args.amounts("amounts", amounts);
        return scale.scale(Math.min(1.0, Measure.herfindahl().compute(amounts)));
    }

    /**
     * Returns the normalised Herfindahl–Hirschman index HHI* = (HHI − 1/n) / (1 − 1/n), in
     * {@code [0, 1]}: 0 for equal shares, 1 when one of the n categories holds everything. n counts
     * every category given, zero amounts included. For n = 1 the index is 0/0 and the method
     * returns {@code NaN}.
     *
     * @param amounts the non-negative amounts (not modified)
     * @return HHI* in {@code [0, 1]}, or {@code NaN} when n = 1
     * @throws IllegalArgumentException if the amounts are invalid or sum to zero
     */
    public static double normalisedHhi(double[] amounts) {
        double h = hhi(amounts);
        int n = amounts.length;
        if (n == 1) {
            return Double.NaN;
        }
        double r = (h - 1.0 / n) / (1.0 - 1.0 / n);
        return Math.max(0.0, Math.min(1.0, r));
    }

    private static void checkK(int k, int n) {
        if (k < 1 || k > n) {
            throw new IllegalArgumentException("k must be in [1, " + n + "]: " + k);
        }
    }

    /** Indices of the amounts, largest first, ties in input order. */
    private static int[] descending(double[] amounts) {
        double[] negated = new double[amounts.length];
        for (int i = 0; i < negated.length; i++) {
            negated[i] = -amounts[i];
        }
        return StableOrder.ascending(negated);
    }
}
