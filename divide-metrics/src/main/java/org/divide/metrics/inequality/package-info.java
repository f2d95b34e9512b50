/**
 * Inequality of a distribution of values over weighted units: the Gini coefficient, the
 * generalised entropy family (Theil T, MLD), Atkinson, dispersion and share measures, Lorenz
 * curves, polarisation and subgroup decomposition.
 *
 * <p>{@link org.divide.metrics.inequality.Inequality} is the static entry point with default
 * conventions; {@link org.divide.metrics.inequality.Measure} and
 * {@link org.divide.metrics.inequality.InequalityOptions} are the object API behind it, and the
 * {@code *Accumulator} classes compute the sum-based measures in one streaming, mergeable pass.
 * Every measure is a {@link org.divide.metrics.inequality.WeightedMeasure}, so other packages
 * (bootstrap inference, for example) can take "any measure" as {@code (x, w) -> double}.
 */
package org.divide.metrics.inequality;
