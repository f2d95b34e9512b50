package org.divide.examples.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.divide.metrics.dynamics.TierTransitions;
import org.divide.metrics.mobility.KendallTau;
import org.divide.metrics.mobility.MarkovChain;
import org.divide.metrics.mobility.MobilityIndices;
import org.divide.metrics.uncertainty.PanelUncertainty;

/**
 * The tables of {@code divide mobility}: class bounds, transition counts and probabilities, steady
 * states with sojourn times and Prais' indices, mean first passage times, the mobility indices with
 * Kendall's τ, and the economies that changed class from the first to the last year (up, then
 * down; the longest moves first).
 */
final class MobilityTables {

    private MobilityTables() {
    }

    /**
     * Builds the tables.
     *
     * @param c         the classes
     * @param chain     the chain
     * @param ergodics  whether the steady states and passage times exist (no unfilled empty class)
     * @param intervals economy@year → the Monte Carlo interval of its index score, or {@code null}
     * @return the tables
     */
    static List<Table> of(MobilityClasses c, MarkovChain chain, boolean ergodics,
            Map<String, PanelUncertainty.Interval> intervals) {
        List<Table> tables = new ArrayList<>();
        if (c.bins != null) {
            tables.add(bounds(c));
        }
        tables.add(matrix("transitions", c.labels, chain.counts(), true));
        tables.add(matrix("probabilities", c.labels, chain.probabilities(), false));
        tables.add(classes(c, chain, ergodics));
        if (ergodics) {
            double[][] f = chain.firstPassageTimes();
            for (double[] row : f) {
                for (int j = 0; j < row.length; j++) {
                    row[j] = Double.isInfinite(row[j]) ? Double.NaN : row[j];
                }
            }
            tables.add(matrix("first_passage", c.labels, f, false));
        }
        tables.add(indices(c, chain));
        tables.add(movers(c, intervals));
        return tables;
    }

    private static Table bounds(MobilityClasses c) {
        Table.Builder t = new Table.Builder("classes", List.of("year", "class", "upper_bound", "economies"));
        for (int y = 0; y < c.years.length; y++) {
            int[] count = new int[c.bins[y].length];
            for (int cl : c.column(y)) {
                if (cl >= 0) {
                    count[cl]++;
                }
            }
            for (int j = 0; j < c.bins[y].length; j++) {
                t.add(c.years[y], c.labels.get(j), c.bins[y][j], count[j]);
            }
        }
        return t.build();
    }

    private static Table matrix(String name, List<String> labels, double[][] m, boolean total) {
        List<String> header = new ArrayList<>();
        header.add("from");
        header.addAll(labels);
        if (total) {
            header.add("total");
        }
        Table.Builder t = new Table.Builder(name, header);
        for (int i = 0; i < m.length; i++) {
            List<Object> row = new ArrayList<>();
            row.add(labels.get(i));
            double sum = 0;
            for (double v : m[i]) {
                row.add(total ? (Object) (int) v : (Object) v);
                sum += v;
            }
            if (total) {
                row.add((int) sum);
            }
            t.add(row);
        }
        return t.build();
    }

    private static Table classes(MobilityClasses c, MarkovChain chain, boolean ergodics) {
        List<double[]> steady = ergodics ? chain.steadyStates() : List.of();
        List<String> header = new ArrayList<>(List.of("class", "share_" + c.years[0],
                "share_" + c.years[c.years.length - 1]));
        for (int s = 0; s < steady.size(); s++) {
            header.add(steady.size() == 1 ? "steady_state" : "steady_state_" + (s + 1));
        }
        header.addAll(List.of("sojourn", "prais"));
        Table.Builder t = new Table.Builder("steady_state", header);
        double[] first = shares(c.column(0), c.labels.size());
        double[] last = shares(c.column(c.years.length - 1), c.labels.size());
        double[] sojourn = chain.sojournTimes();
        double[] prais = MobilityIndices.prais(chain.probabilities());
        for (int j = 0; j < c.labels.size(); j++) {
            List<Object> row = new ArrayList<>(List.of(c.labels.get(j), first[j], last[j]));
            for (double[] pi : steady) {
                row.add(pi[j]);
            }
            row.add(Double.isInfinite(sojourn[j]) ? Double.NaN : sojourn[j]);
            row.add(prais[j]);
            t.add(row);
        }
        return t.build();
    }

    private static double[] shares(int[] classes, int k) {
        double[] s = new double[k];
        int n = 0;
        for (int cl : classes) {
            if (cl >= 0) {
                s[cl]++;
                n++;
            }
        }
        for (int j = 0; j < k; j++) {
            s[j] /= n;
        }
        return s;
    }

