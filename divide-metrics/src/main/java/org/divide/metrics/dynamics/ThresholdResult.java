package org.divide.metrics.dynamics;

import java.util.Arrays;
import java.util.Objects;

/**
 * Per year, how many economies and how much of the population are at or above a threshold (see
 * {@link Thresholds}).
 *
 * @param threshold       the threshold
 * @param years           the years (copied)
 * @param covered         the economies with a value per year (copied)
 * @param above           the economies with a value ≥ the threshold per year (copied)
 * @param economyShare    above / covered per year, {@code NaN} when none is covered (copied)
 * @param populationShare the population of the economies at or above the threshold over the
 *                        population of the covered economies with a population, per year;
 *                        {@code NaN} without population data (copied)
 */
public record ThresholdResult(double threshold, int[] years, int[] covered, int[] above, double[] economyShare,
        double[] populationShare) {

    /**
     * Checks and copies.
     *
     * @throws IllegalArgumentException if the arrays differ in length
     */
    public ThresholdResult {
        years = years.clone();
        covered = covered.clone();
        above = above.clone();
        economyShare = economyShare.clone();
        populationShare = populationShare.clone();
        int n = years.length;
        if (covered.length != n || above.length != n || economyShare.length != n || populationShare.length != n) {
            throw new IllegalArgumentException("every per-year array must hold " + n + " values");
        }
    }

    /** @return a copy of the years */
    @Override
    public int[] years() {
        return years.clone();
    }

    /** @return a copy of the covered counts */
    @Override
    public int[] covered() {
        return covered.clone();
    }

    /** @return a copy of the counts at or above the threshold */
    @Override
    public int[] above() {
        return above.clone();
    }

    /** @return a copy of the economy shares */
    @Override
    public double[] economyShare() {
        return economyShare.clone();
    }

    /** @return a copy of the population shares */
    @Override
    public double[] populationShare() {
        return populationShare.clone();
    }

    /**
     * Compares every component, arrays by content.
     *
     * @param o the other object
     * @return whether equal
     */
    @Override
    public boolean equals(Object o) {
        return o instanceof ThresholdResult r && Double.compare(threshold, r.threshold) == 0
                && Arrays.equals(years, r.years) && Arrays.equals(covered, r.covered) && Arrays.equals(above, r.above)
                && Arrays.equals(economyShare, r.economyShare) && Arrays.equals(populationShare, r.populationShare);
    }

    /** @return a hash of the components */
    @Override
    public int hashCode() {
        return Objects.hash(threshold) * 31 + Arrays.hashCode(economyShare) + Arrays.hashCode(populationShare);
    }

    /** @return a short description */
    @Override
    public String toString() {
        return "ThresholdResult[threshold=" + threshold + ", years=" + Arrays.toString(years) + ", economyShare="
                + Arrays.toString(economyShare) + ", populationShare=" + Arrays.toString(populationShare) + "]";
    }
}
