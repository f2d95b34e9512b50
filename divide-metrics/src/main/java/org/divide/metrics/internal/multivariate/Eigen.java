package org.divide.metrics.internal.multivariate;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.ejml.interfaces.decomposition.EigenDecomposition_F64;

/**
 * Principal components of a set of columns: the eigen-decomposition (EJML, symmetric QR
 * algorithm) of the correlation matrix of the rows where every column is present (R's
 * {@code prcomp(na.omit(X), center = TRUE, scale. = TRUE)}). Not API.
 *
 * @param eigenvalues the component variances, descending
 * @param vectors     {@code vectors[c][k]}: loading of column {@code k} on component {@code c}
 *     (unit length; the sign is fixed so that the loadings of each component sum to a
 *     non-negative number)
 * @param rows        the number of complete rows used
 */
public record Eigen(double[] eigenvalues, double[][] vectors, int rows) {

    /**
     * Decomposes the correlation matrix of the complete rows.
     *
     * @param columns {@code columns[k][row]} (not modified)
     * @return the decomposition
     * @throws IllegalArgumentException with fewer than two complete rows, or a column constant over
     *     them
     */
    public static Eigen ofColumns(double[][] columns) {
        int k = columns.length;
        int n = columns[0].length;
        boolean[] complete = new boolean[n];
        int m = 0;
        for (int i = 0; i < n; i++) {
            boolean ok = true;
            for (double[] c : columns) {
                ok &= !Double.isNaN(c[i]);
            }
            complete[i] = ok;
            m += ok ? 1 : 0;
        }
        if (m < 2) {
            throw new IllegalArgumentException("PCA needs at least 2 complete rows, has " + m);
        }
        double[][] z = new double[k][m];
        for (int j = 0; j < k; j++) {
            double s = 0;
            int r = 0;
            for (int i = 0; i < n; i++) {
                if (complete[i]) {
                    z[j][r++] = columns[j][i];
                    s += columns[j][i];
                }
            }
            double mean = s / m;
            double ss = 0;
            for (int i = 0; i < m; i++) {
                z[j][i] -= mean;
                ss += z[j][i] * z[j][i];
            }
            if (ss == 0) {
                throw new IllegalArgumentException("PCA: column " + j + " is constant over the complete rows");
            }
            double sd = Math.sqrt(ss / (m - 1));
            for (int i = 0; i < m; i++) {
                z[j][i] /= sd;
            }
        }
        DMatrixRMaj corr = new DMatrixRMaj(k, k);
        for (int a = 0; a < k; a++) {
            for (int b = a; b < k; b++) {
                double s = 0;
                for (int i = 0; i < m; i++) {
                    s += z[a][i] * z[b][i];
                }
                corr.set(a, b, s / (m - 1));
                corr.set(b, a, s / (m - 1));
            }
        }
        EigenDecomposition_F64<DMatrixRMaj> eig = DecompositionFactory_DDRM.eig(k, true, true);
        if (!eig.decompose(corr)) {
            throw new IllegalArgumentException("PCA: eigen-decomposition failed");
        }
        Integer[] order = new Integer[k];
        double[] values = new double[k];
        for (int c = 0; c < k; c++) {
            order[c] = c;
            values[c] = eig.getEigenvalue(c).getReal();
        }
        java.util.Arrays.sort(order, (p, q) -> Double.compare(values[q], values[p]));
        double[] sorted = new double[k];
        double[][] vectors = new double[k][k];
        for (int c = 0; c < k; c++) {
            sorted[c] = Math.max(0, values[order[c]]);
            DMatrixRMaj v = eig.getEigenVector(order[c]);
            double sum = 0;
            double norm = 0;
            for (int j = 0; j < k; j++) {
                sum += v.get(j);
                norm += v.get(j) * v.get(j);
            }
            double sign = sum < 0 ? -1 : 1;
            norm = Math.sqrt(norm);
            for (int j = 0; j < k; j++) {
                vectors[c][j] = sign * v.get(j) / norm;
            }
        }
        return new Eigen(sorted, vectors, m);
    }
}
