/**
 * JMH benchmarks of {@code org.divide.metrics.inequality}: Gini (unweighted and weighted), Theil T
 * and subgroup decompositions on lognormal data by size. Results are quoted in
 * {@code docs/performance-inequality.md}.
 */
package org.divide.bench.inequality;
