package org.divide.metrics.profile;

import java.util.List;
import java.util.Objects;

/**
 * One change of a what-if: an indicator of an economy set to a new raw value, computed from the
 * data the index was built on (the raw stage: the indicator's values in the year built).
 *
 * @param economy   the economy's code
 * @param indicator the indicator's code
 * @param target    how the new value is found
 */
public record Change(String economy, String indicator, Target target) {

    /**
     * Checks.
     *
     * @throws NullPointerException if an argument is {@code null}
     */
    public Change {
        Objects.requireNonNull(economy, "economy");
        Objects.requireNonNull(indicator, "indicator");
        Objects.requireNonNull(target, "target");
    }

    /** How a change finds its new raw value. */
    public sealed interface Target permits ToValue, ByPercent, ToPeerMedian, ToPercentile {
    }

    /**
     * The value itself, in the indicator's units.
     *
     * @param value the new value (finite)
     */
    public record ToValue(double value) implements Target {
        /** @throws IllegalArgumentException if the value is not finite */
        public ToValue {
            if (!Double.isFinite(value)) {
                throw new IllegalArgumentException("value is not finite: " + value);
            }
        }
    }

    /**
     * The current value times {@code 1 + percent / 100} (in the indicator's units, whatever its
     * direction: {@code +10} raises it by a tenth). A missing current value cannot be scaled.
     *
     * @param percent the change in percent (finite)
     */
    public record ByPercent(double percent) implements Target {
        /** @throws IllegalArgumentException if the percentage is not finite */
        public ByPercent {
            if (!Double.isFinite(percent)) {
                throw new IllegalArgumentException("percent is not finite: " + percent);
            }
        }
    }

    /**
     * The median (R's type 7) of the peers' present values; the economy itself is not among its
     * peers.
     *
     * @param peers the peers' codes, at least one with a value
     */
    public record ToPeerMedian(List<String> peers) implements Target {
        /** Copies the list. */
        public ToPeerMedian {
            peers = List.copyOf(peers);
        }
    }

    /**
     * The value at a percentile of performance over every economy's present value (R's type 7
     * quantile): {@code 90} is the value that 90 % of the distribution falls short of — for an
     * indicator where lower is better, the raw 10th percentile.
     *
     * @param percentile the percentile in [0, 100]
     */
    public record ToPercentile(double percentile) implements Target {
        /** @throws IllegalArgumentException if the percentile is outside [0, 100] */
        public ToPercentile {
            if (!(percentile >= 0 && percentile <= 100)) {
                throw new IllegalArgumentException("percentile must be in [0, 100]: " + percentile);
            }
        }
    }
}
