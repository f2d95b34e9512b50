package org.divide.core.spec;

import org.divide.core.internal.Checks;

/**
 * Which economies {@link Screen} removes (COINr's {@code Screen} {@code unit_screen}), one record
 * per rule with its thresholds: an economy is removed if its availability (share of indicators
 * present) is below the availability threshold, or its non-zero share (share of present values
 * that are not 0) below the non-zero threshold, as the rule says.
 */
public sealed interface ScreenRule extends SpecMethod {

    /** COINr's default availability threshold, 2/3 ({@code dat_thresh}). */
    double DEFAULT_AVAILABILITY = 2.0 / 3;
    /** COINr's default non-zero threshold, 0.05 ({@code nonzero_thresh}). */
    double DEFAULT_NON_ZERO = 0.05;

    /** A rule on the availability of data. */
    sealed interface OnAvailability extends ScreenRule {
        /**
         * The minimum share of indicators present.
         *
         * @return a share in [0, 1]
         */
        double availabilityThreshold();
    }

    /** A rule on the share of zeros. */
    sealed interface OnZeros extends ScreenRule {
        /**
         * The minimum share of present values that are not 0.
         *
         * @return a share in [0, 1]
         */
        double nonZeroThreshold();
    }

    /**
     * Keeps an economy if {@code 1 − nMissing/nIndicators ≥ availabilityThreshold} ({@code unit_screen = "byNA"}).
     *
     * @param availabilityThreshold the minimum share present, in [0, 1]
     */
    record ByMissing(double availabilityThreshold) implements OnAvailability {
        /** Validates. */
        public ByMissing {
            Checks.share("ByMissing.availabilityThreshold", availabilityThreshold);
        }
    }

    /**
     * Keeps an economy if {@code 1 − nZero/nPresent ≥ nonZeroThreshold} ({@code unit_screen = "byzeros"}).
     *
     * @param nonZeroThreshold the minimum non-zero share, in [0, 1]
     */
    record ByZeros(double nonZeroThreshold) implements OnZeros {
        /** Validates. */
        public ByZeros {
            Checks.share("ByZeros.nonZeroThreshold", nonZeroThreshold);
        }
    }

    /**
     * Keeps an economy only if it passes both checks ({@code unit_screen = "byNAandzeros"}).
     *
     * @param availabilityThreshold the minimum share present, in [0, 1]
     * @param nonZeroThreshold      the minimum non-zero share, in [0, 1]
     */
    record ByMissingAndZeros(double availabilityThreshold, double nonZeroThreshold)
            implements OnAvailability, OnZeros {
        /** Validates. */
        public ByMissingAndZeros {
            Checks.share("ByMissingAndZeros.availabilityThreshold", availabilityThreshold);
            Checks.share("ByMissingAndZeros.nonZeroThreshold", nonZeroThreshold);
        }
    }

    /** @return by missing data, COINr's threshold 2/3 */
    static ByMissing byMissing() {
        return new ByMissing(DEFAULT_AVAILABILITY);
    }

    /** @return by zeros, COINr's threshold 0.05 */
    static ByZeros byZeros() {
        return new ByZeros(DEFAULT_NON_ZERO);
    }

    /** @return by missing data and zeros, COINr's thresholds */
    static ByMissingAndZeros byMissingAndZeros() {
        return new ByMissingAndZeros(DEFAULT_AVAILABILITY, DEFAULT_NON_ZERO);
    }
}
