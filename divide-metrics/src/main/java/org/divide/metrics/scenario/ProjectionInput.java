package org.divide.metrics.scenario;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

import org.divide.core.Economy;
import org.divide.core.Grouping;
import org.divide.core.Panel;
import org.divide.metrics.internal.column.PanelArgs;
import org.divide.metrics.internal.numeric.Matrices;

/**
 * The observed window of a projection: one indicator (and optionally a weight, such as population,
 * and a group) for every economy in every year of the window. Arrays are copied in and out.
 *
 * @param economies the economy codes, distinct
 * @param years     the years of the window, ascending
 * @param values    values[i][t] of economy i in year t, {@code NaN} = missing
 * @param weights   weights[i][t] (population), {@code NaN} = missing; {@code null} for an unweighted divide
 * @param groups    the group of each economy ({@code null} entries = none); {@code null} for no between-group
 *                  share
 */
public record ProjectionInput(List<String> economies, int[] years, double[][] values, double[][] weights,
        String[] groups) {

    /**
     * Checks the shapes and copies.
     *
     * @throws IllegalArgumentException if a shape does not match, the years are not ascending, or a code repeats
     */
    public ProjectionInput {
        if (economies == null || years == null || values == null) {
            throw new IllegalArgumentException("economies, years and values must not be null");
        }
        economies = List.copyOf(economies);
        if (economies.stream().distinct().count() != economies.size()) {
            throw new IllegalArgumentException("economies must be distinct: " + economies);
        }
        years = years.clone();
        for (int t = 1; t < years.length; t++) {
            if (years[t] <= years[t - 1]) {
                throw new IllegalArgumentException("years must be ascending: " + years[t - 1] + ", " + years[t]);
            }
        }
        values = copy("values", values, economies.size(), years.length);
        weights = weights == null ? null : copy("weights", weights, economies.size(), years.length);
        if (groups != null && groups.length != economies.size()) {
            throw new IllegalArgumentException("groups has " + groups.length + " entries for " + economies.size()
                    + " economies");
        }
        groups = groups == null ? null : groups.clone();
    }

    /**
     * The window of a panel.
     *
     * @param panel           the panel
     * @param indicator       the indicator to project
     * @param weightIndicator the weight indicator (population), or {@code null} for an unweighted divide
     * @param grouping        the groups of the between-group share, or {@code null}
     * @param from            the first year of the window (in the panel)
     * @param to              the last year of the window (in the panel), after {@code from}
     * @return the input, every economy of the panel
     * @throws IllegalArgumentException if an indicator or a year is not in the panel, or {@code to ≤ from}
     */
    public static ProjectionInput of(Panel panel, String indicator, String weightIndicator, Grouping grouping,
            int from, int to) {
        int ind = PanelArgs.indicator(panel, "indicator", indicator);
        int wi = weightIndicator == null ? -1 : PanelArgs.indicator(panel, "weightIndicator", weightIndicator);
        int a = PanelArgs.year(panel, "from", from);
        int b = PanelArgs.year(panel, "to", to);
        PanelArgs.ordered("from", from, "to", to);
        int n = panel.economyCount();
        int[] years = new int[b - a + 1];
        double[][] values = new double[n][years.length];
        double[][] weights = wi < 0 ? null : new double[n][years.length];
        for (int t = 0; t < years.length; t++) {
            years[t] = panel.years()[a + t];
            for (int i = 0; i < n; i++) {
                values[i][t] = panel.value(i, ind, a + t);
                if (weights != null) {
                    weights[i][t] = panel.value(i, wi, a + t);
                }
            }
        }
        List<String> codes = new ArrayList<>(n);
        String[] groups = grouping == null ? null : new String[n];
        for (int i = 0; i < n; i++) {
            Economy e = panel.economies().get(i);
            codes.add(e.code());
            if (groups != null) {
                groups[i] = grouping.label(e.code()).orElse(null);
            }
        }
        return new ProjectionInput(codes, years, values, weights, groups);
    }

    /** {@return a copy of the years} */
    @Override
    public int[] years() {
        return years.clone();
    }

    /** {@return a copy of the values} */
    @Override
    public double[][] values() {
        return Matrices.copy(values);
    }

    /** {@return a copy of the weights, or {@code null}} */
    @Override
    public double[][] weights() {
        return weights == null ? null : Matrices.copy(weights);
    }

    /** {@return a copy of the groups, or {@code null}} */
    @Override
    public String[] groups() {
        return groups == null ? null : groups.clone();
    }

    /** The values of economy i (not copied, for this package). */
    double[] valuesOf(int i) {
        return values[i];
    }

    /** The weights of economy i, or {@code null} (not copied, for this package). */
    double[] weightsOf(int i) {
        return weights == null ? null : weights[i];
    }

    /** The group of economy i, or {@code null}. */
    String groupOf(int i) {
        return groups == null ? null : groups[i];
    }

    /** {@return whether the input carries weights} */
    boolean weighted() {
        return weights != null;
    }

    /** {@return whether the input carries groups} */
    boolean grouped() {
        return groups != null;
    }

    /** The years, not copied (for this package). */
    int[] yearsShared() {
        return years;
    }

    private static double[][] copy(String name, double[][] a, int rows, int cols) {
        if (a.length != rows) {
            throw new IllegalArgumentException(name + " has " + a.length + " rows for " + rows + " economies");
        }
        double[][] out = new double[rows][];
        for (int i = 0; i < rows; i++) {
            if (a[i] == null || a[i].length != cols) {
                throw new IllegalArgumentException(name + "[" + i + "] must hold " + cols + " years");
            }
            out[i] = a[i].clone();
        }
        return out;
    }

    /**
     * Compares by content.
     *
     * @param o the other object
     * @return whether equal
     */
    @Override
    public boolean equals(Object o) {
        return o instanceof ProjectionInput p && economies.equals(p.economies) && Arrays.equals(years, p.years)
                && Arrays.deepEquals(values, p.values) && Arrays.deepEquals(weights, p.weights)
                && Arrays.equals(groups, p.groups);
    }

    /** @return a hash of the content */
    @Override
    public int hashCode() {
        return Objects.hash(economies, Arrays.hashCode(years), Arrays.deepHashCode(values));
    }

    /** @return a short summary */
    @Override
    public String toString() {
        return "ProjectionInput[" + economies.size() + " economies, " + (years.length == 0 ? "no years"
                : years[0] + "-" + years[years.length - 1]) + (weights == null ? "" : ", weighted")
                + (groups == null ? "" : ", grouped") + "]";
    }
}
