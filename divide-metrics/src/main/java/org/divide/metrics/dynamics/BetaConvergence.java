package org.divide.metrics.dynamics;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

import org.divide.core.Grouping;
import org.divide.core.Panel;
import org.divide.metrics.internal.column.Args;
import org.divide.metrics.internal.column.PanelArgs;

/**
 * β-convergence: do economies that start lower grow faster?
 *
 * <p><b>Model.</b> With x_{i,0} and x_{i,T} the values of economy i at the start and the end of a
 * period of T years, the annualised log growth g_i = (ln x_{i,T} − ln x_{i,0}) / T is regressed by
 * ordinary least squares on the log initial level:
 * <pre>
 *   g_i = a + β·ln x_{i,0} + Σ_k γ_k·D_{ik} + e_i
 * </pre>
 * β &lt; 0 is (absolute) β-convergence. <em>Conditional</em> convergence adds a dummy D_{ik} for
 * every group k but the first (treatment coding, the baseline being the first label in natural
 * {@code String} order, or the first label of a {@link Grouping} present in the data — as R's
 * {@code lm(g ~ log(x0) + factor(group))}). With weights w_i (population, say) the fit is weighted
 * least squares, minimising Σ w_i e_i² (R's {@code lm(..., weights = w)}).
 *
 * <p><b>Speed and half-life.</b> The log-linearised neoclassical model gives
 * β = −(1 − e^{−λT})/T, so the implied speed of convergence is λ = −ln(1 + βT)/T (defined when
 * 1 + βT &gt; 0) and the half-life, the time to close half of the gap to the steady state, is
 * ln 2 / λ (reported when λ &gt; 0). Barro, R. J. and Sala-i-Martin, X. (1992). Convergence.
 * Journal of Political Economy 100(2), 223–251. doi:10.1086/261816.
 *
 * <p><b>Exclusions.</b> An economy is left out, and counted, when its value is missing or ≤ 0 at
 * either end (no logarithm), its weight is missing or 0, or it has no group in a conditional
 * regression. Groups left without economies get no dummy.
 *
 * <p><b>Inference and errors.</b> Standard errors, t and two-sided p-values as R's
 * {@code summary.lm} (homoskedastic errors, n − p degrees of freedom); the regression is solved
 * by Householder QR. With as many economies as coefficients the standard errors are {@code NaN};
 * with fewer, or collinear regressors (all initial values equal), an
 * {@link IllegalArgumentException}. Cost O(n·p²).
 */
public final class BetaConvergence {

    private BetaConvergence() {
    }

    /**
     * Unconditional, unweighted β-convergence of raw data.
     *
     * @param initial x_{i,0}, {@code NaN} = missing; not modified
     * @param last    x_{i,T}, aligned with {@code initial}; not modified
     * @param span    T, the years between the two observations, &gt; 0
     * @return the result
     * @throws IllegalArgumentException on invalid input (see the class description)
     */
    public static BetaConvergenceResult estimate(double[] initial, double[] last, double span) {
        return estimate(initial, last, span, null, null);
    }

    /**
     * β-convergence of raw data, optionally weighted and conditional on groups.
     *
     * @param initial x_{i,0}, {@code NaN} = missing; not modified
     * @param last    x_{i,T}, aligned with {@code initial}; not modified
     * @param span    T, the years between the two observations, &gt; 0
     * @param weights the weights (finite, ≥ 0, {@code NaN} = missing), or {@code null}; not modified
     * @param groups  the group of each economy ({@code null} entries = none), or {@code null} for the
     *                unconditional regression; not modified
     * @return the result
     * @throws IllegalArgumentException on invalid input (see the class description)
     */
    public static BetaConvergenceResult estimate(double[] initial, double[] last, double span, double[] weights,
            String[] groups) {
        Args.values("initial", initial);
        Args.notNull("last", last);
        int n = initial.length;
        Args.sameLength("last", last.length, "initial", n);
        Args.positive("span", span);
        Args.weightsOrMissing("weights", weights, "initial", n);
        if (groups != null) {
            Args.sameLength("groups", groups.length, "initial", n);
        }
        return fit(initial, last, span, weights, groups, null);
    }

    /**
     * Unconditional, unweighted β-convergence of an indicator between two years of a panel.
     *
     * @param panel     the panel
     * @param indicator the indicator code
     * @param from      the first year
     * @param to        the last year, after {@code from}
     * @return the result, T = to − from
     * @throws IllegalArgumentException if the indicator or a year is not in the panel, or on invalid data
     */
    public static BetaConvergenceResult estimate(Panel panel, String indicator, int from, int to) {
        return estimate(panel, indicator, from, to, null, null);
    }

