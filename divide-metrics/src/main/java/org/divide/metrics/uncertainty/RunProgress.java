package org.divide.metrics.uncertainty;

import java.time.Duration;

/**
 * Progress of the model runs of an analysis.
 *
 * @param done      runs finished, from 1 up to {@code total}
 * @param total     runs in all
 * @param elapsed   time since the first run started
 * @param remaining the estimated time left, elapsed × (total − done) / done
 */
public record RunProgress(int done, int total, Duration elapsed, Duration remaining) {

    /**
     * Checks the components.
     *
     * @throws IllegalArgumentException if {@code done} is outside [0, total] or a duration is
     *                                  {@code null} or negative
     */
    public RunProgress {
        if (done < 0 || done > total) {
            throw new IllegalArgumentException("done must be in [0, " + total + "]: " + done);
        }
        if (elapsed == null || elapsed.isNegative() || remaining == null || remaining.isNegative()) {
            throw new IllegalArgumentException("durations must be non-negative: " + elapsed + ", " + remaining);
        }
    }

    /**
     * Returns the fraction done, done / total (1 when there is nothing to do).
     *
     * @return a value in [0, 1]
     */
    public double fraction() {
        return total == 0 ? 1 : (double) done / total;
    }
}
