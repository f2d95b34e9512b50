/**
 * Aggregation of child scores into a parent score, one economy at a time: weighted arithmetic,
 * geometric, harmonic and generalised (power) means and the weighted median, with missing values
 * skipped and weights renormalised, a data-availability threshold and an optional shift for the
 * means that need positive values; and Copeland scores over the whole economies × indicators
 * matrix. These are COINr 1.1.14's {@code a_*} functions, with its faults fixed (the generalised
 * mean skips missing values; Copeland scores can be computed from the aggregation API).
 *
 * <p>Reference: OECD/JRC, <i>Handbook on Constructing Composite Indicators</i> (2008), §1.6–1.7;
 * Becker et al., COINr, JOSS 7(78) 4567 (2022), doi:10.21105/joss.04567.
 */
package org.divide.metrics.aggregate;
