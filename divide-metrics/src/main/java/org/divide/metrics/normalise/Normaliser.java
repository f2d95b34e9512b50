package org.divide.metrics.normalise;

/**
 * A normalisation of one indicator column: economies in, normalised scores out, {@code NaN} =
 * missing in both. Implementations are pure functions: they never modify {@code column} and
 * return a new array of the same length, so a pipeline can apply them per column in parallel.
 * {@link Normalisation} provides COINr's methods; a lambda is a user-defined method.
 */
@FunctionalInterface
public interface Normaliser {

    /**
     * Normalises a column.
     *
     * @param column the raw values of one indicator over the economies, {@code NaN} = missing
     *     (not modified)
     * @return a new array of normalised values, of the same length
     * @throws IllegalArgumentException if {@code column} is {@code null} or, under a rejecting
     *     policy, degenerate
     */
    double[] apply(double[] column);
}
