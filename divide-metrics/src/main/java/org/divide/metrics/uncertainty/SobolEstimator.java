package org.divide.metrics.uncertainty;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The Saltelli (2010) first-order and Jansen (1999) total-effect estimators on the outputs of one
 * Sobol design, with percentile bootstrap intervals over the rows of the design.
 *
 * <p>Run layout: runs [0, N) are the rows of A, [N, 2N) the rows of B, and block b ≥ 2 holds the
 * rows of A_B^(i) for the input i with {@code block[i] = b}; constant inputs have no block.
 */
final class SobolEstimator {

    private final int n;
    private final int[] block;
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
        this.names = names;
        this.replicates = replicates;
        this.confidence = confidence;
        this.seed = seed;
    }

    /**
     * Estimates the indices of one output.
     *
     * @param y the output of every run, in run order (read only)
     * @return the decomposition
     */
    OutputSensitivity estimate(double[] y) {
        int d = block.length;
        double[] first = new double[d];
        double[] total = new double[d];
        double[] meanVariance = new double[2];
        estimate(y, null, first, total, meanVariance);
        double[][] firstBounds = new double[2][d];
        double[][] totalBounds = new double[2][d];
        for (double[] b : firstBounds) {
            Arrays.fill(b, Double.NaN);
        }
        for (double[] b : totalBounds) {
            Arrays.fill(b, Double.NaN);
        }
        if (replicates > 0) {
            bootstrap(y, firstBounds, totalBounds);
        }
        List<SobolIndex> indices = new ArrayList<>(d);
        for (int i = 0; i < d; i++) {
            indices.add(new SobolIndex(names.get(i), first[i], firstBounds[0][i], firstBounds[1][i], total[i],
                    totalBounds[0][i], totalBounds[1][i]));
        }
        return new OutputSensitivity(meanVariance[0], meanVariance[1], indices);
    }

    private void bootstrap(double[] y, double[][] firstBounds, double[][] totalBounds) {
        int d = block.length;
        double[][] firstRep = new double[d][replicates];
        double[][] totalRep = new double[d][replicates];
        int[] rows = new int[n];
        double[] first = new double[d];
        double[] total = new double[d];
        double[] meanVariance = new double[2];
        for (int b = 0; b < replicates; b++) {
            SplittableRandom rng = new SplittableRandom(Streams.seed(seed, b));
            for (int j = 0; j < n; j++) {
                rows[j] = rng.nextInt(n);
            }
            estimate(y, rows, first, total, meanVariance);
            for (int i = 0; i < d; i++) {
                firstRep[i][b] = first[i];
                totalRep[i][b] = total[i];
            }
        }
        double lo = (1 - confidence) / 2;
        double hi = (1 + confidence) / 2;
        for (int i = 0; i < d; i++) {
            percentile(firstRep[i], lo, hi, firstBounds, i);
            percentile(totalRep[i], lo, hi, totalBounds, i);
        }
    }

    private static void percentile(double[] replicates, double lo, double hi, double[][] bounds, int i) {
        Arrays.sort(replicates);
        int count = Quantiles.countNotNaN(replicates);
        if (count > 0) {
            bounds[0][i] = Quantiles.type7(replicates, count, lo);
            bounds[1][i] = Quantiles.type7(replicates, count, hi);
        }
    }

    /**
     * The point estimates on the rows {@code rows} (all rows in order when {@code null}):
     * with c the mean of the 2N values f(A)_j, f(B)_j, V = Σ_j [(f(A)_j − c)² + (f(B)_j − c)²] / (2N − 1),
     * S_i = (1/N) Σ_j (f(B)_j − c)(f(A_B^(i))_j − f(A)_j) / V and
     * S_Ti = (1/2N) Σ_j (f(A)_j − f(A_B^(i))_j)² / V.
     */
    private void estimate(double[] y, int[] rows, double[] first, double[] total, double[] meanVariance) {
        double sum = 0;
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (int j = 0; j < n; j++) {
            int r = rows == null ? j : rows[j];
            double a = y[r];
            double b = y[n + r];
            sum += a + b;
            min = Math.min(min, Math.min(a, b));
            max = Math.max(max, Math.max(a, b));
        }
        double c = sum / (2.0 * n);
        double squares = 0;
        for (int j = 0; j < n; j++) {
            int r = rows == null ? j : rows[j];
            double a = y[r] - c;
            double b = y[n + r] - c;
            squares += a * a + b * b;
        }
        boolean constant = min == max;
        double v = constant ? 0 : squares / (2.0 * n - 1);
        meanVariance[0] = constant ? min : c;
        meanVariance[1] = v;
        for (int i = 0; i < block.length; i++) {
            if (block[i] < 0) {
                first[i] = 0;
                total[i] = 0;
            } else if (constant) {
                first[i] = Double.NaN;
                total[i] = Double.NaN;
            } else {
                int off = block[i] * n;
                double s1 = 0;
                double s2 = 0;
                for (int j = 0; j < n; j++) {
                    int r = rows == null ? j : rows[j];
                    double a = y[r];
                    double delta = y[off + r] - a;
                    s1 += (y[n + r] - c) * delta;
                    s2 += delta * delta;
                }
                first[i] = s1 / n / v;
                total[i] = s2 / (2.0 * n) / v;
            }
        }
    }
}
