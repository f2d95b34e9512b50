package org.divide.metrics.inequality;

/**
 * Streaming, mergeable Atkinson index A(ε) and equally distributed equivalent μ(1 − A(ε)).
 * O(1) memory; one pass; {@link #combine} merges partial results exactly (up to rounding).
 * See {@link Inequality#atkinson(double[], double[], double)} for the definition and the
 * treatment of zeros. Not thread-safe: give each thread its own accumulator and combine them.
 */
public final class AtkinsonAccumulator extends StreamingAccumulator<AtkinsonAccumulator> {

    private final double epsilon;
    private final EntropySums sums;

    private AtkinsonAccumulator(double epsilon, InequalityOptions options) {
        super(new ValuePolicy(Entropy.atkinsonName(Entropy.finite("epsilon", epsilon)), Entropy.atkinsonDomain(epsilon),
                options));
        this.epsilon = epsilon;
        this.sums = EntropySums.atkinson(epsilon, Double.NaN);
    }

    /**
     * @param epsilon the inequality aversion, any finite value
     * @return an empty accumulator with default options
     * @throws IllegalArgumentException if ε is not finite
     */
    public static AtkinsonAccumulator create(double epsilon) {
        return create(epsilon, InequalityOptions.withDefaults());
    }

    /**
     * @param epsilon the inequality aversion, any finite value
     * @param options the data policies
     * @return an empty accumulator
     * @throws IllegalArgumentException if ε is not finite
     */
    public static AtkinsonAccumulator create(double epsilon, InequalityOptions options) {
        return new AtkinsonAccumulator(epsilon, options);
    }

    /** @return A(ε) of the values accepted so far; {@code NaN} when empty or the mean is 0 */
    @Override
    public double getAsDouble() {
        return sums.weight() == 0 ? Double.NaN : sums.atkinson();
    }

    /** @return the equally distributed equivalent μ(1 − A(ε)) */
    public double equallyDistributedEquivalent() {
        return sums.mean() * (1 - getAsDouble());
    }

    /** @return the weighted mean of the values accepted so far */
    public double mean() {
        return sums.mean();
    }

    /** @return the parameter ε */
    public double epsilon() {
        return epsilon;
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
    void merge(AtkinsonAccumulator other) {
        sums.add(other.sums);
    }

    @Override
    AtkinsonAccumulator self() {
        return this;
    }
}
