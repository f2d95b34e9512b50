/**
 * Ranking of economies by score: competition ranking (ties share the best rank, as R's
 * {@code rank(-x, ties.method = "min")} and COINr's results tables), ranking within groups, and
 * R-compatible ascending ranks with a choice of tie rule for the rank-based normalisations.
 * Missing scores ({@code NaN}) get a {@code NaN} rank.
 */
package org.divide.metrics.rank;
