/**
 * Statistical inference for any measure: nonparametric bootstrap confidence intervals (percentile
 * and BCa) and the jackknife.
 *
 * <p>A measure is a {@link org.divide.metrics.inference.SampleStatistic}, a function of values and
 * optional weights, {@code (double[] x, double[] w) -> double}, so a weighted measure such as
 * {@code Inequality::gini} is one by method reference. {@link org.divide.metrics.inference.Bootstrap}
 * holds the immutable options (replicates, seed, confidence, method, executor, progress,
 * cancellation) and computes a {@link org.divide.metrics.inference.BootstrapInterval};
 * {@link org.divide.metrics.inference.Jackknife} gives leave-one-out values, the BCa acceleration and
 * the jackknife standard error.
 *
 * <p>Every random draw is a function of the seed and the replicate index only, so the same seed
 * gives bit-identical results on one thread or many, whatever the executor.
 */
package org.divide.metrics.inference;
