package org.divide.examples.cli;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.divide.core.Economy;
import org.divide.metrics.deprivation.AlkireFoster;
import org.divide.metrics.deprivation.DeprivationResult;
import org.divide.metrics.deprivation.Dimension;
import org.divide.metrics.deprivation.GroupDeprivation;

/**
 * The tables of {@code divide deprivation}: the headline measures, the dimensions (cut-offs,
 * weights, uncensored and censored headcounts, contributions), the groups, the measures at every
 * k, and every economy's deprivation score.
 */
final class DeprivationTables {

    private final AlkireFoster af;
    private final List<Economy> economies;
    private final double[][] x;
    private final double[] w;
    private final int year;
    private final DeprivationResult total;

    /**
     * Computes the measures of all economies.
     *
     * @param af        the measure
     * @param economies the economies, in the order of the rows of x
     * @param x         {@code x[economy][dimension]}, {@code NaN} = missing; not modified
     * @param w         the weights of the economies, or {@code null}; not modified
     * @param year      the year, for the headline table
     */
    DeprivationTables(AlkireFoster af, List<Economy> economies, double[][] x, double[] w, int year) {
        this.af = af;
        this.economies = List.copyOf(economies);
        this.x = x.clone();
        this.w = w == null ? null : w.clone();
        this.year = year;
        this.total = af.measure(this.x, this.w);
    }

    /** {@return the measures of all economies} */
    DeprivationResult total() {
        return total;
    }

    /**
     * The tables.
     *
     * @param labels the group of every economy ({@code null} entries: none), or {@code null} without groups
     * @param order  the group labels in their natural order, or {@code null}
     * @return the tables
     */
    List<Table> build(String[] labels, List<String> order) {
        List<Table> tables = new ArrayList<>();
        tables.add(headline());
        tables.add(dimensions());
        if (labels != null) {
            tables.add(groups(labels, order));
        }
        tables.add(robustness());
        tables.add(scores(labels));
        return tables;
    }

    private Table headline() {
        List<String> header = new ArrayList<>(List.of("year", "k", "economies"));
        if (w != null) {
            header.add("weight");
        }
        header.addAll(List.of("H", "A", "M0", "M1", "M2"));
        List<Object> row = new ArrayList<>();
        row.add(year == Dataset.UNDATED ? null : year);
        row.add(af.k());
        row.add(total.units());
        if (w != null) {
            row.add(total.population());
        }
        row.addAll(List.of(total.headcount(), total.intensity(), total.m0(), total.m1(), total.m2()));
        return new Table.Builder("deprivation", header).add(row).build();
    }

    private Table dimensions() {
        Table.Builder t = new Table.Builder("dimensions", List.of("indicator", "cutoff", "deprived_when", "weight",
                "uncensored", "censored", "contribution"));
        double[] nw = af.normalisedWeights();
        for (int j = 0; j < nw.length; j++) {
            Dimension d = af.dimensions().get(j);
            t.add(d.name(), d.cutoff(), d.deprivedAbove() ? "above" : "below", nw[j], total.uncensored()[j],
                    total.censored()[j], total.contribution()[j]);
        }
        return t.build();
    }

    private Table groups(String[] labels, List<String> order) {
        Table.Builder t = new Table.Builder("groups", List.of("group", "economies", "population_share", "H", "A",
                "M0", "contribution"));
        List<GroupDeprivation> groups = new ArrayList<>(af.decompose(x, w, labels));
        groups.sort(Comparator.comparingInt(g -> order.indexOf(g.group())));
        for (GroupDeprivation g : groups) {
            DeprivationResult r = g.result();
            t.add(g.group(), r.units(), g.populationShare(), r.headcount(), r.intensity(), r.m0(), g.contribution());
        }
        return t.build();
    }

    private Table robustness() {
        Table.Builder t = new Table.Builder("robustness", List.of("k", "H", "A", "M0"));
        for (DeprivationResult r : af.overK(x, w)) {
            t.add(r.k(), r.headcount(), r.intensity(), r.m0());
        }
        return t.build();
    }

    private Table scores(String[] labels) {
        List<String> header = new ArrayList<>(List.of("economy"));
        if (labels != null) {
            header.add("group");
        }
        if (w != null) {
            header.add("weight");
        }
        header.addAll(List.of("score", "deprived", "deprived_in"));
        Table.Builder t = new Table.Builder("economies", header);
        double[] score = total.scores();
        boolean[] poor = total.poor();
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < score.length; i++) {
            if (!Double.isNaN(score[i])) {
                order.add(i);
            }
        }
        order.sort(Comparator.comparingDouble((Integer i) -> -score[i]).thenComparing(i -> economies.get(i).code()));
        for (int i : order) {
            List<Object> row = new ArrayList<>(List.of(economies.get(i).code()));
            if (labels != null) {
                row.add(labels[i]);
            }
            if (w != null) {
                row.add(w[i]);
            }
            List<String> in = new ArrayList<>();
            for (int j = 0; j < x[i].length; j++) {
                if (af.dimensions().get(j).deprived(x[i][j])) {
                    in.add(af.dimensions().get(j).name());
                }
            }
            row.addAll(List.of(score[i], poor[i] ? "yes" : "no", String.join(" ", in)));
            t.add(row);
        }
        return t.build();
    }
}