    /**
     * β-convergence of an indicator between two years of a panel, optionally weighted by another
     * indicator in the first year (population, say) and conditional on a grouping.
     *
     * @param panel           the panel
     * @param indicator       the indicator code
     * @param from            the first year
     * @param to              the last year, after {@code from}
     * @param weightIndicator the code of the weight indicator, read in year {@code from}, or {@code null}
     * @param grouping        the groups (income groups, regions), or {@code null} for unconditional
     * @return the result, T = to − from
     * @throws IllegalArgumentException if the indicator or a year is not in the panel, or on invalid data
     */
    public static BetaConvergenceResult estimate(Panel panel, String indicator, int from, int to,
            String weightIndicator, Grouping grouping) {
        double[] x0 = PanelArgs.column(panel, "indicator", indicator, from);
        double[] x1 = PanelArgs.column(panel, "indicator", indicator, to);
        PanelArgs.ordered("from", from, "to", to);
        double[] w = weightIndicator == null ? null : PanelArgs.column(panel, "weightIndicator", weightIndicator, from);
        Args.weightsOrMissing("weights", w, "indicator", x0.length);
        String[] groups = null;
        if (grouping != null) {
            int[] idx = grouping.labelIndices(panel.economies());
            List<String> labels = grouping.labels();
            groups = new String[idx.length];
            for (int e = 0; e < idx.length; e++) {
                groups[e] = idx[e] < 0 ? null : labels.get(idx[e]);
            }
            return fit(x0, x1, to - from, w, groups, labels);
        }
        return fit(x0, x1, to - from, w, null, null);
    }

    private static BetaConvergenceResult fit(double[] x0, double[] x1, double span, double[] w, String[] groups,
            List<String> labelOrder) {
        int n = x0.length;
        int missing = 0;
        int nonPositive = 0;
        int[] kept = new int[n];
        int m = 0;
        for (int i = 0; i < n; i++) {
            if (Double.isNaN(x0[i]) || Double.isNaN(x1[i]) || (w != null && !(w[i] > 0))
                    || (groups != null && groups[i] == null)) {
                missing++;
            } else if (!(x0[i] > 0) || !(x1[i] > 0) || Double.isInfinite(x0[i]) || Double.isInfinite(x1[i])) {
                nonPositive++;
            } else {
                kept[m++] = i;
            }
        }
        List<String> present = groups == null ? List.of() : present(groups, kept, m, labelOrder);
        int dummies = Math.max(0, present.size() - 1);
        double[] y = new double[m];
        double[][] x = new double[m][1 + dummies];
        double[] ws = w == null ? null : new double[m];
        for (int j = 0; j < m; j++) {
            int i = kept[j];
            double l0 = Math.log(x0[i]);
            y[j] = (Math.log(x1[i]) - l0) / span;
            x[j][0] = l0;
            if (dummies > 0) {
                int g = present.indexOf(groups[i]);
                if (g > 0) {
                    x[j][g] = 1;
                }
            }
            if (ws != null) {
                ws[j] = w[i];
            }
        }
        Ols f = Ols.fit(y, x, ws);
        double beta = f.coefficients[1];
        double onePlus = 1 + beta * span;
        double speed = onePlus > 0 ? -Math.log(onePlus) / span : Double.NaN;
        double halfLife = speed > 0 ? Math.log(2) / speed : Double.NaN;
        double[] effects = new double[dummies];
        double[] se = new double[dummies];
        double[] p = new double[dummies];
        for (int g = 0; g < dummies; g++) {
            effects[g] = f.coefficients[2 + g];
            se[g] = f.standardErrors[2 + g];
            p[g] = f.p[2 + g];
        }
        return new BetaConvergenceResult(beta, f.standardErrors[1], f.t[1], f.p[1], f.coefficients[0],
                f.standardErrors[0], f.rSquared, f.adjustedRSquared, f.residualStandardError, m, missing,
                nonPositive, span, speed, halfLife, present.isEmpty() ? null : present.get(0),
                dummies == 0 ? List.of() : present.subList(1, present.size()), effects, se, p);
    }

    /** The groups holding a kept economy, in the grouping's label order or natural order. */
    private static List<String> present(String[] groups, int[] kept, int m, List<String> labelOrder) {
        TreeSet<String> seen = new TreeSet<>();
        for (int j = 0; j < m; j++) {
            seen.add(groups[kept[j]]);
        }
        if (labelOrder == null) {
            return new ArrayList<>(seen);
        }
        List<String> out = new ArrayList<>();
        for (String label : labelOrder) {
            if (seen.contains(label)) {
                out.add(label);
            }
        }
        return out;
    }
}
