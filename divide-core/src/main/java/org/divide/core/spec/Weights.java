package org.divide.core.spec;

import java.util.Map;
import org.divide.core.internal.Checks;

/**
 * The weights the aggregation uses. Weights are relative within each parent's children (they need
 * not sum to 1); the method sets the weights of the nodes at {@code level} (or all levels), the
 * framework's weights stay elsewhere, and the {@code explicit} entries are applied last, over any
 * method. Without a {@code Weights} step the framework's weights are used.
 *
 * @param method        where the weights come from
 * @param level         the level whose nodes' weights the method sets: 0 for all levels (only
 *     {@link WeightMethod#EXPLICIT} and {@link WeightMethod#EQUAL}), otherwise {@code 1 ≤ level <}
 *     the root's level; the data-driven methods need a level
 * @param explicit      node code → weight, finite and {@code ≥ 0}, overriding the method
 * @param targets       for {@link WeightMethod#OPTIMISED}: node code (at {@code level}) → target
 *     share of correlation with the index, {@code > 0}; empty = equal influence
 * @param correlation   for the optimised methods: the correlation used (COINr's {@code cortype},
 *     default Pearson)
 * @param tolerance     for the optimised methods: the relative tolerance of the Nelder–Mead
 *     search (COINr's {@code toler}, default 0.1), {@code > 0}
 * @param maxIterations for the optimised methods: the most objective evaluations (COINr's
 *     {@code maxiter}, default 500), {@code > 0}
 */
public record Weights(WeightMethod method, int level, Map<String, Double> explicit, Map<String, Double> targets,
        CorrelationType correlation, double tolerance, int maxIterations) implements Step {

    /** COINr's default tolerance of the optimised weights. */
    public static final double DEFAULT_TOLERANCE = 0.1;
    /** COINr's default iteration limit of the optimised weights. */
    public static final int DEFAULT_MAX_ITERATIONS = 500;

    /**
     * Validates and copies.
     *
     * @throws IllegalArgumentException if a field is null or out of range, a data-driven method has
     *     no level, or targets are given to another method
     */
    public Weights {
        Checks.notNull("Weights.method", method);
        Checks.notNull("Weights.correlation", correlation);
        explicit = Checks.map("Weights.explicit", explicit);
        targets = Checks.map("Weights.targets", targets);
        if (level < 0) {
            throw new IllegalArgumentException("Weights.level must be >= 0: " + level);
        }
        boolean dataDriven = method != WeightMethod.EXPLICIT && method != WeightMethod.EQUAL;
        if (dataDriven && level == 0) {
            throw new IllegalArgumentException("Weights." + method + " needs a level >= 1");
        }
        for (Map.Entry<String, Double> e : explicit.entrySet()) {
            double w = e.getValue();
            if (!(w >= 0) || Double.isInfinite(w)) {
                throw new IllegalArgumentException("Weights.explicit[" + e.getKey() + "] must be finite and >= 0: " + w);
            }
        }
        if (!targets.isEmpty() && method != WeightMethod.OPTIMISED) {
            throw new IllegalArgumentException("Weights." + method + " takes no targets");
        }
        for (Map.Entry<String, Double> e : targets.entrySet()) {
            Checks.positive("Weights.targets[" + e.getKey() + "]", e.getValue());
        }
        Checks.positive("Weights.tolerance", tolerance);
        if (maxIterations <= 0) {
            throw new IllegalArgumentException("Weights.maxIterations must be > 0: " + maxIterations);
        }
    }

    /**
     * Explicit weights over the framework's.
     *
     * @param weights node code → weight
     * @return the step
     */
    public static Weights explicit(Map<String, Double> weights) {
        return new Weights(WeightMethod.EXPLICIT, 0, weights, Map.of(), CorrelationType.PEARSON, DEFAULT_TOLERANCE,
                DEFAULT_MAX_ITERATIONS);
    }

    /**
     * Equal weights at one level, or everywhere.
     *
     * @param level the level, 0 for all
     * @return the step
     */
    public static Weights equal(int level) {
        return new Weights(WeightMethod.EQUAL, level, Map.of(), Map.of(), CorrelationType.PEARSON, DEFAULT_TOLERANCE,
                DEFAULT_MAX_ITERATIONS);
    }

    /**
     * Data-driven weights at one level, with COINr's defaults for the optimiser.
     *
     * @param method the method (PCA, PCA loadings, optimised, maximum information)
     * @param level  the level
     * @return the step
     */
    public static Weights of(WeightMethod method, int level) {
        return new Weights(method, level, Map.of(), Map.of(), CorrelationType.PEARSON, DEFAULT_TOLERANCE,
                DEFAULT_MAX_ITERATIONS);
    }

    /**
     * A copy with explicit weights over the method's.
     *
     * @param weights node code → weight
     * @return the new step
     */
    public Weights withExplicit(Map<String, Double> weights) {
        return new Weights(method, level, weights, targets, correlation, tolerance, maxIterations);
    }

    /**
     * A copy with correlation targets (for {@link WeightMethod#OPTIMISED}).
     *
     * @param newTargets node code → target
     * @return the new step
     */
    public Weights withTargets(Map<String, Double> newTargets) {
        return new Weights(method, level, explicit, newTargets, correlation, tolerance, maxIterations);
    }

    /**
     * A copy with another optimiser setting.
     *
     * @param newCorrelation the correlation
     * @param newTolerance   the relative tolerance
     * @param newMaxIterations the iteration limit
     * @return the new step
     */
    public Weights withOptimiser(CorrelationType newCorrelation, double newTolerance, int newMaxIterations) {
        return new Weights(method, level, explicit, targets, newCorrelation, newTolerance, newMaxIterations);
    }

    @Override
    public StepKind kind() {
        return StepKind.WEIGHTS;
    }
}
