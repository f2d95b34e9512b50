package org.divide.metrics.inequality;

/**
 * The value of a measure together with what the data policies did to the input.
 *
 * @param value              the value of the measure
 * @param observations       the number of observations used
 * @param skippedNaN         the number of {@code NaN} values skipped under {@link NaNPolicy#SKIP}
 * @param droppedNonPositive the number of values dropped under {@link NonPositivePolicy#DROP}
 *                           or {@link NonPositivePolicy#DROP_NON_POSITIVE}
 */
public record Estimate(double value, int observations, int skippedNaN, int droppedNonPositive) {

    /**
     * Checks the counts.
     *
     * @throws IllegalArgumentException if a count is negative
     */
    public Estimate {
        if (observations < 0 || skippedNaN < 0 || droppedNonPositive < 0) {
            throw new IllegalArgumentException("counts must be >= 0: observations=" + observations
                    + ", skippedNaN=" + skippedNaN + ", droppedNonPositive=" + droppedNonPositive);
        }
    }
}
