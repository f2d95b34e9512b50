package org.divide.examples.cli;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.divide.core.Economies;
import org.divide.core.Economy;
import org.divide.metrics.dynamics.TierScheme;
import org.divide.metrics.mobility.QuantileClasses;
import org.divide.metrics.overtime.IndexSeries;

/**
 * The classes of {@code divide mobility}: every economy of a balanced panel in a class in every
 * year, either quantile classes of an indicator (per year, or of all years pooled) or the World
 * Bank income groups of each fiscal year. The arrays are made here and read by the command only.
 */
final class MobilityClasses {

    /** The years, ascending. */
    final int[] years;
    /** The economy codes. */
    final List<String> economies;
    /** The class labels, lowest first. */
    final List<String> labels;
    /** {@code classes[economy][year]}, 0 … labels − 1. */
    final int[][] classes;
    /** {@code values[economy][year]}, or {@code null} for income groups. */
    final double[][] values;
    /** {@code bins[year]}: the upper bounds of the quantile classes, or {@code null}. */
    final double[][] bins;

    private MobilityClasses(int[] years, List<String> economies, List<String> labels, int[][] classes,
            double[][] values, double[][] bins) {
        this.years = years;
        this.economies = List.copyOf(economies);
        this.labels = List.copyOf(labels);
        this.classes = classes;
        this.values = values;
        this.bins = bins;
    }

    /** The income codes of the World Bank, low to high. */
    static final List<String> INCOME = List.of("L", "LM", "UM", "H");

    /**
     * Quantile classes of a balanced sample.
     *
     * @param sample the sample, balanced, one row per economy and year
     * @param k      the number of classes asked for
     * @param pooled whether the bounds are those of all years pooled (fixed) rather than per year
     * @param notes  where to add a note when a year forms fewer classes than asked
     * @return the classes
     */
    static MobilityClasses quantiles(Sample sample, int k, boolean pooled, List<String> notes) {
        int[] years = sample.rows().stream().mapToInt(Sample.Row::year).distinct().sorted().toArray();
        Map<Integer, Integer> at = new HashMap<>();
        for (int t = 0; t < years.length; t++) {
            at.put(years[t], t);
        }
        Map<String, Integer> economies = new LinkedHashMap<>();
        sample.rows().forEach(r -> economies.putIfAbsent(r.economy(), economies.size()));
        double[][] x = new double[economies.size()][years.length];
        for (double[] row : x) {
            Arrays.fill(row, Double.NaN);
        }
        for (Sample.Row r : sample.rows()) {
            x[economies.get(r.economy())][at.get(r.year())] = r.value();
        }
        return quantiles(years, List.copyOf(economies.keySet()), x, k, pooled, notes);
    }

    /**
     * Quantile classes of an index's scores over the years it was built.
     *
     * @param series   the index over time
     * @param k        the number of classes asked for
     * @param pooled   whether the bounds are those of all years pooled
     * @param balanced whether to keep only the economies scored in every year
     * @param notes    where to add the notes
     * @return the classes of the index's scores
     */
    static MobilityClasses ofIndex(IndexSeries series, int k, boolean pooled, boolean balanced, List<String> notes) {
        int[] years = series.years();
        double[][] byYear = series.scores(series.nodes().get(0));
        List<String> kept = new ArrayList<>();
        List<double[]> rows = new ArrayList<>();
        int dropped = 0;
        for (int e = 0; e < series.economies().size(); e++) {
            double[] row = new double[years.length];
            boolean all = true;
            boolean any = false;
            for (int t = 0; t < years.length; t++) {
                row[t] = byYear[t][e];
                all &= !Double.isNaN(row[t]);
                any |= !Double.isNaN(row[t]);
            }
            if (balanced ? all : any) {
                kept.add(series.economies().get(e));
                rows.add(row);
            } else {
                dropped++;
            }
        }
        if (dropped > 0) {
            notes.add(dropped + " economies not scored in every year are left out (--no-balanced keeps them)");
        }
        return quantiles(years, kept, rows.toArray(double[][]::new), k, pooled, notes);
    }

