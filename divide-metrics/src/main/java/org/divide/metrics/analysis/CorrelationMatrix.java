package org.divide.metrics.analysis;

import java.util.List;

import org.divide.metrics.internal.numeric.Matrices;

/**
 * Correlations between two sets of columns. Arrays are copied on the way in and out.
 *
 * @param rows    the codes of the first set
 * @param columns the codes of the second set
 * @param r       {@code r[i][j]}: correlation of {@code rows[i]} with {@code columns[j]}
 * @param p       the p-values
 * @param n       the numbers of complete pairs
 */
public record CorrelationMatrix(List<String> rows, List<String> columns, double[][] r, double[][] p, int[][] n) {

    /**
     * Copies.
     *
     * @param rows    the row codes
     * @param columns the column codes
     * @param r       the coefficients
     * @param p       the p-values
     * @param n       the pair counts
     */
    public CorrelationMatrix {
        rows = List.copyOf(rows);
        columns = List.copyOf(columns);
        r = Matrices.copy(r);
        p = Matrices.copy(p);
        int[][] nc = new int[n.length][];
        for (int i = 0; i < n.length; i++) {
            nc[i] = n[i].clone();
        }
        n = nc;
    }

    @Override
    public double[][] r() {
        return Matrices.copy(r);
    }

    @Override
    public double[][] p() {
        return Matrices.copy(p);
    }

    @Override
    public int[][] n() {
        int[][] nc = new int[n.length][];
        for (int i = 0; i < n.length; i++) {
            nc[i] = n[i].clone();
        }
        return nc;
    }

    /**
     * One entry.
     *
     * @param row    the row code
     * @param column the column code
     * @return the test
     * @throws IllegalArgumentException if a code is unknown
     */
    public CorrelationTest get(String row, String column) {
        int i = rows.indexOf(row);
        int j = columns.indexOf(column);
        if (i < 0 || j < 0) {
            throw new IllegalArgumentException("no correlation of " + row + " with " + column);
        }
        return new CorrelationTest(r[i][j], p[i][j], n[i][j]);
    }

    /**
     * The coefficients with those not significant at a level set to {@code NaN} (COINr's
     * {@code get_corr(pval = 0.05)}).
     *
     * @param alpha the significance level; 0 keeps everything
     * @return a new matrix of coefficients
     */
    public double[][] significant(double alpha) {
        double[][] out = Matrices.copy(r);
        for (int i = 0; i < out.length; i++) {
            for (int j = 0; j < out[i].length; j++) {
                if (alpha > 0 && p[i][j] > alpha) {
                    out[i][j] = Double.NaN;
                }
            }
        }
        return out;
    }
}
