package org.divide.metrics.inference;

import java.util.SplittableRandom;
import java.util.function.IntConsumer;
import org.divide.metrics.internal.column.Args;
import org.divide.metrics.internal.parallel.IndexedLoop;
import org.divide.metrics.internal.parallel.Seeds;

/**
 * The jackknife: the statistic recomputed with each unit (or each group of units) left out, and
 * what follows from those values — the acceleration of the BCa interval and the jackknife standard
 * error.
 *
 * <p>With θ_(i) the statistic without unit i (its value and its weight), θ̄ = (1/n) Σ θ_(i) and
 * d_i = θ̄ − θ_(i):
 * <pre>
 *   acceleration  a = Σ d_i³ / (6 (Σ d_i²)^{3/2})            (Efron 1987, eq. 6.6)
 *   standard error  = √((n − 1)/n · Σ d_i²)                  (Efron and Tibshirani 1993, eq. 11.5)
 * </pre>
 * For large samples the bootstrap uses the grouped jackknife of Efron and Narasimhan (2020): the
 * units are shuffled with the seed and cut into m groups of ⌊n/m⌋ or ⌈n/m⌉ units, and the same
 * formulas apply to the m leave-one-group-out values.
 *
 * <p>Cost: n evaluations of the statistic on n − 1 units (m on about n − n/m with groups).
 *
 * <p>References: Efron, B. (1987). Better bootstrap confidence intervals. JASA 82(397), 171–185.
 * doi:10.1080/01621459.1987.10478410; Efron, B. and Tibshirani, R. J. (1993). An Introduction to
 * the Bootstrap. Chapman &amp; Hall; Efron, B. and Narasimhan, B. (2020). The automatic
 * construction of bootstrap confidence intervals. Journal of Computational and Graphical Statistics
 * 29(3), 608–619. doi:10.1080/10618600.2020.1714633
 */
public final class Jackknife {

    private Jackknife() {
    }

    /**
     * Returns the leave-one-out values θ_(i), i = 0 … n − 1, computed in the calling thread.
     *
     * @param statistic the statistic
     * @param x         the values, at least 2 (not modified)
     * @param w         the weights, or {@code null} for an unweighted sample (not modified)
     * @return a new array of n values
     * @throws IllegalArgumentException if an argument is invalid or there are fewer than 2 units
     * @throws IllegalStateException    if the statistic fails or returns {@code NaN} on a
     *                                  leave-one-out sample (naming the unit)
     */
    public static double[] values(SampleStatistic statistic, double[] x, double[] w) {
        Args.notNull("statistic", statistic);
        Args.samplingWeights(w, Args.values("x", x).length);
        if (x.length < 2) {
            throw new IllegalArgumentException("the jackknife needs at least 2 units: " + x.length);
        }
        return groupValues(statistic, x, w, groups(x.length, x.length, 0L), new IndexedLoop(Runnable::run, null), null);
    }

    /**
     * Returns the BCa acceleration a = Σ d_i³ / (6 (Σ d_i²)^{3/2}), d_i = θ̄ − θ_(i); 0 when all
     * values are equal, {@code NaN} when a value is not finite.
     *
     * @param values the jackknife values (not modified)
     * @return the acceleration
     * @throws IllegalArgumentException if {@code values} is {@code null} or has fewer than 2 values
     */
    public static double acceleration(double[] values) {
        double[] d = deviations(values);
        Magnitudes.normalise(d);
        double s2 = 0;
        double s3 = 0;
        for (double v : d) {
            s2 += v * v;
            s3 += v * v * v;
        }
        if (s2 == 0) {
            return 0;
        }
        return s3 / (6 * Math.pow(s2, 1.5));
    }

    /**
     * Returns the jackknife standard error √((n − 1)/n · Σ (θ_(i) − θ̄)²).
     *
     * @param values the jackknife values (not modified)
     * @return the standard error
     * @throws IllegalArgumentException if {@code values} is {@code null} or has fewer than 2 values
     */
    public static double standardError(double[] values) {
        double[] d = deviations(values);
        int e = Magnitudes.normalise(d);
        double s2 = 0;
        for (double v : d) {
            s2 += v * v;
        }
        int n = values.length;
        return Math.scalb(Math.sqrt((n - 1.0) / n * s2), e);
    }

