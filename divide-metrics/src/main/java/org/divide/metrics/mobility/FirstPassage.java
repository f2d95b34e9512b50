package org.divide.metrics.mobility;

import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.linear.LUDecomposition;
import org.apache.commons.math3.linear.RealVector;

/**
 * Mean first passage times of a stochastic matrix, ergodic or not.
 *
 * <p>For a target j, m_ij (i ≠ j) is the expected number of steps to reach j from i; it is
 * infinite when, from i, the chain can end up where j is never reached (a state that cannot reach
 * j, or a state that can move to one). The finite ones solve m_i = 1 + Σ_{l≠j} p_il m_l,
 * i.e. (I − P_{−j}) m = 1 on the states with finite times (LU decomposition). The diagonal is
 * the mean recurrence time m_jj = 1 + Σ_{l≠j} p_jl m_l (infinite when j may never return; 1/π_j
 * for an ergodic chain). O(k⁴), k being a handful of classes.
 */
final class FirstPassage {

    private FirstPassage() {
    }

    static double[][] of(double[][] p, ChainStructure s) {
        int k = p.length;
        double[][] m = new double[k][k];
        for (int j = 0; j < k; j++) {
            double[] col = toward(p, s, j);
            for (int i = 0; i < k; i++) {
                m[i][j] = col[i];
            }
        }
        return m;
    }

    private static double[] toward(double[][] p, ChainStructure s, int j) {
        int k = p.length;
        boolean[] infinite = new boolean[k];
        for (int i = 0; i < k; i++) {
            infinite[i] = i != j && !s.reach[i][j];
        }
        boolean grew = true;
        while (grew) {
            grew = false;
            for (int i = 0; i < k; i++) {
                if (i == j || infinite[i]) {
                    continue;
                }
                for (int l = 0; l < k; l++) {
                    if (p[i][l] > 0 && infinite[l]) {
                        infinite[i] = true;
                        grew = true;
                        break;
                    }
                }
            }
        }
        int[] finite = new int[k];
        int n = 0;
        for (int i = 0; i < k; i++) {
            if (i != j && !infinite[i]) {
                finite[n++] = i;
            }
        }
        double[] m = new double[k];
        java.util.Arrays.fill(m, Double.POSITIVE_INFINITY);
        if (n > 0) {
            Array2DRowRealMatrix a = new Array2DRowRealMatrix(n, n);
            for (int r = 0; r < n; r++) {
                for (int c = 0; c < n; c++) {
                    a.setEntry(r, c, (r == c ? 1 : 0) - p[finite[r]][finite[c]]);
                }
            }
            RealVector x = new LUDecomposition(a).getSolver().solve(new ArrayRealVector(n, 1.0));
            for (int r = 0; r < n; r++) {
                m[finite[r]] = x.getEntry(r);
            }
        }
        double recurrence = 1;
        for (int l = 0; l < k; l++) {
            if (l != j && p[j][l] > 0) {
                recurrence += p[j][l] * m[l];
            }
        }
        m[j] = recurrence;
        return m;
    }
}
