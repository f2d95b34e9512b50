package org.divide.metrics.mobility;

import java.util.Arrays;

import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.EigenDecomposition;
import org.apache.commons.math3.linear.LUDecomposition;
import org.divide.metrics.internal.column.Args;

/**
 * Mobility indices of a k × k transition probability matrix P, as giddy's
 * {@code mobility.markov_mobility} and {@code markov.prais} compute them (Formby, Smith and
 * Zheng 2004): 0 means no mobility (P = I), larger means more.
 *
 * <ul>
 *   <li>{@link #shorrocks(double[][])}: M_P = (k − trace P)/(k − 1) (Shorrocks 1978);</li>
 *   <li>{@link #prais(double[][])}: 1 − p_ii per class, the chance of leaving it in one period;</li>
 *   <li>{@link #determinant(double[][])}: M_D = 1 − |det P|;</li>
 *   <li>{@link #secondEigenvalue(double[][])}: M_L2 = 1 − |λ_2|, λ_2 the eigenvalue of second
 *       largest modulus (Sommers and Conlisk 1979);</li>
 *   <li>{@link #bartholomew1(double[][], double[])}: M_B1 = (k − k Σ π_i p_ii)/(k − 1);</li>
 *   <li>{@link #bartholomew2(double[][], double[])}: M_B2 = Σ_i Σ_j π_i p_ij |i − j| / (k − 1);</li>
 * </ul>
 * π is the initial distribution (uniform when {@code null}, as giddy). k = 1 gives {@code NaN}
 * for the indices divided by k − 1.
 *
 * <p>References: Shorrocks, A. F. (1978). The measurement of mobility. Econometrica 46(5),
 * 1013–1024. doi:10.2307/1911433. Formby, J. P., Smith, W. J. and Zheng, B. (2004). Mobility
 * measurement, transition matrices and statistical inference. Journal of Econometrics 120(1),
 * 181–205. doi:10.1016/S0304-4076(03)00211-2
 */
public final class MobilityIndices {

    private MobilityIndices() {
    }

    /**
     * Shorrocks' index (n − trace P)/(n − 1).
     *
     * @param p the transition probabilities; not modified
     * @return the index
     * @throws IllegalArgumentException if {@code p} is not square or holds a non-finite entry
     */
    public static double shorrocks(double[][] p) {
        int k = square(p);
        double trace = 0;
        for (int i = 0; i < k; i++) {
            trace += p[i][i];
        }
        return (k - trace) / (k - 1);
    }

    /**
     * Prais' index per class, 1 − p_ii.
     *
     * @param p the transition probabilities; not modified
     * @return one value per class
     * @throws IllegalArgumentException if {@code p} is not square or holds a non-finite entry
     */
    public static double[] prais(double[][] p) {
        int k = square(p);
        double[] out = new double[k];
        for (int i = 0; i < k; i++) {
            out[i] = 1 - p[i][i];
        }
        return out;
    }

    /**
     * 1 − |det P|.
     *
     * @param p the transition probabilities; not modified
     * @return the index
     * @throws IllegalArgumentException if {@code p} is not square or holds a non-finite entry
     */
    public static double determinant(double[][] p) {
        square(p);
        return 1 - Math.abs(new LUDecomposition(new Array2DRowRealMatrix(p)).getDeterminant());
    }

    /**
     * 1 − |λ_2|, the second largest eigenvalue modulus (real or complex).
     *
     * @param p the transition probabilities; not modified
     * @return the index; {@code NaN} for k = 1
     * @throws IllegalArgumentException if {@code p} is not square or holds a non-finite entry
     */
    public static double secondEigenvalue(double[][] p) {
        int k = square(p);
        if (k < 2) {
            return Double.NaN;
        }
        EigenDecomposition e = new EigenDecomposition(new Array2DRowRealMatrix(p));
        double[] re = e.getRealEigenvalues();
        double[] im = e.getImagEigenvalues();
        double[] modulus = new double[k];
        for (int i = 0; i < k; i++) {
            modulus[i] = Math.hypot(re[i], im[i]);
        }
        Arrays.sort(modulus);
        return 1 - modulus[k - 2];
    }

    /**
     * Bartholomew's first index (k − k Σ π_i p_ii)/(k − 1).
     *
     * @param p       the transition probabilities; not modified
     * @param initial the initial distribution π, or {@code null} for uniform; not modified
     * @return the index
     * @throws IllegalArgumentException if {@code p} is not square, or the lengths differ
     */
    public static double bartholomew1(double[][] p, double[] initial) {
        int k = square(p);
        double[] pi = initial(initial, k);
        double s = 0;
        for (int i = 0; i < k; i++) {
            s += pi[i] * p[i][i];
        }
        return (k - k * s) / (k - 1);
    }

    /**
     * Bartholomew's second index Σ_i Σ_j π_i p_ij |i − j| / (k − 1).
     *
     * @param p       the transition probabilities; not modified
     * @param initial the initial distribution π, or {@code null} for uniform; not modified
     * @return the index
     * @throws IllegalArgumentException if {@code p} is not square, or the lengths differ
     */
    public static double bartholomew2(double[][] p, double[] initial) {
        int k = square(p);
        double[] pi = initial(initial, k);
        double s = 0;
        for (int i = 0; i < k; i++) {
            for (int j = 0; j < k; j++) {
                s += pi[i] * p[i][j] * Math.abs(i - j);
            }
        }
        return s / (k - 1);
    }

    private static double[] initial(double[] initial, int k) {
        if (initial == null) {
            double[] u = new double[k];
            Arrays.fill(u, 1.0 / k);
            return u;
        }
        Args.sameLength("initial", initial.length, "p", k);
        Args.finite("initial", initial);
        return initial;
    }

    private static int square(double[][] p) {
        Args.notNull("p", p);
        int k = p.length;
        if (k == 0) {
            throw new IllegalArgumentException("p is empty");
        }
        for (int i = 0; i < k; i++) {
            if (Args.notNull("p[" + i + "]", p[i]).length != k) {
                throw new IllegalArgumentException("p must be square: row " + i + " has " + p[i].length
                        + " entries, expected " + k);
            }
            for (int j = 0; j < k; j++) {
                if (!Double.isFinite(p[i][j])) {
                    throw new IllegalArgumentException("p[" + i + "][" + j + "] is not finite: " + p[i][j]);
                }
            }
        }
        return k;
    }
}
