/**
 * JMH benchmarks of {@code org.divide.metrics.inference}: bootstrap confidence intervals by sample
 * size, statistic and thread count. Results are quoted in {@code docs/performance-inference.md}.
 */
package org.divide.bench.inference;
