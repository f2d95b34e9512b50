package org.divide.metrics.dynamics;

import java.util.ArrayList;
import java.util.List;

import org.divide.core.Grouping;
import org.divide.core.Panel;
import org.divide.metrics.inequality.Decomposition;
import org.divide.metrics.inequality.GeneralizedEntropy;
import org.divide.metrics.inequality.Measure;
import org.divide.metrics.internal.column.Args;
import org.divide.metrics.internal.column.PanelArgs;

/**
 * The decomposition of the change of inequality between two periods into within- and
 * between-group parts, for Theil T = GE(1) and the mean log deviation (MLD, Theil L = GE(0)).
 *
 * <p>In each period the index is split exactly, I = W + B, by {@link GeneralizedEntropy#decompose(double[], double[], int[])}: with
 * population shares s_k, income shares θ_k = s_k λ_k, relative means λ_k = μ_k / μ and group
 * indices I_k,
 * <pre>
 *   MLD:     W = Σ s_k I_k,   B = −Σ s_k ln λ_k
 *   Theil T: W = Σ θ_k I_k,   B =  Σ θ_k ln λ_k
 * </pre>
 * <b>Exact split.</b> ΔI = ΔW + ΔB, always.
 *
 * <p><b>Mookherjee–Shorrocks split.</b> With ω_k = s_k (MLD) or θ_k (Theil T), Δ the change from
 * the first to the second period and a bar the average of the two periods:
 * <pre>
 *   ΔI = Σ ω̄_k ΔI_k                    (A, pure within: inequality within the groups)
 *      + Σ Ī_k Δω_k                    (B, allocation within: the groups' weights shift)
 *      + Σ c_k Δs_k                    (C, allocation between: population shift)
 *      + Σ d_k Δln μ_k                 (D, relative income: the group means move)
 *      + R                             (residual)
 *   MLD:     c_k = λ̄_k − ln λ̄_k,                    d_k = θ̄_k − s̄_k
 *   Theil T: c_k = λ̄_k ln λ̄_k − λ̄_k (B̄ + 1),         d_k = θ̄_k (ln λ̄_k − B̄)
 * </pre>
 * A + B = ΔW exactly (Δ(ωI) = ω̄ΔI + ĪΔω). C + D is the first-order expansion of ΔB in the shares
 * and the log group means, the partial derivatives ∂B/∂s_k and ∂B/∂ln μ_k evaluated at the period
 * averages; for the MLD this is the approximate decomposition of Mookherjee and Shorrocks (1982), for Theil T the
 * same construction. The residual R = ΔB − C − D is of second order in the changes and is
 * reported, not hidden. Groups are matched by label and must be the same in both periods.
 *
 * <p>Observations with a missing value, weight or group in a period are skipped that period; the
 * counts are in the two {@link Decomposition}s. Non-positive values follow the measure's default
 * policy ({@link IllegalArgumentException}; Theil T accepts zeros). Cost: two decompositions, O(n).
 *
 * <p>Reference: Mookherjee, D. and Shorrocks, A. F. (1982). A decomposition analysis of the
 * trend in UK income inequality. The Economic Journal 92(368), 886–902. doi:10.2307/2232668
 */
public final class ChangeDecomposition {

    private final GeneralizedEntropy measure;
    private final boolean theilT;

    private ChangeDecomposition(GeneralizedEntropy measure, boolean theilT) {
        this.measure = measure;
        this.theilT = theilT;
    }

    /** @return the decomposition of the change of Theil T */
    public static ChangeDecomposition theilT() {
        return new ChangeDecomposition(Measure.theilT(), true);
    }

    /** @return the decomposition of the change of the mean log deviation (Theil L) */
    public static ChangeDecomposition meanLogDeviation() {
        return new ChangeDecomposition(Measure.theilL(), false);
    }

    /**
     * Decomposes the change between two periods of raw data.
     *
     * @param x0 the values in the first period ({@code NaN} = missing); not modified
     * @param w0 their weights, or {@code null}; not modified
     * @param g0 their groups ({@code null} entries are skipped); not modified
     * @param x1 the values in the second period; not modified
     * @param w1 their weights, or {@code null}; not modified
     * @param g1 their groups; not modified
     * @return the result
     * @throws IllegalArgumentException on invalid data, or if the groups differ between the periods
     */
    public ChangeDecompositionResult decompose(double[] x0, double[] w0, String[] g0, double[] x1, double[] w1,
            String[] g1) {
        Decomposition a = period("x0", x0, w0, g0);
        Decomposition b = period("x1", x1, w1, g1);
        return between(a, b);
    }

