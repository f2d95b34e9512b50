package org.divide.metrics.mobility;

/**
 * The stationary distribution of an irreducible stochastic matrix by the Grassmann–Taksar–Heyman
 * (GTH) elimination, which uses no subtraction and so stays accurate for nearly decomposable
 * chains; the algorithm of QuantEcon's {@code gth_solve}, on which giddy's steady states rest.
 * O(k³).
 *
 * <p>Reference: Grassmann, W. K., Taksar, M. I. and Heyman, D. P. (1985). Regenerative analysis
 * and steady state distributions for Markov chains. Operations Research 33(5), 1107–1116.
 * doi:10.1287/opre.33.5.1107
 */
final class Stationary {

    private Stationary() {
    }

    /**
     * The stationary distribution π (πP = π, Σπ = 1) of P restricted to the given states.
     *
     * @param p       the transition matrix; not modified
     * @param members the states of one closed communication class, ascending; not modified
     * @return π over the k states of p, zero outside {@code members}
     */
    static double[] of(double[][] p, int[] members) {
        int n = members.length;
        double[][] a = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                a[i][j] = p[members[i]][members[j]];
            }
        }
        for (int k = 0; k < n - 1; k++) {
            double scale = 0;
            for (int j = k + 1; j < n; j++) {
                scale += a[k][j];
            }
            for (int i = k + 1; i < n; i++) {
                a[i][k] /= scale;
            }
            for (int i = k + 1; i < n; i++) {
                for (int j = k + 1; j < n; j++) {
                    a[i][j] += a[i][k] * a[k][j];
                }
            }
        }
        double[] x = new double[n];
        x[n - 1] = 1;
        for (int k = n - 2; k >= 0; k--) {
            for (int i = k + 1; i < n; i++) {
                x[k] += x[i] * a[i][k];
            }
        }
        double sum = 0;
        for (double v : x) {
            sum += v;
        }
        double[] pi = new double[p.length];
        for (int i = 0; i < n; i++) {
            pi[members[i]] = x[i] / sum;
        }
        return pi;
    }
}
