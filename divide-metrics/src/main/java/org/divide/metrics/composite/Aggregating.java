package org.divide.metrics.composite;

import java.util.List;
import java.util.StringJoiner;

import org.divide.core.Direction;
import org.divide.core.spec.Aggregate;
import org.divide.core.spec.AggregateMethod;
import org.divide.metrics.aggregate.Aggregation;
import org.divide.metrics.aggregate.Copeland;
import org.divide.metrics.weights.BenefitOfTheDoubt;

/**
 * {@link Aggregate}: every aggregate node from its children, level by level, with the rule of the
 * node, of its level or the default — so methods mix freely within a level. Row methods go through
 * {@link Aggregation} (missing children skipped, weights renormalised, availability threshold);
 * Copeland and benefit of the doubt work on the node's whole children matrix and the threshold is
 * applied to their result. A child aggregate declared negative enters its parent reflected within
 * its range, {@code min + max − s}.
 */
final class Aggregating {

    private final Plan plan;
    /** Per node: the row aggregation, or null for a matrix method or an indicator. */
    private final Aggregation[] row;
    private final AggregateMethod[] method;
    private final double[] threshold;
    /** Per node: enters its parent reflected. */
    private final boolean[] reflect;
    private final BenefitOfTheDoubt bod = BenefitOfTheDoubt.plain();

    Aggregating(Aggregate step, Plan plan) {
        this.plan = plan;
        int n = plan.nodes.size();
        row = new Aggregation[n];
        method = new AggregateMethod[n];
        threshold = new double[n];
        reflect = new boolean[n];
        for (int k = plan.leafCount; k < n; k++) {
            Aggregate.Rule r = step.ruleFor(plan.nodes.get(k), plan.level[k]);
            method[k] = r.method();
            threshold[k] = r.availabilityThreshold();
            if (!(r.method() instanceof AggregateMethod.Copeland)
                    && !(r.method() instanceof AggregateMethod.BenefitOfTheDoubt)) {
                row[k] = Aggregation.of(r.method()).withDataThreshold(r.availabilityThreshold());
            }
            reflect[k] = step.directions() && plan.direction[k] == Direction.NEGATIVE;
        }
    }

    /**
     * Computes the aggregates at levels {@code from … top}; lower levels of {@code all} must be set.
     *
     * @param all       {@code [node][economy]}, filled in place from level {@code from} up
     * @param weights   the weight of each node
     * @param from      the first level to compute, ≥ 2
     * @param economies the economy codes, for messages
     */
    void levels(double[][] all, double[] weights, int from, List<String> economies) {
        for (int level = from; level <= plan.levels; level++) {
            level(all, weights, level, economies);
        }
    }

    /**
     * Computes the aggregates of one level.
     *
     * @param all       {@code [node][economy]}, lower levels set
     * @param weights   the weight of each node
     * @param level     the level, ≥ 2
     * @param economies the economy codes, for messages
     */
    void level(double[][] all, double[] weights, int level, List<String> economies) {
        for (int k = plan.levelStart[level]; k < plan.levelStart[level + 1]; k++) {
            all[k] = node(k, all, weights, economies);
        }
    }

    /**
     * The children's columns as they enter a node (reflected where declared).
     *
     * @param k   the node
     * @param all the scores
     * @return the children's columns
     */
    double[][] inputs(int k, double[][] all) {
        int[] ch = plan.children[k];
        double[][] cols = new double[ch.length][];
        for (int j = 0; j < ch.length; j++) {
            cols[j] = reflect[ch[j]] ? reflected(all[ch[j]]) : all[ch[j]];
        }
        return cols;
    }

    private double[] node(int k, double[][] all, double[] weights, List<String> economies) {
        int[] ch = plan.children[k];
        double[][] cols = inputs(k, all);
        double[] w = new double[ch.length];
        boolean positive = false;
        for (int j = 0; j < ch.length; j++) {
            w[j] = weights[ch[j]];
            positive |= w[j] > 0;
        }
        if (!positive) {
            throw new IllegalArgumentException("Aggregate: all children of node " + plan.nodes.get(k)
                    + " have weight 0: " + childCodes(k));
        }
        if (method[k] instanceof AggregateMethod.Copeland) {
            return thresholded(k, cols, Copeland.scores(cols, w));
        } else if (method[k] instanceof AggregateMethod.BenefitOfTheDoubt) {
            try {
                return thresholded(k, cols, bod.apply(cols).scores());
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("Aggregate: node " + plan.nodes.get(k) + " (children "
                        + childCodes(k) + "): " + e.getMessage(), e);
            }
        }
        try {
            return row[k].aggregateColumns(cols, w);
        } catch (IllegalArgumentException e) {
            throw located(k, cols, w, economies, e);
        }
    }

    /** Finds the economy and child behind a failed column-wise aggregation and says so. */
    private IllegalArgumentException located(int k, double[][] cols, double[] w, List<String> economies,
            IllegalArgumentException cause) {
        double[] values = new double[cols.length];
        for (int e = 0; e < economies.size(); e++) {
            for (int j = 0; j < cols.length; j++) {
                values[j] = cols[j][e];
            }
            try {
                row[k].aggregate(values, w);
            } catch (IllegalArgumentException ex) {
                String message = ex.getMessage();
                int[] ch = plan.children[k];
                for (int j = 0; j < ch.length; j++) {
                    message = message.replace("values[" + j + "]", "child " + plan.nodes.get(ch[j]));
                }
                return new IllegalArgumentException("Aggregate: economy " + economies.get(e) + ", node "
                        + plan.nodes.get(k) + " (children " + childCodes(k) + "): " + message, ex);
            }
        }
        return new IllegalArgumentException("Aggregate: node " + plan.nodes.get(k) + ": " + cause.getMessage(), cause);
    }

    private double[] thresholded(int k, double[][] cols, double[] scores) {
        int n = scores.length;
        for (int e = 0; e < n; e++) {
            int present = 0;
            for (double[] c : cols) {
                present += Double.isNaN(c[e]) ? 0 : 1;
            }
            if (present == 0 || (double) present / cols.length < threshold[k]) {
                scores[e] = Double.NaN;
            }
        }
        return scores;
    }

    private static double[] reflected(double[] s) {
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (double v : s) {
            if (!Double.isNaN(v)) {
                min = Math.min(min, v);
                max = Math.max(max, v);
            }
        }
        double[] out = new double[s.length];
        for (int e = 0; e < s.length; e++) {
            out[e] = min + max - s[e];
        }
        return out;
    }

    private String childCodes(int k) {
        StringJoiner j = new StringJoiner(", ");
        for (int c : plan.children[k]) {
            j.add(plan.nodes.get(c));
        }
        return j.toString();
    }
}
