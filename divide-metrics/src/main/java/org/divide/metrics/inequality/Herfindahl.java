package org.divide.metrics.inequality;

import java.util.Objects;

/**
 * Herfindahl(–Hirschman) index Σ w_i (x_i/T)², T = Σ w_i x_i, the sum of squared shares (R ineq
 * {@code Herfindahl}); weights count as frequencies. Between 1/n and 1 for x ≥ 0; 1/n for
 * constant data; {@code NaN} when the total is 0. Requires x ≥ 0.
 *
 * <p>This is the one HHI of the library: {@code concentration.Concentration.hhi} rescales it
 * (×10 000, normalised). Cost: O(n). Reference: O. C. Herfindahl (1950), Concentration in the
 * U.S. steel industry, PhD thesis, Columbia University; A. O. Hirschman (1964), The paternity of
 * an index, AER 54(5), 761.
 *
 * @param options the options
 */
public record Herfindahl(InequalityOptions options) implements Measure {

    static final Herfindahl DEFAULT = new Herfindahl(InequalityOptions.withDefaults());

    /**
     * @throws NullPointerException if the options are {@code null}
     */
    public Herfindahl {
        Objects.requireNonNull(options, "options");
    }

    @Override
    public Domain domain() {
        return Domain.NON_NEGATIVE;
    }

    @Override
    public String name() {
        return Dispersion.HERFINDAHL;
    }

    @Override
    public Herfindahl withOptions(InequalityOptions value) {
        return new Herfindahl(value);
    }

    @Override
    public Estimate evaluate(double[] x, double[] w) {
        return Dispersion.herfindahl(x, w, options);
    }

    @Override
    public String toString() {
        return name();
    }
}
