/**
 * Mobility of economies between classes over time, with the conventions of PySAL's giddy:
 * quantile classes per year as mapclassify's {@code Quantiles} draws them
 * ({@link org.divide.metrics.mobility.QuantileClasses}), discrete Markov chains of class
 * transitions with their steady states, mean first passage and sojourn times
 * ({@link org.divide.metrics.mobility.MarkovChain}), the Markov mobility indices of Shorrocks,
 * Prais, Sommers–Conlisk and Bartholomew ({@link org.divide.metrics.mobility.MobilityIndices}), and
 * rank mobility by Kendall's τ-b ({@link org.divide.metrics.mobility.KendallTau}). Who moved up or
 * down a class between two years is {@link org.divide.metrics.dynamics.TierTransitions}.
 *
 * <p>Invalid arguments throw {@link java.lang.IllegalArgumentException} naming the argument, the
 * index and the value; results are immutable, their arrays copied in and out.
 */
package org.divide.metrics.mobility;
