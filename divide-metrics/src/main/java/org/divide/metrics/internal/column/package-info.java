/**
 * Internal helpers of divide-metrics: the argument checks of every package ({@code Args}, and
 * {@code PanelArgs} for lookups in a panel) and the NaN-skipping column statistics of the
 * composite-index building blocks ({@code normalise}, {@code treat}, {@code impute},
 * {@code aggregate}, {@code rank}).
 * <strong>Not API</strong>: the classes are public only so that those packages can share
 * one implementation; they may change without notice.
 */
package org.divide.metrics.internal.column;
