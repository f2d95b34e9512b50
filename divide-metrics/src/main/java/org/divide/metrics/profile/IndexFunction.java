package org.divide.metrics.profile;

import org.divide.core.spec.AggregateMethod;
import org.divide.metrics.aggregate.Aggregation;

/**
 * The index score of one economy as a function f(y) of its normalised indicator scores y, the
 * other nodes recomputed through the aggregation tree ({@link Tree}; missing indicators stay
 * missing and the weights of each aggregate are renormalised over the children present, as the
 * pipeline does). Besides the value it gives the exact gradient and a bound on each partial
 * derivative over a box, and says whether f is linear, concave or convex.
 *
 * <p><b>Derivatives.</b> A node M = (Σ w<sub>j</sub>v<sub>j</sub><sup>p</sup>/W)<sup>1/p</sup> − c of
 * its children's shifted values v<sub>j</sub> = x<sub>j</sub> + c has
 * ∂M/∂x<sub>j</sub> = (w<sub>j</sub>/W)·(v<sub>j</sub>/(M + c))<sup>p−1</sup> (p = 0, the geometric
 * mean: (w<sub>j</sub>/W)·(M + c)/v<sub>j</sub>; p = 1: w<sub>j</sub>/W), W the weight of the children
 * present; the gradient is their product along each indicator's path to the root (reverse mode).
 * A value v<sub>j</sub> = 0 under p &lt; 1 has an infinite partial.
 *
 * <p><b>Shape.</b> A power mean is non-decreasing in each child; it is concave for p ≤ 1 and convex
 * for p ≥ 1 on the positive orthant; a non-decreasing concave (convex) function of concave (convex)
 * functions is concave (convex) (Boyd and Vandenberghe, <i>Convex Optimization</i>, 2004, §3.2.4).
 * So f is concave when every aggregate is a power mean of order ≤ 1, convex when every one has
 * order ≥ 1, linear when all are arithmetic; a weighted median or a mix of orders on both sides of
 * 1 is neither.
 */
final class IndexFunction {

    /** The shape of f over the box. */
    enum Shape {
        /** Weighted arithmetic means only. */
        LINEAR,
        /** Power means of order ≤ 1 only (arithmetic, geometric, harmonic, generalised p ≤ 1). */
        CONCAVE,
        /** Power means of order ≥ 1 only. */
        CONVEX,
        /** A median, or orders on both sides of 1. */
        GENERAL
    }

    private final Tree tree;
    private final double[] base;
    private final Shape shape;

    /**
     * @param tree the aggregation tree (row-wise)
     * @param base the economy's value at every node (not modified)
     */
    IndexFunction(Tree tree, double[] base) {
        this.tree = tree;
        this.base = base.clone();
        boolean below = true;
        boolean above = true;
        for (int k = tree.leafCount; k < tree.size(); k++) {
            Aggregation a = tree.aggregation[k];
            if (a.method() instanceof AggregateMethod.Median) {
                below = false;
                above = false;
            } else {
                below &= a.power() <= 1;
                above &= a.power() >= 1;
            }
        }
        shape = below && above ? Shape.LINEAR : below ? Shape.CONCAVE : above ? Shape.CONVEX : Shape.GENERAL;
    }

    /** {@return the shape of f} */
    Shape shape() {
        return shape;
    }

    /** {@return the number of indicators} */
    int size() {
        return tree.leafCount;
    }

    /**
     * The economy's value at every node with its indicators at {@code y}.
     *
     * @param y the normalised indicator scores (not modified; missing ones {@code NaN})
     * @return the row, the index at {@link Tree#root}
     */
    double[] row(double[] y) {
        double[] row = base.clone();
        System.arraycopy(y, 0, row, 0, tree.leafCount);
        for (int k = tree.leafCount; k < row.length; k++) {
            row[k] = tree.aggregate(k, row);
        }
        return row;
    }

    /**
     * f(y).
     *
     * @param y the normalised indicator scores (not modified)
     * @return the index score
     */
    double value(double[] y) {
        return row(y)[tree.root];
    }

    /**
     * The gradient of f at y (reverse mode; see the class comment).
     *
     * @param y the normalised indicator scores (not modified)
     * @return ∂f/∂y<sub>i</sub> per indicator, 0 for missing ones; may be infinite or {@code NaN} at a
     *     zero under an order below 1; {@code NaN} throughout below a median
     */
    double[] gradient(double[] y) {
        double[] row = row(y);
        double[] adj = new double[row.length];
        adj[tree.root] = 1;
        for (int k = row.length - 1; k >= tree.leafCount; k--) {
            if (adj[k] == 0 || Double.isNaN(row[k])) {
                continue;
            }
            int[] ch = tree.children[k];
            double[] w = tree.childWeights[k];
            double total = present(ch, w, row);
            Aggregation a = tree.aggregation[k];
            for (int j = 0; j < ch.length; j++) {
                double v = row[ch[j]];
                if (Double.isNaN(v) || w[j] == 0) {
                    continue;
                }
                adj[ch[j]] += adj[k] * partial(a, w[j] / total, v, row[k]);
            }
        }
        double[] g = new double[tree.leafCount];
        System.arraycopy(adj, 0, g, 0, g.length);
        return g;
    }

