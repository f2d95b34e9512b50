package org.divide.metrics.internal.column;

import java.util.LinkedHashMap;
import java.util.Map;

/** Splitting economies by a group label (income group, region ...). Not API. */
public final class Groups {

    private Groups() {
    }

    /**
     * The positions of the members of each group, groups in order of first appearance, members
     * ascending. Economies labelled {@code null} belong to no group.
     *
     * @param labels the group label of each economy (not modified)
     * @return a new map from label to member positions
     */
    public static Map<String, int[]> members(String[] labels) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (String s : labels) {
            if (s != null) {
                counts.merge(s, 1, Integer::sum);
            }
        }
        Map<String, int[]> members = new LinkedHashMap<>();
        counts.forEach((k, n) -> members.put(k, new int[n]));
        Map<String, Integer> fill = new LinkedHashMap<>();
        for (int i = 0; i < labels.length; i++) {
            if (labels[i] != null) {
                members.get(labels[i])[fill.merge(labels[i], 1, Integer::sum) - 1] = i;
            }
        }
        return members;
    }

    /**
     * The values at the given positions.
     *
     * @param x   the values (not modified)
     * @param idx the positions
     * @return a new array {@code x[idx[0]], x[idx[1]], …}
     */
    public static double[] select(double[] x, int[] idx) {
        double[] out = new double[idx.length];
        for (int k = 0; k < idx.length; k++) {
            out[k] = x[idx[k]];
        }
        return out;
    }
}
