package org.divide.core.spec;

import org.divide.core.internal.Checks;

/**
 * What {@link Treat} does to an indicator, one record per method with its parameters. Skewness is
 * the sample G1 and kurtosis the sample excess kurtosis G2 of the present values.
 */
public sealed interface TreatMethod extends SpecMethod {

    /** Nothing (COINr's {@code "none"}). */
    record None() implements TreatMethod {
    }

    /**
     * COINr's treatment: treat only if {@code |G1| ≥ skewThreshold} and
     * {@code G2 ≥ kurtosisThreshold}; winsorise up to {@code winsorisationLimit} points toward the
     * skewed side, re-checking, and if still failing apply the fallback transform to the original
     * column (or to the winsorised one with {@code combine}).
     *
     * @param winsorisationLimit the most points winsorisation may change (COINr's {@code winmax},
     *     default 5), {@code ≥ 0}
     * @param skewThreshold      the threshold for {@code |G1|}, default 2, finite and {@code > 0}
     * @param kurtosisThreshold  the threshold for {@code G2}, default 3.5, finite
     * @param forceWinsorisation winsorise {@code winsorisationLimit} points whatever the check
     *     (COINr's {@code force_win}, default {@code false})
     * @param fallback           the transform if winsorisation does not suffice (default
     *     {@link TransformMethod.LogCT}; {@link TransformMethod.None} for none)
     * @param combine            apply the fallback to the winsorised column rather than the original
     *     (COINr's {@code combine_treat}, default {@code false})
     */
    record Coinr(int winsorisationLimit, double skewThreshold, double kurtosisThreshold, boolean forceWinsorisation,
            TransformMethod fallback, boolean combine) implements TreatMethod {

        /** Validates. */
        public Coinr {
            if (winsorisationLimit < 0) {
                throw new IllegalArgumentException("Coinr.winsorisationLimit must be >= 0: " + winsorisationLimit);
            }
            Checks.positive("Coinr.skewThreshold", skewThreshold);
            Checks.finite("Coinr.kurtosisThreshold", kurtosisThreshold);
            Checks.notNull("Coinr.fallback", fallback);
        }

        /**
         * A copy with another winsorisation limit.
         *
         * @param limit the most points winsorisation may change
         * @return the new method
         */
        public Coinr withWinsorisationLimit(int limit) {
            return new Coinr(limit, skewThreshold, kurtosisThreshold, forceWinsorisation, fallback, combine);
        }

        /**
         * A copy that winsorises whatever the check says.
         *
         * @param force {@code true} to force
         * @return the new method
         */
        public Coinr withForcedWinsorisation(boolean force) {
            return new Coinr(winsorisationLimit, skewThreshold, kurtosisThreshold, force, fallback, combine);
        }

        /**
         * A copy with another fallback transform.
         *
         * @param transform the transform
         * @return the new method
         */
        public Coinr withFallback(TransformMethod transform) {
            return new Coinr(winsorisationLimit, skewThreshold, kurtosisThreshold, forceWinsorisation, transform,
                    combine);
        }

        /**
         * A copy with other thresholds.
         *
         * @param skew the skewness threshold
         * @param kurt the kurtosis threshold
         * @return the new method
         */
        public Coinr withThresholds(double skew, double kurt) {
            return new Coinr(winsorisationLimit, skew, kurt, forceWinsorisation, fallback, combine);
        }
    }

    /**
     * A transform applied unconditionally (e.g. a Box-Cox or log step in its own right); the
     * thresholds only flag the column in the report before and after.
     *
     * @param transform         the transform, not {@link TransformMethod.None}
     * @param skewThreshold     the threshold for {@code |G1|} in the report, finite and {@code > 0}
     * @param kurtosisThreshold the threshold for {@code G2} in the report, finite
     */
    record Transform(TransformMethod transform, double skewThreshold, double kurtosisThreshold)
            implements TreatMethod {

        /** Validates. */
        public Transform {
            Checks.notNull("Transform.transform", transform);
            if (transform instanceof TransformMethod.None) {
                throw new IllegalArgumentException("Transform.transform: method transform needs a transform, not none");
            }
            Checks.positive("Transform.skewThreshold", skewThreshold);
            Checks.finite("Transform.kurtosisThreshold", kurtosisThreshold);
        }
    }

    /** @return no treatment */
    static None none() {
        return new None();
    }

    /** @return COINr's default: winsorise up to 5 points, thresholds 2 and 3.5, fall back to {@code log_CT} */
    static Coinr coinr() {
        return new Coinr(5, 2, 3.5, false, new TransformMethod.LogCT(), false);
    }

    /**
     * An unconditional transform, reported with COINr's thresholds 2 and 3.5.
     *
     * @param transform the transform
     * @return the method
     */
    static Transform transform(TransformMethod transform) {
        return new Transform(transform, 2, 3.5);
    }
}
