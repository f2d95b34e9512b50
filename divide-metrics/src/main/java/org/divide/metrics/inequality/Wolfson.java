package org.divide.metrics.inequality;

import java.util.Objects;

/**
 * Wolfson (1994) bipolarisation index P = 2(2T − G)·μ/m with T = 0.5 − L(0.5) on the
 * interpolated Lorenz curve and m the (weighted) median; 0 for constant data, {@code NaN} when
 * μ ≤ 0 or m ≤ 0. PySAL's {@code wolfson} is P/2 and dineq's {@code polar.wtd} uses another T:
 * see {@link WolfsonConvention} in the options.
 *
 * <p>Cost: one radix sort of the IEEE-754 bits and one pass. Reference: M. C. Wolfson (1994),
 * When inequalities diverge, AER 84(2), 353–358.
 *
 * @param options the options
 */
public record Wolfson(InequalityOptions options) implements Measure {

    static final Wolfson DEFAULT = new Wolfson(InequalityOptions.withDefaults());

    /**
     * @throws NullPointerException if the options are {@code null}
     */
    public Wolfson {
        Objects.requireNonNull(options, "options");
    }

    @Override
    public Domain domain() {
        return Domain.POSITIVE_MEAN;
    }

    @Override
    public String name() {
        return LorenzMeasures.WOLFSON;
    }

    @Override
    public Wolfson withOptions(InequalityOptions value) {
        return new Wolfson(value);
    }

    @Override
    public Estimate evaluate(double[] x, double[] w) {
        return LorenzMeasures.wolfson(x, w, options);
    }

    @Override
    public String toString() {
        return name();
    }
}
