package org.divide.examples.report;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

import org.divide.core.Panel;

/**
 * The same-sample panel of one indicator over years, as trend charts and convergence tables use
 * it: the thin years (the {@link Coverage} rule) are left out, then only the economies with a value
 * (and a positive weight, when weighted) in every remaining year are kept — a balanced panel — so
 * that the economies are the same in every year drawn.
 *
 * @param indicator the indicator code
 * @param years     the years kept, ascending
 * @param economies the panel indices of the economies kept, ascending
 * @param thin      the years left out by the coverage rule, ascending
 * @param best      the most economies with a value in any candidate year
 * @param reporting the economies with a value in at least one kept year
 */
public record TrendSample(String indicator, int[] years, int[] economies, List<Integer> thin, int best,
        int reporting) {

    /**
     * Copies the arrays and the list.
     *
     * @throws NullPointerException if an argument is {@code null}
     */
    public TrendSample {
        years = years.clone();
        economies = economies.clone();
        thin = List.copyOf(thin);
    }

    /** {@return a copy of the years kept} */
    @Override
    public int[] years() {
        return years.clone();
    }

    /** {@return a copy of the panel indices of the economies kept} */
    @Override
    public int[] economies() {
        return economies.clone();
    }

    /**
     * Selects the same-sample panel of an indicator.
     *
     * @param panel     the panel
     * @param indicator the indicator code, in the panel
     * @param weight    the weight indicator's code, or {@code null} for unweighted
     * @param years     the candidate years, ascending, each in the panel
     * @return the selection; {@link #drawable()} says whether it makes a trend
     */
    public static TrendSample of(Panel panel, String indicator, String weight, int[] years) {
        int n = panel.economyCount();
        boolean[][] present = new boolean[years.length][];
        TreeMap<Integer, Integer> counts = new TreeMap<>();
        for (int t = 0; t < years.length; t++) {
            present[t] = present(panel, indicator, weight, years[t]);
            int c = 0;
            for (boolean p : present[t]) {
                c += p ? 1 : 0;
            }
            counts.put(years[t], c);
        }
        List<Integer> thin = Coverage.thin(counts);
        List<Integer> keptYears = new ArrayList<>();
        boolean[] everyYear = new boolean[n];
        boolean[] anyYear = new boolean[n];
        java.util.Arrays.fill(everyYear, true);
        for (int t = 0; t < years.length; t++) {
            if (thin.contains(years[t])) {
                continue;
            }
            keptYears.add(years[t]);
            for (int e = 0; e < n; e++) {
                everyYear[e] &= present[t][e];
                anyYear[e] |= present[t][e];
            }
        }
        List<Integer> kept = new ArrayList<>();
        int reporting = 0;
        for (int e = 0; e < n; e++) {
            if (everyYear[e] && !keptYears.isEmpty()) {
                kept.add(e);
            }
            reporting += anyYear[e] ? 1 : 0;
        }
        return new TrendSample(indicator, keptYears.stream().mapToInt(Integer::intValue).toArray(),
                kept.stream().mapToInt(Integer::intValue).toArray(), thin, Coverage.best(counts), reporting);
    }

    private static boolean[] present(Panel panel, String indicator, String weight, int year) {
        double[] x = panel.column(indicator, year);
        double[] w = weight == null ? null : panel.column(weight, year);
        boolean[] p = new boolean[x.length];
        for (int e = 0; e < x.length; e++) {
            p[e] = Double.isFinite(x[e]) && (w == null || Double.isFinite(w[e]) && w[e] > 0);
        }
        return p;
    }

    /** {@return whether the selection makes a trend: at least two years and two economies} */
    public boolean drawable() {
        return years.length >= 2 && economies.length >= 2;
    }

    /**
     * The values (or weights) of the kept economies, one row per kept year.
     *
     * @param panel the panel the selection was made on
     * @param code  the indicator, or the weight indicator
     * @return {@code x[t][i]}
     */
    public double[][] matrix(Panel panel, String code) {
        double[][] m = new double[years.length][economies.length];
        for (int t = 0; t < years.length; t++) {
            double[] column = panel.column(code, years[t]);
            for (int i = 0; i < economies.length; i++) {
                m[t][i] = column[economies[i]];
            }
        }
        return m;
    }

    /**
     * The sample in words: the balanced economies and years, and the years left out by the coverage
     * rule.
     *
     * @return the sentence
     */
    public String statement() {
        List<Integer> kept = new ArrayList<>();
        for (int y : years) {
            kept.add(y);
        }
        String s = drawable() ? "balanced panel of " + economies.length + " economies observed in every year "
                + Coverage.ranges(kept) + (reporting > economies.length ? " (" + (reporting - economies.length)
                        + (reporting - economies.length == 1 ? " economy" : " economies") + " with a gap left out)"
                        : "")
                : "no trend: fewer than two years or two economies in a balanced panel";
        if (!thin.isEmpty()) {
            s += "; left out " + Coverage.ranges(thin) + ": values for fewer than " + Coverage.percent() + " of the "
                    + best + " economies of the best-covered year";
        }
        return s;
    }
}
