/**
 * Internal numeric kernels shared across packages of this module: compensated summation.
 * <strong>Not API</strong>: the classes are public only so that several packages can share one
 * implementation; they may change without notice.
 */
package org.divide.metrics.internal.numeric;
