package org.divide.spark;

import org.divide.metrics.inequality.LorenzCurve;

/**
 * What one global sort gives: the Gini coefficient, the Lorenz curve on a grid, the Palma ratio
 * and S80/S20, each equal to the single-machine value of
 * {@link org.divide.metrics.inequality.Inequality} to about 1e-15 relative.
 *
 * @param gini         G = ΣΣ w_i w_j |x_i − x_j| / (2W²μ); {@code NaN} when μ ≤ 0
 * @param curve        the exact Lorenz ordinates L(k/m), k = 0..m, of the linearly interpolated,
 *                     population-weighted Lorenz curve ({@code curve.share(p)} interpolates between them)
 * @param palma        (1 − L(0.9))/L(0.4)
 * @param s80s20       (1 − L(0.8))/L(0.2)
 * @param observations the number of rows sorted
 */
public record LorenzResult(double gini, LorenzCurve curve, double palma, double s80s20, long observations) {
}
