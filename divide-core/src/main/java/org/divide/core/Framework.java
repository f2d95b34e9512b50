package org.divide.core;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.StringJoiner;
import org.divide.core.internal.Checks;

/**
 * The hierarchy of a composite index, as COINr's {@code iMeta}: indicators at level 1 (the leaves),
 * aggregates above them, and the index itself as the single root at the top level.
 *
 * <p>A framework is validated when built; each failure is an {@link IllegalArgumentException}
 * naming the node and the value:
 * <ul>
 *   <li>codes are non-blank and unique;</li>
 *   <li>exactly one node (the root) has no parent, every other parent is a node of the framework,
 *       and there is no cycle;</li>
 *   <li>every parent is exactly one level above its child, so all indicators sit at the same depth
 *       and the root is at level {@link #levels()};</li>
 *   <li>a node is an indicator if and only if it is at level 1, and every aggregate has children;</li>
 *   <li>weights are finite and ≥ 0, and the children of a node do not all weigh 0 (the node would
 *       have no defined score; give the node itself weight 0 to drop it instead).</li>
 * </ul>
 *
 * <p>Weights are relative within siblings and need not sum to 1; the root's weight is ignored. The
 * {@linkplain #effectiveWeight(String) effective weight} of a node is the product along its
 * lineage of the weights normalised within siblings, so the effective weights of the indicators
 * (and of any complete level) sum to 1.
 *
 * <p>Immutable and thread-safe. Lists returned are unmodifiable; nodes come in insertion order
 * unless stated otherwise.
 */
public final class Framework {

    private final FrameworkTree tree;

    private Framework(List<Node> nodes) {
        this.tree = new FrameworkTree(nodes);
    }

    /** {@return a new, empty builder} */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * A framework of the given nodes.
     *
     * @param nodes the nodes, in the order in which queries list them
     * @return the validated framework
     * @throws IllegalArgumentException if the nodes do not form a valid framework
     */
    public static Framework of(List<Node> nodes) {
        return new Framework(nodes);
    }

    /** {@return all nodes, in insertion order} */
    public List<Node> nodes() {
        return tree.nodes;
    }

    /** {@return the number of nodes} */
    public int size() {
        return tree.nodes.size();
    }

    /**
     * Whether a node has a code.
     *
     * @param code the code
     * @return {@code true} if the framework holds a node with that code
     */
    public boolean contains(String code) {
        return tree.index.containsKey(code);
    }

    /** {@return the root: the index itself} */
    public Node root() {
        return tree.nodes.get(tree.root);
    }

    /**
     * The node with a code.
     *
     * @param code the code
     * @return the node
     * @throws IllegalArgumentException if no node has that code
     */
    public Node node(String code) {
        return tree.nodes.get(position(code));
    }

    /**
     * The children of a node.
     *
     * @param code the node's code
     * @return its children, in insertion order (empty for an indicator)
     * @throws IllegalArgumentException if no node has that code
     */
    public List<Node> children(String code) {
        return nodesAt(tree.children[position(code)]);
    }

    /**
     * The parent of a node.
     *
     * @param code the node's code
     * @return its parent, or empty for the root
     * @throws IllegalArgumentException if no node has that code
     */
    public Optional<Node> parent(String code) {
        int p = tree.parent[position(code)];
        return p < 0 ? Optional.empty() : Optional.of(tree.nodes.get(p));
    }

    /** {@return the indicators (the leaves, at level 1), in insertion order} */
    public List<Node> leaves() {
        return nodesAtLevel(1);
    }

    /** {@return the codes of the indicators, in insertion order} */
    public List<String> indicatorCodes() {
        return leaves().stream().map(Node::code).toList();
    }

    /** {@return the number of levels: the level of the root} */
    public int levels() {
        return root().level();
    }

    /**
     * The nodes at one level.
     *
     * @param level the level, from 1 (indicators) to {@link #levels()} (the root)
     * @return the nodes, in insertion order
     * @throws IllegalArgumentException if the level is out of range
     */
    public List<Node> nodesAtLevel(int level) {
        if (level < 1 || level > levels()) {
            throw new IllegalArgumentException("level out of range [1, " + levels() + "]: " + level);
        }
        return tree.nodes.stream().filter(n -> n.level() == level).toList();
    }

    /**
     * The indicators in the subtree of a node.
     *
     * @param code the node's code
     * @return the leaves below it, in insertion order (the node itself if it is an indicator)
     * @throws IllegalArgumentException if no node has that code
     */
    public List<Node> indicatorsUnder(String code) {
        List<Integer> found = new ArrayList<>();
        List<Integer> stack = new ArrayList<>(List.of(position(code)));
        while (!stack.isEmpty()) {
            int k = stack.remove(stack.size() - 1);
            if (tree.children[k].length == 0) {
                found.add(k);
            }
            Arrays.stream(tree.children[k]).forEach(stack::add);
        }
        Collections.sort(found);
        return found.stream().map(tree.nodes::get).toList();
    }

    /**
     * The path from a node up to the root.
     *
     * @param code the node's code
     * @return the node, its parent, ..., the root
     * @throws IllegalArgumentException if no node has that code
     */
    public List<Node> lineage(String code) {
        List<Node> path = new ArrayList<>();
        for (int k = position(code); k >= 0; k = tree.parent[k]) {
            path.add(tree.nodes.get(k));
        }
        return Collections.unmodifiableList(path);
    }

    /**
     * The weight of a node in the index: the product, along its lineage below the root, of each
     * node's weight divided by the sum of its siblings' weights (itself included). The root has 1;
     * in a framework of equal weights an indicator under a parent with 8 children, a grandparent
     * with 5 and a root with 2 has 1/2 · 1/5 · 1/8 = 1/80.
     *
     * @param code the node's code
     * @return the effective weight, in [0, 1]
     * @throws IllegalArgumentException if no node has that code
     */
    public double effectiveWeight(String code) {
        return tree.effectiveWeight[position(code)];
    }

