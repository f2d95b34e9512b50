package org.divide.metrics.analysis;

import org.divide.core.Framework;
import org.divide.metrics.aggregate.Copeland;
import org.divide.metrics.aggregate.Outranking;
import org.divide.metrics.composite.IndexResult;

/**
 * Dominance pairs of an aggregate (COINr's {@code outrankMatrix}): the weighted outranking matrix
 * of the economies over the node's children, the Copeland scores and the number and share of pairs
 * where one economy is at least as good on every child and better on one — a measure of how much
 * the node's ranking depends on its weights (pairs dominated are ranked the same way by any
 * weights). Computed by {@link Copeland#outranking}, pairwise complete.
 */
public final class Dominance {

    private Dominance() {
    }

    /**
     * The outranking of the economies over a node's children, with the weights used by the index.
     *
     * @param result the index
     * @param node   the aggregate node's code
     * @return the outranking matrix, scores and dominance pairs
     * @throws IllegalArgumentException if the node is unknown or an indicator
     */
    public static Outranking ofChildren(IndexResult result, String node) {
        var children = result.spec().framework().children(node);
        if (children.isEmpty()) {
            throw new IllegalArgumentException(node + " is an indicator, not an aggregate");
        }
        double[][] cols = children.stream().map(Framework.Node::code).map(result::scores).toArray(double[][]::new);
        double[] w = children.stream().mapToDouble(c -> result.weights().get(c.code())).toArray();
        return Copeland.outranking(cols, w);
    }
}