    /**
     * Decomposes the change of an indicator of a panel between two years.
     *
     * @param panel           the panel
     * @param indicator       the indicator code
     * @param weightIndicator the weight indicator (population), read in each year, or {@code null}
     * @param grouping        the groups
     * @param from            the first year
     * @param to              the second year
     * @return the result
     * @throws IllegalArgumentException if an indicator or year is not in the panel, or on invalid data
     */
    public ChangeDecompositionResult decompose(Panel panel, String indicator, String weightIndicator,
            Grouping grouping, int from, int to) {
        double[] x0 = PanelArgs.column(panel, "indicator", indicator, from);
        double[] x1 = PanelArgs.column(panel, "indicator", indicator, to);
        double[] w0 = weightIndicator == null ? null : PanelArgs.column(panel, "weightIndicator", weightIndicator, from);
        double[] w1 = weightIndicator == null ? null : PanelArgs.column(panel, "weightIndicator", weightIndicator, to);
        Args.notNull("grouping", grouping);
        int[] idx = grouping.labelIndices(panel.economies());
        String[] g = new String[idx.length];
        for (int e = 0; e < idx.length; e++) {
            g[e] = idx[e] < 0 ? null : grouping.labels().get(idx[e]);
        }
        return decompose(x0, w0, g, x1, w1, g);
    }

    private Decomposition period(String name, double[] x, double[] w, String[] g) {
        Args.values(name, x);
        Args.notNull("groups of " + name, g);
        Args.sameLength("groups of " + name, g.length, name, x.length);
        Args.weightsOrMissing("weights of " + name, w, name, x.length);
        double[] xs = x;
        double[] ws = w;
        String[] gs = g;
        boolean complete = true;
        for (int i = 0; i < x.length && complete; i++) {
            complete = !Double.isNaN(x[i]) && g[i] != null && (w == null || !Double.isNaN(w[i]));
        }
        if (!complete) {
            double[] masked = x.clone();
            for (int i = 0; i < x.length; i++) {
                if (g[i] == null) {
                    masked[i] = Double.NaN;
                }
            }
            Observed o = Observed.of(masked, w);
            xs = o.x;
            ws = o.w;
            gs = new String[o.size()];
            for (int j = 0; j < gs.length; j++) {
                gs[j] = g[o.at[j]];
            }
        }
        try {
            return measure.decompose(xs, ws, gs);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(name + ": " + e.getMessage(), e);
        }
    }

    private ChangeDecompositionResult between(Decomposition a, Decomposition b) {
        List<Decomposition.Group> ga = a.groups();
        List<Decomposition.Group> gb = b.groups();
        List<String> la = labels(ga);
        List<String> lb = labels(gb);
        if (!la.equals(lb)) {
            throw new IllegalArgumentException("the groups differ between the periods: " + la + " and " + lb);
        }
        double pure = 0;
        double alloc = 0;
        double allocBetween = 0;
        double income = 0;
        double bBar = (a.between() + b.between()) / 2;
        double mu0 = mean(ga);
        double mu1 = mean(gb);
        for (int k = 0; k < ga.size(); k++) {
            Decomposition.Group p = ga.get(k);
            Decomposition.Group q = gb.get(k);
            double s0 = p.populationShare();
            double s1 = q.populationShare();
            double t0 = p.incomeShare();
            double t1 = q.incomeShare();
            double w0 = theilT ? t0 : s0;
            double w1 = theilT ? t1 : s1;
            double i0 = p.index();
            double i1 = q.index();
            pure += (w0 + w1) / 2 * (i1 - i0);
            alloc += (i0 + i1) / 2 * (w1 - w0);
            double lambda = (p.mean() / mu0 + q.mean() / mu1) / 2;
            double sBar = (s0 + s1) / 2;
            double tBar = (t0 + t1) / 2;
            double dLogMean = Math.log(q.mean()) - Math.log(p.mean());
            double c = theilT ? lambda * Math.log(lambda) - lambda * (bBar + 1) : lambda - Math.log(lambda);
            double d = theilT ? tBar * (Math.log(lambda) - bBar) : tBar - sBar;
            allocBetween += c * (s1 - s0);
            income += d * dLogMean;
        }
        double residual = (b.total() - a.total()) - (pure + alloc + allocBetween + income);
        return new ChangeDecompositionResult(measure.name(), a, b, pure, alloc, allocBetween, income, residual);
    }

    /** μ = Σ s_k μ_k. */
    private static double mean(List<Decomposition.Group> groups) {
        double mu = 0;
        for (Decomposition.Group g : groups) {
            mu += g.populationShare() * g.mean();
        }
        return mu;
    }

    private static List<String> labels(List<Decomposition.Group> groups) {
        List<String> out = new ArrayList<>(groups.size());
        for (Decomposition.Group g : groups) {
            out.add(g.label());
        }
        return out;
    }

    /** @return a description */
    @Override
    public String toString() {
        return "ChangeDecomposition[" + measure.name() + "]";
    }
}
