package org.divide.metrics.dynamics;

import org.divide.metrics.internal.column.Args;

/**
 * A straight line fitted by ordinary least squares, y = a + b·t, with the inference of R's
 * {@code summary(lm(y ~ t))}: the slope's standard error se(b) = σ̂ / √Σ(t_i − t̄)² with
 * σ̂² = Σ e_i² / (n − 2), t = b / se(b), and the two-sided p-value 2·P(T_{n−2} &gt; |t|).
 *
 * <p>With two points the line passes through both and the standard error, t and p are
 * {@code NaN}; with fewer than two points (or all at one t) every field but the count is
 * {@code NaN}.
 *
 * @param slope                  b, per unit of t (per year)
 * @param standardError          se(b)
 * @param t                      b / se(b)
 * @param p                      the two-sided p-value of b = 0
 * @param intercept              a, the value at t = 0
 * @param interceptStandardError se(a)
 * @param rSquared               R² = 1 − Σ e_i² / Σ (y_i − ȳ)²
 * @param observations           n, the number of points used
 */
public record TrendFit(double slope, double standardError, double t, double p, double intercept,
        double interceptStandardError, double rSquared, int observations) {

    /**
     * Fits the line through the points whose y is not {@code NaN}.
     *
     * @param t the abscissae (years); not modified
     * @param y the ordinates, {@code NaN} = missing; not modified
     * @return the fit
     * @throws IllegalArgumentException if the arrays are {@code null} or of different lengths
     */
    public static TrendFit of(double[] t, double[] y) {
        Args.notNull("t", t);
        Args.notNull("y", y);
        Args.sameLength("y", y.length, "t", t.length);
        int n = 0;
        for (double v : y) {
            if (!Double.isNaN(v)) {
                n++;
            }
        }
        double[] ys = new double[n];
        double[][] xs = new double[n][1];
        int m = 0;
        for (int i = 0; i < y.length; i++) {
            if (!Double.isNaN(y[i])) {
                ys[m] = y[i];
                xs[m++][0] = t[i];
            }
        }
        if (n < 2 || constant(xs)) {
            return new TrendFit(Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, n);
        }
        Ols f = Ols.fit(ys, xs, null);
        return new TrendFit(f.coefficients[1], f.standardErrors[1], f.t[1], f.p[1], f.coefficients[0],
                f.standardErrors[0], f.rSquared, n);
    }

    private static boolean constant(double[][] xs) {
        for (double[] row : xs) {
            if (row[0] != xs[0][0]) {
                return false;
            }
        }
        return true;
    }
}
