package org.divide.core.spec;

import java.util.Map;
import org.divide.core.internal.Checks;

/**
 * Outlier treatment (COINr's {@code Treat}): a default {@link TreatMethod} for every indicator and
 * per-indicator overrides (COINr's {@code global_specs} and {@code indiv_specs}). The pipeline
 * reports, per indicator, the skewness and kurtosis before and after, the winsorised points and
 * the transform applied.
 *
 * @param defaults  the method for indicators without an override; {@link TreatMethod#coinr()} is
 *     COINr's default
 * @param overrides indicator code → its method (e.g. {@link TreatMethod#none()} to leave one
 *     alone, or a forced winsorisation)
 */
public record Treat(TreatMethod defaults, Map<String, TreatMethod> overrides) implements Step {

    /**
     * Validates and copies.
     *
     * @throws IllegalArgumentException if the defaults are null or an override is null
     */
    public Treat {
        Checks.notNull("Treat.defaults", defaults);
        overrides = Checks.map("Treat.overrides", overrides);
    }

    /**
     * COINr's default treatment of every indicator.
     *
     * @return the step
     */
    public static Treat coinr() {
        return new Treat(TreatMethod.coinr(), Map.of());
    }

    /**
     * One method for every indicator.
     *
     * @param method the method
     * @return the step
     */
    public static Treat with(TreatMethod method) {
        return new Treat(method, Map.of());
    }

    /**
     * A copy with one more override.
     *
     * @param indicator the indicator code
     * @param method    its method
     * @return the new step
     */
    public Treat withOverride(String indicator, TreatMethod method) {
        Map<String, TreatMethod> copy = new java.util.LinkedHashMap<>(overrides);
        copy.put(indicator, method);
        return new Treat(defaults, copy);
    }

    /**
     * The method for an indicator.
     *
     * @param indicator the indicator code
     * @return its override, or the defaults
     */
    public TreatMethod methodFor(String indicator) {
        return overrides.getOrDefault(indicator, defaults);
    }

    @Override
    public StepKind kind() {
        return StepKind.TREAT;
    }
}
