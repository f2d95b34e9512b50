package org.divide.metrics.inequality;

import java.util.Objects;

/**
 * Kolm's absolute index K(κ) = (1/κ) ln Σ p_i e^{κ(μ − x_i)}, p_i = w_i/W, in the units of x
 * (invariant to adding a constant, not to scaling: K_κ(c·x) = c·K_{cκ}(x)). Defined for any finite
 * values ({@link Domain#ANY}). Computed relative to the minimum, so no exponential overflows, and
 * by the scaling rule on values shifted by a power of two when their magnitude needs it; 0 for
 * constant data and one observation.
 *
 * <p>Overflow: when the true index exceeds the largest double (values spanning nearly the whole
 * range of {@code double}), {@link #compute} and the accumulator throw
 * {@link IllegalArgumentException} ("Kolm(κ) is not representable as a double: …").
 *
 * <p>Cost: O(n). Streaming: {@link KolmAccumulator}. Reference: S.-C. Kolm (1976), Unequal
 * inequalities I, JET 12(3), 416–442, doi:10.1016/0022-0531(76)90037-5.
 *
 * @param kappa   the parameter κ, finite and {@code > 0}
 * @param options the options
 */
public record Kolm(double kappa, InequalityOptions options) implements SumBasedMeasure<KolmAccumulator> {

    /**
     * @throws IllegalArgumentException if κ is not finite and positive
     */
    public Kolm {
        Dispersion.checkKappa(kappa);
        Objects.requireNonNull(options, "options");
    }

    /**
     * Kolm(κ) with the default options.
     *
     * @param kappa the parameter κ, finite and {@code > 0}
     * @throws IllegalArgumentException if κ is not finite and positive
     */
    public Kolm(double kappa) {
        this(kappa, InequalityOptions.withDefaults());
    }

    /** @return "Kolm(κ)" */
    @Override
    public Domain domain() {
        return Domain.ANY;
    }

    @Override
    public String name() {
        return Dispersion.kolmName(kappa);
    }

    @Override
    public Kolm withOptions(InequalityOptions value) {
        return new Kolm(kappa, value);
    }

    @Override
    public Estimate evaluate(double[] x, double[] w) {
        return Dispersion.kolm(x, w, kappa, options);
    }

    @Override
    public KolmAccumulator accumulator() {
        return KolmAccumulator.create(kappa, options);
    }

    @Override
    public String toString() {
        return name();
    }
}
