/**
 * Weights of a composite index: equal, explicit and effective weights of a framework
 * ({@link org.divide.metrics.weights.Weighting}); weights from principal components
 * ({@link org.divide.metrics.weights.PcaWeights}); benefit-of-the-doubt weights, chosen per economy
 * by a linear programme ({@link org.divide.metrics.weights.BenefitOfTheDoubt}); and weights optimised
 * so that each component's correlation with the index meets targets
 * ({@link org.divide.metrics.weights.OptimisedWeights}).
 *
 * <p>Weights are relative within each parent's children and need not sum to 1. Reference:
 * OECD/JRC, <i>Handbook on Constructing Composite Indicators</i> (2008), §1.6 and §6.
 */
package org.divide.metrics.weights;
