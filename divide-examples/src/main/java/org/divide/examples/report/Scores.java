package org.divide.examples.report;

import java.util.Arrays;
import java.util.List;

import org.divide.core.Panel;
import org.divide.metrics.composite.IndexResult;

/**
 * The sample of the index's scores: the ranked economies (a finite index score) with their weights.
 * Weights are those of the input's weight indicator in the latest year, up to the year built, in
 * which they cover at least {@value Coverage#SHARE} of the ranked economies; ranked economies without
 * a weight that year are left out of the weighted measures, and counted.
 */
final class Scores {

    private final double[] weights;
    private final int weightYear;
    private final int ranked;
    private final int unweighted;
    private final String weightName;
    private final int year;

    private Scores(double[] weights, int weightYear, int ranked, int unweighted, String weightName, int year) {
        this.weights = weights;
        this.weightYear = weightYear;
        this.ranked = ranked;
        this.unweighted = unweighted;
        this.weightName = weightName;
        this.year = year;
    }

    /**
     * The weights of the index's economies.
     *
     * @param input  the input
     * @param result the index
     * @return the sample
     * @throws IllegalArgumentException if the weight covers too few ranked economies in every year
     */
    static Scores of(ReportInput input, IndexResult result) {
        List<String> economies = result.economies();
        double[] x = result.indexScores();
        int ranked = (int) Arrays.stream(x).filter(Double::isFinite).count();
        double[] w = new double[economies.size()];
        if (input.weight() == null) {
            Arrays.fill(w, 1);
            return new Scores(w, 0, ranked, 0, null, result.year());
        }
        Panel panel = input.panel();
        int[] years = panel.years();
        for (int y = years.length - 1; y >= 0; y--) {
            if (years[y] > result.year()) {
                continue;
            }
            double[] column = panel.column(input.weight(), years[y]);
            int covered = 0;
            Arrays.fill(w, Double.NaN);
            for (int e = 0; e < w.length; e++) {
                int p = panel.economyIndex(economies.get(e));
                w[e] = p < 0 ? Double.NaN : column[p];
                covered += Double.isFinite(x[e]) && w[e] > 0 ? 1 : 0;
            }
            if (covered > 0 && covered >= Coverage.SHARE * ranked) {
                return new Scores(w, years[y], ranked, ranked - covered, panel.indicator(input.weight()).name(),
                        result.year());
            }
        }
        throw new IllegalArgumentException("weight indicator " + input.weight() + " has values for fewer than "
                + Coverage.percent() + " of the " + ranked + " ranked economies in every year up to " + result.year());
    }

    /** {@return the year of the weights, 0 when unweighted} */
    int weightYear() {
        return weightYear;
    }

    /** {@return the number of ranked economies} */
    int ranked() {
        return ranked;
    }

    /** {@return whether economy {@code e}, of score {@code x}, is in the sample} */
    boolean in(int e, double x) {
        return Double.isFinite(x) && weights[e] > 0;
    }

    /** {@return the weight of economy {@code e}} */
    double weight(int e) {
        return weights[e];
    }

    /**
     * The values and weights of the economies in the sample.
     *
     * @param scores a node's scores, aligned with the index's economies
     * @return {@code [values, weights]}
     */
    double[][] sample(double[] scores) {
        int n = 0;
        double[] x = new double[scores.length];
        double[] w = new double[scores.length];
        for (int e = 0; e < scores.length; e++) {
            if (in(e, scores[e])) {
                x[n] = scores[e];
                w[n++] = weights[e];
            }
        }
        return new double[][] {Arrays.copyOf(x, n), Arrays.copyOf(w, n)};
    }

    /** {@return the sample in words} */
    String statement() {
        if (weightName == null) {
            return "index scores of " + year + ", " + ranked + " ranked economies, unweighted";
        }
        return "index scores of " + year + ", " + (ranked - unweighted) + " ranked economies weighted by " + weightName
                + " of " + weightYear + (unweighted > 0 ? "; " + unweighted + " ranked without a weight that year"
                        + " left out" : "");
    }
}
