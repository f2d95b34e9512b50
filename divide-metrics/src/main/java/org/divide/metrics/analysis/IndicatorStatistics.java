package org.divide.metrics.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.divide.metrics.composite.Stage;
import org.divide.metrics.internal.column.NanStats;

/**
 * Statistics and flags of every column of a data set, as COINr's {@code get_stats} (defaults
 * {@code t_skew = 2}, {@code t_kurt = 3.5}, {@code t_avail = 0.65}, {@code t_zero = 0.5},
 * {@code t_unq = 0.5}; see {@link IndicatorStats} for the definitions). The figures are not
 * rounded (COINr rounds to 3 significant digits). A column without any present value has
 * {@code NaN} statistics.
 *
 * <pre>{@code
 * List<IndicatorStats> table = IndicatorStatistics.coinr().of(result.raw());
 * }</pre>
 */
public final class IndicatorStatistics {

    private final double skew;
    private final double kurt;
    private final double avail;
    private final double zero;
    private final double unique;

    private IndicatorStatistics(double skew, double kurt, double avail, double zero, double unique) {
        this.skew = skew;
        this.kurt = kurt;
        this.avail = avail;
        this.zero = zero;
        this.unique = unique;
    }

    /**
     * COINr's thresholds.
     *
     * @return the statistics
     */
    public static IndicatorStatistics coinr() {
        return new IndicatorStatistics(2, 3.5, 0.65, 0.5, 0.5);
    }

    /**
     * Other thresholds.
     *
     * @param tSkew  the absolute skewness threshold
     * @param tKurt  the kurtosis threshold
     * @param tAvail the availability threshold, in [0, 1]
     * @param tZero  the non-zero threshold, in [0, 1]
     * @param tUnq   the unique-value threshold, in [0, 1]
     * @return the statistics
     */
    public IndicatorStatistics withThresholds(double tSkew, double tKurt, double tAvail, double tZero, double tUnq) {
        return new IndicatorStatistics(tSkew, tKurt, tAvail, tZero, tUnq);
    }

    /**
     * The statistics of every column of a data set.
     *
     * @param stage the data set
     * @return one row per column, in the data set's order
     */
    public List<IndicatorStats> of(Stage stage) {
        List<IndicatorStats> out = new ArrayList<>();
        for (String code : stage.codes()) {
            out.add(of(code, stage.column(code)));
        }
        return out;
    }

    /**
     * The statistics of one column.
     *
     * @param code the column's code
     * @param x    the values, {@code NaN} = missing (not modified)
     * @return the statistics
     */
    public IndicatorStats of(String code, double[] x) {
        int n = x.length;
        double[] v = NanStats.present(x);
        int m = v.length;
        Arrays.sort(v);
        int nonZero = 0;
        int distinct = 0;
        int same = 0;
        for (int i = 0; i < m; ) {
            int j = i;
            while (j < m && v[j] == v[i]) {
                j++;
            }
            distinct++;
            same = Math.max(same, j - i);
            if (v[i] != 0) {
                nonZero += j - i;
            }
            i = j;
        }
        double sk = NanStats.skewness(x);
        double ku = NanStats.kurtosis(x);
        return new IndicatorStats(code, NanStats.min(x), NanStats.max(x), NanStats.mean(x), NanStats.median(x),
                NanStats.sd(x), sk, ku, m, nonZero, distinct, same, (double) m / n, (double) nonZero / m,
                (double) distinct / m, (double) same / m, (double) m / n < avail, (double) nonZero / n < zero,
                (double) distinct / n < unique, Math.abs(sk) > skew && ku > kurt);
    }
}
