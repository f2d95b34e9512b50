/**
 * Inequality measures on Apache Spark, with the results and conventions of
 * {@link org.divide.metrics.inequality.Inequality}: {@link org.divide.spark.SparkInequality} takes a
 * {@code Dataset<Row>} and column names; {@link org.divide.spark.InequalityAggregators} exposes the
 * mergeable accumulators of divide-metrics as Spark {@code Aggregator}s (weighted mean, CV, GE(α),
 * Theil T, MLD, Atkinson(ε)), per group and overall in one pass, with the exact GE
 * between/within decomposition from the group aggregates; the Gini coefficient, the Lorenz curve
 * on a grid, Palma and S80/S20 are exact, by Spark's global sort and per-partition cumulative
 * sums with partition offsets.
 *
 * <p>Spark is a {@code provided} dependency: the cluster supplies it. See {@code docs/spark.md}.
 */
package org.divide.spark;
