package org.divide.metrics.analysis;

import java.util.List;

import org.divide.core.Framework;
import org.divide.metrics.composite.IndexResult;
import org.divide.metrics.composite.Stage;
import org.divide.metrics.internal.multivariate.Eigen;
import org.divide.metrics.internal.numeric.Matrices;

/**
 * Principal component analysis of a group of columns: the eigen-decomposition (EJML) of their
 * correlation matrix over the economies with every column present — R's
 * {@code prcomp(na.omit(X), center = TRUE, scale. = TRUE)}, as COINr's {@code get_PCA}. The
 * loadings are the unit eigenvectors (prcomp's {@code rotation}), each signed so that it sums to a
 * non-negative number (prcomp leaves the sign to LAPACK). Arrays are copied on the way in and out.
 *
 * @param codes             the columns' codes
 * @param variances         the components' variances (eigenvalues, prcomp's {@code sdev²}), descending
 * @param varianceExplained each component's share of the total variance
 * @param loadings          {@code loadings[c][k]}: loading of column {@code k} on component {@code c}
 * @param rows              the number of complete rows used
 */
public record PrincipalComponents(List<String> codes, double[] variances, double[] varianceExplained,
        double[][] loadings, int rows) {

    /**
     * Copies.
     *
     * @param codes             the codes
     * @param variances         the variances
     * @param varianceExplained the shares
     * @param loadings          the loadings
     * @param rows              the complete rows
     */
    public PrincipalComponents {
        codes = List.copyOf(codes);
        variances = variances.clone();
        varianceExplained = varianceExplained.clone();
        loadings = Matrices.copy(loadings);
    }

    /**
     * PCA of some columns.
     *
     * @param codes   the columns' codes
     * @param columns {@code columns[k][economy]}, {@code NaN} = missing (not modified)
     * @return the components
     * @throws IllegalArgumentException with fewer than two complete rows or a constant column
     */
    public static PrincipalComponents of(List<String> codes, double[][] columns) {
        if (codes.size() != columns.length || columns.length == 0) {
            throw new IllegalArgumentException(codes.size() + " codes for " + columns.length + " columns");
        }
        Eigen e = Eigen.ofColumns(columns);
        double total = 0;
        for (double v : e.eigenvalues()) {
            total += v;
        }
        double[] share = new double[e.eigenvalues().length];
        for (int c = 0; c < share.length; c++) {
            share[c] = e.eigenvalues()[c] / total;
        }
        return new PrincipalComponents(codes, e.eigenvalues(), share, e.vectors(), e.rows());
    }

    /**
     * PCA of the children of a node of an index, from its aggregated data set (COINr's
     * {@code get_PCA(by_groups = TRUE)} for one group).
     *
     * @param result the index
     * @param node   the aggregate node's code
     * @return the components
     */
    public static PrincipalComponents ofChildren(IndexResult result, String node) {
        List<String> codes = result.spec().framework().children(node).stream().map(Framework.Node::code).toList();
        return of(codes, codes.stream().map(result::scores).toArray(double[][]::new));
    }

    /**
     * PCA of the children of a node read from one data set, e.g. {@code result.raw()} for COINr's
     * default {@code get_PCA(dset = "Raw")} (the loadings of a negative indicator change sign
     * between the raw and the normalised data; the variances do not).
     *
     * @param result the index whose framework says who the children are
     * @param stage  the data set holding the children's columns
     * @param node   the aggregate node's code
     * @return the components
     * @throws IllegalArgumentException if the node is unknown or the stage lacks a child
     */
    public static PrincipalComponents ofChildren(IndexResult result, Stage stage, String node) {
        List<String> codes = result.spec().framework().children(node).stream().map(Framework.Node::code).toList();
        return of(codes, codes.stream().map(stage::column).toArray(double[][]::new));
    }

    @Override
    public double[] variances() {
        return variances.clone();
    }

    @Override
    public double[] varianceExplained() {
        return varianceExplained.clone();
    }

    @Override
    public double[][] loadings() {
        return Matrices.copy(loadings);
    }
}
