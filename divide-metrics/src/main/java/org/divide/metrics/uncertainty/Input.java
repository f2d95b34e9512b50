package org.divide.metrics.uncertainty;

import java.util.function.DoubleUnaryOperator;

/**
 * An uncertain input of a {@link Model}: a name and a distribution, given as the map from a unit
 * uniform draw u ∈ [0, 1) to the input's value (the inverse cumulative distribution function).
 *
 * <ul>
 * <li>{@link #uniform(String, double, double) uniform(a, b)}: x = a + u (b − a), so x ~ U(a, b);</li>
 * <li>{@link #choice(String, int) choice(k)}: one of k alternatives with equal probability, the index
 * x = ⌊u k⌋ ∈ {0, …, k − 1} passed to the model as a {@code double} (COINr's discrete
 * distribution, equal bins of [0, 1));</li>
 * <li>{@link #inverseCdf(String, DoubleUnaryOperator) inverseCdf(F⁻¹)}: any distribution, x = F⁻¹(u)
 * with u ∈ (0, 1) — u = 0 is replaced by 2⁻⁵³ so that unbounded distributions stay finite.</li>
 * </ul>
 *
 * <p>An input that cannot vary — {@code uniform(a, a)} or {@code choice(1)} — is
 * {@linkplain #isConstant() constant}: its Sobol indices are 0 by definition, and the analysis does
 * not evaluate the model on its A_B matrix.
 *
 * <p>Instances are immutable and thread-safe when the inverse CDF is.
 */
public final class Input {

    /** The smallest u handed to a user's inverse CDF, 2⁻⁵³. */
    static final double SMALLEST_U = 0x1.0p-53;

    private enum Kind { UNIFORM, CHOICE, CUSTOM }

    private final String name;
    private final Kind kind;
    private final double lower;
    private final double upper;
    private final int choices;
    private final DoubleUnaryOperator quantile;

    private Input(String name, Kind kind, double lower, double upper, int choices, DoubleUnaryOperator quantile) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("input name is null or blank: " + name);
        }
        this.name = name;
        this.kind = kind;
        this.lower = lower;
        this.upper = upper;
        this.choices = choices;
        this.quantile = quantile;
    }

    /**
     * Returns a uniform input on [lower, upper]: x = lower + u (upper − lower).
     *
     * @param name  the input's name, not blank
     * @param lower a, finite
     * @param upper b, finite, at least a (a = b gives a constant input)
     * @return the input
     * @throws IllegalArgumentException for a blank name, bounds not finite or upper &lt; lower
     */
    public static Input uniform(String name, double lower, double upper) {
        if (!Double.isFinite(lower) || !Double.isFinite(upper) || upper < lower) {
            throw new IllegalArgumentException("input " + name + ": bounds must be finite with lower <= upper: ["
                    + lower + ", " + upper + "]");
        }
        return new Input(name, Kind.UNIFORM, lower, upper, 0, null);
    }

    /**
     * Returns a choice among {@code count} alternatives, each with probability 1/k: the model
     * receives the index ⌊u k⌋ ∈ {0, …, k − 1}.
     *
     * @param name  the input's name, not blank
     * @param count k, at least 1 (1 gives a constant input)
     * @return the input
     * @throws IllegalArgumentException for a blank name or {@code count < 1}
     */
    public static Input choice(String name, int count) {
        if (count < 1) {
            throw new IllegalArgumentException("input " + name + ": the number of choices must be >= 1: " + count);
        }
        return new Input(name, Kind.CHOICE, 0, count - 1, count, null);
    }

    /**
     * Returns an input with any distribution, given by its inverse cumulative distribution
     * function (for example {@code u -> new NormalDistribution(0, 1).inverseCumulativeProbability(u)}
     * from commons-math3). The function receives u ∈ (0, 1) and must return a finite value.
     *
     * @param name     the input's name, not blank
     * @param quantile F⁻¹, thread-safe and deterministic
     * @return the input
     * @throws IllegalArgumentException for a blank name or a {@code null} function
     */
    public static Input inverseCdf(String name, DoubleUnaryOperator quantile) {
        if (quantile == null) {
            throw new IllegalArgumentException("input " + name + ": the inverse CDF is null");
        }
        return new Input(name, Kind.CUSTOM, Double.NaN, Double.NaN, 0, quantile);
    }

    /**
     * Returns the name.
     *
     * @return the name
     */
    public String name() {
        return name;
    }

    /**
     * Returns the number of alternatives of a choice input, or 0 for a continuous one.
     *
     * @return k or 0
     */
    public int choices() {
        return choices;
    }

    /**
     * Returns whether the input cannot vary: a choice among one alternative or a uniform
     * distribution with equal bounds. A user-defined distribution is never taken as constant.
     *
     * @return {@code true} if every u maps to the same value
     */
    public boolean isConstant() {
        return kind != Kind.CUSTOM && lower == upper;
    }

    /**
     * Maps a unit draw to the input's value.
     *
     * @param u a draw in [0, 1)
     * @return the value x = F⁻¹(u)
     * @throws IllegalArgumentException if u is outside [0, 1) or a user's inverse CDF returns a
     *                                  value that is not finite
     */
    public double value(double u) {
        if (!(u >= 0 && u < 1)) {
            throw new IllegalArgumentException("input " + name + ": u must be in [0, 1): " + u);
        }
        switch (kind) {
            case UNIFORM:
                return lower + u * (upper - lower);
            case CHOICE:
                return Math.min((int) (u * choices), choices - 1);
            default:
                double x = quantile.applyAsDouble(Math.max(u, SMALLEST_U));
                if (!Double.isFinite(x)) {
                    throw new IllegalArgumentException("input " + name + ": the inverse CDF maps u = " + u
                            + " to " + x);
                }
                return x;
        }
    }

    /**
     * Describes the input.
     *
     * @return the name and distribution
     */
    @Override
    public String toString() {
        switch (kind) {
            case UNIFORM:
                return name + " ~ U(" + lower + ", " + upper + ")";
            case CHOICE:
                return name + " ~ choice(" + choices + ")";
            default:
                return name + " ~ F^-1";
        }
    }
}
