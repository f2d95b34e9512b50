package org.divide.metrics.inequality;

/**
 * What a measure defined only for non-negative or positive values does with values outside
 * its domain.
 *
 * <p>The policy applies to the generalised entropy family (Theil T, MLD, GE(α)), Atkinson(ε),
 * the variance of logarithms and the share-based concentration indices. Their domains are:
 * <ul>
 *   <li>{@code x ≥ 0}: GE(α) for α &gt; 0 (Theil T keeps zeros in the mean, with
 *       0·ln 0 = 0), Atkinson(ε) for ε &lt; 1, Herfindahl and Rosenbluth;</li>
 *   <li>{@code x > 0}: MLD, GE(α) for α ≤ 0, Atkinson(ε) for ε ≥ 1 and the variance of
 *       logarithms.</li>
 * </ul>
 * Every other measure (Gini, CV, Hoover, Kolm, the Lorenz-curve measures, the concentration
 * index) accepts any finite value and ignores this policy.
 */
public enum NonPositivePolicy {

    /**
     * Throw {@link IllegalArgumentException} naming the first value outside the domain:
     * {@code "x[4] is zero (MLD requires x > 0)"}. The default.
     */
    REJECT,

    /**
     * Remove the observations outside the domain (with their weights) and count them;
     * {@link Estimate#droppedNonPositive()} reports how many. Zeros stay where the domain
     * includes them (Theil T, GE(α &gt; 0), Atkinson(ε &lt; 1)).
     */
    DROP,

    /**
     * Remove every observation with {@code x ≤ 0} before computing, zeros included even where
     * the measure is defined at zero, and count them. This is the convention of R's ineq,
     * dineq and convey for Theil T (zeros dropped before the mean is taken) and of Stata's
     * ineqdeco.
     */
    DROP_NON_POSITIVE,

    /**
     * Keep zeros and return the limiting value where the measure diverges: MLD and GE(α ≤ 0)
     * become {@code +∞}, Atkinson(ε ≥ 1) becomes 1, the variance of logarithms {@code +∞}
     * (the values R's ineq returns). Negative values still throw.
     */
    LIMIT
}
