/**
 * Dynamics of divides over time: σ-convergence (the trend of any inequality measure across
 * years), β-convergence (growth regressed on the log initial level, unconditional or conditional
 * on groups), the Mookherjee–Shorrocks decomposition of the change of Theil T and the mean log
 * deviation, compound annual growth and log-linear trends per economy and group, threshold
 * analysis, and tiers (fixed cut-offs, quantiles, Fisher–Jenks natural breaks) with the movement
 * of economies between them, and catch-up horizons ({@link org.divide.metrics.dynamics.CatchUp}: the
 * years to a target at a series' own trend, or along a β-convergence path).
 *
 * <p>Every method takes either a {@link org.divide.core.Panel} with an indicator code and years,
 * or raw {@code double[]} arrays; results are immutable records whose arrays are copied in and
 * out. Missing values ({@code NaN}) are skipped and counted; invalid arguments throw
 * {@link java.lang.IllegalArgumentException} naming the argument and its value.
 */
package org.divide.metrics.dynamics;
