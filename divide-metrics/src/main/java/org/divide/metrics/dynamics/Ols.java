package org.divide.metrics.dynamics;

import java.util.Arrays;

import org.apache.commons.math3.distribution.TDistribution;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.linear.DecompositionSolver;
import org.apache.commons.math3.linear.LUDecomposition;
import org.apache.commons.math3.linear.SingularMatrixException;
import org.apache.commons.math3.stat.regression.OLSMultipleLinearRegression;

/**
 * (Weighted) least squares with an intercept, as R's {@code lm(y ~ X, weights = w)}: the rows are
 * scaled by √w_i and solved by Householder QR (commons-math3 {@link OLSMultipleLinearRegression}
 * without its own intercept, the √w_i column standing for it). Standard errors use
 * σ̂² = Σ w_i e_i² / (n − p); two-sided p-values come from Student's t with n − p degrees of
 * freedom; R² = 1 − Σ w_i e_i² / Σ w_i (y_i − ȳ_w)², the R² of R's {@code summary.lm}.
 */
final class Ols {

    /** Coefficients (intercept first), their standard errors, t and p values, and fit statistics. */
    final double[] coefficients;
    final double[] standardErrors;
    final double[] t;
    final double[] p;
    final double rSquared;
    final double adjustedRSquared;
    final double residualStandardError;
    final int degreesOfFreedom;

    private Ols(double[] coefficients, double[] standardErrors, double rss, double tss, int n) {
        int k = coefficients.length;
        this.coefficients = coefficients;
        this.standardErrors = standardErrors;
        this.degreesOfFreedom = n - k;
        this.t = new double[k];
        this.p = new double[k];
        TDistribution dist = degreesOfFreedom > 0 ? new TDistribution(null, degreesOfFreedom) : null;
        for (int j = 0; j < k; j++) {
            t[j] = coefficients[j] / standardErrors[j];
            p[j] = dist == null || Double.isNaN(t[j]) ? Double.NaN : 2 * dist.cumulativeProbability(-Math.abs(t[j]));
        }
        this.rSquared = tss > 0 ? 1 - rss / tss : Double.NaN;
        this.adjustedRSquared = degreesOfFreedom > 0 ? 1 - (1 - rSquared) * (n - 1) / degreesOfFreedom : Double.NaN;
        this.residualStandardError = degreesOfFreedom > 0 ? Math.sqrt(rss / degreesOfFreedom) : Double.NaN;
    }

    /**
     * Fits y on an intercept and the columns of x.
     *
     * @param y the responses, n values
     * @param x the regressors, {@code x[i]} the row of observation i (without the intercept)
     * @param w the weights, or {@code null}; all positive
     * @return the fit; standard errors are {@code NaN} when n equals the number of coefficients
     * @throws IllegalArgumentException if n is smaller than the number of coefficients or the
     *                                  design is singular (a regressor constant or collinear)
     */
    static Ols fit(double[] y, double[][] x, double[] w) {
        int n = y.length;
        int k = (n == 0 ? 0 : x[0].length) + 1;
        if (n < k) {
            throw new IllegalArgumentException("need at least " + k + " observations for " + k
                    + " coefficients, have " + n);
        }
        double[] ys = new double[n];
        double[][] xs = new double[n][k];
        double sw = 0;
        double swy = 0;
        for (int i = 0; i < n; i++) {
            double wi = w == null ? 1 : w[i];
            double r = Math.sqrt(wi);
            ys[i] = r * y[i];
            xs[i][0] = r;
            for (int j = 1; j < k; j++) {
                xs[i][j] = r * x[i][j - 1];
            }
            sw += wi;
            swy += wi * y[i];
        }
        double mean = swy / sw;
        double tss = 0;
        for (int i = 0; i < n; i++) {
            double d = y[i] - mean;
            tss += (w == null ? 1 : w[i]) * d * d;
        }
        if (n == k) {
            return exact(ys, xs, tss);
        }
        OLSMultipleLinearRegression r = new OLSMultipleLinearRegression(1e-13);
        r.setNoIntercept(true);
        r.newSampleData(ys, xs);
        try {
            return new Ols(r.estimateRegressionParameters(), r.estimateRegressionParametersStandardErrors(),
                    r.calculateResidualSumOfSquares(), tss, n);
        } catch (SingularMatrixException e) {
            throw new IllegalArgumentException("the regressors are collinear (a regressor is constant, "
                    + "or a group has no observation left)", e);
        }
    }

    private static Ols exact(double[] ys, double[][] xs, double tss) {
        int k = xs[0].length;
        double[][] a = new double[k][];
        for (int i = 0; i < k; i++) {
            a[i] = xs[i].clone();
        }
        DecompositionSolver s = new LUDecomposition(new Array2DRowRealMatrix(a, false)).getSolver();
        if (!s.isNonSingular()) {
            throw new IllegalArgumentException("the regressors are collinear");
        }
        double[] b = s.solve(new ArrayRealVector(ys, false)).toArray();
        double[] se = new double[k];
        Arrays.fill(se, Double.NaN);
        return new Ols(b, se, 0, tss, k);
    }
}
