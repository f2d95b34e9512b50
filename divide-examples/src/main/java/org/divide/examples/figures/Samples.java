package org.divide.examples.figures;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;

import org.divide.core.Economy;
import org.divide.core.Grouping;
import org.divide.core.Panel;
import org.divide.examples.data.DefaultData;

/** The selections the examples share: classified economies, values with population weights. */
final class Samples {

    private Samples() {
    }

    /** The economies of {@code panel} that have an income group. */
    static Panel classified(Panel panel, Grouping income) {
        List<String> codes = new ArrayList<>();
        for (Economy e : panel.economies()) {
            if (income.label(e.code()).isPresent()) {
                codes.add(e.code());
            }
        }
        return panel.selectEconomies(codes);
    }

    /** Indices of the economies reporting both the indicator and a positive population in a year. */
    static int[] reporting(Panel panel, String code, int year) {
        double[] x = panel.column(code, year);
        double[] p = panel.column(DefaultData.POPULATION, year);
        return IntStream.range(0, x.length).filter(e -> !Double.isNaN(x[e]) && p[e] > 0).toArray();
    }

    /** Values and population weights ({@code [0]} and {@code [1]}) of the economies reporting both. */
    static double[][] sample(Panel panel, String code, int year) {
        int[] keep = reporting(panel, code, year);
        double[] x = panel.column(code, year);
        double[] p = panel.column(DefaultData.POPULATION, year);
        return new double[][] {Arrays.stream(keep).mapToDouble(e -> x[e]).toArray(),
            Arrays.stream(keep).mapToDouble(e -> p[e]).toArray()};
    }

    /** The income group of each economy of {@link #sample}, in the same order. */
    static String[] groups(Panel panel, String code, int year, Grouping income) {
        return Arrays.stream(reporting(panel, code, year))
                .mapToObj(e -> income.label(panel.economies().get(e).code()).orElseThrow()).toArray(String[]::new);
    }

    /** Population-weighted means by income group, in the order of {@code income.labels()}. */
    static double[] groupMeans(Panel panel, String code, int year, Grouping income) {
        double[][] xw = sample(panel, code, year);
        String[] groups = groups(panel, code, year, income);
        List<String> labels = income.labels();
        double[] sum = new double[labels.size()];
        double[] weight = new double[labels.size()];
        for (int i = 0; i < groups.length; i++) {
            int g = labels.indexOf(groups[i]);
            sum[g] += xw[0][i] * xw[1][i];
            weight[g] += xw[1][i];
        }
        for (int g = 0; g < sum.length; g++) {
            sum[g] = weight[g] > 0 ? sum[g] / weight[g] : Double.NaN;
        }
        return sum;
    }
}
