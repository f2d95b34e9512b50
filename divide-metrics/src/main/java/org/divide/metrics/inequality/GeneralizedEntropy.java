package org.divide.metrics.inequality;

import java.util.Objects;

/**
 * Generalised entropy GE(α) = [Σ p_i (x_i/μ)^α − 1]/(α(α − 1)) for α ∉ {0, 1}, with the limits
 * Theil L, the mean log deviation MLD = GE(0) = Σ p_i ln(μ/x_i), and Theil T = GE(1) =
 * Σ p_i (x_i/μ) ln(x_i/μ); GE(2) = CV²/2 with the population variance (p_i = w_i/W).
 *
 * <p>Domain ({@link #domain()}): for α = 2 any finite values with a positive mean, negative values
 * and zeros included, as R's ineq and Stata's ineqdec0 ({@code NaN} when μ ≤ 0); otherwise values
 * must be {@code >= 0} for α &gt; 0 (Theil T keeps zeros in μ with 0·ln 0 = 0) and {@code > 0}
 * for α ≤ 0, unless a {@link NonPositivePolicy} says otherwise. 0 for constant data and for one
 * observation (as ineq). Finite and correct at any magnitude of the values and weights (values
 * and weights are rescaled by exact powers of two where a sum would overflow or underflow).
 * The formula subtracts 1 before dividing by α(α − 1), so within about 1e-4 of α = 0 or α = 1
 * the relative accuracy falls to about 1e-16/|α(α − 1)|; use the limits themselves there.
 * Decomposes exactly into within and between groups.
 *
 * <p>Cost: O(n), one validating pass for μ plus one pass of compensated sums, chunked and run on
 * the common fork-join pool for long arrays. Streaming: {@link GeneralizedEntropyAccumulator}.
 *
 * <p>References: H. Theil (1967), Economics and Information Theory; A. F. Shorrocks (1980),
 * Econometrica 48(3), 613–625, doi:10.2307/1913126.
 *
 * @param alpha   the parameter α, any finite value
 * @param options the options
 */
public record GeneralizedEntropy(double alpha, InequalityOptions options) implements Decomposable,
        SumBasedMeasure<GeneralizedEntropyAccumulator> {

    private static final GeneralizedEntropy THEIL_T = new GeneralizedEntropy(1);
    private static final GeneralizedEntropy THEIL_L = new GeneralizedEntropy(0);

    /**
     * @throws IllegalArgumentException if α is not finite
     */
    public GeneralizedEntropy {
        Entropy.finite("alpha", alpha);
        Objects.requireNonNull(options, "options");
    }

    /**
     * GE(α) with the default options.
     *
     * @param alpha the parameter α, any finite value
     * @throws IllegalArgumentException if α is not finite
     */
    public GeneralizedEntropy(double alpha) {
        this(alpha, InequalityOptions.withDefaults());
    }

    /** @return Theil T = GE(1) with the default options */
    public static GeneralizedEntropy theilT() {
        return THEIL_T;
    }

    /** @return Theil L (MLD) = GE(0) with the default options */
    public static GeneralizedEntropy theilL() {
        return THEIL_L;
    }

    /** @return "Theil T", "MLD" or "GE(α)" */
    @Override
    public Domain domain() {
        return Entropy.geDomain(alpha);
    }

    @Override
    public String name() {
        return Entropy.geName(alpha);
    }

    @Override
    public GeneralizedEntropy withOptions(InequalityOptions value) {
        return new GeneralizedEntropy(alpha, value);
    }

    @Override
    public Estimate evaluate(double[] x, double[] w) {
        return Entropy.generalizedEntropy(x, w, alpha, options);
    }

    @Override
    public Decomposition decompose(double[] x, double[] w, String[] groups) {
        return Decomposer.generalizedEntropy(alpha, x, w, groups, options);
    }

    @Override
    public Decomposition decompose(double[] x, double[] w, int[] groups) {
        return Decomposer.generalizedEntropy(alpha, x, w, groups, options);
    }

    @Override
    public GeneralizedEntropyAccumulator accumulator() {
        return GeneralizedEntropyAccumulator.create(alpha, options);
    }

    @Override
    public String toString() {
        return name();
    }
}
