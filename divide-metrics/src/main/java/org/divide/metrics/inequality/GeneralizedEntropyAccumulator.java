package org.divide.metrics.inequality;

/**
 * Streaming, mergeable generalised entropy index GE(α), including Theil T (α = 1) and the mean
 * log deviation (α = 0). O(1) memory; one pass; {@link #combine} merges partial results exactly
 * (up to rounding), so
 * <pre>{@code
 * double t = DoubleStream.of(x).parallel().collect(GeneralizedEntropyAccumulator::theilT,
 *         GeneralizedEntropyAccumulator::accept, GeneralizedEntropyAccumulator::combine).getAsDouble();
 * }</pre>
 * gives the same value as {@link Inequality#theilT(double[])} to about 1e-15.
 *
 * <p>The accumulator keeps compensated sums of u = x/c with c the first positive value (see
 * {@link Inequality#generalizedEntropy(double[], double[], double)} for the definitions and the
 * treatment of zeros). Values are validated as they arrive, under the data policies of the
 * options. Not thread-safe: give each thread its own accumulator and combine them.
 */
public final class GeneralizedEntropyAccumulator extends StreamingAccumulator<GeneralizedEntropyAccumulator> {

    private final double alpha;
    private final EntropySums sums;

    private GeneralizedEntropyAccumulator(double alpha, InequalityOptions options) {
        super(new ValuePolicy(Entropy.geName(Entropy.finite("alpha", alpha)), Entropy.geDomain(alpha), options));
        this.alpha = alpha;
        this.sums = EntropySums.generalizedEntropy(alpha, Double.NaN);
    }

    /**
     * @param alpha the parameter, any finite value
     * @return an empty GE(α) accumulator with default options
     * @throws IllegalArgumentException if α is not finite
     */
    public static GeneralizedEntropyAccumulator create(double alpha) {
        return create(alpha, InequalityOptions.withDefaults());
    }

    /**
     * @param alpha   the parameter, any finite value
     * @param options the data policies
     * @return an empty GE(α) accumulator
     * @throws IllegalArgumentException if α is not finite
     */
    public static GeneralizedEntropyAccumulator create(double alpha, InequalityOptions options) {
        return new GeneralizedEntropyAccumulator(alpha, options);
    }

    /** @return an empty Theil T (GE(1)) accumulator with default options */
    public static GeneralizedEntropyAccumulator theilT() {
        return create(1);
    }

    /** @return an empty mean log deviation (GE(0)) accumulator with default options */
    public static GeneralizedEntropyAccumulator meanLogDeviation() {
        return create(0);
    }

    /** @return GE(α) of the values accepted so far; {@code NaN} when empty or the mean is 0 */
    @Override
    public double getAsDouble() {
        return sums.weight() == 0 ? Double.NaN : sums.generalizedEntropy();
    }

    /** @return the weighted mean of the values accepted so far */
    public double mean() {
        return sums.mean();
    }

    /** @return the total weight of the values accepted so far */
    @Override
    public double totalWeight() {
        return sums.weight();
    }

    /** @return the parameter α */
    public double alpha() {
        return alpha;
    }

    /** @return the sums (for {@link GroupedEntropyAccumulator#combine(int, GeneralizedEntropyAccumulator)}) */
    EntropySums sums() {
        return sums;
    }

    @Override
    void add(double x, double w) {
        sums.add(x, w);
    }

    @Override
    void merge(GeneralizedEntropyAccumulator other) {
        sums.add(other.sums);
    }

    @Override
    GeneralizedEntropyAccumulator self() {
        return this;
    }
}
