package org.divide.metrics.inequality;

import java.util.Objects;

/**
 * Equally distributed equivalent EDE(ε) = μ(1 − A(ε)) of the {@link Atkinson} index (PySAL's
 * {@code Atkinson(...).EDE}): the income which, given to everyone, yields the same social welfare;
 * in the units of x. The constant itself for constant data.
 *
 * <p>Cost: O(n), as {@link Atkinson}. Reference: A. B. Atkinson (1970), JET 2(3), 244–263,
 * doi:10.1016/0022-0531(70)90039-6.
 *
 * @param epsilon the inequality aversion ε, any finite value
 * @param options the options
 */
public record EquallyDistributedEquivalent(double epsilon, InequalityOptions options) implements Measure {

    /**
     * @throws IllegalArgumentException if ε is not finite
     */
    public EquallyDistributedEquivalent {
        Entropy.finite("epsilon", epsilon);
        Objects.requireNonNull(options, "options");
    }

    /**
     * EDE(ε) with the default options.
     *
     * @param epsilon the inequality aversion ε, any finite value
     * @throws IllegalArgumentException if ε is not finite
     */
    public EquallyDistributedEquivalent(double epsilon) {
        this(epsilon, InequalityOptions.withDefaults());
    }

    /** @return "EDE(ε)" */
    @Override
    public Domain domain() {
        return Entropy.atkinsonDomain(epsilon);
    }

    @Override
    public String name() {
        return "EDE(" + Entropy.format(epsilon) + ")";
    }

    @Override
    public EquallyDistributedEquivalent withOptions(InequalityOptions value) {
        return new EquallyDistributedEquivalent(epsilon, value);
    }

    @Override
    public Estimate evaluate(double[] x, double[] w) {
        return Entropy.equallyDistributedEquivalent(x, w, epsilon, options);
    }

    @Override
    public String toString() {
        return name();
    }
}
