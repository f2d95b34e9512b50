package org.divide.metrics.scenario;

import java.util.ArrayList;
import java.util.List;

/**
 * The sample of a projection: the economies with a trend (two or more values in the window, all &gt; 0),
 * a weight when weighted (two for a population trend) and a group when grouped; the others left out with
 * the reason.
 *
 * @param index   the input index of each sample economy
 * @param codes   their codes
 * @param leftOut the others, with the reason
 */
record SampleSelection(int[] index, List<String> codes, List<LeftOut> leftOut) {

    static SampleSelection of(ProjectionInput in, PopulationAssumption population) {
        int[] years = in.yearsShared();
        List<Integer> kept = new ArrayList<>();
        List<String> codes = new ArrayList<>();
        List<LeftOut> out = new ArrayList<>();
        for (int i = 0; i < in.economies().size(); i++) {
            String code = in.economies().get(i);
            String reason = reason(in, i, years, population);
            if (reason == null) {
                kept.add(i);
                codes.add(code);
            } else {
                out.add(new LeftOut(code, reason));
            }
        }
        return new SampleSelection(kept.stream().mapToInt(Integer::intValue).toArray(), codes, out);
    }

    /** Why economy i is left out, or {@code null} when it is in. */
    private static String reason(ProjectionInput in, int i, int[] years, PopulationAssumption population) {
        if (in.grouped() && in.groupOf(i) == null) {
            return "no group";
        }
        double[] x = in.valuesOf(i);
        int count = 0;
        for (int t = 0; t < x.length; t++) {
            if (Double.isNaN(x[t])) {
                continue;
            }
            if (!(x[t] > 0) || Double.isInfinite(x[t])) {
                return "a value that is not > 0 and finite in " + years[t] + " (" + x[t] + "): no growth rate";
            }
            count++;
        }
        if (count < 2) {
            return count + " value" + (count == 1 ? "" : "s") + " in the window; a trend needs two";
        }
        if (in.weighted()) {
            double[] w = in.weightsOf(i);
            int weights = 0;
            for (int t = 0; t < w.length; t++) {
                if (Double.isNaN(w[t])) {
                    continue;
                }
                if (!(w[t] >= 0) || Double.isInfinite(w[t])) {
                    throw new IllegalArgumentException("the weight of " + in.economies().get(i) + " in " + years[t]
                            + " must be >= 0 and finite: " + w[t]);
                }
                weights += w[t] > 0 ? 1 : 0;
            }
            int needed = population == PopulationAssumption.TREND ? 2 : 1;
            if (weights < needed) {
                return weights + " weight" + (weights == 1 ? "" : "s") + " in the window"
                        + (needed == 2 ? "; a population trend needs two" : "");
            }
        }
        return null;
    }

    /** {@return the number of sample economies} */
    int size() {
        return index.length;
    }

    /** The values of the sample in window year t, or {@code null} when one is missing. */
    double[] observed(ProjectionInput in, int t) {
        double[] x = new double[index.length];
        for (int j = 0; j < index.length; j++) {
            x[j] = in.valuesOf(index[j])[t];
            if (Double.isNaN(x[j])) {
                return null;
            }
        }
        return x;
    }

    /** The weights of the sample in window year t, or {@code null} when one is missing or 0. */
    double[] observedWeights(ProjectionInput in, int t) {
        double[] w = new double[index.length];
        for (int j = 0; j < index.length; j++) {
            w[j] = in.weightsOf(index[j])[t];
            if (!(w[j] > 0)) {
                return null;
            }
        }
        return w;
    }

    /** The groups of the sample, or {@code null} when the input has none. */
    String[] groups(ProjectionInput in) {
        if (!in.grouped()) {
            return null;
        }
        String[] g = new String[index.length];
        for (int j = 0; j < index.length; j++) {
            g[j] = in.groupOf(index[j]);
        }
        return g;
    }
}
