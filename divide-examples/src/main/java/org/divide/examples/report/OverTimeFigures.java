package org.divide.examples.report;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

import org.divide.core.Grouping;
import org.divide.core.Panel;
import org.divide.core.spec.IndexSpec;
import org.divide.metrics.composite.NormalisationScope;
import org.divide.metrics.concentration.Quantiles;
import org.divide.metrics.overtime.IndexOverTime;
import org.divide.metrics.overtime.IndexSeries;

/**
 * The index over time by group, for the report: the spec built for every well-covered year of the
 * panel with global normalisation ({@link IndexOverTime}, so scores compare across years), and per
 * group and year the median and the interquartile range (R's type-7 quartiles) of the index scores
 * of the group's economies scored that year.
 *
 * @param index   the index's name
 * @param years   the years built, ascending
 * @param groups  one line per group in natural order (one line "All economies" without a grouping)
 * @param skipped the years of the panel left out (thin), ascending
 * @param treated the indicators the spec's treat step changed in some year (on that year's own scale)
 * @param sample  the sample in words, for the caption
 */
public record OverTimeFigures(String index, int[] years, List<GroupLine> groups, List<Integer> skipped,
        List<String> treated, String sample) {

    /** The name of the one line without a grouping. */
    public static final String ALL = "All economies";

    /**
     * One group's line.
     *
     * @param label  the group's label
     * @param median the median score per year ({@code NaN} when the group has no score that year)
     * @param q1     the first quartile per year
     * @param q3     the third quartile per year
     * @param n      the economies scored per year
     */
    public record GroupLine(String label, double[] median, double[] q1, double[] q3, int[] n) {

        /** Copies the arrays. */
        public GroupLine {
            median = median.clone();
            q1 = q1.clone();
            q3 = q3.clone();
            n = n.clone();
        }

        /** {@return a copy of the medians} */
        @Override
        public double[] median() {
            return median.clone();
        }

        /** {@return a copy of the first quartiles} */
        @Override
        public double[] q1() {
            return q1.clone();
        }

        /** {@return a copy of the third quartiles} */
        @Override
        public double[] q3() {
            return q3.clone();
        }

        /** {@return a copy of the counts} */
        @Override
        public int[] n() {
            return n.clone();
        }
    }

    /** Copies the arrays and lists. */
    public OverTimeFigures {
        Objects.requireNonNull(index, "index");
        years = years.clone();
        groups = List.copyOf(groups);
        skipped = List.copyOf(skipped);
        treated = List.copyOf(treated);
        Objects.requireNonNull(sample, "sample");
    }

    /** {@return a copy of the years} */
    @Override
    public int[] years() {
        return years.clone();
    }

    /**
     * Builds the index over time and summarises it by group.
     *
     * @param spec      the spec
     * @param panel     the panel over years
     * @param groupings the groupings the spec's steps use
     * @param grouping  the grouping of the lines, or {@code null} for one line
     * @return the figures, or {@code null} when fewer than two years have every indicator well covered
     * @throws IllegalArgumentException if a year's build fails (naming the year, step and indicator)
     */
    public static OverTimeFigures of(IndexSpec spec, Panel panel, List<Grouping> groupings, Grouping grouping) {
        IndexSeries series = series(spec, panel, groupings);
        return series == null ? null : of(series, grouping);
    }

    /**
     * Builds the index over time: every year of the panel in which each indicator has values for at
     * least {@value Coverage#SHARE} of the economies of its best-covered year, normalised over all
     * those years pooled ({@link NormalisationScope#GLOBAL}).
     *
     * @param spec      the spec
     * @param panel     the panel over years
     * @param groupings the groupings the spec's steps use
     * @return the series, or {@code null} when fewer than two years are well covered
     * @throws IllegalArgumentException if a year's build fails (naming the year, step and indicator)
     */
    public static IndexSeries series(IndexSpec spec, Panel panel, List<Grouping> groupings) {
        IndexSeries series;
        try {
            series = IndexOverTime.of(spec).withScope(NormalisationScope.GLOBAL).withMinimumCoverage(Coverage.SHARE)
                    .run(panel, groupings);
        } catch (IllegalArgumentException noYear) {
            if (noYear.getMessage().startsWith("no year of the panel")) {
                return null;
            }
            throw noYear;
        }
        return series.years().length < 2 ? null : series;
    }

    /**
     * Summarises an index over time by group.
     *
     * @param series   the index over time, two years or more
     * @param grouping the grouping of the lines, or {@code null} for one line
     * @return the figures
     */
    public static OverTimeFigures of(IndexSeries series, Grouping grouping) {
        IndexSpec spec = series.spec();
        int[] years = series.years();
        String root = spec.framework().root().code();
        double[][] scores = series.scores(root);
        List<String> economies = series.economies();
        List<String> labels = grouping == null ? List.of(ALL) : GroupOrder.of(grouping);
        List<GroupLine> lines = new ArrayList<>();
        for (String label : labels) {
            double[] median = new double[years.length];
            double[] q1 = new double[years.length];
            double[] q3 = new double[years.length];
            int[] n = new int[years.length];
            for (int y = 0; y < years.length; y++) {
                List<Double> values = new ArrayList<>();
                for (int e = 0; e < economies.size(); e++) {
                    boolean member = grouping == null || grouping.label(economies.get(e)).map(label::equals)
                            .orElse(false);
                    if (member && !Double.isNaN(scores[y][e])) {
                        values.add(scores[y][e]);
                    }
                }
                n[y] = values.size();
                if (values.isEmpty()) {
                    median[y] = Double.NaN;
                    q1[y] = Double.NaN;
                    q3[y] = Double.NaN;
                    continue;
                }
                double[] v = values.stream().mapToDouble(Double::doubleValue).toArray();
                q1[y] = Quantiles.quantile(v, 0.25);
                median[y] = Quantiles.quantile(v, 0.5);
                q3[y] = Quantiles.quantile(v, 0.75);
            }
            lines.add(new GroupLine(label, median, q1, q3, n));
        }
        lines.removeIf(l -> Arrays.stream(l.n()).allMatch(c -> c == 0));
        List<Integer> skipped = new ArrayList<>(new java.util.TreeSet<>(series.skipped().keySet()));
        long ungrouped = grouping == null ? 0 : economies.stream().filter(e -> grouping.label(e).isEmpty()).count();
        String sample = economies.size() + " economies scored in " + Coverage.ranges(list(years)) + " ("
                + years.length + " years; each year's economies, so a group's median may move with who is scored)"
                + (skipped.isEmpty() ? "" : "; left out " + Coverage.ranges(skipped) + ": an indicator with values"
                        + " for fewer than " + Coverage.percent() + " of the economies of its best-covered year")
                + (ungrouped > 0 ? "; " + ungrouped + " economies without a group (" + grouping.name() + ") not drawn"
                        : "");
        return new OverTimeFigures(spec.framework().root().name(), years, lines, skipped,
                List.copyOf(series.treated().keySet()), sample);
    }

    private static List<Integer> list(int[] years) {
        List<Integer> l = new ArrayList<>();
        for (int y : years) {
            l.add(y);
        }
        return l;
    }
}
