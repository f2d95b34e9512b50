package org.divide.metrics.weights;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import org.divide.core.Framework;

/**
 * Weight sets of a framework as maps from node code to weight, in the framework's node order
 * (COINr's weight data frames {@code (iCode, Weight)}):
 *
 * <ul>
 * <li>{@link #of(Framework)}: the framework's own weights (COINr's {@code Weights$Original});</li>
 * <li>{@link #equal(Framework)}: 1 for every node (weights are relative within siblings, so this
 *     is equal weighting at every level);</li>
 * <li>{@link #effective(Framework)}: the product along each node's lineage of the weights
 *     normalised within siblings, {@code e(n) = Π_{a ∈ lineage(n), a ≠ root} w_a / Σ_{s ∈
 *     siblings(a)} w_s} (COINr's {@code get_eff_wts}); the effective weights of any complete
 *     level sum to 1;</li>
 * <li>{@link #apply(Framework, Map)}: a framework carrying a weight set.</li>
 * </ul>
 */
public final class Weighting {

    private Weighting() {
    }

    /**
     * The framework's weights.
     *
     * @param framework the framework
     * @return node code → weight (unmodifiable)
     */
    public static Map<String, Double> of(Framework framework) {
        Map<String, Double> w = new LinkedHashMap<>();
        framework.nodes().forEach(n -> w.put(n.code(), n.weight()));
        return Collections.unmodifiableMap(w);
    }

    /**
     * Equal weights: 1 for every node.
     *
     * @param framework the framework
     * @return node code → 1 (unmodifiable)
     */
    public static Map<String, Double> equal(Framework framework) {
        Map<String, Double> w = new LinkedHashMap<>();
        framework.nodes().forEach(n -> w.put(n.code(), 1.0));
        return Collections.unmodifiableMap(w);
    }

    /**
     * Effective weights: each node's share of the index.
     *
     * @param framework the framework
     * @return node code → effective weight in [0, 1], 1 for the root (unmodifiable)
     */
    public static Map<String, Double> effective(Framework framework) {
        Map<String, Double> w = new LinkedHashMap<>();
        framework.nodes().forEach(n -> w.put(n.code(), framework.effectiveWeight(n.code())));
        return Collections.unmodifiableMap(w);
    }

    /**
     * Effective weights under another weight set.
     *
     * @param framework the framework
     * @param weights   node code → weight for the nodes to reweight
     * @return node code → effective weight (unmodifiable)
     * @throws IllegalArgumentException as {@link #apply}
     */
    public static Map<String, Double> effective(Framework framework, Map<String, Double> weights) {
        return effective(apply(framework, weights));
    }

    /**
     * A copy of a framework with a weight set.
     *
     * @param framework the framework
     * @param weights   node code → weight, finite and ≥ 0, for the nodes to reweight
     * @return the reweighted framework
     * @throws IllegalArgumentException if a code is unknown, a weight invalid, or all children of a
     *     node end up with weight 0
     */
    public static Framework apply(Framework framework, Map<String, Double> weights) {
        java.util.List<Framework.Node> nodes = new java.util.ArrayList<>(framework.nodes());
        for (Map.Entry<String, Double> e : weights.entrySet()) {
            if (!framework.contains(e.getKey())) {
                throw new IllegalArgumentException("weight for unknown node " + e.getKey());
            }
        }
        nodes.replaceAll(n -> weights.containsKey(n.code()) ? n.withWeight(weights.get(n.code())) : n);
        return Framework.of(nodes);
    }
}
