package org.divide.core.spec;

import java.util.LinkedHashMap;
import java.util.Map;
import org.divide.core.internal.Checks;

/**
 * Aggregation (COINr's {@code Aggregate}), level by level from the indicators up to the index.
 * Each aggregate node is computed by the {@link Rule} of its own entry in {@code nodes}, else of
 * its level in {@code levels}, else {@code defaults} — so methods may be mixed within a level
 * (COINr's open issue #35). Missing children are skipped and the weights of the others
 * renormalised; a node whose share of children present is below the rule's availability threshold
 * is missing.
 *
 * <p><b>Directions of aggregates.</b> COINr ignores the direction of a node above level 1. With
 * {@code directions} true (the default), an aggregate declared {@link org.divide.core.Direction#NEGATIVE}
 * in the framework enters its parent reflected within its observed range, {@code min + max − s}
 * (over the economies), so that its range, and the positivity the geometric mean needs, are kept;
 * its own score and rank keep its meaning. With {@code false} the direction is ignored as in COINr.
 *
 * @param defaults   the rule of nodes without a level or node entry; {@link Rule#arithmetic()} is
 *     COINr's default
 * @param levels     level ({@code ≥ 2}) → rule for the nodes at that level
 * @param nodes      aggregate node code → its own rule
 * @param directions whether declared directions of aggregates are honoured (default {@code true})
 */
public record Aggregate(Rule defaults, Map<Integer, Rule> levels, Map<String, Rule> nodes, boolean directions)
        implements Step {

    /**
     * Validates and copies.
     *
     * @throws IllegalArgumentException if the defaults are null, a map holds a null entry or a
     *     level is below 2
     */
    public Aggregate {
        Checks.notNull("Aggregate.defaults", defaults);
        levels = Checks.map("Aggregate.levels", levels);
        nodes = Checks.map("Aggregate.nodes", nodes);
        for (Integer level : levels.keySet()) {
            if (level < 2) {
                throw new IllegalArgumentException("Aggregate.levels: level must be >= 2: " + level);
            }
        }
    }

    /**
     * COINr's default: the weighted arithmetic mean everywhere, no availability threshold.
     *
     * @return the step
     */
    public static Aggregate arithmetic() {
        return with(Rule.arithmetic());
    }

    /**
     * One rule for every node.
     *
     * @param rule the rule
     * @return the step
     */
    public static Aggregate with(Rule rule) {
        return new Aggregate(rule, Map.of(), Map.of(), true);
    }

    /**
     * A copy with a rule for one level.
     *
     * @param level the level, {@code ≥ 2}
     * @param rule  the rule
     * @return the new step
     */
    public Aggregate withLevel(int level, Rule rule) {
        Map<Integer, Rule> copy = new LinkedHashMap<>(levels);
        copy.put(level, rule);
        return new Aggregate(defaults, copy, nodes, directions);
    }

    /**
     * A copy with a rule for one node.
     *
     * @param node the aggregate node's code
     * @param rule the rule
     * @return the new step
     */
    public Aggregate withNode(String node, Rule rule) {
        Map<String, Rule> copy = new LinkedHashMap<>(nodes);
        copy.put(node, rule);
        return new Aggregate(defaults, levels, copy, directions);
    }

    /**
     * A copy that honours or ignores the directions of aggregates.
     *
     * @param honour {@code true} to honour them
     * @return the new step
     */
    public Aggregate withDirections(boolean honour) {
        return new Aggregate(defaults, levels, nodes, honour);
    }

    /**
     * The rule of a node.
     *
     * @param node  the node's code
     * @param level the node's level
     * @return its node rule, else its level's, else the defaults
     */
    public Rule ruleFor(String node, int level) {
        Rule r = nodes.get(node);
        if (r != null) {
            return r;
        }
        return levels.getOrDefault(level, defaults);
    }

    @Override
    public StepKind kind() {
        return StepKind.AGGREGATE;
    }

    /**
     * How one node is aggregated from its children.
     *
     * @param method                the method and its parameters
     * @param availabilityThreshold the minimum share of children present, in [0, 1], below which
     *     the node is missing (COINr's {@code dat_thresh}); 0 = none
     */
    public record Rule(AggregateMethod method, double availabilityThreshold) {

        /**
         * Validates.
         *
         * @throws IllegalArgumentException if the method is null or the threshold outside [0, 1]
         */
        public Rule {
            Checks.notNull("Aggregate.Rule.method", method);
            Checks.share("Aggregate.Rule.availabilityThreshold", availabilityThreshold);
        }

        /**
         * A method without availability threshold.
         *
         * @param method the method
         * @return the rule
         */
        public static Rule of(AggregateMethod method) {
            return new Rule(method, 0);
        }

        /**
         * The weighted arithmetic mean, COINr's default.
         *
         * @return the rule
         */
        public static Rule arithmetic() {
            return of(AggregateMethod.arithmetic());
        }

        /**
         * The weighted geometric mean.
         *
         * @return the rule
         */
        public static Rule geometric() {
            return of(AggregateMethod.geometric());
        }

        /**
         * The weighted generalised mean of order {@code p}.
         *
         * @param p the order, not 0
         * @return the rule
         */
        public static Rule generalised(double p) {
            return of(AggregateMethod.generalised(p));
        }

        /**
         * A copy with a shift.
         *
         * @param c the shift
         * @return the new rule
         * @throws IllegalArgumentException if the method takes no shift (see
         *     {@link AggregateMethod.Shifted}) or {@code c} is invalid
         */
        public Rule withShift(double c) {
            if (method instanceof AggregateMethod.Shifted shifted) {
                return new Rule(shifted.withShift(c), availabilityThreshold);
            }
            throw new IllegalArgumentException("Aggregate.Rule: " + method + " takes no shift: " + c);
        }

        /**
         * A copy with an availability threshold.
         *
         * @param threshold the minimum share of children present
         * @return the new rule
         */
        public Rule withAvailabilityThreshold(double threshold) {
            return new Rule(method, threshold);
        }
    }
}
