package org.divide.metrics.aggregate;

import org.divide.metrics.internal.numeric.Matrices;

/**
 * The weighted outranking matrix of a set of economies and the Copeland scores derived from it
 * (COINr's {@code outrankMatrix} and {@code a_copeland}). Arrays are copied on the way in and
 * out.
 *
 * @param matrix       {@code matrix[i][j]}: the weight share of indicators on which economy
 *     {@code i} beats {@code j}, ties counting half; 0 on the diagonal
 * @param scores       Copeland score of each economy: the number of economies it outranks
 *     ({@code matrix[i][j] > 1/2}) minus the number that outrank it
 * @param dominantPairs the number of pairs in which one economy is strictly better on every
 *     compared indicator ({@code matrix[i][j] = 1}), COINr's {@code nDominant}
 * @param dominantShare {@code dominantPairs / (n(n−1)/2)}, COINr's {@code fracDominant}
 */
public record Outranking(double[][] matrix, double[] scores, int dominantPairs,
        double dominantShare) {

    /**
     * Copies the arrays.
     *
     * @param matrix        the outranking matrix
     * @param scores        the Copeland scores
     * @param dominantPairs the number of dominance pairs
     * @param dominantShare their share of all pairs
     */
    public Outranking {
        matrix = Matrices.copy(matrix);
        scores = scores.clone();
    }

    /**
     * The outranking matrix.
     *
     * @return a copy of the matrix
     */
    @Override
    public double[][] matrix() {
        return Matrices.copy(matrix);
    }

    /**
     * The Copeland scores.
     *
     * @return a copy of the scores
     */
    @Override
    public double[] scores() {
        return scores.clone();
    }
}
