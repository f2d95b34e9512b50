/**
 * Internal multivariate kernels shared by {@code weights}, {@code composite} and {@code analysis}:
 * pairwise-complete Pearson and Spearman correlations and the eigen-decomposition of a correlation
 * matrix (EJML). <strong>Not API</strong>: the classes are public only so that those packages share
 * one implementation; they may change without notice.
 */
package org.divide.metrics.internal.multivariate;
