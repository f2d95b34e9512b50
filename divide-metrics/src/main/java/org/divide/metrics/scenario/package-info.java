/**
 * Scenarios of the divide: every economy's indicator projected from its last observation to a
 * horizon year under a scenario (its own trend, convergence at the estimated β, or the trend with
 * named economies raised by a policy), and the divide across economies — Gini, Theil T and L, and
 * the between-group share of Theil T, population-weighted when weights are given — in every observed
 * and projected year, on one sample of economies ({@link org.divide.metrics.scenario.DivideProjection}).
 *
 * <p>This is trend extrapolation, not a forecast. Inputs are plain arrays or a
 * {@link org.divide.core.Panel} ({@link org.divide.metrics.scenario.ProjectionInput}); results are
 * immutable records; invalid arguments throw {@link java.lang.IllegalArgumentException} naming the
 * argument, the economy and the value.
 */
package org.divide.metrics.scenario;
