/**
 * Internal numeric kernels shared across packages of this module: compensated summation and a
 * fast, accurate natural logarithm.
 * <strong>Not API</strong>: the classes are public only so that several packages can share one
 * implementation; they may change without notice.
 */
package org.divide.metrics.internal.numeric;
