package org.divide.spark;

import java.util.Collections;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The sum-based measures of one pass (see {@link MeasureSet}), equal to the single-machine
 * values of {@link org.divide.metrics.inequality.Inequality} up to rounding (about 1e-15
 * relative).
 *
 * @param observations           the number of values kept by the CV (every finite value)
 * @param skippedNaN             the number of missing ({@code NaN} or {@code null}) values skipped
 * @param mean                   the weighted mean μ
 * @param coefficientOfVariation σ/μ (population σ unless the options ask for a correction)
 * @param generalizedEntropy     GE(α) by α (Theil T at 1, MLD at 0), in ascending order; copied
 * @param atkinson               Atkinson(ε) by ε, in ascending order; copied
 */
public record Summary(long observations, int skippedNaN, double mean, double coefficientOfVariation,
        SortedMap<Double, Double> generalizedEntropy, SortedMap<Double, Double> atkinson) {

    /** Copies the maps. */
    public Summary {
        generalizedEntropy = Collections.unmodifiableSortedMap(new TreeMap<>(generalizedEntropy));
        atkinson = Collections.unmodifiableSortedMap(new TreeMap<>(atkinson));
    }

    /**
     * @param alpha a parameter of the measure set
     * @return GE(α)
     * @throws IllegalArgumentException if GE(α) was not computed
     */
    public double generalizedEntropy(double alpha) {
        Double v = generalizedEntropy.get(alpha);
        if (v == null) {
            throw new IllegalArgumentException("GE(" + alpha + ") was not computed; alphas: " + generalizedEntropy.keySet());
        }
        return v;
    }

    /**
     * @param epsilon a parameter of the measure set
     * @return Atkinson(ε)
     * @throws IllegalArgumentException if Atkinson(ε) was not computed
     */
    public double atkinson(double epsilon) {
        Double v = atkinson.get(epsilon);
        if (v == null) {
            throw new IllegalArgumentException("Atkinson(" + epsilon + ") was not computed; epsilons: " + atkinson.keySet());
        }
        return v;
    }
}
