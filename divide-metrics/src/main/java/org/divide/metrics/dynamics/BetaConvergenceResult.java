package org.divide.metrics.dynamics;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * The result of a β-convergence regression (see {@link BetaConvergence}): the slope β of the
 * annualised growth rate on the log initial level, its inference, the fit, the implied speed of
 * convergence and half-life, and, when conditional, the group effects.
 *
 * @param beta                   β, the coefficient of ln x_{i,0}; negative means poorer economies grew faster
 * @param standardError          se(β)
 * @param t                      β / se(β)
 * @param p                      the two-sided p-value of β = 0 (Student's t, n − p degrees of freedom)
 * @param intercept              the constant (of the baseline group when conditional)
 * @param interceptStandardError its standard error
 * @param rSquared               R² (weighted when weights are given, as R's {@code summary.lm})
 * @param adjustedRSquared       1 − (1 − R²)(n − 1)/(n − p)
 * @param residualStandardError  σ̂ = √(Σ w_i e_i² / (n − p))
 * @param observations           n, the economies used
 * @param excludedMissing        economies left out for a missing value at either end, a missing
 *                               weight or no group
 * @param excludedNonPositive    economies left out for a value ≤ 0 at either end (no logarithm)
 * @param span                   T, the length of the period in years
 * @param speed                  λ = −ln(1 + βT)/T; {@code NaN} when 1 + βT ≤ 0
 * @param halfLife               ln 2 / λ in years when λ &gt; 0, else {@code NaN}
 * @param baselineGroup          the group without a dummy (the first label), or {@code null} when unconditional
 * @param groupLabels            the groups with a dummy, in label order (empty when unconditional)
 * @param groupEffects           the dummy coefficients, aligned with {@code groupLabels} (copied)
 * @param groupStandardErrors    their standard errors (copied)
 * @param groupP                 their two-sided p-values (copied)
 */
public record BetaConvergenceResult(double beta, double standardError, double t, double p, double intercept,
        double interceptStandardError, double rSquared, double adjustedRSquared, double residualStandardError,
        int observations, int excludedMissing, int excludedNonPositive, double span, double speed, double halfLife,
        String baselineGroup, List<String> groupLabels, double[] groupEffects, double[] groupStandardErrors,
        double[] groupP) {

    /**
     * Copies the lists and arrays.
     *
     * @throws IllegalArgumentException if the group arrays do not match the labels
     */
    public BetaConvergenceResult {
        groupLabels = List.copyOf(groupLabels);
        groupEffects = groupEffects.clone();
        groupStandardErrors = groupStandardErrors.clone();
        groupP = groupP.clone();
        int g = groupLabels.size();
        if (groupEffects.length != g || groupStandardErrors.length != g || groupP.length != g) {
            throw new IllegalArgumentException("group arrays must hold " + g + " values");
        }
    }

    /** @return a copy of the dummy coefficients */
    @Override
    public double[] groupEffects() {
        return groupEffects.clone();
    }

    /** @return a copy of their standard errors */
    @Override
    public double[] groupStandardErrors() {
        return groupStandardErrors.clone();
    }

    /** @return a copy of their p-values */
    @Override
    public double[] groupP() {
        return groupP.clone();
    }

    /**
     * Compares every component, arrays by content.
     *
     * @param o the other object
     * @return whether equal
     */
    @Override
    public boolean equals(Object o) {
        return o instanceof BetaConvergenceResult r && Double.compare(beta, r.beta) == 0
                && Double.compare(standardError, r.standardError) == 0 && Double.compare(intercept, r.intercept) == 0
                && Double.compare(rSquared, r.rSquared) == 0 && observations == r.observations
                && excludedMissing == r.excludedMissing && excludedNonPositive == r.excludedNonPositive
                && Double.compare(span, r.span) == 0 && Objects.equals(baselineGroup, r.baselineGroup)
                && groupLabels.equals(r.groupLabels) && Arrays.equals(groupEffects, r.groupEffects)
                && Arrays.equals(groupStandardErrors, r.groupStandardErrors);
    }

    /** @return a hash of the main components */
    @Override
    public int hashCode() {
        return Objects.hash(beta, standardError, intercept, observations, span, groupLabels)
                + 31 * Arrays.hashCode(groupEffects);
    }

    /** @return a one-line summary */
    @Override
    public String toString() {
        return "BetaConvergenceResult[beta=" + beta + ", se=" + standardError + ", t=" + t + ", p=" + p + ", R2="
                + rSquared + ", n=" + observations + ", excluded=" + (excludedMissing + excludedNonPositive)
                + ", speed=" + speed + ", halfLife=" + halfLife + ", groups=" + groupLabels + "]";
    }
}
