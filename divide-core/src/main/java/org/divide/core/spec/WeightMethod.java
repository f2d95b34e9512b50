package org.divide.core.spec;

import java.util.Map;
import org.divide.core.internal.Checks;

/**
 * Where the weights of {@link Weights} come from, one record per method with its parameters. The
 * data-driven methods ({@link DataDriven}) compute the weights of the nodes at one level from the
 * scores fed to the aggregation; the step's explicit entries go over any method.
 */
public sealed interface WeightMethod extends SpecMethod {

    /** The default tolerance of the optimisers (COINr's {@code toler}). */
    double DEFAULT_TOLERANCE = 0.1;
    /** The default evaluation budget of the optimisers (COINr's {@code maxit}). */
    int DEFAULT_MAX_ITERATIONS = 500;

    /** A method computing the weights of the nodes at one level from the data. */
    sealed interface DataDriven extends WeightMethod {
        /**
         * The level whose nodes are weighted.
         *
         * @return the level, {@code ≥ 1}
         */
        int level();
    }

    /**
     * An optimiser (Nelder–Mead as R's {@code optim}) of the correlations of the nodes at the level
     * with the index.
     */
    sealed interface Optimising extends DataDriven {
        /**
         * The correlation optimised.
         *
         * @return Pearson (default) or Spearman
         */
        CorrelationType correlation();

        /**
         * The optimiser's tolerance.
         *
         * @return finite and {@code > 0}, default {@link #DEFAULT_TOLERANCE}
         */
        double tolerance();

        /**
         * The optimiser's evaluation budget.
         *
         * @return {@code > 0}, default {@link #DEFAULT_MAX_ITERATIONS}
         */
        int maxIterations();

        /**
         * A copy with other optimiser settings.
         *
         * @param correlation   the correlation
         * @param tolerance     the tolerance
         * @param maxIterations the evaluation budget
         * @return the new method
         */
        Optimising withOptimiser(CorrelationType correlation, double tolerance, int maxIterations);
    }

    /** The framework's weights (COINr's {@code iMeta} {@code Weight}). */
    record Explicit() implements WeightMethod {
    }

    /**
     * Weight 1 for every node at a level.
     *
     * @param level the level, {@code ≥ 0}; 0 = every level
     */
    record Equal(int level) implements WeightMethod {
        /** Validates the level. */
        public Equal {
            if (level < 0) {
                throw new IllegalArgumentException("Equal.level must be >= 0: " + level);
            }
        }
    }

    /**
     * From the first principal component of each parent's children (correlation matrix, complete
     * rows): the squared loadings, which sum to 1 within each group (OECD/JRC Handbook 2008, §6.1).
     *
     * @param level the level weighted, {@code ≥ 1}
     */
    record Pca(int level) implements DataDriven {
        /** Validates the level. */
        public Pca {
            checkLevel("Pca", level);
        }
    }

    /**
     * As {@link Pca} but the loadings themselves, sign-fixed so that they sum to a positive number
     * (COINr's {@code get_PCA} weights); a negative loading is an error.
     *
     * @param level the level weighted, {@code ≥ 1}
     */
    record PcaLoadings(int level) implements DataDriven {
        /** Validates the level. */
        public PcaLoadings {
            checkLevel("PcaLoadings", level);
        }
    }

    /**
     * Optimised so that the correlation of each node at the level with the index meets the targets
     * (equal influence if none), minimising {@code ln(Σ(t_n − r_n)²/n)} with targets and
     * correlations each scaled to sum 1 (COINr's {@code get_opt_weights}, {@code optype =
     * "balance"}).
     *
     * @param level         the level weighted, {@code ≥ 1}
     * @param targets       node → target correlation share {@code > 0}; empty = equal influence
     * @param correlation   the correlation, Pearson or Spearman
     * @param tolerance     the optimiser's tolerance, {@code > 0}
     * @param maxIterations the optimiser's evaluation budget, {@code > 0}
     */
    record Optimised(int level, Map<String, Double> targets, CorrelationType correlation, double tolerance,
            int maxIterations) implements Optimising {

        /** Validates and copies. */
        public Optimised {
            checkLevel("Optimised", level);
            targets = Checks.map("Optimised.targets", targets);
            for (Map.Entry<String, Double> e : targets.entrySet()) {
                Checks.positive("Optimised.targets[" + e.getKey() + "]", e.getValue());
            }
            checkOptimiser("Optimised", correlation, tolerance, maxIterations);
        }

        /**
         * A copy with target correlation shares.
         *
         * @param newTargets node → target
         * @return the new method
         */
        public Optimised withTargets(Map<String, Double> newTargets) {
            return new Optimised(level, newTargets, correlation, tolerance, maxIterations);
        }

        @Override
        public Optimised withOptimiser(CorrelationType c, double t, int m) {
            return new Optimised(level, targets, c, t, m);
        }
    }

    /**
     * Optimised to maximise the sum of the correlations with the index (COINr's {@code optype =
     * "infomax"}).
     *
     * @param level         the level weighted, {@code ≥ 1}
     * @param correlation   the correlation, Pearson or Spearman
     * @param tolerance     the optimiser's tolerance, {@code > 0}
     * @param maxIterations the optimiser's evaluation budget, {@code > 0}
     */
    record MaxInformation(int level, CorrelationType correlation, double tolerance, int maxIterations)
            implements Optimising {

        /** Validates. */
        public MaxInformation {
            checkLevel("MaxInformation", level);
            checkOptimiser("MaxInformation", correlation, tolerance, maxIterations);
        }

        @Override
        public MaxInformation withOptimiser(CorrelationType c, double t, int m) {
            return new MaxInformation(level, c, t, m);
        }
    }

    private static void checkLevel(String method, int level) {
        if (level < 1) {
            throw new IllegalArgumentException(method + " needs a level >= 1: " + level);
        }
    }

    private static void checkOptimiser(String method, CorrelationType correlation, double tolerance, int maxIterations) {
        Checks.notNull(method + ".correlation", correlation);
        Checks.positive(method + ".tolerance", tolerance);
        if (maxIterations <= 0) {
            throw new IllegalArgumentException(method + ".maxIterations must be > 0: " + maxIterations);
        }
    }

    /** @return the framework's weights */
    static Explicit explicit() {
        return new Explicit();
    }

    /**
     * Weight 1 at a level.
     *
     * @param level the level, 0 = every level
     * @return the method
     */
    static Equal equal(int level) {
        return new Equal(level);
    }

    /**
     * Squared PC1 loadings at a level.
     *
     * @param level the level, {@code ≥ 1}
     * @return the method
     */
    static Pca pca(int level) {
        return new Pca(level);
    }

    /**
     * COINr's balanced optimisation at a level: equal influence, Pearson, tolerance 0.1, 500
     * evaluations.
     *
     * @param level the level, {@code ≥ 1}
     * @return the method
     */
    static Optimised optimised(int level) {
        return new Optimised(level, Map.of(), CorrelationType.PEARSON, DEFAULT_TOLERANCE, DEFAULT_MAX_ITERATIONS);
    }

    /**
     * COINr's information-maximising optimisation at a level, with the default settings.
     *
     * @param level the level, {@code ≥ 1}
     * @return the method
     */
    static MaxInformation maxInformation(int level) {
        return new MaxInformation(level, CorrelationType.PEARSON, DEFAULT_TOLERANCE, DEFAULT_MAX_ITERATIONS);
    }
}
