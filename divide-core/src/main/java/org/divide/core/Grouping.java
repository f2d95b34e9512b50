package org.divide.core;

import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.divide.core.internal.Checks;

/**
 * A partition of economies into labelled groups: income groups, regions, the IMF's advanced /
 * emerging / low-income economies, or any custom split used in a subgroup decomposition.
 *
 * <p>An economy has at most one label; economies without a label are simply not in the grouping.
 * Labels are listed in order of first appearance (the iteration order of the map or collection
 * given to the factory) unless reordered with {@link #withLabelOrder(List)}; members of a group
 * keep that same economy order.
 *
 * <p>Immutable and thread-safe; lists and maps returned are unmodifiable. Two groupings are equal
 * when they have the same name, the same labels in the same order and the same label for each
 * economy (whatever the economy order).
 */
public final class Grouping {

    private final String name;
    private final Map<String, String> labelByEconomy;
    private final List<String> labels;

    private Grouping(String name, Map<String, String> labelByEconomy, List<String> labels) {
        this.name = name;
        this.labelByEconomy = labelByEconomy;
        this.labels = labels;
    }

    /**
     * A grouping from a map of economy codes to labels.
     *
     * @param name           what the grouping is ("income group"), non-blank
     * @param labelByEconomy economy code → label, both non-blank; not modified
     * @return the grouping
     * @throws IllegalArgumentException if the name, a code or a label is null or blank
     */
    public static Grouping of(String name, Map<String, String> labelByEconomy) {
        Checks.code("grouping name", name);
        Map<String, String> copy = new LinkedHashMap<>();
        labelByEconomy.forEach((code, label) -> copy.put(Checks.code("economy code in grouping " + name, code),
                Checks.code("label of economy " + code + " in grouping " + name, label)));
        return new Grouping(name, Collections.unmodifiableMap(copy), List.copyOf(new LinkedHashSet<>(copy.values())));
    }

    /**
     * A grouping that labels economies with a function, as in
     * {@code Grouping.by("income", economies, Economy::incomeCode)}.
     *
     * @param name      what the grouping is, non-blank
     * @param economies the economies, in order, with distinct codes
     * @param labeller  the label of an economy; economies labelled {@code null} are left out (an
     *                  aggregate has no income group, for instance)
     * @return the grouping
     * @throws IllegalArgumentException if the name or a label is blank, or a code repeats
     */
    public static Grouping by(String name, Collection<Economy> economies, Function<Economy, String> labeller) {
        Map<String, String> map = new LinkedHashMap<>();
        Collection<String> seen = new HashSet<>();
        for (Economy economy : economies) {
            if (!seen.add(economy.code())) {
                throw new IllegalArgumentException("economy " + economy.code() + " repeats in grouping " + name);
            }
            String label = labeller.apply(economy);
            if (label != null) {
                map.put(economy.code(), label);
            }
        }
        return of(name, map);
    }

    /** {@return what the grouping is, e.g. "income group"} */
    public String name() {
        return name;
    }

    /**
     * The label of an economy.
     *
     * @param economyCode the economy code
     * @return its label, or empty when the economy is not in the grouping
     */
    public Optional<String> label(String economyCode) {
        return Optional.ofNullable(labelByEconomy.get(economyCode));
    }

    /** {@return the distinct labels, in order of first appearance or as set by {@link #withLabelOrder(List)}} */
    public List<String> labels() {
        return labels;
    }

    /**
     * The economies with a label.
     *
     * @param label the label
     * @return their codes, in the grouping's economy order
     * @throws IllegalArgumentException if no economy has that label
     */
    public List<String> members(String label) {
        Checks.found(labels.indexOf(label), "label in grouping " + name, label);
        return labelByEconomy.entrySet().stream().filter(e -> e.getValue().equals(label)).map(Map.Entry::getKey)
                .toList();
    }

    /** {@return the number of economies with a label} */
    public int size() {
        return labelByEconomy.size();
    }

    /** {@return economy code → label, in the grouping's economy order} */
    public Map<String, String> asMap() {
        return labelByEconomy;
    }

    /**
     * The position in {@link #labels()} of each economy's label, aligned with a list of economies
     * (such as {@code panel.economies()}), for subgroup decompositions.
     *
     * @param economies the economies, not modified
     * @return one entry per economy: the label's position, or −1 when the economy has no label
     */
    public int[] labelIndices(List<Economy> economies) {
        int[] indices = new int[economies.size()];
        for (int e = 0; e < indices.length; e++) {
            String label = labelByEconomy.get(economies.get(e).code());
            indices[e] = label == null ? -1 : labels.indexOf(label);
        }
        return indices;
    }

    /**
     * A copy that lists its labels in another order (e.g. low to high income).
     *
     * @param order every label exactly once
     * @return the reordered grouping
     * @throws IllegalArgumentException if {@code order} is not a permutation of {@link #labels()}
     */
    public Grouping withLabelOrder(List<String> order) {
        if (order.size() != labels.size() || !new HashSet<>(order).equals(new HashSet<>(labels))) {
            throw new IllegalArgumentException(
                    "label order " + order + " is not a permutation of the labels of grouping " + name + ": " + labels);
        }
        return new Grouping(name, labelByEconomy, List.copyOf(order));
    }

    @Override
    public boolean equals(Object o) {
        return o == this || o instanceof Grouping g && name.equals(g.name) && labels.equals(g.labels)
                && labelByEconomy.equals(g.labelByEconomy);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, labels, labelByEconomy);
    }

    @Override
    public String toString() {
        return "Grouping[" + name + ": " + size() + " economies in " + labels.size() + " groups " + labels + "]";
    }
}
