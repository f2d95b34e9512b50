/**
 * Uncertainty and sensitivity analysis: how much of a result — a ranking above all — is the method?
 *
 * <p><b>The general engine</b> works on any {@link org.divide.metrics.uncertainty.Model}
 * {@code double[] inputs → double[] outputs} with uncertain
 * {@link org.divide.metrics.uncertainty.Input}s (uniform, a choice among alternatives, or any
 * inverse CDF). {@link org.divide.metrics.uncertainty.UncertaintyAnalysis} holds the immutable
 * options (samples, seed, {@link org.divide.metrics.uncertainty.SamplingMethod}, bootstrap,
 * executor, progress, cancellation) and runs either a Monte Carlo uncertainty analysis
 * ({@link org.divide.metrics.uncertainty.UncertaintyResult}: the distribution of every output) or
 * a variance-based sensitivity analysis with Saltelli (2010) first-order and Jansen (1999) total
 * Sobol indices ({@link org.divide.metrics.uncertainty.SensitivityResult}).
 *
 * <p><b>The index layer</b> turns a composite index into such a model:
 * {@link org.divide.metrics.uncertainty.IndexUncertainty} runs an
 * {@link org.divide.core.spec.IndexSpec} under uncertain
 * {@link org.divide.metrics.uncertainty.Assumption}s (imputation, winsorisation limit,
 * normalisation, weights, aggregation, dropping a node) and reports per economy the nominal rank,
 * the median rank and rank interval, the mean absolute rank shift and the Sobol indices of each
 * assumption on rank and score ({@link org.divide.metrics.uncertainty.IndexUncertaintyResult},
 * exportable as a {@link org.divide.metrics.uncertainty.ResultTable}).
 *
 * <p>Every random draw is a function of the seed alone, so the same seed gives bit-identical
 * results on one thread or many.
 */
package org.divide.metrics.uncertainty;
