/**
 * Normalisation of indicator columns onto a common scale: min-max (any range), z-score, scaling
 * by fixed bounds, rank, Borda, percentile rank, fraction of the maximum, distance to the maximum,
 * to a reference economy or to a target, and goalposts — COINr 1.1.14's {@code n_*} functions,
 * every one with the indicator's direction applied first and, where the native score lies in
 * {@code [0, 1]}, a choice of output range. Each normaliser is a pure function
 * {@code double[] → double[]} over one column, {@code NaN} = missing.
 *
 * <p>Reference: OECD/JRC, <i>Handbook on Constructing Composite Indicators</i> (2008), §1.5;
 * Becker et al., COINr, JOSS 7(78) 4567 (2022), doi:10.21105/joss.04567.
 */
package org.divide.metrics.normalise;
