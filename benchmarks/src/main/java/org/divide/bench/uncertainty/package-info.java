/**
 * JMH benchmarks of {@code org.divide.metrics.uncertainty}: the Sobol engine on the g-function,
 * and COINr's vignette design and a 10 000-run Monte Carlo on the ASEM example, on 1 or 2
 * threads. Results are quoted in {@code docs/performance-uncertainty.md}.
 */
package org.divide.bench.uncertainty;
