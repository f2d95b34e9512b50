package org.divide.metrics.weights;

import java.util.function.Function;

/**
 * Weights optimised so that the components of one level correlate with the index as wanted —
 * COINr's {@code get_opt_weights}, a linear version of Becker, Saisana, Paruolo &amp; Vandecasteele
 * (2017), "Weights and importance in composite indicators: closing the gap", Ecological
 * Indicators 80, 12–22, doi:10.1016/j.ecolind.2017.03.056.
 *
 * <p>The caller supplies {@code r(w)}: the correlations of the {@code n} components with the index
 * when the index is rebuilt with weights {@code w} (the pipeline does this by re-aggregating).
 * The trial point {@code x} of the search becomes the weights {@code w = |x| / Σ|x|} (COINr uses
 * {@code x / Σx}, which lets weights turn negative; weights here stay non-negative).
 *
 * <ul>
 * <li>{@link #balance}: minimise {@code ln(Σ_n (t_n − r̃_n)² / n)} with {@code t} the targets
 *     scaled to sum 1 and {@code r̃ = r / Σ r}, starting from {@code t} — equal influence for equal
 *     targets (COINr's {@code optype = "balance"});</li>
 * <li>{@link #maxInformation}: minimise {@code −Σ_n r_n}, starting from the current weights
 *     (COINr's {@code "infomax"}).</li>
 * </ul>
 *
 * <p>The search is the Nelder–Mead simplex of R's {@code optim} (Nash 1990) with COINr's
 * defaults: relative tolerance 0.1, at most 500 evaluations. The returned weights sum to 1.
 */
public final class OptimisedWeights {

    private OptimisedWeights() {
    }

    /**
     * Weights that balance the correlations with the index against targets.
     *
     * @param targets        the target shares, one per component, each {@code > 0} (not modified)
     * @param correlations   {@code r(w)}: the components' correlations with the index under weights
     *     {@code w} (summing to 1)
     * @param tolerance      the relative tolerance, {@code > 0} (COINr's default 0.1)
     * @param maxEvaluations the most evaluations of {@code r}, {@code > 0} (COINr's default 500)
     * @return the optimised weights
     * @throws IllegalArgumentException if an argument is invalid or {@code r} fails at the start
     */
    public static Result balance(double[] targets, Function<double[], double[]> correlations, double tolerance,
            int maxEvaluations) {
        double[] t = normalised(targets, "targets");
        checkSearch(tolerance, maxEvaluations);
        return search(t, w -> {
            double[] r = correlations.apply(w);
            double sum = 0;
            for (double v : r) {
                sum += v;
            }
            double ss = 0;
            for (int k = 0; k < r.length; k++) {
                double d = t[k] - r[k] / sum;
                ss += d * d;
            }
            return Math.log(ss / r.length);
        }, correlations, tolerance, maxEvaluations);
    }

    /**
     * Weights that maximise the sum of the correlations with the index.
     *
     * @param start          the starting weights, one per component, ≥ 0, not all 0 (not modified)
     * @param correlations   {@code r(w)} as for {@link #balance}
     * @param tolerance      the relative tolerance, {@code > 0}
     * @param maxEvaluations the most evaluations of {@code r}, {@code > 0}
     * @return the optimised weights
     * @throws IllegalArgumentException if an argument is invalid or {@code r} fails at the start
     */
    public static Result maxInformation(double[] start, Function<double[], double[]> correlations, double tolerance,
            int maxEvaluations) {
        double[] s = normalised(start, "start");
        checkSearch(tolerance, maxEvaluations);
        return search(s, w -> {
            double sum = 0;
            for (double v : correlations.apply(w)) {
                sum += v;
            }
            return -sum;
        }, correlations, tolerance, maxEvaluations);
    }

    private static Result search(double[] start, Function<double[], Double> objective,
            Function<double[], double[]> correlations, double tolerance, int maxEvaluations) {
        NelderMead.Result r = NelderMead.minimise(x -> {
            double[] w = weights(x);
            return w == null ? Double.NaN : objective.apply(w);
        }, start, tolerance, maxEvaluations);
        double[] w = weights(r.point());
        return new Result(w, correlations.apply(w), r.value(), r.evaluations(), r.converged());
    }

    private static double[] weights(double[] x) {
        double sum = 0;
        for (double v : x) {
            sum += Math.abs(v);
        }
        if (!(sum > 0) || Double.isInfinite(sum)) {
            return null;
        }
        double[] w = new double[x.length];
        for (int k = 0; k < w.length; k++) {
            w[k] = Math.abs(x[k]) / sum;
        }
        return w;
    }

    private static double[] normalised(double[] v, String name) {
        if (v == null || v.length == 0) {
            throw new IllegalArgumentException(name + " is empty");
        }
        double sum = 0;
        for (int k = 0; k < v.length; k++) {
            if (!(v[k] >= 0) || Double.isInfinite(v[k])) {
                throw new IllegalArgumentException(name + "[" + k + "] must be finite and >= 0: " + v[k]);
            }
            sum += v[k];
        }
        if (sum == 0) {
            throw new IllegalArgumentException(name + " are all zero");
        }
        double[] out = new double[v.length];
        for (int k = 0; k < v.length; k++) {
            out[k] = v[k] / sum;
        }
        return out;
    }

    private static void checkSearch(double tolerance, int maxEvaluations) {
        if (!(tolerance > 0) || Double.isInfinite(tolerance)) {
            throw new IllegalArgumentException("tolerance must be finite and > 0: " + tolerance);
        }
        if (maxEvaluations <= 0) {
            throw new IllegalArgumentException("maxEvaluations must be > 0: " + maxEvaluations);
        }
    }

    /**
     * Optimised weights. Arrays are copied on the way in and out.
     *
     * @param weights      the weights, summing to 1
     * @param correlations the components' correlations with the index under them
     * @param objective    the objective's value there
     * @param evaluations  how many times the index was rebuilt
     * @param converged    whether the search met its tolerance (COINr's {@code convergence == 0})
     */
    public record Result(double[] weights, double[] correlations, double objective, int evaluations,
            boolean converged) {

        /**
         * Copies the arrays.
         *
         * @param weights      the weights
         * @param correlations the correlations
         * @param objective    the objective
         * @param evaluations  the evaluations
         * @param converged    whether it converged
         */
        public Result {
            weights = weights.clone();
            correlations = correlations.clone();
        }

        @Override
        public double[] weights() {
            return weights.clone();
        }

        @Override
        public double[] correlations() {
            return correlations.clone();
        }
    }
}
