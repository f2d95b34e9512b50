package org.divide.metrics.inequality;

import java.util.List;
import java.util.Objects;

/**
 * A subgroup decomposition: total = within + between + overlap.
 *
 * <p>With population shares s_k = W_k/W and income shares v_k = s_k·μ_k/μ:
 * <ul>
 *   <li>GE(α) (Theil T, MLD): within = Σ s_k^{1−α} v_k^α GE_k, between = GE(α) of the group
 *       means weighted by s_k, overlap = 0 (exact; A. F. Shorrocks 1980, Econometrica 48(3), 613–625,
 *       doi:10.2307/1913126);</li>
 *   <li>Gini: within = Σ s_k v_k G_k, between = Gini of the group means weighted by W_k, and
 *       overlap = G − within − between ≥ 0, which is 0 when the groups' ranges do not overlap
 *       (N. Bhattacharya and B. Mahalanobis 1967, JASA 62(317), 143–161; P. J. Lambert and
 *       J. R. Aronson 1993, Economic Journal 103(420), 1221–1227, doi:10.2307/2234247; as R
 *       dineq {@code gini_decomp} and IC2 {@code decompSGini}).</li>
 * </ul>
 *
 * @param measure            the measure's name, such as {@code "Theil T"} or {@code "Gini"}
 * @param total              the index of the whole population
 * @param within             the within-group term
 * @param between            the between-group term
 * @param overlap            the overlap term (0 for the GE family)
 * @param groups             one row per group, in ascending order of label or code
 * @param observations       the number of observations used
 * @param skippedNaN         the number of {@code NaN} values skipped
 * @param droppedNonPositive the number of values dropped by the non-positive policy
 */
public record Decomposition(String measure, double total, double within, double between, double overlap,
        List<Group> groups, int observations, int skippedNaN, int droppedNonPositive) {

    /**
     * Copies the rows.
     *
     * @throws NullPointerException if the measure or the rows are {@code null}
     */
    public Decomposition {
        Objects.requireNonNull(measure, "measure");
        groups = List.copyOf(groups);
    }

    /**
     * One group of a decomposition.
     *
     * @param label           the group's label (or its code as a string)
     * @param populationShare s_k = W_k/W
     * @param incomeShare     v_k = s_k·μ_k/μ
     * @param mean            the group mean μ_k
     * @param index           the measure within the group ({@code NaN} when μ_k = 0)
     * @param contribution    the group's term of the within sum (s_k^{1−α} v_k^α GE_k, or s_k v_k G_k)
     */
    public record Group(String label, double populationShare, double incomeShare, double mean, double index,
            double contribution) {

        /**
         * Checks the label.
         *
         * @throws NullPointerException if the label is {@code null}
         */
        public Group {
            Objects.requireNonNull(label, "label");
        }
    }
}
