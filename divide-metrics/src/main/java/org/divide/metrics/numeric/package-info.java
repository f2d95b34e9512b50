/**
 * Accurate floating-point building blocks that the measures of this module share and that are
 * useful on their own: {@link org.divide.metrics.numeric.CompensatedSum}, a mergeable
 * compensated (Neumaier) sum. Public API: divide-spark and user code build on it.
 */
package org.divide.metrics.numeric;
