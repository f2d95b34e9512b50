package org.divide.metrics.inequality;

import java.util.Objects;

/**
 * Variance of logarithms Σ p_i (ln x_i − m)², m = Σ p_i ln x_i, p_i = w_i/W (population; dineq
 * and Hmisc use the frequency correction W/(W − 1), {@link SmallSampleCorrection#FREQUENCY}).
 * Requires x &gt; 0 unless a {@link NonPositivePolicy} says otherwise; 0 for constant data.
 *
 * <p>Cost: O(n), one validating pass plus one pass. Streaming: {@link VarianceOfLogsAccumulator}.
 * Reference: F. A. Cowell (2011), Measuring Inequality, 3rd ed., Oxford University Press,
 * doi:10.1093/acprof:osobl/9780199594030.001.0001.
 *
 * @param options the options
 */
public record VarianceOfLogs(InequalityOptions options)
        implements SumBasedMeasure<VarianceOfLogsAccumulator> {

    static final VarianceOfLogs DEFAULT = new VarianceOfLogs(InequalityOptions.withDefaults());

    /**
     * @throws NullPointerException if the options are {@code null}
     */
    public VarianceOfLogs {
        Objects.requireNonNull(options, "options");
    }

    @Override
    public Domain domain() {
        return Domain.POSITIVE;
    }

    @Override
    public String name() {
        return Dispersion.VARIANCE_OF_LOGS;
    }

    @Override
    public VarianceOfLogs withOptions(InequalityOptions value) {
        return new VarianceOfLogs(value);
    }

    @Override
    public Estimate evaluate(double[] x, double[] w) {
        return Dispersion.varianceOfLogs(x, w, options);
    }

    @Override
    public VarianceOfLogsAccumulator accumulator() {
        return VarianceOfLogsAccumulator.create(options);
    }

    @Override
    public String toString() {
        return name();
    }
}
