package org.divide.metrics.inequality;

/**
 * Streaming, mergeable Kolm index K(κ) = (1/κ)·ln Σ p_i e^{κ(μ − x_i)}, kept relative to the
 * running minimum so that no exponential overflows. See
 * {@link Inequality#kolm(double[], double[], double)}. Not thread-safe: give each thread its own
 * accumulator and combine them.
 */
public final class KolmAccumulator extends StreamingAccumulator<KolmAccumulator> {

    private final double kappa;
    private final KolmSums sums;

    private KolmAccumulator(double kappa, InequalityOptions options) {
        super(new ValuePolicy(Dispersion.kolmName(kappa), Domain.ANY, options));
        Dispersion.checkKappa(kappa);
        this.kappa = kappa;
        this.sums = new KolmSums(kappa, Double.NaN);
    }

    /**
     * @param kappa the parameter, finite and {@code > 0}
     * @return an empty accumulator with default options
     * @throws IllegalArgumentException if κ is not finite and positive
     */
    public static KolmAccumulator create(double kappa) {
        return create(kappa, InequalityOptions.withDefaults());
    }

    /**
     * @param kappa   the parameter, finite and {@code > 0}
     * @param options the data policies
     * @return an empty accumulator
     * @throws IllegalArgumentException if κ is not finite and positive
     */
    public static KolmAccumulator create(double kappa, InequalityOptions options) {
        return new KolmAccumulator(kappa, options);
    }

    /** @return K(κ) of the values accepted so far (in the units of x); {@code NaN} when empty */
    @Override
    public double getAsDouble() {
        return sums.weight() == 0 ? Double.NaN : sums.value();
    }

    /** @return the parameter κ */
    public double kappa() {
        return kappa;
    }

    /** @return the total weight of the values accepted so far */
    @Override
    public double totalWeight() {
        return sums.weight();
    }

    @Override
    void add(double x, double w) {
        sums.add(x, w);
    }

    @Override
    void merge(KolmAccumulator other) {
        sums.add(other.sums);
    }

    @Override
    KolmAccumulator self() {
        return this;
    }
}
