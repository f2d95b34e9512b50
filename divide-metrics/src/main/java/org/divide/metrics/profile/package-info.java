/**
 * Back to the data, one economy at a time: the economy profile of a composite index (score and
 * rank at every node, strengths and weaknesses with COINr's {@code get_str_weak} semantics,
 * peers, gaps to the frontier, the peer median and the next tier, the binding constraint) and
 * what-if rebuilds (indicators of some economies changed, the index rebuilt exactly and
 * incrementally), and improvement paths (the cheapest rise of an economy's indicators to a target
 * score, rank or tier: exact for arithmetic means, with a lower bound and the gap for the others).
 * Everything here reads an {@link org.divide.metrics.composite.IndexResult} and
 * never changes it.
 */
package org.divide.metrics.profile;
