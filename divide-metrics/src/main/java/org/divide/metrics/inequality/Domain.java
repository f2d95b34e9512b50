package org.divide.metrics.inequality;

/**
 * The values a {@link Measure} is defined for ({@link Measure#domain()}), as in the reference
 * tools (R ineq and Stata ineqdec0 for GE(2) and the CV, which accept negative values and zeros).
 * Values outside the domain are rejected, or dropped under a {@link NonPositivePolicy}; a
 * {@code NaN} is handled by the {@link NaNPolicy}; an infinite value is always rejected.
 *
 * <table>
 *   <caption>Domains of the measures</caption>
 *   <tr><th>Domain</th><th>Measures</th></tr>
 *   <tr><td>{@link #POSITIVE}</td><td>MLD (GE(0)), GE(α &lt; 0), Atkinson(ε ≥ 1), EDE(ε ≥ 1), variance of logs</td></tr>
 *   <tr><td>{@link #NON_NEGATIVE}</td><td>Theil T, GE(α &gt; 0) other than GE(2), Atkinson(ε &lt; 1),
 *       EDE(ε &lt; 1), Herfindahl, Rosenbluth</td></tr>
 *   <tr><td>{@link #POSITIVE_MEAN}</td><td>Gini, GE(2), coefficient of variation, Hoover, share ratios
 *       (Palma, S80/S20), Wolfson</td></tr>
 *   <tr><td>{@link #ANY}</td><td>Kolm (an absolute measure, translation invariant)</td></tr>
 * </table>
 */
public enum Domain {

    /** Finite values {@code > 0}: the measure takes logarithms or negative powers of x. */
    POSITIVE("x > 0"),

    /** Finite values {@code >= 0}: the measure takes x ln x or fractional powers of x. */
    NON_NEGATIVE("x >= 0"),

    /**
     * Any finite values, negatives and zeros included; the measure is a ratio to the mean and is
     * {@code NaN} unless the weighted mean is {@code > 0}.
     */
    POSITIVE_MEAN("any finite x with mean > 0"),

    /** Any finite values, whatever their mean. */
    ANY("any finite x");

    private final String rule;

    Domain(String rule) {
        this.rule = rule;
    }

    /** @return whether negative values (and zeros) belong to the domain */
    public boolean admitsNegative() {
        return this == POSITIVE_MEAN || this == ANY;
    }

    /**
     * @param x a value
     * @return whether the finite value x belongs to the domain (the mean condition aside)
     */
    public boolean admits(double x) {
        return Double.isFinite(x) && (admitsNegative() || x > 0 || x == 0 && this == NON_NEGATIVE);
    }

    /** @return the rule in words, such as {@code "x > 0"} */
    public String rule() {
        return rule;
    }
}
