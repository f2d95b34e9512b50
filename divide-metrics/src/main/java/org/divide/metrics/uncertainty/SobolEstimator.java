package org.divide.metrics.uncertainty;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.divide.metrics.internal.numeric.SortedQuantiles;
import org.divide.metrics.internal.parallel.Seeds;

/**
 * The Saltelli (2010) first-order and Jansen (1999) total-effect estimators on the outputs of one
 * Sobol design, with percentile bootstrap intervals over the rows of the design.
 *
 * <p>Run layout: runs [0, N) are the rows of A, [N, 2N) the rows of B, and block b ≥ 2 holds the
 * rows of A_B^(i) for the input i with {@code block[i] = b}; constant inputs have no block. The
 * estimator first copies one output into row-major order (row j: f(A)_j, f(B)_j, then
 * f(A_B^(i))_j for each block) so that a bootstrap row is one contiguous read.
 *
 * <p>Sums are accumulated in row order on values shifted by the full-sample mean K (the
 * shifted-data algorithm, exact up to rounding of order ε (K − c)²/V): one pass for the mean and
 * variance, then one pass per block.
 */
final class SobolEstimator {

    private final int n;
    private final int[] block;
    private final int blocks;
    private final List<String> names;
    private final int replicates;
    private final double confidence;
    private final long seed;

    /**
     * Creates an estimator.
     *
     * @param n          N, the rows of A and B
     * @param block      the run block of A_B^(i) per input, −1 for a constant input
     * @param names      the input names
     * @param replicates the bootstrap replicates, 0 for none
     * @param confidence the level of the bootstrap intervals
     * @param seed       the user's seed (replicate b draws from stream b)
     */
    SobolEstimator(int n, int[] block, List<String> names, int replicates, double confidence, long seed) {
        this.n = n;
        this.block = block;
        this.blocks = (int) Arrays.stream(block).filter(b -> b >= 0).count();
        this.names = names;
        this.replicates = replicates;
        this.confidence = confidence;
        this.seed = seed;
    }

    /**
     * Estimates the indices of one output.
     *
     * @param y       the output of every run, in run order (read only)
     * @param workers runs the bootstrap replicates in parallel, or {@code null} to run them here
     * @return the decomposition
     */
    OutputSensitivity estimate(double[] y, Workers workers) {
        int w = 2 + blocks;
        double[] z = new double[n * w];
        double pivot = 0;
        for (int j = 0; j < n; j++) {
            z[j * w] = y[j];
            z[j * w + 1] = y[n + j];
            pivot += y[j] + y[n + j];
            for (int q = 0; q < blocks; q++) {
                z[j * w + 2 + q] = y[(2 + q) * n + j];
            }
        }
        pivot /= 2.0 * n;
        if (!Double.isFinite(pivot)) {
            pivot = 0;
        }
        double k = pivot;
        int d = block.length;
        double[] estimates = new double[2 + 2 * d];
        estimate(z, k, null, estimates);
        double[][] bounds = new double[4][d];
        for (double[] b : bounds) {
            Arrays.fill(b, Double.NaN);
        }
        if (replicates > 0) {
            double[][] rep = new double[2 * d][replicates];
            Workers.Body replicate = b -> {
                SplittableRandom rng = new SplittableRandom(Seeds.stream(seed, b));
                int[] rows = new int[n];
                for (int j = 0; j < n; j++) {
                    rows[j] = rng.nextInt(n);
                }
                double[] e = new double[2 + 2 * d];
                estimate(z, k, rows, e);
                for (int t = 0; t < 2 * d; t++) {
                    rep[t][b] = e[2 + t];
                }
            };
            if (workers == null) {
                for (int b = 0; b < replicates; b++) {
                    replicate.run(b);
                }
            } else {
                workers.forEach(replicates, replicate, null);
            }
            double lo = (1 - confidence) / 2;
            double hi = (1 + confidence) / 2;
            for (int i = 0; i < d; i++) {
                percentile(rep[i], lo, hi, bounds, 0, i);
                percentile(rep[d + i], lo, hi, bounds, 2, i);
            }
        }
        List<SobolIndex> indices = new ArrayList<>(d);
        for (int i = 0; i < d; i++) {
            indices.add(new SobolIndex(names.get(i), estimates[2 + i], bounds[0][i], bounds[1][i],
                    estimates[2 + d + i], bounds[2][i], bounds[3][i]));
        }
        return new OutputSensitivity(estimates[0], estimates[1], indices);
    }

    private static void percentile(double[] replicates, double lo, double hi, double[][] bounds, int at, int i) {
        Arrays.sort(replicates);
        int count = Quantiles.countNotNaN(replicates);
        if (count > 0) {
            bounds[at][i] = SortedQuantiles.type7(replicates, count, lo);
            bounds[at + 1][i] = SortedQuantiles.type7(replicates, count, hi);
        }
    }

    /**
     * The estimates on the rows {@code rows} (all rows in order when {@code null}), into
     * {@code out}: the mean c and variance V of the 2N values f(A)_j, f(B)_j, then S_i for each
     * input, then S_Ti for each input, where V = Σ_j [(f(A)_j − c)² + (f(B)_j − c)²] / (2N − 1),
     * S_i = (1/N) Σ_j (f(B)_j − c)(f(A_B^(i))_j − f(A)_j) / V and
     * S_Ti = (1/2N) Σ_j (f(A)_j − f(A_B^(i))_j)² / V; a constant input gives 0, a constant output
     * (min = max over the 2N values) V = 0 and {@code NaN} for the others.
     */
    private void estimate(double[] z, double k, int[] rows, double[] out) {
        int w = 2 + blocks;
        double sa = 0;
        double sb = 0;
        double squares = 0;
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (int j = 0; j < n; j++) {
            int base = (rows == null ? j : rows[j]) * w;
            double a = z[base];
            double b = z[base + 1];
            min = Math.min(min, Math.min(a, b));
            max = Math.max(max, Math.max(a, b));
            double as = a - k;
            double bs = b - k;
            sa += as;
            sb += bs;
            squares += as * as + bs * bs;
        }
        // one pass per block, scalar accumulators (the rows stay in cache between passes)
        double[] sumDelta = new double[blocks];
        double[] crossDelta = new double[blocks];
        double[] squareDelta = new double[blocks];
        for (int q = 0; q < blocks; q++) {
            double s1 = 0;
            double s2 = 0;
            double s3 = 0;
            for (int j = 0; j < n; j++) {
                int base = (rows == null ? j : rows[j]) * w;
                double a = z[base];
                double delta = z[base + 2 + q] - a;
                s1 += delta;
                s2 += (z[base + 1] - k) * delta;
                s3 += delta * delta;
            }
            sumDelta[q] = s1;
            crossDelta[q] = s2;
            squareDelta[q] = s3;
        }
        double shiftedMean = (sa + sb) / (2.0 * n);
        boolean constant = min == max;
        double v = constant ? 0 : Math.max(0, (squares - 2.0 * n * shiftedMean * shiftedMean) / (2.0 * n - 1));
        out[0] = constant ? min : k + shiftedMean;
        out[1] = v;
        int d = block.length;
        for (int i = 0; i < d; i++) {
            int q = block[i] - 2;
            if (q < 0) {
                out[2 + i] = 0;
                out[2 + d + i] = 0;
            } else if (constant || v == 0) {
                out[2 + i] = Double.NaN;
                out[2 + d + i] = Double.NaN;
            } else {
                out[2 + i] = (crossDelta[q] - shiftedMean * sumDelta[q]) / n / v;
                out[2 + d + i] = squareDelta[q] / (2.0 * n) / v;
            }
        }
    }
}
