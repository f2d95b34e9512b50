/**
 * The data model of divide: economies and their registry, indicators, the panel (economies ×
 * indicators × years, {@code NaN} = missing), the index framework and groupings.
 *
 * <p>Every type here is immutable and thread-safe; builders and factories reject invalid data with
 * an {@link java.lang.IllegalArgumentException} whose message names the field, the position and the
 * value.
 */
package org.divide.core;
