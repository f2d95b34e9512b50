package org.divide.core.spec;

import java.util.LinkedHashMap;
import java.util.Map;

import org.divide.core.Direction;

/**
 * Normalisation (COINr's {@code Normalise}): each indicator is first multiplied by its direction
 * ({@code x' = x·d}: the framework's direction, or the entry of {@code directions}), then
 * normalised by its {@link Rule}: {@code defaults}, or its entry of {@code overrides} (COINr's
 * {@code global_specs} and {@code indiv_specs}).
 *
 * @param defaults   the rule for indicators without an override; {@link Rule#minMax()} (onto
 *     [0, 100]) is COINr's default
 * @param overrides  indicator code → its rule
 * @param directions indicator code → direction replacing the framework's (COINr's
 *     {@code directions} argument); usually empty
 */
public record Normalise(Rule defaults, Map<String, Rule> overrides, Map<String, Direction> directions)
        implements Step {

    /**
     * Validates and copies.
     *
     * @throws IllegalArgumentException if the defaults are null or a map holds a null entry
     */
    public Normalise {
        SpecChecks.notNull("Normalise.defaults", defaults);
        overrides = SpecChecks.map("Normalise.overrides", overrides);
        directions = SpecChecks.map("Normalise.directions", directions);
    }

    /**
     * COINr's default: min-max onto [0, 100].
     *
     * @return the step
     */
    public static Normalise minMax() {
        return with(Rule.minMax());
    }

    /**
     * One rule for every indicator.
     *
     * @param rule the rule
     * @return the step
     */
    public static Normalise with(Rule rule) {
        return new Normalise(rule, Map.of(), Map.of());
    }

    /**
     * A copy with one more override.
     *
     * @param indicator the indicator code
     * @param rule      its rule
     * @return the new step
     */
    public Normalise withOverride(String indicator, Rule rule) {
        Map<String, Rule> copy = new LinkedHashMap<>(overrides);
        copy.put(indicator, rule);
        return new Normalise(defaults, copy, directions);
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
        return StepKind.NORMALISE;
    }

    /**
     * How one indicator is normalised. Parameters that a method does not use must be {@code null}
     * (or, for the flags, keep their defaults), so a spec never carries dead settings.
     *
     * @param method    the method
     * @param lower     the lower end of the output range (the score of a native 0); for
     *     {@link NormaliseMethod#Z_SCORE} the target mean; {@code null} = the method's default (0)
     * @param upper     the upper end of the output range (the score of a native 1); for
     *     {@link NormaliseMethod#Z_SCORE} the target standard deviation; {@code null} = the
     *     method's default (100 for min-max and scaled, 1 otherwise). Must exceed {@code lower}
     *     (be {@code > 0} for the z-score). Rank, Borda and none take no range.
     * @param low       for {@link NormaliseMethod#SCALED} and {@link NormaliseMethod#GOALPOSTS}:
     *     the lower bound or goalpost in the indicator's units; {@code null} otherwise
     * @param high      the upper bound or goalpost, {@code > low}; {@code null} otherwise
     * @param target    for {@link NormaliseMethod#DISTANCE_TO_TARGET}: the target in the
     *     indicator's units; {@code null} otherwise
     * @param reference for {@link NormaliseMethod#DISTANCE_TO_REFERENCE}: the reference economy's
     *     code; {@code null} otherwise
     * @param cap       for the distances to a reference or target: cap scores at 1 (COINr's
     *     {@code cap_max}, default {@code false})
     * @param truncate  for goalposts: truncate to [0, 1] (COINr's {@code trunc2posts}, default
     *     {@code true})
     * @param ties      for the rank methods: the tie rule (default {@link RankTies#MIN}, as COINr)
     */
    public record Rule(NormaliseMethod method, Double lower, Double upper, Double low, Double high, Double target,
            String reference, boolean cap, boolean truncate, RankTies ties) {

        /**
         * Validates the parameters against the method.
         *
         * @throws IllegalArgumentException if the method or tie rule is null, a parameter the
         *     method needs is missing, a parameter it does not use is set, or a range or pair of
         *     bounds is not increasing
         */
        public Rule {
            SpecChecks.notNull("Normalise.Rule.method", method);
            SpecChecks.notNull("Normalise.Rule.ties", ties);
            SpecChecks.optionalFinite("Normalise.Rule.lower", lower);
            SpecChecks.optionalFinite("Normalise.Rule.upper", upper);
            SpecChecks.optionalFinite("Normalise.Rule.low", low);
            SpecChecks.optionalFinite("Normalise.Rule.high", high);
            SpecChecks.optionalFinite("Normalise.Rule.target", target);
            boolean ranged = method != NormaliseMethod.NONE && method != NormaliseMethod.RANK
                    && method != NormaliseMethod.BORDA;
            if (!ranged && (lower != null || upper != null)) {
                throw new IllegalArgumentException("Normalise.Rule: " + method + " takes no output range");
            }
            if (method == NormaliseMethod.Z_SCORE) {
                if (upper != null && !(upper > 0)) {
                    throw new IllegalArgumentException("Normalise.Rule: Z_SCORE sd (upper) must be > 0: " + upper);
                }
            } else if (lower != null || upper != null) {
                double l = lower != null ? lower : 0;
                double u = upper != null ? upper : defaultUpper(method);
                if (!(u > l)) {
                    throw new IllegalArgumentException(
                            "Normalise.Rule: output range must increase: [" + l + ", " + u + "]");
                }
            }
            boolean bounded = method == NormaliseMethod.SCALED || method == NormaliseMethod.GOALPOSTS;
            require(bounded, low != null && high != null, low != null || high != null, method, "bounds low and high");
            if (bounded && !(high > low)) {
                throw new IllegalArgumentException(
                        "Normalise.Rule: " + method + " bounds must increase: low " + low + ", high " + high);
            }
            boolean targeted = method == NormaliseMethod.DISTANCE_TO_TARGET;
            require(targeted, target != null, target != null, method, "a target");
            boolean referenced = method == NormaliseMethod.DISTANCE_TO_REFERENCE;
            boolean hasReference = reference != null && !reference.isBlank();
            require(referenced, hasReference, reference != null, method, "a reference economy");
            if (cap && !targeted && !referenced) {
                throw new IllegalArgumentException("Normalise.Rule: " + method + " takes no cap");
            }
            if (!truncate && method != NormaliseMethod.GOALPOSTS) {
                throw new IllegalArgumentException("Normalise.Rule: " + method + " takes no truncation setting");
            }
        }

        private static void require(boolean needs, boolean has, boolean any, NormaliseMethod method, String what) {
            if (needs && !has) {
                throw new IllegalArgumentException("Normalise.Rule: " + method + " needs " + what);
            }
            if (!needs && any) {
                throw new IllegalArgumentException("Normalise.Rule: " + method + " takes no " + what);
            }
        }

        /**
         * The default upper end of a method's output range: 100 for min-max and scaled, 1 for the
         * z-score's sd and the other ranged methods.
         *
         * @param method the method
         * @return the default upper end
         */
        public static double defaultUpper(NormaliseMethod method) {
            return method == NormaliseMethod.MIN_MAX || method == NormaliseMethod.SCALED ? 100 : 1;
        }

        /**
         * A method with its default parameters (those without required parameters).
         *
         * @param method the method
         * @return the rule
         */
        public static Rule of(NormaliseMethod method) {
            return new Rule(method, null, null, null, null, null, null, false, true, RankTies.MIN);
        }

        /**
         * Min-max onto [0, 100], COINr's default.
         *
         * @return the rule
         */
        public static Rule minMax() {
            return of(NormaliseMethod.MIN_MAX);
        }

        /**
         * Min-max onto [lower, upper].
         *
         * @param lower the score of the minimum
         * @param upper the score of the maximum
         * @return the rule
         */
        public static Rule minMax(double lower, double upper) {
            return of(NormaliseMethod.MIN_MAX).withRange(lower, upper);
        }

        /**
         * Z-scores with a target mean and standard deviation.
         *
         * @param mean the mean
         * @param sd   the standard deviation
         * @return the rule
         */
        public static Rule zScore(double mean, double sd) {
            return new Rule(NormaliseMethod.Z_SCORE, mean, sd, null, null, null, null, false, true, RankTies.MIN);
        }

        /**
         * Scaling by fixed bounds onto [0, 100].
         *
         * @param low  the value scoring 0
         * @param high the value scoring 100
         * @return the rule
         */
        public static Rule scaled(double low, double high) {
            return new Rule(NormaliseMethod.SCALED, null, null, low, high, null, null, false, true, RankTies.MIN);
        }

        /**
         * Goalposts onto [0, 1], truncated.
         *
         * @param low  the lower goalpost
         * @param high the upper goalpost
         * @return the rule
         */
        public static Rule goalposts(double low, double high) {
            return new Rule(NormaliseMethod.GOALPOSTS, null, null, low, high, null, null, false, true, RankTies.MIN);
        }

        /**
         * Distance to a target onto [0, 1].
         *
         * @param target the target
         * @return the rule
         */
        public static Rule distanceToTarget(double target) {
            return new Rule(NormaliseMethod.DISTANCE_TO_TARGET, null, null, null, null, target, null, false, true,
                    RankTies.MIN);
        }

        /**
         * Distance to a reference economy onto [0, 1].
         *
         * @param economy the reference economy's code
         * @return the rule
         */
        public static Rule distanceToReference(String economy) {
            return new Rule(NormaliseMethod.DISTANCE_TO_REFERENCE, null, null, null, null, null, economy, false, true,
                    RankTies.MIN);
        }

        /**
         * A copy with another output range.
         *
         * @param newLower the score of a native 0
         * @param newUpper the score of a native 1
         * @return the new rule
         */
        public Rule withRange(double newLower, double newUpper) {
            return new Rule(method, newLower, newUpper, low, high, target, reference, cap, truncate, ties);
        }

        /**
         * A copy with the cap set.
         *
         * @param newCap whether to cap at 1
         * @return the new rule
         */
        public Rule withCap(boolean newCap) {
            return new Rule(method, lower, upper, low, high, target, reference, newCap, truncate, ties);
        }

        /**
         * A copy with the goalpost truncation set.
         *
         * @param newTruncate whether to truncate
         * @return the new rule
         */
        public Rule withTruncation(boolean newTruncate) {
            return new Rule(method, lower, upper, low, high, target, reference, cap, newTruncate, ties);
        }

        /**
         * A copy with another tie rule.
         *
         * @param newTies the tie rule
         * @return the new rule
         */
        public Rule withTies(RankTies newTies) {
            return new Rule(method, lower, upper, low, high, target, reference, cap, truncate, newTies);
        }

        /**
         * The lower end of the output range actually used.
         *
         * @return {@link #lower()}, or 0
         */
        public double rangeLower() {
            return lower != null ? lower : 0;
        }

        /**
         * The upper end of the output range actually used.
         *
         * @return {@link #upper()}, or {@link #defaultUpper(NormaliseMethod)}
         */
        public double rangeUpper() {
            return upper != null ? upper : defaultUpper(method);
        }
    }
}
