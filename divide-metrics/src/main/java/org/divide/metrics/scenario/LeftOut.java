package org.divide.metrics.scenario;

/**
 * An economy left out of a projection's sample, and why.
 *
 * @param economy the economy code
 * @param reason  why, such as "fewer than two values in the window"
 */
public record LeftOut(String economy, String reason) {
}
