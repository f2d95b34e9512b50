package org.divide.core.spec;

import java.util.Map;
import org.divide.core.internal.Checks;

/**
 * Outlier treatment (COINr's {@code Treat}): a default {@link Rule} for every indicator and
 * per-indicator overrides (COINr's {@code global_specs} and {@code indiv_specs}). The pipeline
 * reports, per indicator, the skewness and kurtosis before and after, the winsorised points and
 * the transform applied.
 *
 * @param defaults  the rule for indicators without an override; {@link Rule#coinr()} is COINr's
 *     default
 * @param overrides indicator code → its rule (e.g. {@link Rule#none()} to leave one alone, or a
 *     forced winsorisation)
 */
public record Treat(Rule defaults, Map<String, Rule> overrides) implements Step {

    /**
     * Validates and copies.
     *
     * @throws IllegalArgumentException if the defaults are null or an override is null
     */
    public Treat {
        Checks.notNull("Treat.defaults", defaults);
        overrides = Checks.map("Treat.overrides", overrides);
    }

    /**
     * COINr's default treatment of every indicator.
     *
     * @return the step
     */
    public static Treat coinr() {
        return new Treat(Rule.coinr(), Map.of());
    }

    /**
     * A copy with one more override.
     *
     * @param indicator the indicator code
     * @param rule      its rule
     * @return the new step
     */
    public Treat withOverride(String indicator, Rule rule) {
        Map<String, Rule> copy = new java.util.LinkedHashMap<>(overrides);
        copy.put(indicator, rule);
        return new Treat(defaults, copy);
    }

    /**
     * The rule for an indicator.
     *
     * @param indicator the indicator code
     * @return its override, or the defaults
     */
    public Rule ruleFor(String indicator) {
        return overrides.getOrDefault(indicator, defaults);
    }

    @Override
    public StepKind kind() {
        return StepKind.TREAT;
    }

    /**
     * How one indicator is treated.
     *
     * @param method             what is done
     * @param winsorisationLimit the most points winsorisation may change (COINr's {@code winmax},
     *     default 5), {@code ≥ 0}
     * @param skewThreshold      the threshold for {@code |G1|} (sample skewness), default 2, {@code > 0}
     * @param kurtosisThreshold  the threshold for {@code G2} (sample excess kurtosis), default 3.5
     * @param forceWinsorisation winsorise {@code winsorisationLimit} points whatever the check
     *     (COINr's {@code force_win}, default {@code false})
     * @param transform          the transform: the fallback of {@link TreatMethod#COINR} (default
     *     {@link TransformMethod#LOG_CT}) or the transform of {@link TreatMethod#TRANSFORM}
     * @param lambda             the Box-Cox λ for {@link TransformMethod#BOX_COX} (finite), ignored
     *     otherwise (0 by convention)
     * @param combine            apply the fallback to the winsorised column rather than the original
     *     (COINr's {@code combine_treat}, default {@code false})
     */
    public record Rule(TreatMethod method, int winsorisationLimit, double skewThreshold, double kurtosisThreshold,
            boolean forceWinsorisation, TransformMethod transform, double lambda, boolean combine) {

        /**
         * Validates.
         *
         * @throws IllegalArgumentException if a field is null or out of range, or
         *     {@link TreatMethod#TRANSFORM} has no transform
         */
        public Rule {
            Checks.notNull("Treat.Rule.method", method);
            Checks.notNull("Treat.Rule.transform", transform);
            if (winsorisationLimit < 0) {
                throw new IllegalArgumentException("Treat.Rule.winsorisationLimit must be >= 0: " + winsorisationLimit);
            }
            Checks.positive("Treat.Rule.skewThreshold", skewThreshold);
            Checks.finite("Treat.Rule.kurtosisThreshold", kurtosisThreshold);
            Checks.finite("Treat.Rule.lambda", lambda);
            if (method == TreatMethod.TRANSFORM && transform == TransformMethod.NONE) {
                throw new IllegalArgumentException("Treat.Rule: method TRANSFORM needs a transform");
            }
        }

        /**
         * COINr's default: winsorise up to 5 points, thresholds 2 and 3.5, fall back to
         * {@code log_CT} of the original column.
         *
         * @return the rule
         */
        public static Rule coinr() {
            return new Rule(TreatMethod.COINR, 5, 2, 3.5, false, TransformMethod.LOG_CT, 0, false);
        }

        /**
         * No treatment.
         *
         * @return the rule
         */
        public static Rule none() {
            return new Rule(TreatMethod.NONE, 5, 2, 3.5, false, TransformMethod.NONE, 0, false);
        }

        /**
         * An unconditional transform.
         *
         * @param transform the transform
         * @param lambda    the Box-Cox λ (ignored for other transforms)
         * @return the rule
         */
        public static Rule transform(TransformMethod transform, double lambda) {
            return new Rule(TreatMethod.TRANSFORM, 5, 2, 3.5, false, transform, lambda, false);
        }

        /**
         * A copy with another winsorisation limit.
         *
         * @param limit the most points winsorisation may change
         * @return the new rule
         */
        public Rule withWinsorisationLimit(int limit) {
            return new Rule(method, limit, skewThreshold, kurtosisThreshold, forceWinsorisation, transform, lambda,
                    combine);
        }

        /**
         * A copy that winsorises whatever the check says.
         *
         * @param force {@code true} to force
         * @return the new rule
         */
        public Rule withForcedWinsorisation(boolean force) {
            return new Rule(method, winsorisationLimit, skewThreshold, kurtosisThreshold, force, transform, lambda,
                    combine);
        }

        /**
         * A copy with another fallback transform.
         *
         * @param newTransform the transform
         * @param newLambda    the Box-Cox λ
         * @return the new rule
         */
        public Rule withTransform(TransformMethod newTransform, double newLambda) {
            return new Rule(method, winsorisationLimit, skewThreshold, kurtosisThreshold, forceWinsorisation,
                    newTransform, newLambda, combine);
        }

        /**
         * A copy with other thresholds.
         *
         * @param skew the skewness threshold
         * @param kurt the kurtosis threshold
         * @return the new rule
         */
        public Rule withThresholds(double skew, double kurt) {
            return new Rule(method, winsorisationLimit, skew, kurt, forceWinsorisation, transform, lambda, combine);
        }
    }
}
