package org.divide.metrics.deprivation;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * The Alkire–Foster measures of a set of units at one poverty cut-off k; shares are of the total
 * population weight P = Σ p_i of the units used.
 *
 * @param dimensions   the dimensions' names, in order
 * @param k            the poverty cut-off, a share of the total weight, in (0, 1]
 * @param units        the number of units used (complete values and weight)
 * @param population   P, their total weight
 * @param headcount    H = Σ_{poor} p_i / P
 * @param intensity    A = Σ_{poor} p_i c_i / Σ_{poor} p_i, the mean deprivation score of the poor
 *                     ({@code NaN} when nobody is poor)
 * @param m0           M0 = H·A = Σ_i p_i c_i(k) / P, the adjusted headcount ratio
 * @param m1           M1, the adjusted poverty gap (mean weighted normalised gap of the poor's
 *                     deprivations), {@code NaN} when the data are not cardinal
 * @param m2           M2, the adjusted squared poverty gap, {@code NaN} when not cardinal
 * @param uncensored   per dimension, the share of the population deprived in it (copied)
 * @param censored     per dimension, the share of the population poor and deprived in it (copied)
 * @param contribution per dimension, w_j × censored_j / M0 (sums to 1; {@code NaN} when M0 = 0) (copied)
 * @param scores       per unit of the input, its deprivation score c_i (the weighted share of
 *                     dimensions in which it is deprived), {@code NaN} when left out (copied)
 * @param poor         per unit of the input, whether c_i ≥ k (false when left out) (copied)
 * @param excluded     the indexes of the units left out for a missing value or weight
 */
public record DeprivationResult(List<String> dimensions, double k, int units, double population, double headcount,
        double intensity, double m0, double m1, double m2, double[] uncensored, double[] censored,
        double[] contribution, double[] scores, boolean[] poor, List<Integer> excluded) {

    /** Copies the arrays and lists. */
    public DeprivationResult {
        dimensions = List.copyOf(dimensions);
        uncensored = uncensored.clone();
        censored = censored.clone();
        contribution = contribution.clone();
        scores = scores.clone();
        poor = poor.clone();
        excluded = List.copyOf(excluded);
    }

    /** @return a copy of the uncensored headcount ratios */
    @Override
    public double[] uncensored() {
        return uncensored.clone();
    }

    /** @return a copy of the censored headcount ratios */
    @Override
    public double[] censored() {
        return censored.clone();
    }

    /** @return a copy of the contributions of the dimensions */
    @Override
    public double[] contribution() {
        return contribution.clone();
    }

    /** @return a copy of the deprivation scores */
    @Override
    public double[] scores() {
        return scores.clone();
    }

    /** @return a copy of the identification of the poor */
    @Override
    public boolean[] poor() {
        return poor.clone();
    }

    /**
     * Compares every component, arrays by content.
     *
     * @param o the other object
     * @return whether equal
     */
    @Override
    public boolean equals(Object o) {
        return o instanceof DeprivationResult r && dimensions.equals(r.dimensions) && k == r.k && units == r.units
                && population == r.population && Objects.equals(headcount, r.headcount)
                && Objects.equals(intensity, r.intensity) && Objects.equals(m0, r.m0) && Objects.equals(m1, r.m1)
                && Objects.equals(m2, r.m2) && Arrays.equals(uncensored, r.uncensored)
                && Arrays.equals(censored, r.censored) && Arrays.equals(contribution, r.contribution)
                && Arrays.equals(scores, r.scores) && Arrays.equals(poor, r.poor) && excluded.equals(r.excluded);
    }

    /** @return a hash of the main figures */
    @Override
    public int hashCode() {
        return Objects.hash(dimensions, k, units, headcount, intensity, m0) * 31 + Arrays.hashCode(scores);
    }

    /** @return the main figures */
    @Override
    public String toString() {
        return "DeprivationResult[k=" + k + ", units=" + units + ", H=" + headcount + ", A=" + intensity + ", M0="
                + m0 + ", M1=" + m1 + ", M2=" + m2 + "]";
    }
}
