package org.divide.metrics.weights;

import org.divide.metrics.internal.multivariate.Eigen;

/**
 * Weights from the first principal component of a group of indicators (the children of one
 * node), computed on the correlation matrix of the economies with every indicator present (R's
 * {@code prcomp(na.omit(X), center = TRUE, scale. = TRUE)}, as COINr's {@code get_PCA}).
 *
 * <ul>
 * <li>{@link #loadings()}: the first component's loadings {@code a_k} (unit length), signed so
 *     that they sum to a positive number — COINr's PCA weights (COINr leaves the sign to the SVD,
 *     so its weights may all be negative);</li>
 * <li>{@link #weights()}: the squared loadings {@code a_k²}, which are never negative and sum to 1:
 *     the share of the component's variance each indicator carries (OECD/JRC Handbook 2008, §6.1,
 *     weighting by squared factor loadings).</li>
 * </ul>
 * Arrays are copied on the way in and out.
 *
 * @param loadings          the first component's loadings
 * @param varianceExplained the share of the total variance the first component explains
 * @param rows              the number of complete rows (economies) used
 */
public record PcaWeights(double[] loadings, double varianceExplained, int rows) {

    /**
     * Copies the loadings.
     *
     * @param loadings          the loadings
     * @param varianceExplained the first component's share of the variance
     * @param rows              the number of complete rows
     */
    public PcaWeights {
        loadings = loadings.clone();
    }

    /**
     * PCA weights of a group of columns.
     *
     * @param columns {@code columns[k][economy]}, {@code NaN} = missing (not modified); at least two
     * @return the weights
     * @throws IllegalArgumentException with fewer than two columns or two complete rows, or a
     *     column constant over the complete rows
     */
    public static PcaWeights of(double[][] columns) {
        if (columns == null || columns.length < 2) {
            throw new IllegalArgumentException("PCA weights need at least 2 columns");
        }
        Eigen e = Eigen.ofColumns(columns);
        double total = 0;
        for (double v : e.eigenvalues()) {
            total += v;
        }
        return new PcaWeights(e.vectors()[0], e.eigenvalues()[0] / total, e.rows());
    }

    @Override
    public double[] loadings() {
        return loadings.clone();
    }

    /** {@return the squared loadings, summing to 1} */
    public double[] weights() {
        double[] w = new double[loadings.length];
        for (int k = 0; k < w.length; k++) {
            w[k] = loadings[k] * loadings[k];
        }
        return w;
    }
}
