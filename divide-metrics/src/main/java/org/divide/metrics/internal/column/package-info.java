/**
 * Internal helpers shared by the composite-index building blocks ({@code normalise}, {@code treat},
 * {@code impute}, {@code aggregate}, {@code rank}): NaN-skipping column statistics and argument
 * checks (the length check also serves {@code concentration} and {@code inference}).
 * <strong>Not API</strong>: the classes are public only so that those packages can share
 * one implementation; they may change without notice.
 */
package org.divide.metrics.internal.column;
