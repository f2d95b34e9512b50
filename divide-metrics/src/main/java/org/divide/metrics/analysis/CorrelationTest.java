package org.divide.metrics.analysis;

/**
 * A correlation coefficient with its test of zero correlation.
 *
 * @param r the coefficient ({@code NaN} with fewer than 3 complete pairs or a constant column)
 * @param p the two-sided p-value as R's {@code cor.test} computes it by default: Pearson from
 *     {@code t = r √(n − 2) / √(1 − r²)} on {@code n − 2} degrees of freedom; Spearman exactly for
 *     n ≤ 9, by the AS 89 Edgeworth series up to 1 290 pairs, else (or with ties) by the t form
 * @param n the number of complete pairs
 */
public record CorrelationTest(double r, double p, int n) {
}
