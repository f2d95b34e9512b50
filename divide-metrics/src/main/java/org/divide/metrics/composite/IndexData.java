package org.divide.metrics.composite;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

import org.divide.core.Economy;
import org.divide.core.Grouping;
import org.divide.core.Panel;

/**
 * What a pipeline runs on: a panel, the year to build and named groupings of economies (for group
 * imputation and ranks within groups). The panel may hold more variables than the framework's
 * indicators (denominators such as GDP or population) and more years (panel imputation reads the
 * other years); the index is built for the economies of the panel in one year.
 *
 * <p>Immutable and thread-safe. A variable's column of the year is extracted from the panel the first
 * time a run needs it and kept, so that runs repeated on the same data (sensitivity analysis) pay
 * nothing for it; a compiled index also remembers the last data it was bound to.
 */
public final class IndexData {

    private final Panel panel;
    private final int year;
    private final int yearIndex;
    private final List<String> economies;
    private final Map<String, Grouping> groupings;
    /** Panel variable code → its values in {@link #year}, filled on demand, never modified. */
    private final Map<String, double[]> columns;

    private IndexData(Panel panel, int year, Map<String, Grouping> groupings, Map<String, double[]> columns) {
        this.panel = panel;
        this.year = year;
        this.yearIndex = panel.yearIndex(year);
        this.economies = panel.economies().stream().map(Economy::code).toList();
        this.groupings = groupings;
        this.columns = columns;
    }

    /**
     * The data of one year of a panel.
     *
     * @param panel the panel
     * @param year  the year to build
     * @return the data, without groupings
     * @throws IllegalArgumentException if the year is not in the panel or the panel has no economy
     */
    public static IndexData of(Panel panel, int year) {
        Objects.requireNonNull(panel, "panel");
        int y = panel.yearIndex(year);
        if (y < 0) {
            throw new IllegalArgumentException("panel has no year " + year);
        }
        if (panel.economyCount() == 0) {
            throw new IllegalArgumentException("panel has no economy");
        }
        return new IndexData(panel, year, Map.of(), new ConcurrentHashMap<>());
    }

    /**
     * A copy with one more grouping, known by its {@link Grouping#name()} (e.g.
     * {@code "EurAsia_group"}); a grouping of the same name is replaced.
     *
     * @param grouping the grouping
     * @return the new data
     */
    public IndexData withGrouping(Grouping grouping) {
        Objects.requireNonNull(grouping, "grouping");
        Map<String, Grouping> copy = new LinkedHashMap<>(groupings);
        copy.put(grouping.name(), grouping);
        return new IndexData(panel, year, Map.copyOf(copy), columns);
    }

    /** {@return the panel} */
    public Panel panel() {
        return panel;
    }

    /** {@return the year the index is built for} */
    public int year() {
        return year;
    }

    /** {@return the economy codes of the panel, in its order (unmodifiable)} */
    public List<String> economies() {
        return economies;
    }

    /** {@return the groupings by name (unmodifiable)} */
    public Map<String, Grouping> groupings() {
        return groupings;
    }

    /**
     * A grouping by name.
     *
     * @param name the grouping's name
     * @return the grouping
     * @throws IllegalArgumentException if the data has no grouping of that name
     */
    public Grouping grouping(String name) {
        Grouping g = groupings.get(name);
        if (g == null) {
            throw new IllegalArgumentException("no grouping named " + name + " (known: " + groupings.keySet() + ")");
        }
        return g;
    }

    /** {@return the position of the year in the panel's years} */
    int yearIndex() {
        return yearIndex;
    }

    /**
     * The live values of a variable in the year; callers never modify them.
     *
     * @param code the variable's code
     * @param what who asks, for the message
     * @return the column over {@link #economies()}
     * @throws IllegalArgumentException if the panel has no such variable
     */
    double[] column(String code, String what) {
        double[] c = columns.get(code);
        if (c == null) {
            int i = panel.indicatorIndex(code);
            if (i < 0) {
                throw new IllegalArgumentException(what + ": the panel has no variable " + code);
            }
            c = panel.column(i, yearIndex);
            columns.put(code, c);
        }
        return c;
    }

    @Override
    public String toString() {
        return "IndexData[" + year + ", " + economies.size() + " economies, " + panel.indicatorCount()
                + " variables, groupings "
                + groupings.keySet() + "]";
    }
}
