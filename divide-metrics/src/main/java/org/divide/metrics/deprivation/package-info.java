/**
 * Multidimensional deprivation by the Alkire–Foster counting method: deprivation cut-offs per
 * dimension, weights, the poverty cut-off k, and the adjusted headcount family (H, A,
 * M0 = H·A, and M1, M2 on normalised gaps where the data are cardinal), population-weighted
 * across units (economies); the decomposition of M0 by group and by dimension, and its robustness
 * over k. {@link org.divide.metrics.deprivation.AlkireFoster} is the entry point.
 *
 * <p>Reference: Alkire, S. and Foster, J. (2011). Counting and multidimensional poverty
 * measurement. Journal of Public Economics 95(7–8), 476–487. doi:10.1016/j.jpubeco.2010.11.006
 */
package org.divide.metrics.deprivation;
