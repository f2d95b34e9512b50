package org.divide.metrics.inequality;

import java.util.Objects;

/**
 * Coefficient of variation σ/μ with the population σ = √(Σ p_i (x_i − μ)²), p_i = w_i/W (R ineq
 * {@code var.coeff}); the {@link SmallSampleCorrection} of the options applies to the variance.
 * 0 for constant data; {@code NaN} when μ ≤ 0.
 *
 * <p>Cost: O(n), one validating pass plus one pass of shifted compensated moments. Streaming:
 * {@link CoefficientOfVariationAccumulator}. Reference: R ineq, A. Zeileis (2014), ineq:
 * Measuring Inequality, Concentration, and Poverty, R package.
 *
 * @param options the options
 */
public record CoefficientOfVariation(InequalityOptions options)
        implements SumBasedMeasure<CoefficientOfVariationAccumulator> {

    static final CoefficientOfVariation DEFAULT = new CoefficientOfVariation(InequalityOptions.withDefaults());

    /**
     * @throws NullPointerException if the options are {@code null}
     */
    public CoefficientOfVariation {
        Objects.requireNonNull(options, "options");
    }

    @Override
    public Domain domain() {
        return Domain.POSITIVE_MEAN;
    }

    @Override
    public String name() {
        return Dispersion.CV;
    }

    @Override
    public CoefficientOfVariation withOptions(InequalityOptions value) {
        return new CoefficientOfVariation(value);
    }

    @Override
    public Estimate evaluate(double[] x, double[] w) {
        return Dispersion.coefficientOfVariation(x, w, options);
    }

    @Override
    public CoefficientOfVariationAccumulator accumulator() {
        return CoefficientOfVariationAccumulator.create(options);
    }

    @Override
    public String toString() {
        return name();
    }
}
