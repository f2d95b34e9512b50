package org.divide.metrics.composite;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.divide.core.Direction;
import org.divide.core.Framework;

/**
 * The framework flattened once per spec into index arrays: nodes in aggregation order (the
 * indicators in framework order, then each level's aggregates in framework order), each node's
 * level, parent and children by position, so that a run walks arrays and never a tree.
 */
final class Plan {

    final Framework framework;
    /** Indicator codes in framework order (positions 0 … leafCount − 1 of {@link #nodes}). */
    final List<String> leaves;
    final Map<String, Integer> leafIndex;
    /** All node codes in aggregation order. */
    final List<String> nodes;
    final Map<String, Integer> nodeIndex;
    final int leafCount;
    final int[] level;
    final int[] parent;
    /** Children positions of each node (empty for indicators). */
    final int[][] children;
    /** The framework's direction of each node. */
    final Direction[] direction;
    /** The framework's weight of each node. */
    final double[] weight;
    /** {@code levelStart[L]}: first position of level L; {@code levelStart[levels + 1] = nodes.size()}. */
    final int[] levelStart;
    final int levels;

    Plan(Framework framework) {
        this.framework = framework;
        this.levels = framework.levels();
        List<String> order = new ArrayList<>();
        levelStart = new int[levels + 2];
        for (int l = 1; l <= levels; l++) {
            levelStart[l] = order.size();
            framework.nodesAtLevel(l).forEach(n -> order.add(n.code()));
        }
        levelStart[levels + 1] = order.size();
        nodes = Collections.unmodifiableList(order);
        nodeIndex = index(nodes);
        leafCount = levelStart[2 <= levels ? 2 : levels + 1];
        leaves = nodes.subList(0, leafCount);
        leafIndex = index(leaves);
        int n = nodes.size();
        level = new int[n];
        parent = new int[n];
        children = new int[n][];
        direction = new Direction[n];
        weight = new double[n];
        for (int k = 0; k < n; k++) {
            Framework.Node node = framework.node(nodes.get(k));
            level[k] = node.level();
            parent[k] = node.parent() == null ? -1 : nodeIndex.get(node.parent());
            direction[k] = node.direction();
            weight[k] = node.weight();
            children[k] = framework.children(node.code()).stream().mapToInt(c -> nodeIndex.get(c.code())).toArray();
        }
    }

    private static Map<String, Integer> index(List<String> codes) {
        Map<String, Integer> m = new HashMap<>();
        for (int i = 0; i < codes.size(); i++) {
            m.put(codes.get(i), i);
        }
        return Collections.unmodifiableMap(m);
    }

    /** {@return the position of the root} */
    int root() {
        return nodes.size() - 1;
    }

    /**
     * The indicators grouped by their ancestor at a level.
     *
     * @param groupLevel a level ≥ 2, or 0 for one group of all indicators
     * @return the groups: leaf positions, ancestors in aggregation order
     */
    int[][] leafGroups(int groupLevel) {
        if (groupLevel == 0) {
            int[] all = new int[leafCount];
            for (int i = 0; i < all.length; i++) {
                all[i] = i;
            }
            return new int[][] {all};
        }
        Map<Integer, List<Integer>> byAncestor = new java.util.TreeMap<>();
        for (int i = 0; i < leafCount; i++) {
            int a = i;
            while (level[a] < groupLevel) {
                a = parent[a];
            }
            byAncestor.computeIfAbsent(a, x -> new ArrayList<>()).add(i);
        }
        return byAncestor.values().stream().map(l -> l.stream().mapToInt(Integer::intValue).toArray())
                .toArray(int[][]::new);
    }
}
