package org.divide.core.spec;

import java.util.LinkedHashMap;
import java.util.Map;

import org.divide.core.Direction;
import org.divide.core.internal.Checks;

/**
 * Normalisation (COINr's {@code Normalise}): each indicator is first multiplied by its direction
 * ({@code x' = x·d}: the framework's direction, or the entry of {@code directions}), then
 * normalised by its {@link NormaliseMethod}: {@code defaults}, or its entry of {@code overrides}
 * (COINr's {@code global_specs} and {@code indiv_specs}).
 *
 * @param defaults   the method for indicators without an override;
 *     {@link NormaliseMethod#minMax()} (onto [0, 100]) is COINr's default
 * @param overrides  indicator code → its method
 * @param directions indicator code → direction replacing the framework's (COINr's
 *     {@code directions} argument); usually empty
 */
public record Normalise(NormaliseMethod defaults, Map<String, NormaliseMethod> overrides, Map<String, Direction> directions)
        implements Step {

    /**
     * Validates and copies.
     *
     * @throws IllegalArgumentException if the defaults are null or a map holds a null entry
     */
    public Normalise {
        Checks.notNull("Normalise.defaults", defaults);
        overrides = Checks.map("Normalise.overrides", overrides);
        directions = Checks.map("Normalise.directions", directions);
    }

    /**
     * COINr's default: min-max onto [0, 100].
     *
     * @return the step
     */
    public static Normalise minMax() {
        return with(NormaliseMethod.minMax());
    }

    /**
     * One method for every indicator.
     *
     * @param method the method
     * @return the step
     */
    public static Normalise with(NormaliseMethod method) {
        return new Normalise(method, Map.of(), Map.of());
    }

    /**
     * A copy with one more override.
     *
     * @param indicator the indicator code
     * @param method    its method
     * @return the new step
     */
    public Normalise withOverride(String indicator, NormaliseMethod method) {
        Map<String, NormaliseMethod> copy = new LinkedHashMap<>(overrides);
        copy.put(indicator, method);
        return new Normalise(defaults, copy, directions);
    }

    /**
     * The method for an indicator.
     *
     * @param indicator the indicator code
     * @return its override, or the defaults
     */
    public NormaliseMethod methodFor(String indicator) {
        return overrides.getOrDefault(indicator, defaults);
    }

    @Override
    public StepKind kind() {
        return StepKind.NORMALISE;
    }
}
