package org.divide.examples.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import org.divide.core.Grouping;

/**
 * The natural order of a grouping's labels, for tables and charts: ordered scales (income groups
 * from low to high, size classes from small to large, low/medium/high) in their own order whatever
 * their spelling, any other grouping in its {@linkplain Grouping#labels() own label order}.
 */
public final class GroupOrder {

    /** Ordered vocabularies, each from the lowest to the highest, lower case. */
    private static final List<List<String>> SCALES = List.of(
            List.of("low income", "lower middle income", "upper middle income", "high income"),
            List.of("l", "lm", "um", "h"),
            List.of("low", "lower middle", "upper middle", "high"),
            List.of("low", "medium", "high"),
            List.of("low", "middle", "high"),
            List.of("xs", "s", "m", "l", "xl"),
            List.of("small", "medium", "large"),
            List.of("s", "m", "l"));

    private GroupOrder() {
    }

    /**
     * The labels in natural order.
     *
     * @param grouping the grouping
     * @return its labels, from the lowest to the highest when they form a known scale
     */
    public static List<String> of(Grouping grouping) {
        List<String> labels = grouping.labels();
        for (List<String> scale : SCALES) {
            if (labels.stream().allMatch(l -> scale.contains(l.strip().toLowerCase(Locale.ROOT)))) {
                List<String> sorted = new ArrayList<>(labels);
                sorted.sort(Comparator.comparingInt(l -> scale.indexOf(l.strip().toLowerCase(Locale.ROOT))));
                return sorted;
            }
        }
        return labels;
    }

    /**
     * Sorts rows by the natural order of their label; rows whose label is not in the grouping go last.
     *
     * @param <T>      the row type
     * @param rows     the rows (not modified)
     * @param label    the label of a row
     * @param grouping the grouping
     * @return a sorted copy
     */
    public static <T> List<T> sort(List<T> rows, Function<T, String> label, Grouping grouping) {
        List<String> order = of(grouping);
        List<T> sorted = new ArrayList<>(rows);
        sorted.sort(Comparator.comparingInt(r -> {
            int i = order.indexOf(label.apply(r));
            return i < 0 ? Integer.MAX_VALUE : i;
        }));
        return sorted;
    }
}
