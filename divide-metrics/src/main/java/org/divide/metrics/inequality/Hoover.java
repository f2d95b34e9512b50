package org.divide.metrics.inequality;

import java.util.Objects;

/**
 * Hoover index (Ricci–Schutz, Pietra, relative mean deviation / 2) Σ w_i |x_i − μ|/(2Wμ): the
 * share of the total that would have to move to reach equality, and the largest vertical gap
 * between the Lorenz curve and the diagonal. 0 for constant data; {@code NaN} when μ ≤ 0.
 *
 * <p>Cost: O(n), two passes. Reference: E. M. Hoover (1936), The measurement of industrial
 * localization, Review of Economics and Statistics 18(4), 162–171, doi:10.2307/1927875.
 *
 * @param options the options
 */
public record Hoover(InequalityOptions options) implements Measure {

    static final Hoover DEFAULT = new Hoover(InequalityOptions.withDefaults());

    /**
     * @throws NullPointerException if the options are {@code null}
     */
    public Hoover {
        Objects.requireNonNull(options, "options");
    }

    @Override
    public Domain domain() {
        return Domain.POSITIVE_MEAN;
    }

    @Override
    public String name() {
        return Dispersion.HOOVER;
    }

    @Override
    public Hoover withOptions(InequalityOptions value) {
        return new Hoover(value);
    }

    @Override
    public Estimate evaluate(double[] x, double[] w) {
        return Dispersion.hoover(x, w, options);
    }

    @Override
    public String toString() {
        return name();
    }
}