    private static double[] deviations(double[] values) {
        if (values == null) {
            throw new IllegalArgumentException("values is null");
        }
        if (values.length < 2) {
            throw new IllegalArgumentException("values needs at least 2 jackknife values: " + values.length);
        }
        double mean = Replicates.mean(values);
        double[] d = new double[values.length];
        for (int i = 0; i < d.length; i++) {
            d[i] = mean - values[i];
        }
        return d;
    }

    /**
     * Returns the jackknife groups: n singletons when n ≤ maxGroups, else the units shuffled with a
     * generator seeded from (seed, stream −1) and cut into maxGroups contiguous blocks.
     *
     * @param n         the number of units
     * @param maxGroups the largest number of groups
     * @param seed      the seed
     * @return the unit indices of each group
     */
    static int[][] groups(int n, int maxGroups, long seed) {
        if (n <= maxGroups) {
            int[][] g = new int[n][];
            for (int i = 0; i < n; i++) {
                g[i] = new int[] {i};
            }
            return g;
        }
        int[] units = new int[n];
        for (int i = 0; i < n; i++) {
            units[i] = i;
        }
        SplittableRandom rng = new SplittableRandom(Seeds.stream(seed, -1));
        for (int i = n - 1; i > 0; i--) {
            int j = rng.nextInt(i + 1);
            int t = units[i];
            units[i] = units[j];
            units[j] = t;
        }
        int[][] g = new int[maxGroups][];
        for (int k = 0; k < maxGroups; k++) {
            int from = (int) ((long) n * k / maxGroups);
            int to = (int) ((long) n * (k + 1) / maxGroups);
            g[k] = java.util.Arrays.copyOfRange(units, from, to);
        }
        return g;
    }

    /**
     * Computes the leave-one-group-out values on the loop's executor.
     *
     * @param statistic the statistic
     * @param x         the values (not modified)
     * @param w         the weights or {@code null} (not modified)
     * @param groups    the groups, each non-empty, together fewer than all units
     * @param loop      the loop runner
     * @param progress  receives the number of finished groups, or {@code null}
     * @return one value per group
     */
    static double[] groupValues(SampleStatistic statistic, double[] x, double[] w, int[][] groups,
            IndexedLoop loop, IntConsumer progress) {
        double[] values = new double[groups.length];
        int n = x.length;
        int largest = 0;
        for (int[] g : groups) {
            largest = Math.max(largest, g.length);
        }
        int shortest = n - largest; // group sizes differ by at most one: two scratch lengths
        loop.forEachChunk(groups.length, Bootstrap.CHUNKS, (from, to) -> {
            boolean[] out = new boolean[n];
            double[][] xScratch = new double[2][];
            double[][] wScratch = new double[2][];
            for (int g = from; g < to && !loop.stopped(); g++) {
                int m = n - groups[g].length;
                int slot = m - shortest;
                if (xScratch[slot] == null) {
                    xScratch[slot] = new double[m];
                    wScratch[slot] = w == null ? null : new double[m];
                }
                double[] xs = xScratch[slot];
                double[] ws = wScratch[slot];
                for (int i : groups[g]) {
                    out[i] = true;
                }
                for (int i = 0, k = 0; i < n; i++) {
                    if (!out[i]) {
                        xs[k] = x[i];
                        if (ws != null) {
                            ws[k] = w[i];
                        }
                        k++;
                    }
                }
                for (int i : groups[g]) {
                    out[i] = false;
                }
                values[g] = Replicates.evaluate(statistic, xs, ws, "jackknife sample " + g
                        + (groups[g].length == 1 ? " (unit " + groups[g][0] + " left out)" : ""));
            }
        }, progress, "jackknife samples");
        return values;
    }
}
