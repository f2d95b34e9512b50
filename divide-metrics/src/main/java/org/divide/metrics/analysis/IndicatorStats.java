package org.divide.metrics.analysis;

/**
 * The statistics of one column, as a row of COINr's {@code get_stats} (unrounded). Shares use the
 * number of present values {@code nAvail} as denominator, except the availability share, which uses
 * the number of economies {@code n}.
 *
 * @param code             the indicator or node code
 * @param min              the smallest present value
 * @param max              the largest present value
 * @param mean             the mean of the present values
 * @param median           their median
 * @param sd               their sample standard deviation (divisor {@code nAvail − 1})
 * @param skewness         their sample skewness G1 ({@code NaN} below 3 values)
 * @param kurtosis         their sample excess kurtosis G2 ({@code NaN} below 4 values)
 * @param available        {@code nAvail}, the number of present values
 * @param nonZero          the number of present values other than 0
 * @param unique           the number of distinct present values
 * @param same             the largest number of present values sharing one value
 * @param availableShare   {@code nAvail / n}
 * @param nonZeroShare     {@code nonZero / nAvail}
 * @param uniqueShare      {@code unique / nAvail}
 * @param sameShare        {@code same / nAvail}
 * @param lowAvailability  flag: {@code availableShare < t_avail} (COINr's {@code Flag.Avail = "LOW"})
 * @param lowNonZero       flag: {@code nonZero / n < t_zero} (COINr's {@code Flag.NonZero}; note
 *     the denominator {@code n})
 * @param lowUnique        flag: {@code unique / n < t_unq} (COINr's {@code Flag.Unique})
 * @param outliers         flag: {@code |skewness| > t_skew} and {@code kurtosis > t_kurt} (COINr's
 *     {@code Flag.SkewKurt = "OUT"}; strict, where the treatment's check uses ≥)
 */
public record IndicatorStats(String code, double min, double max, double mean, double median, double sd,
        double skewness, double kurtosis, int available, int nonZero, int unique, int same, double availableShare,
        double nonZeroShare, double uniqueShare, double sameShare, boolean lowAvailability, boolean lowNonZero,
        boolean lowUnique, boolean outliers) {
}
