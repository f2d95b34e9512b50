package org.divide.metrics.inequality;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * Dense group numbers for group labels or codes: group g of observation i is {@code ids[i]},
 * and the groups are numbered in ascending order of their labels (natural {@code String} order)
 * or codes (numeric order), so the numbering does not depend on the order of the data.
 */
final class GroupIndex {

    /** Codes spanning at most this many values are mapped through a table instead of a hash map. */
    private static final int TABLE_RANGE = 1 << 22;

    final int[] ids;
    final String[] labels;

    private GroupIndex(int[] ids, String[] labels) {
        this.ids = ids;
        this.labels = labels;
    }

    /** @return the number of groups */
    int count() {
        return labels.length;
    }

    /**
     * @param groups the label of each observation (none {@code null}); not modified
     * @param kept   the observations to use (indices into {@code groups}), or {@code null} for all
     * @param n      the number of observations used
     * @return the index
     */
    static GroupIndex of(String[] groups, int[] kept, int n) {
        Map<String, Integer> first = new HashMap<>();
        int[] ids = new int[n];
        String last = null;
        int lastId = -1;
        for (int i = 0; i < n; i++) {
            int at = kept == null ? i : kept[i];
            String label = groups[at];
            if (label == null) {
                throw new IllegalArgumentException("groups[" + at + "] is null");
            }
            if (label != last) {
                Integer id = first.get(label);
                if (id == null) {
                    id = first.size();
                    first.put(label, id);
                }
                last = label;
                lastId = id;
            }
            ids[i] = lastId;
        }
        String[] labels = first.keySet().toArray(new String[0]);
        Arrays.sort(labels);
        int[] rank = new int[labels.length];
        for (int r = 0; r < labels.length; r++) {
            rank[first.get(labels[r])] = r;
        }
        for (int i = 0; i < n; i++) {
            ids[i] = rank[ids[i]];
        }
        return new GroupIndex(ids, labels);
    }

    /**
     * @param groups the code of each observation; not modified
     * @param kept   the observations to use (indices into {@code groups}), or {@code null} for all
     * @param n      the number of observations used
     * @return the index
     */
    static GroupIndex of(int[] groups, int[] kept, int n) {
        int min = Integer.MAX_VALUE;
        int max = Integer.MIN_VALUE;
        for (int i = 0; i < n; i++) {
            int code = groups[kept == null ? i : kept[i]];
            min = Math.min(min, code);
            max = Math.max(max, code);
        }
        long range = (long) max - min + 1;
        int[] ids = new int[n];
        if (range <= TABLE_RANGE) {
            int[] table = new int[(int) range];
            for (int i = 0; i < n; i++) {
                table[groups[kept == null ? i : kept[i]] - min] = 1;
            }
            int count = 0;
            for (int c = 0; c < table.length; c++) {
                table[c] = table[c] == 0 ? -1 : count++;
            }
            String[] labels = new String[count];
            for (int c = 0; c < table.length; c++) {
                if (table[c] >= 0) {
                    labels[table[c]] = Integer.toString(c + min);
                }
            }
            for (int i = 0; i < n; i++) {
                ids[i] = table[groups[kept == null ? i : kept[i]] - min];
            }
            return new GroupIndex(ids, labels);
        }
        Map<Integer, Integer> first = new HashMap<>();
        for (int i = 0; i < n; i++) {
            ids[i] = first.computeIfAbsent(groups[kept == null ? i : kept[i]], k -> first.size());
        }
        int[] codes = new int[first.size()];
        first.forEach((code, id) -> codes[id] = code);
        int[] sorted = codes.clone();
        Arrays.sort(sorted);
        String[] labels = new String[sorted.length];
        int[] rank = new int[sorted.length];
        for (int r = 0; r < sorted.length; r++) {
            labels[r] = Integer.toString(sorted[r]);
            rank[first.get(sorted[r])] = r;
        }
        for (int i = 0; i < n; i++) {
            ids[i] = rank[ids[i]];
        }
        return new GroupIndex(ids, labels);
    }
}
