package org.divide.metrics.analysis;

import org.divide.core.Framework;
import org.divide.metrics.composite.IndexResult;
import org.divide.metrics.composite.Stage;
import org.divide.metrics.internal.multivariate.Correlation;

/**
 * Cronbach's α of a group of columns (COINr's {@code get_cronbach}; Cronbach 1951,
 * doi:10.1007/BF02310555): with {@code C} the {@code k × k} covariance matrix over
 * pairwise-complete observations (R's {@code cov(use = "pairwise.complete.obs")}),
 * {@code α = k² c̄ / ΣC}, where {@code c̄} is the mean off-diagonal covariance — equivalently
 * {@code k/(k − 1)·(1 − tr C / ΣC)}. α is {@code NaN} for fewer than two columns or when
 * {@code ΣC = 0}.
 */
public final class CronbachAlpha {

    private CronbachAlpha() {
    }

    /**
     * α of a group of columns.
     *
     * @param columns {@code columns[k][economy]}, {@code NaN} = missing (not modified)
     * @return α
     */
    public static double of(double[][] columns) {
        int k = columns.length;
        if (k < 2) {
            return Double.NaN;
        }
        double all = 0;
        double diag = 0;
        for (int a = 0; a < k; a++) {
            for (int b = a; b < k; b++) {
                double c = Correlation.covariance(columns[a], columns[b]);
                if (Double.isNaN(c)) {
                    continue;
                }
                if (a == b) {
                    diag += c;
                    all += c;
                } else {
                    all += 2 * c;
                }
            }
        }
        double mean = (all - diag) / ((double) k * (k - 1));
        return all == 0 ? Double.NaN : k * (double) k * mean / all;
    }

    /**
     * α of the children of a node of an index, from its aggregated data set.
     *
     * @param result the index
     * @param node   the aggregate node's code
     * @return α of its children
     * @throws IllegalArgumentException if the node is unknown
     */
    public static double ofChildren(IndexResult result, String node) {
        return of(result.spec().framework().children(node).stream().map(Framework.Node::code)
                .map(result::scores).toArray(double[][]::new));
    }

    /**
     * α of the children of a node read from one data set (COINr's {@code get_cronbach(dset = ...)}):
     * for a pillar whose children are indicators, e.g. {@code result.raw()}; α depends on the
     * columns' scales, so the data set matters.
     *
     * @param result the index whose framework says who the children are
     * @param stage  the data set holding the children's columns
     * @param node   the aggregate node's code
     * @return α of the children's columns in {@code stage}
     * @throws IllegalArgumentException if the node is unknown or the stage lacks a child
     */
    public static double ofChildren(IndexResult result, Stage stage, String node) {
        return of(result.spec().framework().children(node).stream().map(Framework.Node::code)
                .map(stage::column).toArray(double[][]::new));
    }
}
