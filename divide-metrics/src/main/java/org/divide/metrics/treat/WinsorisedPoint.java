package org.divide.metrics.treat;

/**
 * One value changed by winsorisation.
 *
 * @param index    the economy's position in the column
 * @param original the value before treatment
 * @param treated  the value after winsorisation
 * @param high     {@code true} if the point was pulled down from the top (COINr's
 *     {@code "winhi"}), {@code false} if pulled up from the bottom ({@code "winlo"})
 */
public record WinsorisedPoint(int index, double original, double treated, boolean high) {
}
