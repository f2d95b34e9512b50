package org.divide.metrics.treat;

import org.divide.metrics.internal.column.Args;
import org.divide.metrics.internal.column.NanStats;

/**
 * The outlier check of COINr's {@code check_SkewKurt}: sample skewness G1 and sample excess
 * kurtosis G2 of the non-missing values (e1071 type 2, Excel's {@code SKEW} and {@code KURT}),
 *
 * <pre>
 *   d = x − x̄,  g1 = √n Σd³ / (Σd²)^{3/2},  G1 = g1 √(n(n−1)) / (n−2)
 *   r = n Σd⁴ / (Σd²)²,  G2 = ((n+1)(r−3) + 6)(n−1) / ((n−2)(n−3))
 * </pre>
 *
 * and the rule: a column <em>fails</em> (has outliers) only if {@code |G1| ≥ skewThreshold} AND
 * {@code G2 ≥ kurtThreshold} (COINr defaults 2 and 3.5). A column whose statistics cannot be
 * computed (fewer than four values, or constant: G1 or G2 is {@code NaN}) passes; COINr stops with
 * an error there and returns the column untreated.
 *
 * @param skewness      G1, {@code NaN} if fewer than three values or constant
 * @param kurtosis      G2, {@code NaN} if fewer than four values or constant
 * @param passes        {@code false} exactly when {@code |G1| ≥ skewThreshold} and
 *     {@code G2 ≥ kurtThreshold}
 */
public record SkewKurt(double skewness, double kurtosis, boolean passes) {

    /** COINr's default skewness threshold. */
    public static final double SKEW_THRESHOLD = 2;
    /** COINr's default (excess) kurtosis threshold. */
    public static final double KURT_THRESHOLD = 3.5;

    /**
     * Checks a column with COINr's thresholds (2 and 3.5).
     *
     * @param x the values, {@code NaN} = missing (not modified)
     * @return the statistics and the verdict
     */
    public static SkewKurt of(double[] x) {
        return of(x, SKEW_THRESHOLD, KURT_THRESHOLD);
    }

    /**
     * Checks a column.
     *
     * @param x             the values, {@code NaN} = missing (not modified)
     * @param skewThreshold the threshold for {@code |G1|}, {@code > 0}
     * @param kurtThreshold the threshold for {@code G2}, finite
     * @return the statistics and the verdict
     * @throws IllegalArgumentException if {@code x} is {@code null} or a threshold invalid
     */
    public static SkewKurt of(double[] x, double skewThreshold, double kurtThreshold) {
        Args.notNull("x", x);
        Args.positive("skew threshold", skewThreshold);
        Args.finite("kurtosis threshold", kurtThreshold);
        double[] sk = NanStats.skewnessAndKurtosis(x);
        double s = sk[0];
        double k = sk[1];
        return new SkewKurt(s, k, !(Math.abs(s) >= skewThreshold && k >= kurtThreshold));
    }
}
