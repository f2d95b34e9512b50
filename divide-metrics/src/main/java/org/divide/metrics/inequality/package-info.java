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
 * delegates to them with the default conventions, and the
 * {@code *Accumulator} classes compute the sum-based measures in one streaming, mergeable pass.
 * Every measure is a {@link org.divide.metrics.inequality.WeightedMeasure}, so other packages
 * (bootstrap inference, for example) can take "any measure" as {@code (x, w) -> double}.
 */
package org.divide.metrics.inequality;
