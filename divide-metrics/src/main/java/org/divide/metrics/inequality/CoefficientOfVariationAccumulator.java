package org.divide.metrics.inequality;

/**
 * Streaming, mergeable coefficient of variation σ/μ (population σ unless the options ask for
 * a small-sample correction), by the shifted-data algorithm with the first value as shift.
 * See {@link Inequality#coefficientOfVariation(double[], double[])}. Not thread-safe: give each
 * thread its own accumulator and combine them.
 */
public final class CoefficientOfVariationAccumulator extends StreamingAccumulator<CoefficientOfVariationAccumulator> {

    private final SmallSampleCorrection correction;
    private final ShiftedMoments moments = new ShiftedMoments(Double.NaN);

    private CoefficientOfVariationAccumulator(InequalityOptions options) {
        super(new ValuePolicy(Dispersion.CV, Domain.POSITIVE_MEAN, options));
        this.correction = options.smallSampleCorrection();
    }

    /** @return an empty accumulator with default options */
    public static CoefficientOfVariationAccumulator create() {
        return create(InequalityOptions.withDefaults());
    }

    /**
     * @param options the data policies and the small-sample correction
     * @return an empty accumulator
     */
    public static CoefficientOfVariationAccumulator create(InequalityOptions options) {
        return new CoefficientOfVariationAccumulator(options);
    }

    /** @return σ/μ of the values accepted so far; {@code NaN} when empty or μ ≤ 0 */
    @Override
    public double getAsDouble() {
        return moments.coefficientOfVariation(correction, true);
    }

    /** @return the weighted mean of the values accepted so far */
    public double mean() {
        return moments.mean();
    }

    /**
     * @return the (corrected) variance of the values accepted so far, in the squared units of the
     *         values: it overflows to infinity for values beyond about 1e154 (the CV, {@link
     *         #getAsDouble()}, stays finite at any magnitude)
     */
    public double variance() {
        return moments.variance(correction, true);
    }

    /** @return the total weight of the values accepted so far */
    @Override
    public double totalWeight() {
        return moments.weight();
    }

    @Override
    void add(double x, double w) {
        moments.add(x, w);
    }

    @Override
    void merge(CoefficientOfVariationAccumulator other) {
        moments.add(other.moments);
    }

    @Override
    CoefficientOfVariationAccumulator self() {
        return this;
    }
}
