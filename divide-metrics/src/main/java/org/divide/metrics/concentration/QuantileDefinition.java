package org.divide.metrics.concentration;

/**
 * How a sample quantile is defined. Both definitions reduce, for an unweighted sample, to one of the
 * nine types of Hyndman and Fan (1996) as implemented by R's {@code quantile()}, and both are
 * invariant to the scale of the weights; a unit of weight 0 has no influence.
 *
 * <p>Hyndman, R. J. and Fan, Y. (1996). Sample quantiles in statistical packages. The American
 * Statistician 50(4), 361–365. doi:10.1080/00031305.1996.10473566
 */
public enum QuantileDefinition {

    /**
     * R's default {@code quantile(type = 7)}: with x_(1) ≤ … ≤ x_(n), index h = 1 + (n − 1)p,
     * Q(p) = (1 − g)·x_(⌊h⌋) + g·x_(⌈h⌉) with g = h − ⌊h⌋ (the arithmetic of R, so the result is
     * identical to R's). Unweighted, Q(0) is the minimum and Q(1) the maximum.
     *
     * <p>Weighted: the generalisation of Akinshin (2023). With normalised cumulative weights
     * t_i = C_i / W in sorted order and Kish's effective sample size n* = (Σw)² / Σw², let
     * h = (n* − 1)p + 1 and let F be the distribution function of the uniform law on
     * [(h − 1)/n*, h/n*]; then Q(p) = Σ_i [F(t_i) − F(t_(i−1))]·x_(i). With equal positive weights
     * this is type 7 exactly (the method then uses the unweighted arithmetic). With unequal weights
     * the window at p = 0 and p = 1 spans more than one unit, so Q(0) and Q(1) are weighted averages
     * of the lowest and highest values rather than the extremes.
     *
     * <p>Akinshin, A. (2023). Weighted quantile estimators. arXiv:2304.07265.
     * doi:10.48550/arXiv.2304.07265
     */
    TYPE_7,

    /**
     * The inverse of the (weighted) empirical distribution function, Q(p) = min{x_i : w_i &gt; 0,
     * F_w(x_i) ≥ p} with F_w(x) = Σ_{x_j ≤ x} w_j / W; R's {@code quantile(type = 1)} when
     * unweighted, the {@code survey}/{@code convey} definition and numpy's
     * {@code quantile(method = "inverted_cdf", weights = w)} when weighted. Q(0) is the smallest
     * value of positive weight.
     */
    INVERTED_CDF
}