    private static MobilityClasses quantiles(int[] years, List<String> economyCodes, double[][] x, int k,
            boolean pooled, List<String> notes) {
        int[][] classes = new int[x.length][years.length];
        double[][] bins = new double[years.length][];
        double[] fixed = pooled ? QuantileClasses.of(Arrays.stream(x).flatMapToDouble(Arrays::stream).toArray(), k)
                .bins() : null;
        int formed = fixed == null ? k : fixed.length;
        for (int t = 0; t < years.length; t++) {
            double[] column = new double[x.length];
            for (int e = 0; e < x.length; e++) {
                column[e] = x[e][t];
            }
            int[] c;
            if (fixed != null) {
                bins[t] = fixed.clone();
                c = TierScheme.assign(column, Arrays.copyOf(fixed, fixed.length - 1));
            } else {
                QuantileClasses q = QuantileClasses.of(column, k);
                bins[t] = q.bins();
                c = q.classes();
                if (q.k() < k) {
                    notes.add(years[t] + ": ties leave " + q.k() + " distinct quantile bounds: " + q.k()
                            + " classes instead of " + k + " (as mapclassify); the upper classes of that year are"
                            + " renumbered down");
                }
            }
            for (int e = 0; e < x.length; e++) {
                classes[e][t] = c[e];
            }
        }
        if (fixed != null && formed < k) {
            notes.add("ties leave " + formed + " distinct pooled quantile bounds: " + formed + " classes instead of "
                    + k);
        }
        List<String> labels = new ArrayList<>();
        for (int j = 1; j <= formed; j++) {
            labels.add("Q" + j);
        }
        return new MobilityClasses(years, economyCodes, labels, classes, x, bins);
    }

    /**
     * The World Bank income groups of each fiscal year, for the economies classified in every year.
     *
     * @param registry  the registry
     * @param economies the economies to consider
     * @param from      the first fiscal year
     * @param to        the last fiscal year
     * @param notes     where to note the economies left out
     * @return the classes
     */
    static MobilityClasses incomeGroups(Economies registry, List<Economy> economies, int from, int to,
            List<String> notes) {
        int[] years = new int[to - from + 1];
        for (int t = 0; t < years.length; t++) {
            years[t] = from + t;
        }
        List<String> kept = new ArrayList<>();
        List<int[]> rows = new ArrayList<>();
        int gaps = 0;
        for (Economy e : economies) {
            int[] c = new int[years.length];
            boolean complete = true;
            for (int t = 0; t < years.length && complete; t++) {
                Optional<String> code = registry.incomeCode(e.code(), years[t]);
                c[t] = code.map(INCOME::indexOf).orElse(-1);
                complete = c[t] >= 0;
            }
            if (complete) {
                kept.add(e.code());
                rows.add(c);
            } else {
                gaps++;
            }
        }
        if (gaps > 0) {
            notes.add("balanced panel: " + kept.size() + " of " + economies.size() + " economies classified in each"
                    + " fiscal year FY" + from + "-FY" + to + "; " + gaps + " left out (not classified in some year)");
        }
        return new MobilityClasses(years, kept, INCOME, rows.toArray(new int[0][]), null, null);
    }

    /** {@return the class of every economy in one year} */
    int[] column(int t) {
        int[] c = new int[classes.length];
        for (int e = 0; e < c.length; e++) {
            c[e] = classes[e][t];
        }
        return c;
    }

    /** {@return the value of every economy in one year, or the class ranks for income groups} */
    double[] ordinal(int t) {
        double[] v = new double[classes.length];
        for (int e = 0; e < v.length; e++) {
            v[e] = values == null ? classes[e][t] : values[e][t];
        }
        return v;
    }
}
