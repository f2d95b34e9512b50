package org.divide.core.spec;

import org.divide.core.internal.Checks;

/**
 * An output range {@code [lower, upper]} of a normalisation: a native score {@code t} in [0, 1]
 * becomes {@code t·(upper − lower) + lower}.
 *
 * @param lower the score of a native 0, finite
 * @param upper the score of a native 1, finite and {@code > lower}
 */
public record Range(double lower, double upper) {

    /** The native range [0, 1]. */
    public static final Range UNIT = new Range(0, 1);

    /** The range [0, 100], COINr's default for min-max and scaling. */
    public static final Range PERCENT = new Range(0, 100);

    /**
     * Validates.
     *
     * @throws IllegalArgumentException if an end is not finite or the range does not increase
     */
    public Range {
        Checks.finite("Range.lower", lower);
        Checks.finite("Range.upper", upper);
        if (!(upper > lower)) {
            throw new IllegalArgumentException("Range: output range must increase: [" + lower + ", " + upper + "]");
        }
    }

    /**
     * The range {@code [lower, upper]}.
     *
     * @param lower the score of a native 0
     * @param upper the score of a native 1
     * @return the range
     */
    public static Range of(double lower, double upper) {
        return new Range(lower, upper);
    }
}