    private static Table indices(MobilityClasses c, MarkovChain chain) {
        double[][] p = chain.probabilities();
        double[] initial = shares(c.column(0), c.labels.size());
        int last = c.years.length - 1;
        KendallTau tau = KendallTau.of(c.ordinal(0), c.ordinal(last));
        String span = c.years[0] + "-" + c.years[last];
        long moves = Math.round(java.util.Arrays.stream(chain.counts()).flatMapToDouble(java.util.Arrays::stream)
                .sum());
        return new Table.Builder("mobility", List.of("measure", "value", "note"))
                .add("economies", c.economies.size(), "in the sample")
                .add("years", c.years.length, span)
                .add("transitions", (int) moves, "economy-steps counted"
                        + (chain.skipped() > 0 ? "; " + chain.skipped() + " with a year unobserved" : ""))
                .add("shorrocks", MobilityIndices.shorrocks(p), "(k - trace P)/(k - 1)")
                .add("determinant", MobilityIndices.determinant(p), "1 - |det P|")
                .add("second_eigenvalue", MobilityIndices.secondEigenvalue(p), "1 - |lambda_2|")
                .add("bartholomew_1", MobilityIndices.bartholomew1(p, initial), "initial distribution: "
                        + c.years[0])
                .add("bartholomew_2", MobilityIndices.bartholomew2(p, initial), "initial distribution: "
                        + c.years[0])
                .add("kendall_tau", tau.tau(), "tau-b " + span + (c.values == null ? " of the classes"
                        : " of the values"))
                .add("kendall_p", tau.p(), "asymptotic, as giddy")
                .build();
    }

    /**
     * The movers; with intervals, the 5 % and 95 % quantiles of each mover's score in the first and last
     * year, and "may be" in {@code noise} when the move lies inside both intervals' overlap
     * ({@link #insideOverlap}).
     */
    private static Table movers(MobilityClasses c, Map<String, PanelUncertainty.Interval> intervals) {
        int last = c.years.length - 1;
        TierTransitions moves = TierTransitions.of(c.column(0), c.column(last), c.labels.size(),
                c.economies.toArray(new String[0]));
        String a = Integer.toString(c.years[0]);
        String b = Integer.toString(c.years[last]);
        List<String> header = new ArrayList<>(List.of("economy", "direction", "class_" + a, "class_" + b));
        if (c.values != null) {
            header.addAll(List.of("value_" + a, "value_" + b));
        }
        if (intervals != null) {
            header.addAll(List.of("q5_" + a, "q95_" + a, "q5_" + b, "q95_" + b, "noise"));
        }
        Table.Builder t = new Table.Builder("movers", header);
        for (List<TierTransitions.Mover> list : List.of(moves.up(), moves.down())) {
            List<TierTransitions.Mover> sorted = new ArrayList<>(list);
            // the longest moves first, then in the order of the data
            sorted.sort(java.util.Comparator.comparingInt(m -> -Math.abs(m.to() - m.from())));
            for (TierTransitions.Mover m : sorted) {
                List<Object> row = new ArrayList<>(List.of(m.economy(), m.to() > m.from() ? "up" : "down",
                        c.labels.get(m.from()), c.labels.get(m.to())));
                if (c.values != null) {
                    row.add(c.values[m.index()][0]);
                    row.add(c.values[m.index()][last]);
                }
                if (intervals != null) {
                    PanelUncertainty.Interval first = intervals.get(m.economy() + "@" + a);
                    PanelUncertainty.Interval end = intervals.get(m.economy() + "@" + b);
                    row.add(first == null ? Double.NaN : first.scoreLow());
                    row.add(first == null ? Double.NaN : first.scoreHigh());
                    row.add(end == null ? Double.NaN : end.scoreLow());
                    row.add(end == null ? Double.NaN : end.scoreHigh());
                    row.add(first == null || end == null ? "-" : insideOverlap(first, end) ? "may be" : "no");
                }
                t.add(row);
            }
        }
        return t.build();
    }

    /**
     * Whether a move lies inside both intervals' overlap: the nominal scores of the first and the last
     * year both in [max(q5), min(q95)] of the two years' intervals, so that the runs could put the
     * economy's score anywhere between them in either year and the move may be noise.
     */
    static boolean insideOverlap(PanelUncertainty.Interval first, PanelUncertainty.Interval last) {
        double lo = Math.max(first.scoreLow(), last.scoreLow());
        double hi = Math.min(first.scoreHigh(), last.scoreHigh());
        return lo <= hi && first.nominalScore() >= lo && first.nominalScore() <= hi && last.nominalScore() >= lo
                && last.nominalScore() <= hi;
    }
}
