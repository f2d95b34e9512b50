package org.divide.metrics.composite;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.divide.core.Grouping;

/**
 * A compiled index bound to one {@link IndexData}: the raw stage and the denominators checked and
 * looked up once, the group labels of the economies resolved on first use. Immutable apart from
 * that thread-safe cache; a {@link CompositeIndex} keeps the last one, so repeated runs on the same
 * data skip the look-ups.
 */
final class Bound {

    final IndexData data;
    final Work raw;
    /** Per indicator position: the denominator's values over the data's economies, or null. */
    final double[][] denominators;
    private final Map<String, String[]> labels = new ConcurrentHashMap<>();

    Bound(IndexData data, Work raw, double[][] denominators) {
        this.data = data;
        this.raw = raw;
        this.denominators = denominators;
    }

    /**
     * The label of every economy of the data in a grouping.
     *
     * @param grouping the grouping's name
     * @return the labels over {@link IndexData#economies()}, {@code null} for none (never modified)
     * @throws IllegalArgumentException if the data has no such grouping
     */
    String[] labels(String grouping) {
        String[] l = labels.get(grouping);
        if (l == null) {
            Grouping g = data.grouping(grouping);
            l = new String[data.economies().size()];
            for (int e = 0; e < l.length; e++) {
                l[e] = g.label(data.economies().get(e)).orElse(null);
            }
            labels.put(grouping, l);
        }
        return l;
    }
}
