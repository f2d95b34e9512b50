package org.divide.metrics.scenario;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

import org.divide.metrics.dynamics.BetaConvergenceResult;
import org.divide.metrics.internal.numeric.Matrices;

/**
 * A projection of the divide under one scenario ({@link DivideProjection}): the sample, who was left
 * out and why, the trend of every economy, the β estimate of the β scenario, and one row per year —
 * the observed years of the window in which every economy of the sample has a value, then every
 * projected year up to the horizon — with the values and weights behind each row.
 *
 * @param scenario       the scenario
 * @param options        the options
 * @param sample         the economy codes of the sample, in input order
 * @param leftOut        the economies left out, with the reason, in input order
 * @param filled         the gaps filled by interpolation ({@link ProjectionOptions#fillGaps()}), "CODE YEAR"
 * @param skippedYears   the years of the window not reported, because an economy of the sample has no value
 *                       (or no weight) in them
 * @param lastYears      T_i, each sample economy's last observed year (the projection counts from it)
 * @param growth         g_i, each sample economy's trend growth over the window
 * @param beta           the β estimate of the β scenario, {@code null} for the others
 * @param betaFrom       the first year of the β regression (0 unless β)
 * @param betaTo         the last year of the β regression (0 unless β)
 * @param rows           one row per reported year, ascending
 * @param values         values[r][i], the value of sample economy i in row r
 * @param weights        weights[r][i], its weight, or {@code null} when unweighted
 * @param groups         the group of each sample economy, or {@code null}
 */
public record ProjectionResult(Scenario scenario, ProjectionOptions options, List<String> sample,
        List<LeftOut> leftOut, List<String> filled, List<Integer> skippedYears, int[] lastYears, double[] growth,
        BetaConvergenceResult beta, int betaFrom, int betaTo, List<ProjectionRow> rows, double[][] values,
        double[][] weights, String[] groups) {

    /** Copies the lists and arrays. */
    public ProjectionResult {
        sample = List.copyOf(sample);
        leftOut = List.copyOf(leftOut);
        filled = List.copyOf(filled);
        skippedYears = List.copyOf(skippedYears);
        lastYears = lastYears.clone();
        growth = growth.clone();
        rows = List.copyOf(rows);
        values = Matrices.copy(values);
        weights = weights == null ? null : Matrices.copy(weights);
        groups = groups == null ? null : groups.clone();
    }

    /**
     * The values behind one year's row.
     *
     * @param year a reported year
     * @return the values of the sample economies in that year (a copy)
     * @throws IllegalArgumentException if the year is not reported
     */
    public double[] values(int year) {
        return values[row(year)].clone();
    }

    /**
     * The weights behind one year's row.
     *
     * @param year a reported year
     * @return the weights of the sample economies in that year (a copy), or {@code null} when unweighted
     * @throws IllegalArgumentException if the year is not reported
     */
    public double[] weights(int year) {
        int r = row(year);
        return weights == null ? null : weights[r].clone();
    }

    /**
     * The row of one year.
     *
     * @param year a reported year
     * @return its row
     * @throws IllegalArgumentException if the year is not reported
     */
    public ProjectionRow rowOf(int year) {
        return rows.get(row(year));
    }

    private int row(int year) {
        for (int r = 0; r < rows.size(); r++) {
            if (rows.get(r).year() == year) {
                return r;
            }
        }
        throw new IllegalArgumentException("year " + year + " is not reported; the rows are " + rows.stream()
                .map(ProjectionRow::year).toList());
    }

    /** {@return a copy of the last observed years} */
    @Override
    public int[] lastYears() {
        return lastYears.clone();
    }

    /** {@return a copy of the trend growth rates} */
    @Override
    public double[] growth() {
        return growth.clone();
    }

    /** {@return a copy of the values} */
    @Override
    public double[][] values() {
        return Matrices.copy(values);
    }

    /** {@return a copy of the weights, or {@code null}} */
    @Override
    public double[][] weights() {
        return weights == null ? null : Matrices.copy(weights);
    }

    /** {@return a copy of the groups, or {@code null}} */
    @Override
    public String[] groups() {
        return groups == null ? null : groups.clone();
    }

    /**
     * Compares every component, arrays by content.
     *
     * @param o the other object
     * @return whether equal
     */
    @Override
    public boolean equals(Object o) {
        return o instanceof ProjectionResult r && scenario.equals(r.scenario) && options.equals(r.options)
                && sample.equals(r.sample) && leftOut.equals(r.leftOut) && filled.equals(r.filled)
                && skippedYears.equals(r.skippedYears)
                && Arrays.equals(lastYears, r.lastYears) && Arrays.equals(growth, r.growth)
                && Objects.equals(beta, r.beta) && betaFrom == r.betaFrom && betaTo == r.betaTo && rows.equals(r.rows)
                && Arrays.deepEquals(values, r.values) && Arrays.deepEquals(weights, r.weights)
                && Arrays.equals(groups, r.groups);
    }

    /** @return a hash of the main components */
    @Override
    public int hashCode() {
        return Objects.hash(scenario, sample, rows);
    }

    /** @return a one-line summary */
    @Override
    public String toString() {
        return "ProjectionResult[" + scenario.name() + ", " + sample.size() + " economies, " + leftOut.size()
                + " left out, " + rows.size() + " rows]";
    }
}
