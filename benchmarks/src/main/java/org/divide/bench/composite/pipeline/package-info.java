/**
 * JMH benchmarks of the composite-index pipeline ({@code org.divide.metrics.composite}): COINr's
 * ASEM example built "plain" (min-max, arithmetic means) and with COINr's usual steps (denominate,
 * group-impute, treat, min-max, aggregate), and a synthetic 200-economy × 60-indicator index.
 * Results are quoted in {@code docs/performance-composite-pipeline.md}.
 */
package org.divide.bench.composite.pipeline;
