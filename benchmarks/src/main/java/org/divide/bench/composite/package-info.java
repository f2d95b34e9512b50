/**
 * JMH benchmarks of the composite-index building blocks: normalisation and level-by-level
 * aggregation of an economies × indicators matrix, at the ASEM size (51 × 49) and at
 * 10,000 × 100. Never deployed.
 */
package org.divide.bench.composite;
