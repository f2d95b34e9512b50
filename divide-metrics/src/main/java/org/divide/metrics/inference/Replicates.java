package org.divide.metrics.inference;

import java.util.function.IntConsumer;
import org.divide.metrics.internal.parallel.IndexedLoop;

/**
 * The replicate loop of {@link Bootstrap} and what it shares with the {@link Jackknife}: the B
 * replicate values θ*_b = θ(x*_b, w*_b), their summary (mean θ̄* and standard deviation with
 * denominator B − 1), the evaluation of the statistic on one resample with its failure reported as
 * an {@link IllegalStateException}, and the progress count over the loops of one interval.
 */
final class Replicates {

    private Replicates() {
    }

    /**
     * Evaluates the statistic on B resamples, cut into at most {@link Bootstrap#CHUNKS} chunks with
     * one pair of scratch arrays per chunk; resample b is a function of (seed, b) only, so the result
     * does not depend on the number of threads.
     *
     * @param statistic  the statistic
     * @param resampler  the data to draw from
     * @param seed       the seed of the draws
     * @param replicates B
     * @param loop       the loop running the chunks
     * @param progress   receives the number of finished replicates, or {@code null}
     * @return θ*_b for b = 0, ..., B − 1
     */
    static double[] values(SampleStatistic statistic, Resampler resampler, long seed, int replicates,
            IndexedLoop loop, IntConsumer progress) {
        double[] values = new double[replicates];
        int n = resampler.size();
        boolean weighted = resampler.weighted();
        loop.forEachChunk(replicates, Bootstrap.CHUNKS, (from, to) -> {
            double[] xb = new double[n];
            double[] wb = weighted ? new double[n] : null;
            for (int b = from; b < to && !loop.stopped(); b++) {
                resampler.draw(seed, b, xb, wb);
                values[b] = evaluate(statistic, xb, wb, "bootstrap replicate " + b);
            }
        }, progress, "bootstrap replicates");
        return values;
    }

    /**
     * The mean of the replicates, θ̄* = Σ θ*_b / B.
     *
     * @param values the replicates; not modified
     * @return θ̄*
     */
    static double mean(double[] values) {
        return Magnitudes.mean(values);
    }

    /**
     * The bootstrap standard error, √(Σ (θ*_b − θ̄*)² / (B − 1)).
     *
     * @param values the replicates, at least two; not modified
     * @param mean   their mean θ̄*
     * @return the standard deviation of the replicates
     */
    static double standardError(double[] values, double mean) {
        double[] d = new double[values.length];
        for (int i = 0; i < d.length; i++) {
            d[i] = values[i] - mean;
        }
        int e = Magnitudes.normalise(d);
        double ss = 0;
        for (double v : d) {
            ss += v * v;
        }
        return Math.scalb(Math.sqrt(ss / (values.length - 1)), e);
    }

    /**
     * Evaluates the statistic on a resample, turning a failure or a {@code NaN} into an
     * {@link IllegalStateException} that names the resample.
     *
     * @param statistic the statistic
     * @param x         the values
     * @param w         the weights or {@code null}
     * @param what      the resample, for the message
     * @return the value, not {@code NaN}
     */
    static double evaluate(SampleStatistic statistic, double[] x, double[] w, String what) {
        double v;
        try {
            v = statistic.apply(x, w);
        } catch (RuntimeException e) {
            throw new IllegalStateException("statistic failed on " + what + ": " + e.getMessage(), e);
        }
        if (Double.isNaN(v)) {
            throw new IllegalStateException("statistic returned NaN on " + what);
        }
        return v;
    }

    /**
     * Adds up finished units over the loops of one interval; called one chunk at a time.
     *
     * @param listener the listener
     * @param total    the number of units of all loops
     * @return the consumer of finished units
     */
    static IntConsumer progress(ProgressListener listener, int total) {
        int[] done = {0};
        return units -> listener.progress(done[0] += units, total);
    }
}
