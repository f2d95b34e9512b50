package org.divide.metrics.dynamics;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

import org.divide.core.Grouping;
import org.divide.core.Panel;
import org.divide.metrics.concentration.Quantiles;
import org.divide.metrics.internal.column.Args;
import org.divide.metrics.internal.column.PanelArgs;
import org.divide.metrics.internal.numeric.Matrices;

/**
 * One value per group and year: the (population-weighted) mean or median of an indicator over the
 * group's economies with a value (and a weight) that year; {@code NaN} when none has one.
 * Growth of a group follows from {@link #cagr(String, int, int)} and {@link #trend(String)}.
 *
 * @param indicator the indicator code
 * @param statistic the summary per group and year
 * @param labels    the group labels, in the grouping's order
 * @param years     the years, ascending (copied)
 * @param values    {@code values[g][t]}, group g in year t (deep-copied)
 */
public record GroupSeries(String indicator, GroupStatistic statistic, List<String> labels, int[] years,
        double[][] values) {

    /**
     * Checks and copies.
     *
     * @throws IllegalArgumentException if the shapes do not match
     */
    public GroupSeries {
        Objects.requireNonNull(indicator, "indicator");
        Objects.requireNonNull(statistic, "statistic");
        labels = List.copyOf(labels);
        years = years.clone();
        values = Matrices.copy(values);
        if (values.length != labels.size()) {
            throw new IllegalArgumentException("values must hold one row per label (" + labels.size() + ")");
        }
        for (double[] row : values) {
            if (row.length != years.length) {
                throw new IllegalArgumentException("every row must hold one value per year (" + years.length + ")");
            }
        }
    }

    /**
     * Summarises an indicator per group and year.
     *
     * @param panel           the panel
     * @param indicator       the indicator code
     * @param weightIndicator the weight indicator (population) read in the same year, or {@code null}
     * @param grouping        the groups
     * @param statistic       mean or median
     * @param years           the years (each in the panel); none for every year of the panel
     * @return the series
     * @throws IllegalArgumentException if an indicator or year is not in the panel
     */
    public static GroupSeries of(Panel panel, String indicator, String weightIndicator, Grouping grouping,
            GroupStatistic statistic, int... years) {
        int ind = PanelArgs.indicator(panel, "indicator", indicator);
        int wi = weightIndicator == null ? -1 : PanelArgs.indicator(panel, "weightIndicator", weightIndicator);
        Args.notNull("grouping", grouping);
        Args.notNull("statistic", statistic);
        int[] ys = years == null || years.length == 0 ? panel.years() : years.clone();
        Arrays.sort(ys);
        int[] group = grouping.labelIndices(panel.economies());
        List<String> labels = grouping.labels();
        double[][] out = new double[labels.size()][ys.length];
        for (int t = 0; t < ys.length; t++) {
            int yi = PanelArgs.year(panel, "years[" + t + "]", ys[t]);
            double[] x = panel.column(ind, yi);
            double[] w = wi < 0 ? null : panel.column(wi, yi);
            Args.weightsOrMissing("weights in " + ys[t], w, "indicator", x.length);
            for (int g = 0; g < labels.size(); g++) {
                double[] xg = x.clone();
                for (int e = 0; e < xg.length; e++) {
                    if (group[e] != g) {
                        xg[e] = Double.NaN;
                    }
                }
                Observed o = Observed.of(xg, w);
                out[g][t] = summary(o, statistic);
            }
        }
        return new GroupSeries(indicator, statistic, labels, ys, out);
    }

    private static double summary(Observed o, GroupStatistic statistic) {
        double total = 0;
        if (o.w != null) {
            for (double v : o.w) {
                total += v;
            }
        }
        if (o.size() == 0 || (o.w != null && !(total > 0))) {
            return Double.NaN;
        }
        if (statistic == GroupStatistic.MEDIAN) {
            return Quantiles.quantile(o.x, o.w, 0.5);
        }
        double s = 0;
        for (int i = 0; i < o.size(); i++) {
            s += (o.w == null ? 1 : o.w[i]) * o.x[i];
        }
        return s / (o.w == null ? o.size() : total);
    }

    /**
     * The values of one group.
     *
     * @param label the group label
     * @return a copy of its row, one value per year
     * @throws IllegalArgumentException if there is no such group
     */
    public double[] row(String label) {
        return values[index(label)].clone();
    }

    /**
     * The CAGR of one group between two years.
     *
     * @param label the group label
     * @param from  the first year (one of {@link #years()})
     * @param to    the last year, after {@code from}
     * @return see {@link Growth#cagr(double, double, double)}
     * @throws IllegalArgumentException if the label or a year is unknown, or a value is ≤ 0
     */
    public double cagr(String label, int from, int to) {
        PanelArgs.ordered("from", from, "to", to);
        double[] row = values[index(label)];
        return Growth.cagr(row[yearIndex("from", from)], row[yearIndex("to", to)], to - from);
    }

    /**
     * The log-linear trend of one group over all years.
     *
     * @param label the group label
     * @return see {@link Growth#logLinearTrend(int[], double[])}
     * @throws IllegalArgumentException if the label is unknown or a value is ≤ 0
     */
    public TrendFit trend(String label) {
        return Growth.logLinearTrend(years, values[index(label)]);
    }

    private int index(String label) {
        int g = labels.indexOf(label);
        if (g < 0) {
            throw new IllegalArgumentException("label is not a group: " + label + " (groups: " + labels + ")");
        }
        return g;
    }

    private int yearIndex(String name, int year) {
        int t = Arrays.binarySearch(years, year);
        if (t < 0) {
            throw new IllegalArgumentException(name + " is not a year of the series: " + year);
        }
        return t;
    }

    /** @return a copy of the years */
    @Override
    public int[] years() {
        return years.clone();
    }

    /** @return a deep copy of the values */
    @Override
    public double[][] values() {
        return Matrices.copy(values);
    }

    /**
     * Compares every component, arrays by content.
     *
     * @param o the other object
     * @return whether equal
     */
    @Override
    public boolean equals(Object o) {
        return o instanceof GroupSeries s && indicator.equals(s.indicator) && statistic == s.statistic
                && labels.equals(s.labels) && Arrays.equals(years, s.years) && Arrays.deepEquals(values, s.values);
    }

    /** @return a hash of the components */
    @Override
    public int hashCode() {
        return Objects.hash(indicator, statistic, labels) * 31 + Arrays.deepHashCode(values);
    }

    /** @return a short description */
    @Override
    public String toString() {
        return "GroupSeries[" + indicator + ", " + statistic + ", groups=" + labels + ", years=" + years.length + "]";
    }
}
