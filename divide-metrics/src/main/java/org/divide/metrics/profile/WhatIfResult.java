package org.divide.metrics.profile;

import java.util.List;

/**
 * The outcome of a what-if: the changes as applied and, for every economy, every node's score and
 * the index's competition rank before and after. Arrays returned are copies.
 */
public final class WhatIfResult {

    /**
     * A change as applied.
     *
     * @param change the change asked for
     * @param before the raw value before ({@code NaN} if missing)
     * @param after  the raw value after
     */
    public record Applied(Change change, double before, double after) {
    }

    private final List<String> economies;
    private final List<String> nodes;
    private final List<Applied> changes;
    private final double[][] before;
    private final double[][] after;
    private final double[] rankBefore;
    private final double[] rankAfter;
    private final boolean incremental;

    WhatIfResult(List<String> economies, List<String> nodes, List<Applied> changes, double[][] before,
            double[][] after, double[] rankBefore, double[] rankAfter, boolean incremental) {
        this.economies = List.copyOf(economies);
        this.nodes = nodes;
        this.changes = List.copyOf(changes);
        this.before = before;
        this.after = after;
        this.rankBefore = rankBefore;
        this.rankAfter = rankAfter;
        this.incremental = incremental;
    }

    /** {@return the economies, in the order of every array} */
    public List<String> economies() {
        return economies;
    }

    /** {@return the changes as applied, in order} */
    public List<Applied> changes() {
        return changes;
    }

    /** {@return whether the incremental path computed it (else a full rebuild)} */
    public boolean incremental() {
        return incremental;
    }

    /** {@return the index scores before} */
    public double[] indexBefore() {
        return before[before.length - 1].clone();
    }

    /** {@return the index scores after} */
    public double[] indexAfter() {
        return after[after.length - 1].clone();
    }

    /** {@return the index's competition ranks before (highest score 1, ties share the best rank)} */
    public double[] ranksBefore() {
        return rankBefore.clone();
    }

    /** {@return the index's competition ranks after} */
    public double[] ranksAfter() {
        return rankAfter.clone();
    }

    /**
     * A node's scores after the change (an indicator's as aggregated, i.e. normalised).
     *
     * @param node the node's code
     * @return its scores over {@link #economies()}
     * @throws IllegalArgumentException if there is no such node
     */
    public double[] scoresAfter(String node) {
        return after[position(node)].clone();
    }

    /**
     * A node's scores before the change.
     *
     * @param node the node's code
     * @return its scores over {@link #economies()}
     * @throws IllegalArgumentException if there is no such node
     */
    public double[] scoresBefore(String node) {
        return before[position(node)].clone();
    }

    private int position(String node) {
        int k = nodes.indexOf(node);
        if (k < 0) {
            throw new IllegalArgumentException("no node " + node);
        }
        return k;
    }
}
