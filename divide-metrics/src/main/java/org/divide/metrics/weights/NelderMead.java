package org.divide.metrics.weights;

import java.util.function.ToDoubleFunction;

/**
 * The Nelder–Mead simplex minimiser in the form of Nash (1990, <i>Compact Numerical Methods for
 * Computers</i>, Algorithm 19), which R's {@code optim(method = "Nelder-Mead")} uses and COINr's
 * {@code get_opt_weights} calls: reflection 1, contraction 0.5, expansion 2; the initial simplex
 * steps each coordinate by 10 % of the largest absolute coordinate (0.1 if all are 0); the search
 * stops when the spread of the simplex's values falls to {@code tol·(|f₀| + tol)} (f₀ the value at
 * the start), after {@code maxEvaluations} evaluations, or when a shrink fails to reduce the
 * simplex. A non-finite value counts as 1e35.
 */
final class NelderMead {

    private static final double BIG = 1.0e35;

    private NelderMead() {
    }

    /**
     * The minimiser's result.
     *
     * @param point       the best point
     * @param value       the value there
     * @param evaluations the number of evaluations
     * @param converged   {@code false} if the evaluation limit was reached or a shrink failed
     */
    record Result(double[] point, double value, int evaluations, boolean converged) {
    }

    static Result minimise(ToDoubleFunction<double[]> f, double[] start, double tol, int maxEvaluations) {
        int n = start.length;
        int n1 = n + 1;
        double[][] p = new double[n1][];
        double[] v = new double[n1];
        double f0 = eval(f, start.clone());
        int count = 1;
        if (!Double.isFinite(f0) || f0 >= BIG) {
            throw new IllegalArgumentException("the objective cannot be evaluated at the starting point");
        }
        double convtol = tol * (Math.abs(f0) + tol);
        double step = 0;
        for (double s : start) {
            step = Math.max(step, 0.1 * Math.abs(s));
        }
        if (step == 0) {
            step = 0.1;
        }
        p[0] = start.clone();
        v[0] = f0;
        double size = 0;
        for (int j = 1; j < n1; j++) {
            p[j] = start.clone();
            double trial = step;
            while (p[j][j - 1] == start[j - 1]) {
                p[j][j - 1] = start[j - 1] + trial;
                trial *= 10;
            }
            size += trial;
        }
        double oldSize = size;
        boolean evaluate = true;
        int best = 0;
        boolean converged = true;
        double[] centroid = new double[n];
        double[] trial = new double[n];
        while (true) {
            if (evaluate) {
                for (int j = 0; j < n1; j++) {
                    if (j != best) {
                        v[j] = eval(f, p[j].clone());
                        count++;
                    }
                }
                evaluate = false;
            }
            double low = v[best];
            double high = low;
            int worst = best;
            for (int j = 0; j < n1; j++) {
                if (j != best) {
                    if (v[j] < low) {
                        best = j;
                        low = v[j];
                    }
                    if (v[j] > high) {
                        worst = j;
                        high = v[j];
                    }
                }
            }
            if (high <= low + convtol) {
                break;
            }
            if (count > maxEvaluations) {
                converged = false;
                break;
            }
            for (int i = 0; i < n; i++) {
                double s = -p[worst][i];
                for (int j = 0; j < n1; j++) {
                    s += p[j][i];
                }
                centroid[i] = s / n;
            }
            for (int i = 0; i < n; i++) {
                trial[i] = 2 * centroid[i] - p[worst][i];
            }
            double reflected = eval(f, trial.clone());
            count++;
            if (reflected < low) {
                double[] reflectedPoint = trial.clone();
                for (int i = 0; i < n; i++) {
                    trial[i] = 2 * reflectedPoint[i] - centroid[i];
                }
                double expanded = eval(f, trial.clone());
                count++;
                if (expanded < reflected) {
                    p[worst] = trial.clone();
                    v[worst] = expanded;
                } else {
                    p[worst] = reflectedPoint;
                    v[worst] = reflected;
                }
                continue;
            }
            if (reflected < high) {
                p[worst] = trial.clone();
                v[worst] = reflected;
            }
            for (int i = 0; i < n; i++) {
                trial[i] = 0.5 * p[worst][i] + 0.5 * centroid[i];
            }
            double contracted = eval(f, trial.clone());
            count++;
            if (contracted < v[worst]) {
                p[worst] = trial.clone();
                v[worst] = contracted;
            } else if (reflected >= high) {
                evaluate = true;
                size = 0;
                for (int j = 0; j < n1; j++) {
                    if (j != best) {
                        for (int i = 0; i < n; i++) {
                            p[j][i] = 0.5 * (p[j][i] - p[best][i]) + p[best][i];
                            size += Math.abs(p[j][i] - p[best][i]);
                        }
                    }
                }
                if (size < oldSize) {
                    oldSize = size;
                } else {
                    converged = false;
                    break;
                }
            }
        }
        return new Result(p[best].clone(), v[best], count, converged);
    }

    private static double eval(ToDoubleFunction<double[]> f, double[] x) {
        double y = f.applyAsDouble(x);
        return Double.isFinite(y) ? y : BIG;
    }
}
