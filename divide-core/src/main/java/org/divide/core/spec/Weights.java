package org.divide.core.spec;

import java.util.LinkedHashMap;
import java.util.Map;
import org.divide.core.internal.Checks;

/**
 * The weights the aggregation uses. Weights are relative within each parent's children (they need
 * not sum to 1); the {@link WeightMethod} sets the weights of the nodes at its level (or all
 * levels), the framework's weights stay elsewhere, and the {@code explicit} entries are applied
 * last, over any method. Without a {@code Weights} step the framework's weights are used.
 *
 * @param method   where the weights come from
 * @param explicit node code → weight, finite and {@code ≥ 0}, overriding the method
 */
public record Weights(WeightMethod method, Map<String, Double> explicit) implements Step {

    /**
     * Validates and copies.
     *
     * @throws IllegalArgumentException if the method is null or an explicit weight is negative or
     *     not finite
     */
    public Weights {
        Checks.notNull("Weights.method", method);
        explicit = Checks.map("Weights.explicit", explicit);
        for (Map.Entry<String, Double> e : explicit.entrySet()) {
            Checks.nonNegative("Weights.explicit[" + e.getKey() + "]", e.getValue());
        }
    }

    /**
     * The framework's weights with explicit entries over them.
     *
     * @param weights node code → weight
     * @return the step
     */
    public static Weights explicit(Map<String, Double> weights) {
        return new Weights(WeightMethod.explicit(), weights);
    }

    /**
     * Equal weights at a level.
     *
     * @param level the level, 0 = every level
     * @return the step
     */
    public static Weights equal(int level) {
        return of(WeightMethod.equal(level));
    }

    /**
     * Weights by a method, without explicit entries.
     *
     * @param method the method
     * @return the step
     */
    public static Weights of(WeightMethod method) {
        return new Weights(method, Map.of());
    }

    /**
     * A copy with other explicit entries.
     *
     * @param weights node code → weight
     * @return the new step
     */
    public Weights withExplicit(Map<String, Double> weights) {
        return new Weights(method, new LinkedHashMap<>(weights));
    }

    /**
     * The level whose nodes' weights the method sets.
     *
     * @return the data-driven or equal method's level; 0 (all levels) for the framework's weights
     */
    public int level() {
        if (method instanceof WeightMethod.DataDriven d) {
            return d.level();
        }
        return method instanceof WeightMethod.Equal e ? e.level() : 0;
    }

    @Override
    public StepKind kind() {
        return StepKind.WEIGHTS;
    }
}
