package org.divide.metrics.dynamics;

import java.util.Arrays;
import java.util.Objects;

/**
 * σ-convergence: a dispersion measure per year, its optional bootstrap band, and the trend of the
 * dispersion over the years (see {@link SigmaConvergence}).
 *
 * @param measure      the measure's name
 * @param years        the years, ascending (copied)
 * @param values       the measure per year, {@code NaN} when fewer than two economies have a value (copied)
 * @param observations the economies used per year (copied)
 * @param skipped      the economies skipped per year for a missing value or weight (copied)
 * @param lower        the lower bootstrap bound per year, {@code NaN} without bootstrap (copied)
 * @param upper        the upper bootstrap bound per year, {@code NaN} without bootstrap (copied)
 * @param trend        the OLS trend of the values on the year (years with a value)
 * @param alpha        the significance level of the verdict
 * @param verdict      closing, widening or no significant trend
 */
public record SigmaConvergenceResult(String measure, int[] years, double[] values, int[] observations, int[] skipped,
        double[] lower, double[] upper, TrendFit trend, double alpha, Verdict verdict) {

    /**
     * Checks and copies.
     *
     * @throws IllegalArgumentException if the arrays do not all have the length of {@code years}
     */
    public SigmaConvergenceResult {
        Objects.requireNonNull(measure, "measure");
        Objects.requireNonNull(trend, "trend");
        Objects.requireNonNull(verdict, "verdict");
        years = years.clone();
        values = values.clone();
        observations = observations.clone();
        skipped = skipped.clone();
        lower = lower.clone();
        upper = upper.clone();
        int n = years.length;
        if (values.length != n || observations.length != n || skipped.length != n || lower.length != n
                || upper.length != n) {
            throw new IllegalArgumentException("every per-year array must hold " + n + " values");
        }
    }

    /** @return a copy of the years */
    @Override
    public int[] years() {
        return years.clone();
    }

    /** @return a copy of the values */
    @Override
    public double[] values() {
        return values.clone();
    }

    /** @return a copy of the counts of economies used */
    @Override
    public int[] observations() {
        return observations.clone();
    }

    /** @return a copy of the counts of economies skipped */
    @Override
    public int[] skipped() {
        return skipped.clone();
    }

    /** @return a copy of the lower bounds */
    @Override
    public double[] lower() {
        return lower.clone();
    }

    /** @return a copy of the upper bounds */
    @Override
    public double[] upper() {
        return upper.clone();
    }

    /**
     * Compares every component, arrays by content.
     *
     * @param o the other object
     * @return whether equal
     */
    @Override
    public boolean equals(Object o) {
        return o instanceof SigmaConvergenceResult r && measure.equals(r.measure) && Arrays.equals(years, r.years)
                && Arrays.equals(values, r.values) && Arrays.equals(observations, r.observations)
                && Arrays.equals(skipped, r.skipped) && Arrays.equals(lower, r.lower)
                && Arrays.equals(upper, r.upper) && trend.equals(r.trend) && Double.compare(alpha, r.alpha) == 0
                && verdict == r.verdict;
    }

    /** @return a hash of the components */
    @Override
    public int hashCode() {
        return Objects.hash(measure, trend, alpha, verdict) * 31 + Arrays.hashCode(values);
    }

    /** @return a one-line summary */
    @Override
    public String toString() {
        return "SigmaConvergenceResult[measure=" + measure + ", years=" + years.length + ", slope=" + trend.slope()
                + ", p=" + trend.p() + ", verdict=" + verdict + "]";
    }
}
