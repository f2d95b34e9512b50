/**
 * Internal numeric kernels shared across the packages of this module: a fast, accurate natural
 * logarithm and deep copies of row-major arrays (compensated summation is public API in
 * {@code org.divide.metrics.numeric}).
 * <strong>Not API</strong>: the classes are public only so that several packages can share one
 * implementation; they may change without notice.
 */
package org.divide.metrics.internal.numeric;
