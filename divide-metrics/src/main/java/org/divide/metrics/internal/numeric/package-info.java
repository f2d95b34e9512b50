/**
 * Internal numeric kernels shared across the packages of this module and by divide-spark:
 * compensated summation and a fast, accurate natural logarithm.
 * <strong>Not API</strong>: the classes are public only so that several packages can share one
 * implementation; they may change without notice.
 */
package org.divide.metrics.internal.numeric;
