package org.divide.core;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

/**
 * The validated structure of a {@link Framework}: positions, parents, children and effective
 * weights of its nodes. Every check throws an {@link IllegalArgumentException} naming the node and
 * the offending value.
 */
final class FrameworkTree {

    final List<Framework.Node> nodes;
    final Map<String, Integer> index = new HashMap<>();
    /** Position of each node's parent, −1 for the root. */
    final int[] parent;
    /** Positions of each node's children, in insertion order. */
    final int[][] children;
    final int root;
    /** Product along the lineage of the weights normalised within siblings. */
    final double[] effectiveWeight;

    /**
     * Validates the nodes and works out the tree.
     *
     * @param nodes the nodes, in insertion order
     * @throws IllegalArgumentException if the nodes do not form a valid framework
     */
    FrameworkTree(List<Framework.Node> nodes) {
        this.nodes = List.copyOf(nodes);
        int n = this.nodes.size();
        if (n == 0) {
            throw new IllegalArgumentException("framework has no nodes");
        }
        for (int k = 0; k < n; k++) {
            Integer before = index.put(this.nodes.get(k).code(), k);
            if (before != null) {
                throw new IllegalArgumentException(
                        "duplicate node code: " + this.nodes.get(k).code() + " (positions " + before + " and " + k + ")");
            }
        }
        parent = parents();
        root = root();
        checkAcyclic();
        children = children();
        checkLevels();
        effectiveWeight = effectiveWeights();
    }

    private int[] parents() {
        int[] p = new int[nodes.size()];
        for (int k = 0; k < p.length; k++) {
            Framework.Node node = nodes.get(k);
            if (node.parent() == null) {
                p[k] = -1;
            } else {
                Integer at = index.get(node.parent());
                if (at == null) {
                    throw new IllegalArgumentException("node " + node.code() + " has unknown parent: " + node.parent());
                }
                p[k] = at;
            }
        }
        return p;
    }

    private int root() {
        StringJoiner roots = new StringJoiner(", ");
        int found = -1;
        for (int k = 0; k < parent.length; k++) {
            if (parent[k] < 0) {
                roots.add(nodes.get(k).code());
                found = found < 0 ? k : Integer.MAX_VALUE;
            }
        }
        if (found < 0) {
            throw new IllegalArgumentException("framework has no root (a node without parent)");
        }
        if (found == Integer.MAX_VALUE) {
            throw new IllegalArgumentException("framework has several roots: " + roots);
        }
        return found;
    }

    /** Walks up from every node once, marking nodes on the current path; meeting one is a cycle. */
    private void checkAcyclic() {
        byte[] state = new byte[parent.length]; // 0 unseen, 1 on the current path, 2 done
        List<Integer> path = new ArrayList<>();
        for (int start = 0; start < parent.length; start++) {
            path.clear();
            int v = start;
            while (v >= 0 && state[v] == 0) {
                state[v] = 1;
                path.add(v);
                v = parent[v];
            }
            if (v >= 0 && state[v] == 1) {
                StringJoiner cycle = new StringJoiner(" -> ");
                for (int k = path.indexOf(v); k < path.size(); k++) {
                    cycle.add(nodes.get(path.get(k)).code());
                }
                throw new IllegalArgumentException("cycle in framework: " + cycle + " -> " + nodes.get(v).code());
            }
            path.forEach(k -> state[k] = 2);
        }
    }

    private int[][] children() {
        int[] count = new int[parent.length];
        for (int p : parent) {
            if (p >= 0) {
                count[p]++;
            }
        }
        int[][] c = new int[parent.length][];
        for (int k = 0; k < c.length; k++) {
            c[k] = new int[count[k]];
            count[k] = 0;
        }
        for (int k = 0; k < parent.length; k++) {
            if (parent[k] >= 0) {
                c[parent[k]][count[parent[k]]++] = k;
            }
        }
        return c;
    }

    private void checkLevels() {
        for (int k = 0; k < parent.length; k++) {
            Framework.Node node = nodes.get(k);
            if (parent[k] >= 0) {
                Framework.Node up = nodes.get(parent[k]);
                if (up.level() != node.level() + 1) {
                    throw new IllegalArgumentException("node " + node.code() + " at level " + node.level()
                            + " has parent " + up.code() + " at level " + up.level() + " (must be " + (node.level() + 1)
                            + ")");
                }
            }
            if (!node.isIndicator() && children[k].length == 0) {
                throw new IllegalArgumentException("aggregate node " + node.code() + " at level " + node.level()
                        + " has no children");
            }
            double sum = siblingSum(children[k]);
            if (Double.isInfinite(sum)) {
                throw new IllegalArgumentException("weights of the children of node " + node.code()
                        + " sum to infinity");
            }
            if (children[k].length > 0 && sum == 0) {
                StringJoiner codes = new StringJoiner(", ");
                for (int c : children[k]) {
                    codes.add(nodes.get(c).code());
                }
                throw new IllegalArgumentException("all children of node " + node.code() + " have weight 0: " + codes);
            }
        }
    }

    private double[] effectiveWeights() {
        double[] w = new double[parent.length];
        w[root] = 1;
        int[] queue = new int[parent.length];
        int head = 0;
        int tail = 0;
        queue[tail++] = root;
        while (head < tail) {
            int p = queue[head++];
            double sum = siblingSum(children[p]);
            for (int c : children[p]) {
                w[c] = w[p] * nodes.get(c).weight() / sum;
                queue[tail++] = c;
            }
        }
        return w;
    }

    private double siblingSum(int[] siblings) {
        double sum = 0;
        for (int s : siblings) {
            sum += nodes.get(s).weight();
        }
        return sum;
    }
}
