/**
 * Inequality of a distribution of values over weighted units: the Gini coefficient, the
 * generalised entropy family (Theil T, MLD), Atkinson, dispersion and share measures, Lorenz
 * curves, polarisation and subgroup decomposition.
 *
 * <p>{@link org.divide.metrics.inequality.Measure} is a sealed type with one record per measure
 * ({@code Gini}, {@code GeneralizedEntropy(alpha)}, {@code Atkinson(epsilon)}, ...), carrying its
 * parameters and {@link org.divide.metrics.inequality.InequalityOptions}; the
 * {@link org.divide.metrics.inequality.Decomposable} ones (Gini and the GE family) decompose by
 * subgroups. {@link org.divide.metrics.inequality.Inequality} is a thin static facade that
 * delegates to them with the default conventions. The
 * {@link org.divide.metrics.inequality.SumBasedMeasure}s also compute in one streaming, mergeable
 * pass: their {@code accumulator()} is an {@link org.divide.metrics.inequality.InequalityAccumulator}
 * ({@code accept(x, w)}, {@code combine(other)}, {@code getAsDouble()}).
 * Every measure is a {@link org.divide.metrics.inequality.WeightedMeasure}, so other packages
 * (bootstrap inference, for example) can take "any measure" as {@code (x, w) -> double}.
 */
package org.divide.metrics.inequality;
