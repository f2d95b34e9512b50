/**
 * Runnable examples of divide-spark: {@link org.divide.spark.examples.SyntheticGini} generates
 * synthetic microdata with {@code spark.range} and times the aggregators, the exact Gini and
 * Spark's own sort of the same column. Examples, not API.
 */
package org.divide.spark.examples;
