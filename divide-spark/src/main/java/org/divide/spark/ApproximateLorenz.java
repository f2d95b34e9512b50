package org.divide.spark;

import org.divide.metrics.inequality.LorenzCurve;

/**
 * The approximate Lorenz curve from Spark's quantile sketch, with error bounds computed from
 * the data. Spark's {@code approxQuantile(x, p, ε)} (a Greenwald–Khanna summary, one pass, no
 * sort) gives bucket bounds b_1 ≤ … ≤ b_{m−1} whose exact ranks lie within ε·n of the requested
 * ranks p·n (unweighted); one aggregation pass then gives the exact Σw and Σwx of each bucket
 * {b_{j−1} &lt; x ≤ b_j}. The points (P_j, L_j) at the bucket edges are therefore exact points of the
 * true Lorenz curve (up to rounding of the sums); only their abscissae P_j are approximate
 * (within ε of j/m for unweighted data; for weighted data the buckets have about equal counts,
 * not equal weights). Between the points the curve is interpolated linearly; as the true curve
 * is convex with slope x/μ, the chord lies above it by at most ΔP_j·(max_j − min_j)/(4μ) on bucket
 * j, and the Gini coefficient from the points is a lower bound of the exact one, short by at most
 * Σ_j ΔP_j²·(max_j − min_j)/(4μ).
 *
 * @param curve          the exact Lorenz points at the bucket edges ({@code curve.share(p)} interpolates)
 * @param gini           the Gini coefficient of the points, 1 − Σ ΔP_j (L_j + L_{j−1}), a lower bound
 * @param giniError      the bound on exact Gini − {@code gini}
 * @param shareError     the bound on {@code curve.share(p)} − L(p), for every p
 * @param palma          (1 − L̂(0.9))/L̂(0.4) from the interpolated curve
 * @param s80s20         (1 − L̂(0.8))/L̂(0.2) from the interpolated curve
 * @param relativeError  the ε passed to {@code approxQuantile}
 * @param observations   the number of rows
 */
public record ApproximateLorenz(LorenzCurve curve, double gini, double giniError, double shareError, double palma,
        double s80s20, double relativeError, long observations) {
}
