package org.divide.core.spec;

import java.util.Map;
import org.divide.core.internal.Checks;

/**
 * Denomination (COINr's {@code Denominate}): each listed indicator is divided by another variable
 * of the panel, {@code x' = x / (d / s)} with {@code d} the denominator and {@code s} the scale
 * factor (default 1), e.g. trade per unit of GDP or flights per 1,000 people. Indicators not
 * listed are left as they are (COINr's {@code NA} in the {@code Denominator} column of
 * {@code iMeta}). A missing or zero denominator makes the value missing.
 *
 * @param denominators indicator code → code of the panel variable that divides it (the
 *     denominator need not be an indicator of the framework, e.g. COINr's "Denominator" columns
 *     {@code GDP}, {@code Population}); keys must be indicators of the framework
 * @param scales       indicator code → scale factor {@code s}, finite and {@code > 0}; an
 *     indicator without an entry has {@code s = 1} (COINr's optional {@code ScaleFactor} column);
 *     keys must also be keys of {@code denominators}
 */
public record Denominate(Map<String, String> denominators, Map<String, Double> scales) implements Step {

    /**
     * Validates and copies the maps (insertion order kept).
     *
     * @throws IllegalArgumentException if a map holds a null or blank entry, a scale is not
     *     finite and positive, or a scale is given for an indicator that is not denominated
     */
    public Denominate {
        denominators = Checks.map("Denominate.denominators", denominators);
        scales = Checks.map("Denominate.scales", scales);
        for (Map.Entry<String, String> e : denominators.entrySet()) {
            if (e.getValue().isBlank()) {
                throw new IllegalArgumentException("Denominate.denominators: blank denominator for " + e.getKey());
            }
        }
        for (Map.Entry<String, Double> e : scales.entrySet()) {
            Checks.positive("Denominate.scales[" + e.getKey() + "]", e.getValue());
            if (!denominators.containsKey(e.getKey())) {
                throw new IllegalArgumentException(
                        "Denominate.scales: scale for " + e.getKey() + ", which has no denominator");
            }
        }
    }

    /**
     * Denomination with scale factor 1 throughout.
     *
     * @param denominators indicator code → denominator code
     * @return the step
     */
    public static Denominate by(Map<String, String> denominators) {
        return new Denominate(denominators, Map.of());
    }

    /**
     * A copy with the scale factors.
     *
     * @param newScales indicator code → scale factor
     * @return the new step
     */
    public Denominate withScales(Map<String, Double> newScales) {
        return new Denominate(denominators, newScales);
    }

    /**
     * The scale factor of an indicator.
     *
     * @param indicator the indicator code
     * @return its scale factor, 1 if none was given
     */
    public double scale(String indicator) {
        return scales.getOrDefault(indicator, 1.0);
    }

    @Override
    public StepKind kind() {
        return StepKind.DENOMINATE;
    }
}
