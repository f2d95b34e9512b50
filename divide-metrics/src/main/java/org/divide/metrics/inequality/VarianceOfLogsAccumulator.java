package org.divide.metrics.inequality;

import org.divide.metrics.internal.numeric.Logarithm;

/**
 * Streaming, mergeable variance of logarithms (population unless the options ask for a
 * small-sample correction). See {@link Inequality#varianceOfLogs(double[], double[])}. Not
 * thread-safe: give each thread its own accumulator and combine them.
 */
public final class VarianceOfLogsAccumulator extends StreamingAccumulator<VarianceOfLogsAccumulator> {

    private final SmallSampleCorrection correction;
    private final ShiftedMoments moments = new ShiftedMoments(Double.NaN);

    private VarianceOfLogsAccumulator(InequalityOptions options) {
        super(new ValuePolicy(Dispersion.VARIANCE_OF_LOGS, Domain.POSITIVE, options));
        this.correction = options.smallSampleCorrection();
    }

    /** @return an empty accumulator with default options */
    public static VarianceOfLogsAccumulator create() {
        return create(InequalityOptions.withDefaults());
    }

    /**
     * @param options the data policies and the small-sample correction
     * @return an empty accumulator
     */
    public static VarianceOfLogsAccumulator create(InequalityOptions options) {
        return new VarianceOfLogsAccumulator(options);
    }

    /** @return the variance of ln x of the values accepted so far; {@code NaN} when empty */
    @Override
    public double getAsDouble() {
        return moments.weight() == 0 && moments.count() == 0 ? Double.NaN : moments.variance(correction, true);
    }

    /** @return the total weight of the values accepted so far */
    @Override
    public double totalWeight() {
        return moments.weight();
    }

    @Override
    void add(double x, double w) {
        moments.add(Logarithm.ln(x), w);
    }

    @Override
    void merge(VarianceOfLogsAccumulator other) {
        moments.add(other.moments);
    }

    @Override
    VarianceOfLogsAccumulator self() {
        return this;
    }
}
