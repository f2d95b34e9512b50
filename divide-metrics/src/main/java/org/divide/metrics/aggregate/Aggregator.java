package org.divide.metrics.aggregate;

import org.divide.metrics.internal.column.Args;

/**
 * Aggregates one economy's child scores into the parent's score: a function of the row of
 * values and the children's weights. {@link Aggregation} provides COINr's methods; a lambda is
 * a user-defined method (COINr's {@code f(x, w) → scalar}). Implementations never modify their
 * arguments.
 */
@FunctionalInterface
public interface Aggregator {

    /**
     * Aggregates one row.
     *
     * @param values  the children's scores for one economy, {@code NaN} = missing (not modified)
     * @param weights the children's relative weights, same length (not modified)
     * @return the parent's score, {@code NaN} when it cannot be computed from the data
     * @throws IllegalArgumentException if the arguments are invalid
     */
    double aggregate(double[] values, double[] weights);

    /**
     * Aggregates one row, naming the caller's context (economy, node) in any error message.
     * The default implementation appends the context to the message of an
     * {@link IllegalArgumentException} thrown by {@link #aggregate(double[], double[])}.
     *
     * @param values  the children's scores for one economy (not modified)
     * @param weights the children's relative weights (not modified)
     * @param context where this row comes from, e.g. {@code "economy AUT, node Physical"}
     * @return the parent's score
     * @throws IllegalArgumentException if the arguments are invalid; the message ends with the
     *     context in parentheses
     */
    default double aggregate(double[] values, double[] weights, String context) {
        try {
            return aggregate(values, weights);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(Args.withContext(e.getMessage(), context), e);
        }
    }

    /**
     * Aggregates every economy: {@code children[c][e]} is child {@code c}'s score for economy
     * {@code e} (column-oriented, as a panel stores indicators); the result holds the parent's
     * score for each economy. Errors name the economy's position.
     *
     * @param children the children's columns, all of the same length (not modified)
     * @param weights  one weight per child (not modified)
     * @return a new array with one score per economy
     * @throws IllegalArgumentException if the columns are ragged, the weights do not match, or a
     *     row is invalid (the message names the economy's position)
     */
    default double[] aggregateColumns(double[][] children, double[] weights) {
        int n = Args.columns("children", children);
        Args.notNull("weights", weights);
        Args.sameLength("children", children.length, "weights", weights.length);
        double[] out = new double[n];
        double[] row = new double[children.length];
        for (int e = 0; e < n; e++) {
            for (int c = 0; c < children.length; c++) {
                row[c] = children[c][e];
            }
            out[e] = aggregate(row, weights, "economy " + e);
        }
        return out;
    }
}
