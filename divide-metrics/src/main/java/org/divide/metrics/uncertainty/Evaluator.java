package org.divide.metrics.uncertainty;

import java.util.Arrays;
import java.util.function.IntFunction;

/**
 * Evaluates a model on every run of a design, in parallel, into preallocated slots, and checks the
 * outputs in run order afterwards (so every error message is the same on any number of threads).
 */
final class Evaluator {

    private Evaluator() {
    }

    /**
     * Evaluates the runs.
     *
     * @param model    the model
     * @param runs     the number of runs
     * @param inputs   gives a fresh input array for run r
     * @param label    describes run r for messages ("matrix A, row 3")
     * @param workers  the parallel runner
     * @param listener receives progress, or {@code null}
     * @return the outputs transposed, y[k][r] for output k of run r
     * @throws IllegalStateException    if the model throws, naming the run and its inputs (the
     *                                  model's exception is the cause)
     * @throws IllegalArgumentException if a run returns {@code null}, no outputs, or another number
     *                                  of outputs than run 0
     */
    static double[][] evaluate(Model model, int runs, IntFunction<double[]> inputs, IntFunction<String> label,
            Workers workers, RunListener listener) {
        double[][] raw = new double[runs][];
        workers.forEach(runs, r -> {
            double[] x = inputs.apply(r);
            double[] y;
            try {
                y = model.evaluate(x.clone());
            } catch (RuntimeException e) {
                throw new IllegalStateException("the model failed at run " + r + " (" + label.apply(r)
                        + ") with inputs " + Arrays.toString(x) + ": " + e, e);
            }
            raw[r] = y == null ? null : y.clone();
        }, listener);
        return transpose(raw, label);
    }

    private static double[][] transpose(double[][] raw, IntFunction<String> label) {
        int m = check(raw, 0, -1, label);
        for (int r = 1; r < raw.length; r++) {
            check(raw, r, m, label);
        }
        double[][] y = new double[m][raw.length];
        for (int r = 0; r < raw.length; r++) {
            double[] row = raw[r];
            for (int k = 0; k < m; k++) {
                y[k][r] = row[k];
            }
        }
        return y;
    }

    private static int check(double[][] raw, int r, int expected, IntFunction<String> label) {
        if (raw[r] == null) {
            throw new IllegalArgumentException("the model returned null at run " + r + " (" + label.apply(r) + ")");
        }
        int m = raw[r].length;
        if (expected < 0 && m == 0) {
            throw new IllegalArgumentException("the model returned no outputs at run 0 (" + label.apply(0) + ")");
        }
        if (expected >= 0 && m != expected) {
            throw new IllegalArgumentException("the model returned " + m + " outputs at run " + r + " ("
                    + label.apply(r) + ") but " + expected + " at run 0");
        }
        return m;
    }
}