    /**
     * A copy with another weight for one node.
     *
     * @param code   the node's code
     * @param weight the new weight, finite and ≥ 0
     * @return the new framework
     * @throws IllegalArgumentException if no node has that code, the weight is invalid or it would
     *                                  leave all children of the parent with weight 0
     */
    public Framework withWeight(String code, double weight) {
        List<Node> copy = new ArrayList<>(tree.nodes);
        int k = position(code);
        copy.set(k, copy.get(k).withWeight(weight));
        return new Framework(copy);
    }

    /**
     * Checks that a panel holds every indicator of this framework.
     *
     * @param panel the panel
     * @throws IllegalArgumentException listing the indicator codes the panel lacks
     */
    public void validateAgainst(Panel panel) {
        StringJoiner missing = new StringJoiner(", ");
        for (Node leaf : leaves()) {
            if (panel.indicatorIndex(leaf.code()) < 0) {
                missing.add(leaf.code());
            }
        }
        if (missing.length() > 0) {
            throw new IllegalArgumentException("panel lacks indicators of the framework: " + missing);
        }
    }

    @Override
    public boolean equals(Object o) {
        return o == this || o instanceof Framework f && tree.nodes.equals(f.tree.nodes);
    }

    @Override
    public int hashCode() {
        return tree.nodes.hashCode();
    }

    @Override
    public String toString() {
        return "Framework[root=" + root().code() + ", levels=" + levels() + ", nodes=" + size() + ", indicators="
                + leaves().size() + "]";
    }

    private int position(String code) {
        Integer k = tree.index.get(code);
        return Checks.found(k == null ? -1 : k, "framework node", code);
    }

    private List<Node> nodesAt(int[] positions) {
        return Arrays.stream(positions).mapToObj(tree.nodes::get).toList();
    }

    /**
     * One node of a framework (a row of COINr's {@code iMeta}).
     *
     * @param code        the identifier, non-blank; for an indicator, its code in the panel
     * @param name        a readable name, non-null
     * @param parent      the parent's code, or {@code null} for the root
     * @param level       1 for indicators, up to the root's level
     * @param weight      the weight relative to the siblings, finite and ≥ 0
     * @param direction   the direction ({@link Direction#POSITIVE} for aggregates in COINr)
     * @param isIndicator whether the node is an indicator; exactly the nodes at level 1 are
     */
    public record Node(String code, String name, String parent, int level, double weight, Direction direction,
            boolean isIndicator) {

        /**
         * Validates the fields that do not depend on other nodes.
         *
         * @throws IllegalArgumentException if the code is blank, the node is its own parent, the
         *                                  level is below 1 or does not match {@code isIndicator},
         *                                  or the weight is negative or not finite
         */
        public Node {
            Checks.code("node code", code);
            Objects.requireNonNull(name, "name of node " + code);
            Objects.requireNonNull(direction, "direction of node " + code);
            if (parent != null) {
                Checks.code("parent of node " + code, parent);
                if (parent.equals(code)) {
                    throw new IllegalArgumentException("node " + code + " is its own parent");
                }
            }
            if (level < 1) {
                throw new IllegalArgumentException("level of node " + code + " must be >= 1: " + level);
            }
            if (isIndicator != (level == 1)) {
                throw new IllegalArgumentException((isIndicator ? "indicator " : "aggregate ") + "node " + code
                        + " is at level " + level + ": indicators and only they are at level 1");
            }
            Checks.nonNegative("weight of node " + code, weight);
        }

        /**
         * An indicator: a leaf at level 1.
         *
         * @param code      the indicator code
         * @param name      a readable name
         * @param parent    the parent's code (null only for a one-indicator framework)
         * @param weight    the weight within siblings
         * @param direction the direction
         * @return the node
         */
        public static Node indicator(String code, String name, String parent, double weight, Direction direction) {
            return new Node(code, name, parent, 1, weight, direction, true);
        }

        /**
         * An aggregate: a pillar, a sub-index or the index itself.
         *
         * @param code   the code
         * @param name   a readable name
         * @param parent the parent's code, or {@code null} for the root
         * @param level  the level, ≥ 2
         * @param weight the weight within siblings
         * @return the node, of direction {@link Direction#POSITIVE}
         */
        public static Node aggregate(String code, String name, String parent, int level, double weight) {
            return new Node(code, name, parent, level, weight, Direction.POSITIVE, false);
        }

        /**
         * A copy with another weight.
         *
         * @param newWeight the weight, finite and ≥ 0
         * @return the copy
         */
        public Node withWeight(double newWeight) {
            return new Node(code, name, parent, level, newWeight, direction, isIndicator);
        }
    }

    /** Collects nodes, then validates them into a {@link Framework}. Not thread-safe. */
    public static final class Builder {

        private final List<Node> nodes = new ArrayList<>();

        private Builder() {
        }

        /**
         * Adds a node.
         *
         * @param node the node
         * @return this builder
         */
        public Builder add(Node node) {
            nodes.add(Objects.requireNonNull(node, "node"));
            return this;
        }

        /**
         * Adds nodes.
         *
         * @param more the nodes, in order
         * @return this builder
         */
        public Builder addAll(Collection<Node> more) {
            more.forEach(this::add);
            return this;
        }

        /**
         * Validates the nodes added so far.
         *
         * @return the framework
         * @throws IllegalArgumentException if the nodes do not form a valid framework
         */
        public Framework build() {
            return new Framework(nodes);
        }
    }
}
