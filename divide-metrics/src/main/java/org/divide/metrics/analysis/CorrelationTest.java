package org.divide.metrics.analysis;

/**
 * A correlation coefficient with its test of zero correlation.
 *
 * @param r the coefficient ({@code NaN} with fewer than 3 complete pairs or a constant column)
 * @param p the two-sided p-value of {@code t = r √(n − 2) / √(1 − r²)} on {@code n − 2} degrees
 *     of freedom (R's {@code cor.test}; for Spearman its {@code exact = FALSE} form)
 * @param n the number of complete pairs
 */
public record CorrelationTest(double r, double p, int n) {
}
