/**
 * Concentration and representation: how a total is split between economies or groups, and how far
 * one split is from another.
 *
 * <ul>
 *   <li>{@link org.divide.metrics.concentration.Concentration}: shares of the total held by each
 *       group and by the top k, the concentration ratio CR-k and the Herfindahl–Hirschman index
 *       (plain and normalised).</li>
 *   <li>{@link org.divide.metrics.concentration.Quantiles} and
 *       {@link org.divide.metrics.concentration.Ratios}: sample quantiles (R's default
 *       {@code quantile(type = 7)} and a weighted generalisation), top/bottom ratios such as P90/P10
 *       and the ratio of the mean of the top quintile to the mean of the bottom quintile.</li>
 *   <li>{@link org.divide.metrics.concentration.Representation}: gaps between two distributions
 *       over the same categories (share of training data against share of speakers, share of seats
 *       against share of population): the dissimilarity (Duncan) index, the Kullback–Leibler
 *       divergence and the per-category ratio of shares.</li>
 * </ul>
 *
 * <p>Inputs are raw non-negative amounts; they are normalised to shares internally with compensated
 * (Neumaier) summation, so every result is invariant to the scale of the amounts and to their
 * order. Invalid input throws an {@link java.lang.IllegalArgumentException} whose message names the
 * argument, the index and the value ({@code "amounts[3] is negative: -2.0"}); no input array is
 * modified.
 */
package org.divide.metrics.concentration;
