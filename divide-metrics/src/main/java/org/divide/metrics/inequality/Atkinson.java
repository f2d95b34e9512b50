package org.divide.metrics.inequality;

import java.util.Objects;

/**
 * Atkinson index A(ε) = 1 − [Σ p_i (x_i/μ)^{1−ε}]^{1/(1−ε)} for ε ≠ 1, and
 * A(1) = 1 − exp(Σ p_i ln x_i)/μ = 1 − exp(−MLD), with p_i = w_i/W.
 *
 * <p>Any finite ε (ε &lt; 0 gives A ≤ 0). Values must be {@code >= 0} for ε &lt; 1 and
 * {@code > 0} for ε ≥ 1, unless a {@link NonPositivePolicy} says otherwise. 0 for constant data;
 * {@code NaN} when μ ≤ 0.
 *
 * <p>Cost: O(n), as {@link GeneralizedEntropy}. Streaming: {@link AtkinsonAccumulator}.
 *
 * <p>Reference: A. B. Atkinson (1970), On the measurement of inequality, JET 2(3), 244–263,
 * doi:10.1016/0022-0531(70)90039-6.
 *
 * @param epsilon the inequality aversion ε, any finite value
 * @param options the options
 */
public record Atkinson(double epsilon, InequalityOptions options)
        implements SumBasedMeasure<AtkinsonAccumulator> {

    /**
     * @throws IllegalArgumentException if ε is not finite
     */
    public Atkinson {
        Entropy.finite("epsilon", epsilon);
        Objects.requireNonNull(options, "options");
    }

    /**
     * Atkinson(ε) with the default options.
     *
     * @param epsilon the inequality aversion ε, any finite value
     * @throws IllegalArgumentException if ε is not finite
     */
    public Atkinson(double epsilon) {
        this(epsilon, InequalityOptions.withDefaults());
    }

    /** @return "Atkinson(ε)" */
    @Override
    public Domain domain() {
        return Entropy.atkinsonDomain(epsilon);
    }

    @Override
    public String name() {
        return Entropy.atkinsonName(epsilon);
    }

    @Override
    public Atkinson withOptions(InequalityOptions value) {
        return new Atkinson(epsilon, value);
    }

    @Override
    public Estimate evaluate(double[] x, double[] w) {
        return Entropy.atkinson(x, w, epsilon, options);
    }

    @Override
    public AtkinsonAccumulator accumulator() {
        return AtkinsonAccumulator.create(epsilon, options);
    }

    @Override
    public String toString() {
        return name();
    }
}
