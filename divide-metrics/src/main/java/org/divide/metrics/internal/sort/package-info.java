/**
 * The one home of sorting in divide-metrics: {@link org.divide.metrics.internal.sort.RadixSort}
 * (a radix sort of the IEEE-754 bits of doubles, packed keys carrying an index),
 * {@link org.divide.metrics.internal.sort.PairSort} (an in-place radix sort of keys with a
 * payload, the bucket sort of the Gini kernel), {@link org.divide.metrics.internal.sort.SortedOrder}
 * (observations ordered by value with their weights, for the passes over sorted data of
 * {@code inequality} and {@code concentration}) and
 * {@link org.divide.metrics.internal.sort.StableOrder} (the stable order of indices, where ties
 * must keep their input order). <strong>Not API</strong>: public only so that those packages
 * share one implementation; it may change without notice.
 */
package org.divide.metrics.internal.sort;
