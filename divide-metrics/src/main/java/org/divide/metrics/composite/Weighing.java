package org.divide.metrics.composite;

import java.util.List;
import java.util.Map;

import org.divide.core.spec.CorrelationType;
import org.divide.core.spec.WeightMethod;
import org.divide.core.spec.Weights;
import org.divide.metrics.internal.multivariate.Correlation;
import org.divide.metrics.weights.OptimisedWeights;
import org.divide.metrics.weights.PcaWeights;

/**
 * {@link Weights}: the weight of every node. Explicit and equal weights are fixed when the spec is
 * compiled; PCA and optimised weights are computed during the aggregation, once the scores of
 * their level are known, and the explicit entries are then applied over them.
 */
final class Weighing {

    private final Plan plan;
    private final Weights step;
    /** The fixed weights of every node (framework, method if static, explicit entries). */
    private final double[] fixed;
    /** The level whose weights are computed from the data, or −1. */
    final int dynamicLevel;

    Weighing(Weights step, Plan plan) {
        this.plan = plan;
        this.step = step;
        fixed = plan.weight.clone();
        if (step == null) {
            dynamicLevel = -1;
            return;
        }
        dynamicLevel = step.method() instanceof WeightMethod.DataDriven d ? d.level() : -1;
        if (step.method() instanceof WeightMethod.Equal e) {
            for (int k = 0; k < fixed.length; k++) {
                if (e.level() == 0 || plan.level[k] == e.level()) {
                    fixed[k] = 1;
                }
            }
        }
        explicit(fixed);
        for (int k = plan.leafCount; k < fixed.length; k++) {
            boolean positive = false;
            for (int c : plan.children[k]) {
                positive |= fixed[c] > 0;
            }
            if (!positive && (plan.level[k] - 1 != dynamicLevel)) {
                throw new IllegalArgumentException("Weights: all children of node " + plan.nodes.get(k)
                        + " have weight 0");
            }
        }
    }

    private void explicit(double[] w) {
        if (step != null) {
            for (Map.Entry<String, Double> e : step.explicit().entrySet()) {
                w[plan.nodeIndex.get(e.getKey())] = e.getValue();
            }
        }
    }

    /** {@return the fixed weights (never modified by callers)} */
    double[] fixed() {
        return fixed;
    }

    /**
     * Sets the data-driven weights of the nodes at {@link #dynamicLevel}, whose scores are in
     * {@code all}.
     *
     * @param all         the scores, levels up to {@link #dynamicLevel} set
     * @param w           the weights, updated in place
     * @param aggregating the aggregation, to rebuild the upper levels for the optimised methods
     * @param economies   the economies, for messages
     * @return the optimiser's result, or {@code null} for PCA
     */
    OptimisedWeights.Result dynamic(double[][] all, double[] w, Aggregating aggregating, List<String> economies) {
        int level = dynamicLevel;
        OptimisedWeights.Result result = null;
        if (step.method() instanceof WeightMethod.Optimising o) {
            result = optimise(o, all, w, aggregating, economies);
        } else {
            for (int p = plan.levelStart[level + 1]; p < plan.levelStart[level + 2]; p++) {
                pca(p, aggregating.inputs(p, all), w);
            }
        }
        explicit(w);
        return result;
    }

    private void pca(int parent, double[][] cols, double[] w) {
        int[] ch = plan.children[parent];
        if (ch.length == 1) {
            w[ch[0]] = 1;
            return;
        }
        PcaWeights pw;
        try {
            pw = PcaWeights.of(cols);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Weights " + step.method() + ": node " + plan.nodes.get(parent) + ": "
                    + e.getMessage(), e);
        }
        double[] v = step.method() instanceof WeightMethod.Pca ? pw.weights() : pw.loadings();
        for (int j = 0; j < ch.length; j++) {
            if (v[j] < 0) {
                throw new IllegalArgumentException("Weights PCA_LOADINGS: node " + plan.nodes.get(ch[j])
                        + " loads negatively on the first component of " + plan.nodes.get(parent) + ": " + v[j]);
            }
            w[ch[j]] = v[j];
        }
    }

    private OptimisedWeights.Result optimise(WeightMethod.Optimising o, double[][] all, double[] w,
            Aggregating aggregating, List<String> economies) {
        int level = dynamicLevel;
        int from = plan.levelStart[level];
        int to = plan.levelStart[level + 1];
        int n = to - from;
        int root = plan.root();
        boolean spearman = o.correlation() == CorrelationType.SPEARMAN;
        java.util.function.Function<double[], double[]> correlations = trial -> {
            double[] tw = w.clone();
            System.arraycopy(trial, 0, tw, from, n);
            double[][] scratch = all.clone();
            aggregating.levels(scratch, tw, level + 1, economies);
            double[] r = new double[n];
            for (int k = 0; k < n; k++) {
                r[k] = spearman ? Correlation.spearman(scratch[from + k], scratch[root])
                        : Correlation.pearson(scratch[from + k], scratch[root]);
            }
            return r;
        };
        OptimisedWeights.Result r;
        if (o instanceof WeightMethod.Optimised opt) {
            double[] targets = new double[n];
            for (int k = 0; k < n; k++) {
                targets[k] = opt.targets().isEmpty() ? 1 : opt.targets().getOrDefault(plan.nodes.get(from + k), 0.0);
                if (!(targets[k] > 0)) {
                    throw new IllegalArgumentException("Weights.targets: no target for node " + plan.nodes.get(from + k));
                }
            }
            r = OptimisedWeights.balance(targets, correlations, o.tolerance(), o.maxIterations());
        } else {
            double[] start = new double[n];
            System.arraycopy(w, from, start, 0, n);
            r = OptimisedWeights.maxInformation(start, correlations, o.tolerance(), o.maxIterations());
        }
        System.arraycopy(r.weights(), 0, w, from, n);
        return r;
    }
}
