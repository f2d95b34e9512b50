package org.divide.metrics.inequality;

import java.util.Objects;

/**
 * Rosenbluth (Hall–Tideman) index 1/(2Σ i·s_(i) − 1) with shares ranked in descending order,
 * which equals 1/(n(1 − G)); weights count as frequencies (n = W). 1/n for constant data.
 * Requires x ≥ 0.
 *
 * <p>Cost: one sort, O(n) (radix sort of the IEEE-754 bits). Reference: M. Hall and N. Tideman
 * (1967), Measures of concentration, JASA 62(317), 162–168, doi:10.1080/01621459.1967.10482897.
 *
 * @param options the options
 */
public record Rosenbluth(InequalityOptions options) implements Measure {

    static final Rosenbluth DEFAULT = new Rosenbluth(InequalityOptions.withDefaults());

    /**
     * @throws NullPointerException if the options are {@code null}
     */
    public Rosenbluth {
        Objects.requireNonNull(options, "options");
    }

    @Override
    public Domain domain() {
        return Domain.NON_NEGATIVE;
    }

    @Override
    public String name() {
        return Dispersion.ROSENBLUTH;
    }

    @Override
    public Rosenbluth withOptions(InequalityOptions value) {
        return new Rosenbluth(value);
    }

    @Override
    public Estimate evaluate(double[] x, double[] w) {
        return Dispersion.rosenbluth(x, w, options);
    }

    @Override
    public String toString() {
        return name();
    }
}
