package org.divide.metrics.inequality;

/**
 * A scalar summary of a weighted distribution: {@code (x, w) -> double}.
 *
 * <p>This is the type other packages take when they work with "any measure" — bootstrap
 * confidence intervals, for example. The facade methods of {@link Inequality} that take
 * {@code (double[] x, double[] w)} can be used as method references
 * ({@code WeightedMeasure gini = Inequality::gini;}), and every {@link Measure} is one.
 *
 * <p>Implementations must not modify the arrays and must treat {@code w == null} as
 * unweighted data (every weight 1).
 */
@FunctionalInterface
public interface WeightedMeasure {

    /**
     * Computes the measure.
     *
     * @param x the values; not modified
     * @param w the weights (population or sampling weights; only their ratios matter for
     *          weight-scale invariant measures), or {@code null} for unweighted data; not
     *          modified
     * @return the value of the measure
     * @throws IllegalArgumentException if the data are invalid for the measure
     */
    double compute(double[] x, double[] w);
}
