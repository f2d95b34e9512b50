package org.divide.metrics.inference;

/**
 * How a bootstrap confidence interval is read from the replicates θ*_1 … θ*_B, at level 1 − α.
 *
 * <p>Efron, B. (1987). Better bootstrap confidence intervals. Journal of the American Statistical
 * Association 82(397), 171–185. doi:10.1080/01621459.1987.10478410; Efron, B. and Tibshirani, R. J.
 * (1993). An Introduction to the Bootstrap, chapters 13–14. Chapman &amp; Hall.
 */
public enum IntervalMethod {

    /**
     * Percentile interval [Q(α/2), Q(1 − α/2)], with Q the type 7 quantile (R's default, numpy's
     * "linear") of the replicates and the levels computed as R's {@code boot.ci} does,
     * (1 ∓ confidence)/2.
     */
    PERCENTILE,

    /**
     * Bias-corrected and accelerated interval [Q(α_1), Q(α_2)] with
     * α_{1,2} = Φ(z_0 + (z_0 + z_{α/2, 1−α/2}) / (1 − a (z_0 + z_{α/2, 1−α/2}))), where
     * z_0 = Φ⁻¹((#{θ*_b &lt; θ̂} + ½ #{θ*_b = θ̂}) / B) is the bias correction (ties counted half, so
     * a statistic with a discrete distribution such as the median is not biased by them; without
     * ties this is the z_0 of R's {@code boot} and SciPy) and a = Σ d_i³ / (6 (Σ d_i²)^{3/2}),
     * d_i = θ̄_(·) − θ_(i), is the acceleration from the jackknife values θ_(i).
     *
     * <p>Falls back to {@link #PERCENTILE} (and the result says so) when z_0 is infinite (every
     * replicate on one side of θ̂) or 1 − a (z_0 + z) ≤ 0 (an acceleration so large that the
     * adjusted levels are undefined). When all jackknife values are equal the acceleration is 0.
     */
    BCA
}
