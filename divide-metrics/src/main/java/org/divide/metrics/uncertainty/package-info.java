/**
 * Uncertainty and sensitivity analysis: how much of a result is the method?
 *
 * <p>The general engine works on any {@link org.divide.metrics.uncertainty.Model}
 * {@code double[] inputs → double[] outputs} with uncertain
 * {@link org.divide.metrics.uncertainty.Input}s (uniform, a choice among alternatives, or any
 * inverse CDF). {@link org.divide.metrics.uncertainty.UncertaintyAnalysis} holds the immutable
 * options (samples, seed, {@link org.divide.metrics.uncertainty.SamplingMethod}, bootstrap,
 * executor, progress, cancellation) and runs either a Monte Carlo uncertainty analysis
 * ({@link org.divide.metrics.uncertainty.UncertaintyResult}: the distribution of every output) or
 * a variance-based sensitivity analysis with Saltelli (2010) first-order and Jansen (1999) total
 * Sobol indices ({@link org.divide.metrics.uncertainty.SensitivityResult}).
 *
 * <p>Every random draw is a function of the seed alone, so the same seed gives bit-identical
 * results on one thread or many.
 */
package org.divide.metrics.uncertainty;
