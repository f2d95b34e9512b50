package org.divide.metrics.scenario;

import java.util.ArrayList;
import java.util.List;

/**
 * The sample of a projection and its observed years. The candidates are the economies with a trend (two
 * or more values in the window, all &gt; 0), a weight when weighted (two for a population trend) and a
 * group when grouped. The well-covered years are those in which at least {@link #COVERAGE} of the most
 * candidates in any year have a value (and a weight); the sample is the candidates with a value in every
 * well-covered year. Everyone else is left out with the reason.
 *
 * @param index   the input index of each sample economy
 * @param codes   their codes
 * @param leftOut the others, with the reason
 * @param covered whether each year of the window is well covered
 * @param filled  the filled gaps, "CODE YEAR", when gaps are filled
 */
record SampleSelection(int[] index, List<String> codes, List<LeftOut> leftOut, boolean[] covered,
        List<String> filled) {

    /** The share of the best-covered year's economies that a well-covered year has. */
    static final double COVERAGE = 0.8;

    static SampleSelection of(ProjectionInput in, PopulationAssumption population, boolean fillGaps) {
        int[] years = in.yearsShared();
        int n = in.economies().size();
        String[] reasons = new String[n];
        int[] count = new int[years.length];
        for (int i = 0; i < n; i++) {
            reasons[i] = reason(in, i, years, population);
            if (reasons[i] == null) {
                for (int t = 0; t < years.length; t++) {
                    count[t] += present(in, i, t) ? 1 : 0;
                }
            }
        }
        int best = 0;
        for (int c : count) {
            best = Math.max(best, c);
        }
        boolean[] covered = new boolean[years.length];
        for (int t = 0; t < years.length; t++) {
            covered[t] = best > 0 && count[t] >= COVERAGE * best;
        }
        List<Integer> kept = new ArrayList<>();
        List<String> codes = new ArrayList<>();
        List<LeftOut> out = new ArrayList<>();
        List<String> filled = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String reason = reasons[i];
            List<String> gaps = new ArrayList<>();
            for (int t = 0; reason == null && t < years.length; t++) {
                if (covered[t] && !present(in, i, t) && fillGaps && fillable(in, i, t)) {
                    gaps.add(in.economies().get(i) + " " + years[t]);
                } else if (covered[t] && !present(in, i, t)) {
                    reason = "no value" + (in.weighted() ? " or weight" : "") + " in " + years[t]
                            + ", a well-covered year";
                }
            }
            if (reason == null) {
                kept.add(i);
                codes.add(in.economies().get(i));
                filled.addAll(gaps);
            } else {
                out.add(new LeftOut(in.economies().get(i), reason));
            }
        }
        return new SampleSelection(kept.stream().mapToInt(Integer::intValue).toArray(), codes, out, covered,
                filled);
    }

    /** Whether the value and the weight of economy i in year t are present or lie between two observations. */
    private static boolean fillable(ProjectionInput in, int i, int t) {
        double[] x = in.valuesOf(i);
        boolean value = !Double.isNaN(x[t]) || interior(x, t);
        return value && (!in.weighted() || in.weightsOf(i)[t] > 0 || interior(positive(in.weightsOf(i)), t));
    }

    /** Whether year t of a series is missing between two observations. */
    private static boolean interior(double[] x, int t) {
        return Double.isNaN(x[t]) && previous(x, t) >= 0 && next(x, t) >= 0;
    }

    private static int previous(double[] x, int t) {
        for (int k = t - 1; k >= 0; k--) {
            if (!Double.isNaN(x[k])) {
                return k;
            }
        }
        return -1;
    }

    private static int next(double[] x, int t) {
        for (int k = t + 1; k < x.length; k++) {
            if (!Double.isNaN(x[k])) {
                return k;
            }
        }
        return -1;
    }

    /** The series with values ≤ 0 as missing. */
    private static double[] positive(double[] w) {
        double[] out = w.clone();
        for (int t = 0; t < out.length; t++) {
            if (!(out[t] > 0)) {
                out[t] = Double.NaN;
            }
        }
        return out;
    }

    /**
     * Year t of a series, filled by log-linear interpolation between its neighbouring observations when
     * missing: exp(ln y_a + (t − a)/(b − a)·(ln y_b − ln y_a)).
     */
    private static double filledAt(double[] x, int[] years, int t) {
        if (!Double.isNaN(x[t])) {
            return x[t];
        }
        int a = previous(x, t);
        int b = next(x, t);
        double f = (double) (years[t] - years[a]) / (years[b] - years[a]);
        return Math.exp(Math.log(x[a]) + f * (Math.log(x[b]) - Math.log(x[a])));
    }

    private static boolean present(ProjectionInput in, int i, int t) {
        return !Double.isNaN(in.valuesOf(i)[t]) && (!in.weighted() || in.weightsOf(i)[t] > 0);
    }

    /** Why economy i is no candidate, or {@code null} when it is one. */
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

    /** The values of the sample in well-covered window year t (gaps filled when allowed). */
    double[] observed(ProjectionInput in, int t) {
        double[] x = new double[index.length];
        for (int j = 0; j < index.length; j++) {
            x[j] = filledAt(in.valuesOf(index[j]), in.yearsShared(), t);
        }
        return x;
    }

    /** The weights of the sample in well-covered window year t (gaps filled when allowed). */
    double[] observedWeights(ProjectionInput in, int t) {
        double[] w = new double[index.length];
        for (int j = 0; j < index.length; j++) {
            w[j] = filledAt(positive(in.weightsOf(index[j])), in.yearsShared(), t);
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