    /**
     * An upper bound on each partial derivative ∂f/∂y<sub>i</sub> over the points of the box lo ≤ y ≤ hi where
     * f(y) ≤ t. f is non-decreasing, so each node ranges between its values at lo and at hi; where f ≤ t
     * a node M of order p &gt; 0 also caps each child: w<sub>j</sub>(v<sub>j</sub> + c)<sup>p</sup> ≤
     * W(M + c)<sup>p</sup> − Σ<sub>i≠j</sub> w<sub>i</sub>(v<sub>i</sub>(lo) + c)<sup>p</sup>, from the root's cap t down.
     * Per node the largest partial over those ranges — w<sub>j</sub>/W for the arithmetic mean, 1 for the
     * median, (w<sub>j</sub>/W)·((M<sub>max</sub> + c)/(v<sub>j</sub>(lo) + c))<sup>1−p</sup> for p &lt; 1 and
     * (w<sub>j</sub>/W)·((v<sub>j,max</sub> + c)/(M(lo) + c))<sup>p−1</sup> for p &gt; 1 — multiplied along the
     * path to the root.
     *
     * @param lo the lower corner (not modified)
     * @param hi the upper corner (not modified)
     * @param t  the level below which the bound holds
     * @return the bound per indicator (may be infinite), 0 for missing ones
     */
    double[] slopeBound(double[] lo, double[] hi, double t) {
        double[] a = row(lo);
        double[] b = row(hi);
        double[] max = b.clone();
        max[tree.root] = Math.max(a[tree.root], Math.min(b[tree.root], t));
        double[] bound = new double[a.length];
        bound[tree.root] = 1;
        for (int k = a.length - 1; k >= tree.leafCount; k--) {
            if (Double.isNaN(a[k])) {
                continue;
            }
            int[] ch = tree.children[k];
            double[] w = tree.childWeights[k];
            double total = present(ch, w, a);
            Aggregation agg = tree.aggregation[k];
            double p = agg.power();
            double c = agg.shift();
            boolean median = agg.method() instanceof AggregateMethod.Median;
            double sum = 0;
            for (int j = 0; j < ch.length; j++) {
                sum += Double.isNaN(a[ch[j]]) ? 0 : w[j] * Math.pow(a[ch[j]] + c, p);
            }
            for (int j = 0; j < ch.length; j++) {
                double v = a[ch[j]];
                if (Double.isNaN(v) || w[j] == 0) {
                    continue;
                }
                if (!median && p > 0) {
                    double others = sum - w[j] * Math.pow(v + c, p);
                    double cap = Math.pow(Math.max(0, (total * Math.pow(max[k] + c, p) - others) / w[j]), 1 / p) - c;
                    max[ch[j]] = Math.max(v, Math.min(max[ch[j]], cap));
                }
                double share = w[j] / total;
                double s;
                if (median) {
                    s = 1;
                } else if (p == 1) {
                    s = share;
                } else if (p < 1) {
                    s = share * Math.pow((max[k] + c) / (v + c), 1 - p);
                } else {
                    s = share * Math.pow((max[ch[j]] + c) / (a[k] + c), p - 1);
                }
                bound[ch[j]] = bound[k] * s;
            }
        }
        double[] out = new double[tree.leafCount];
        System.arraycopy(bound, 0, out, 0, out.length);
        return out;
    }

    private static double present(int[] ch, double[] w, double[] row) {
        double total = 0;
        for (int j = 0; j < ch.length; j++) {
            total += Double.isNaN(row[ch[j]]) ? 0 : w[j];
        }
        return total;
    }

    /** ∂M/∂v of one child of share {@code share}, value {@code v}, the node's value {@code m}. */
    private static double partial(Aggregation a, double share, double v, double m) {
        if (a.method() instanceof AggregateMethod.Median) {
            return Double.NaN;
        }
        double p = a.power();
        double c = a.shift();
        if (p == 1) {
            return share;
        }
        if (p == 0) {
            return share * (m + c) / (v + c);
        }
        return share * Math.pow((v + c) / (m + c), p - 1);
    }
}
