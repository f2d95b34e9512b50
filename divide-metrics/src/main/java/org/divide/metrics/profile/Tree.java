package org.divide.metrics.profile;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.divide.core.Direction;
import org.divide.core.Framework;
import org.divide.core.spec.Aggregate;
import org.divide.core.spec.AggregateMethod;
import org.divide.core.spec.IndexSpec;
import org.divide.core.spec.WeightMethod;
import org.divide.core.spec.Weights;
import org.divide.metrics.aggregate.Aggregation;
import org.divide.metrics.composite.IndexResult;

/**
 * The aggregation of an index result as a tree walked one economy at a time: the nodes in
 * aggregation order (indicators first, then each level from 2 up), each aggregate's children, its
 * row aggregation ({@link Aggregation}, built from the spec's rule exactly as the pipeline builds
 * it) and the weights the result used. {@link Aggregation#aggregate} sums in the order of
 * {@link Aggregation#aggregateColumns}, so a node recomputed here for one economy equals the
 * pipeline's value bit for bit.
 *
 * <p>{@link #rowwise()} is false when a node's value of one economy depends on other economies'
 * values beyond its own row: Copeland and benefit of the doubt, a child aggregate entering its
 * parent reflected within its range, or data-driven weights (PCA, optimised), which move with the
 * data; callers then rebuild through the pipeline.
 */
final class Tree {

    final List<String> codes;
    final Map<String, Integer> index;
    final int leafCount;
    final int[][] children;
    final int[] parent;
    final double[][] childWeights;
    final Aggregation[] aggregation;
    final int root;
    private final boolean rowwise;

    Tree(IndexResult result) {
        IndexSpec spec = result.spec();
        Framework f = spec.framework();
        codes = new ArrayList<>();
        for (int level = 1; level <= f.levels(); level++) {
            for (Framework.Node n : f.nodesAtLevel(level)) {
                codes.add(n.code());
            }
        }
        index = new HashMap<>();
        for (int k = 0; k < codes.size(); k++) {
            index.put(codes.get(k), k);
        }
        leafCount = f.indicatorCodes().size();
        int n = codes.size();
        children = new int[n][];
        parent = new int[n];
        childWeights = new double[n][];
        aggregation = new Aggregation[n];
        Aggregate step = spec.step(Aggregate.class).orElse(Aggregate.arithmetic());
        Map<String, Double> weights = result.weights();
        boolean row = spec.step(Weights.class).map(w -> !(w.method() instanceof WeightMethod.DataDriven)).orElse(true);
        for (int k = 0; k < n; k++) {
            Framework.Node node = f.node(codes.get(k));
            parent[k] = node.parent() == null ? -1 : index.get(node.parent());
            List<Framework.Node> ch = f.children(node.code());
            children[k] = new int[ch.size()];
            childWeights[k] = new double[ch.size()];
            for (int j = 0; j < ch.size(); j++) {
                children[k][j] = index.get(ch.get(j).code());
                childWeights[k][j] = weights.get(ch.get(j).code());
                if (step.directions() && k >= leafCount && ch.get(j).level() > 1
                        && ch.get(j).direction() == Direction.NEGATIVE) {
                    row = false;
                }
            }
            if (k >= leafCount) {
                Aggregate.Rule r = step.ruleFor(node.code(), node.level());
                if (r.method() instanceof AggregateMethod.Copeland || r.method() instanceof AggregateMethod.BenefitOfTheDoubt) {
                    row = false;
                } else {
                    aggregation[k] = Aggregation.of(r.method()).withDataThreshold(r.availabilityThreshold());
                }
            }
        }
        root = index.get(f.root().code());
        rowwise = row;
    }

    /** {@return whether every aggregate of an economy depends on that economy's children only} */
    boolean rowwise() {
        return rowwise;
    }

    /** {@return the number of nodes} */
    int size() {
        return codes.size();
    }

    /**
     * Recomputes one aggregate of one economy from its children's values.
     *
     * @param k   the aggregate
     * @param row the economy's value at every node (read)
     * @return the aggregate's value
     */
    double aggregate(int k, double[] row) {
        int[] ch = children[k];
        double[] v = new double[ch.length];
        for (int j = 0; j < ch.length; j++) {
            v[j] = row[ch[j]];
        }
        return aggregation[k].aggregate(v, childWeights[k]);
    }

    /**
     * Recomputes, in place, every ancestor of node {@code k} for one economy.
     *
     * @param k   the node whose value changed
     * @param row the economy's value at every node; its ancestors are rewritten
     */
    void propagate(int k, double[] row) {
        for (int a = parent[k]; a >= 0; a = parent[a]) {
            row[a] = aggregate(a, row);
        }
    }
}
