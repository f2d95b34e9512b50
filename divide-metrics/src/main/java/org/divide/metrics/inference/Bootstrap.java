package org.divide.metrics.inference;

import java.util.Arrays;
import java.util.concurrent.CancellationException;
import java.util.concurrent.Executor;
import java.util.function.BooleanSupplier;
import java.util.function.IntConsumer;
import org.divide.metrics.internal.column.Args;
import org.divide.metrics.internal.parallel.IndexedLoop;

/**
 * Nonparametric bootstrap confidence intervals, percentile or BCa, for any
 * {@link SampleStatistic}; seeded, parallel and identical for the same seed on any number of
 * threads.
 *
 * <pre>{@code
 * BootstrapInterval ci = Bootstrap.withDefaults()
 *         .withReplicates(2000).withSeed(42).withConfidence(0.95).withMethod(IntervalMethod.BCA)
 *         .interval(Inequality::gini, gdpPerCapita, population);
 * }</pre>
 *
 * <p><b>Resampling.</b> The units are the pairs (x_i, w_i). Replicate b draws n units with
 * replacement, each with probability 1/n and carrying its own weight, and evaluates the statistic
 * on them: θ*_b = θ(x*, w*). This is the standard (naive, design-free) nonparametric bootstrap of
 * weighted data — a unit's weight travels with it and is not itself resampled — which is right for
 * population-weighted country data and for i.i.d. samples with frequency or sampling weights; it
 * ignores any survey design (strata, clusters, calibration). With stratum labels the draws are made
 * within each stratum, n_h of them from the n_h units of stratum h (Davison and Hinkley 1997,
 * §3.7), which keeps the group composition fixed. With integer weights the bootstrap distribution
 * approximates that of the frequency-expanded data only loosely: expanded copies are resampled
 * independently, a unit and its weight are not.
 *
 * <p><b>Determinism.</b> Replicate b uses its own generator, a {@link java.util.SplittableRandom}
 * whose seed is a SplitMix64 hash of (seed, b), so its resample does not depend on which thread
 * computes it or in what order; the replicate array, and hence every result, is bit-identical for
 * the same seed, data and statistic on 1 or many threads. The jackknife groups (large n) use the
 * auxiliary stream (seed, −1).
 *
 * <p><b>Intervals.</b> See {@link IntervalMethod}. The bootstrap standard error is the standard
 * deviation of the replicates (denominator B − 1), the bias θ̄* − θ̂. For BCa the acceleration comes
 * from the jackknife ({@link Jackknife}): leave-one-out with n ≤ {@link #jackknifeGroups()}, else
 * that many groups (Efron and Narasimhan 2020), ignoring strata; with a single unit it is 0.
 *
 * <p><b>Degenerate data.</b> Constant data make every replicate equal to θ̂: z_0 = 0 (ties count
 * half), a = 0, and both methods return the interval [θ̂, θ̂] with standard error 0 — no exception,
 * no {@code NaN}. When BCa is undefined it falls back to the percentile interval and the result
 * reports {@link IntervalMethod#PERCENTILE}. Infinite replicates are kept (a bound may then be
 * infinite, the standard error and bias not finite).
 *
 * <p><b>Errors.</b> {@link IllegalArgumentException} for invalid options (replicates &lt; 2,
 * confidence outside (0, 1), {@code null}s) or data (empty or {@code null} values, weights of
 * another length, negative, not finite or all zero, as in {@code "weights[3] is negative: -2.0"},
 * strata of another length or with {@code null} labels, a {@code NaN} statistic on the full sample).
 * A statistic that throws or returns {@code NaN} on a resample or jackknife sample raises an
 * {@link IllegalStateException} naming the replicate (the first failure stops the other workers).
 * Cancellation raises {@link CancellationException}.
 *
 * <p><b>Cost.</b> B evaluations of the statistic on n units, plus for BCa min(n, groups)
 * evaluations on about n − n/groups units; memory O(n) per worker thread plus B doubles.
 *
 * <p>Instances are immutable and thread-safe.
 *
 * <p>References: Efron, B. (1979). Bootstrap methods: another look at the jackknife. Annals of
 * Statistics 7(1), 1–26. doi:10.1214/aos/1176344552; Efron, B. (1987). Better bootstrap confidence
 * intervals. JASA 82(397), 171–185. doi:10.1080/01621459.1987.10478410; Davison, A. C. and
 * Hinkley, D. V. (1997). Bootstrap Methods and their Application. Cambridge University Press.
 * doi:10.1017/CBO9780511802843; Efron, B. and Narasimhan, B. (2020). The automatic construction of
 * bootstrap confidence intervals. JCGS 29(3), 608–619. doi:10.1080/10618600.2020.1714633
 */
public final class Bootstrap {

    /** The default number of replicates, 2000. */
    public static final int DEFAULT_REPLICATES = 2000;
    /** The default seed. */
    public static final long DEFAULT_SEED = 20_260_101L;
    /** The default confidence level, 0.95. */
    public static final double DEFAULT_CONFIDENCE = 0.95;
    /** The default largest number of jackknife groups, 2000: exact leave-one-out up to n = 2000. */
    public static final int DEFAULT_JACKKNIFE_GROUPS = 2000;

    /** The largest number of chunks the replicates (and the jackknife samples) are cut into. */
    static final int CHUNKS = 64;
    private static final Bootstrap DEFAULTS = new Bootstrap(DEFAULT_REPLICATES, DEFAULT_SEED,
            DEFAULT_CONFIDENCE, IntervalMethod.BCA, null, null, null, DEFAULT_JACKKNIFE_GROUPS);

    private final int replicates;
    private final long seed;
    private final double confidence;
    private final IntervalMethod method;
    private final Executor executor;
    private final ProgressListener progress;
    private final BooleanSupplier cancelled;
    private final int jackknifeGroups;

    private Bootstrap(int replicates, long seed, double confidence, IntervalMethod method, Executor executor,
            ProgressListener progress, BooleanSupplier cancelled, int jackknifeGroups) {
        this.replicates = replicates;
        this.seed = seed;
        this.confidence = confidence;
        this.method = method;
        this.executor = executor;
        this.progress = progress;
        this.cancelled = cancelled;
        this.jackknifeGroups = jackknifeGroups;
    }

    /**
     * Returns the default options: {@value #DEFAULT_REPLICATES} replicates, seed
     * {@value #DEFAULT_SEED}, confidence 0.95, {@link IntervalMethod#BCA}, the common fork-join pool
     * (the calling thread takes part), no progress listener, no cancellation, at most
     * {@value #DEFAULT_JACKKNIFE_GROUPS} jackknife groups.
     *
     * @return the defaults
     */
    public static Bootstrap withDefaults() {
        return DEFAULTS;
    }

    /**
     * Returns these options with another number of replicates.
     *
     * @param count B, at least 2 (2000 or more is advisable for BCa and 95% intervals)
     * @return the new options
     * @throws IllegalArgumentException if {@code count < 2}
     */
    public Bootstrap withReplicates(int count) {
        if (count < 2) {
            throw new IllegalArgumentException("replicates must be >= 2: " + count);
        }
        return new Bootstrap(count, seed, confidence, method, executor, progress, cancelled, jackknifeGroups);
    }

    /**
     * Returns these options with another seed.
     *
     * @param newSeed the seed of every random draw
     * @return the new options
     */
    public Bootstrap withSeed(long newSeed) {
        return new Bootstrap(replicates, newSeed, confidence, method, executor, progress, cancelled,
                jackknifeGroups);
    }

    /**
     * Returns these options with another confidence level.
     *
     * @param level 1 − α, in (0, 1)
     * @return the new options
     * @throws IllegalArgumentException if {@code level} is outside (0, 1)
     */
    public Bootstrap withConfidence(double level) {
        if (!(level > 0 && level < 1)) {
            throw new IllegalArgumentException("confidence must be in (0, 1): " + level);
        }
        return new Bootstrap(replicates, seed, level, method, executor, progress, cancelled, jackknifeGroups);
    }

    /**
     * Returns these options with another interval method.
     *
     * @param newMethod the method
     * @return the new options
     * @throws IllegalArgumentException if {@code newMethod} is {@code null}
     */
    public Bootstrap withMethod(IntervalMethod newMethod) {
        if (newMethod == null) {
            throw new IllegalArgumentException("method is null");
        }
        return new Bootstrap(replicates, seed, confidence, newMethod, executor, progress, cancelled,
                jackknifeGroups);
    }

    /**
     * Returns these options running the replicates on an executor (a {@link
     * java.util.concurrent.ForkJoinPool}, a fixed thread pool, or {@code Runnable::run} for the
     * calling thread alone). The calling thread waits; it must not be the only thread of a bounded
     * executor it submits to.
     *
     * @param newExecutor the executor
     * @return the new options
     * @throws IllegalArgumentException if {@code newExecutor} is {@code null}
     */
    public Bootstrap withExecutor(Executor newExecutor) {
        if (newExecutor == null) {
            throw new IllegalArgumentException("executor is null");
        }
        return new Bootstrap(replicates, seed, confidence, method, newExecutor, progress, cancelled,
                jackknifeGroups);
    }

    /**
     * Returns these options reporting progress: the total is B plus, for BCa, the number of
     * jackknife samples; calls come from worker threads, one at a time, about 64 per phase.
     *
     * @param listener the listener
     * @return the new options
     * @throws IllegalArgumentException if {@code listener} is {@code null}
     */
    public Bootstrap withProgress(ProgressListener listener) {
        if (listener == null) {
            throw new IllegalArgumentException("listener is null");
        }
        return new Bootstrap(replicates, seed, confidence, method, executor, listener, cancelled,
                jackknifeGroups);
    }

    /**
     * Returns these options polling a cancellation flag before every replicate; once it returns
     * {@code true} the workers stop and {@link #interval} throws {@link CancellationException}.
     *
     * @param flag the flag, for example {@code AtomicBoolean::get}
     * @return the new options
     * @throws IllegalArgumentException if {@code flag} is {@code null}
     */
    public Bootstrap withCancellation(BooleanSupplier flag) {
        if (flag == null) {
            throw new IllegalArgumentException("cancellation flag is null");
        }
        return new Bootstrap(replicates, seed, confidence, method, executor, progress, flag, jackknifeGroups);
    }

    /**
     * Returns these options with another largest number of jackknife groups for the BCa
     * acceleration: leave-one-out when n ≤ {@code groups}, else {@code groups} seeded groups.
     *
     * @param groups at least 2
     * @return the new options
     * @throws IllegalArgumentException if {@code groups < 2}
     */
    public Bootstrap withJackknifeGroups(int groups) {
        if (groups < 2) {
            throw new IllegalArgumentException("jackknifeGroups must be >= 2: " + groups);
        }
        return new Bootstrap(replicates, seed, confidence, method, executor, progress, cancelled, groups);
    }

    /**
     * Returns the number of replicates B.
     *
     * @return B
     */
    public int replicates() {
        return replicates;
    }

    /**
     * Returns the seed.
     *
     * @return the seed
     */
    public long seed() {
        return seed;
    }

    /**
     * Returns the confidence level.
     *
     * @return 1 − α
     */
    public double confidence() {
        return confidence;
    }

    /**
     * Returns the interval method asked for.
     *
     * @return the method
     */
    public IntervalMethod method() {
        return method;
    }

    /**
     * Returns the largest number of jackknife groups.
     *
     * @return the number
     */
    public int jackknifeGroups() {
        return jackknifeGroups;
    }

    /**
     * Returns the interval of a statistic of an unweighted sample (the statistic sees
     * {@code w == null}).
     *
     * @param statistic the statistic
     * @param x         the values (not modified)
     * @return the interval
     * @throws IllegalArgumentException if an argument is invalid (see the class description)
     * @throws IllegalStateException    if the statistic fails on a resample
     * @throws CancellationException    if cancelled
     */
    public BootstrapInterval interval(SampleStatistic statistic, double[] x) {
        return interval(statistic, x, null, null);
    }

    /**
     * Returns the interval of a statistic of a weighted sample, resampling units with their weights.
     *
     * @param statistic the statistic
     * @param x         the values (not modified)
     * @param w         the weights, or {@code null} for an unweighted sample (not modified)
     * @return the interval
     * @throws IllegalArgumentException if an argument is invalid (see the class description)
     * @throws IllegalStateException    if the statistic fails on a resample
     * @throws CancellationException    if cancelled
     */
    public BootstrapInterval interval(SampleStatistic statistic, double[] x, double[] w) {
        return interval(statistic, x, w, null);
    }

    /**
     * Returns the interval of a statistic, resampling units with their weights within strata.
     *
     * @param statistic the statistic
     * @param x         the values (not modified)
     * @param w         the weights, or {@code null} for an unweighted sample (not modified)
     * @param strata    the stratum label of each unit (income group, region), or {@code null} for
     *                  one stratum (not modified)
     * @return the interval
     * @throws IllegalArgumentException if an argument is invalid (see the class description)
     * @throws IllegalStateException    if the statistic fails on a resample
     * @throws CancellationException    if cancelled
     */
    public BootstrapInterval interval(SampleStatistic statistic, double[] x, double[] w, String[] strata) {
        Args.notNull("statistic", statistic);
        Args.samplingWeights(w, Args.values("x", x).length);
        if (strata != null) {
            Args.labels("strata", strata, "x", x.length, false);
        }
        double estimate = statistic.apply(x.clone(), w == null ? null : w.clone());
        if (Double.isNaN(estimate)) {
            throw new IllegalArgumentException("statistic is NaN on the full sample");
        }
        int n = x.length;
        boolean bca = method == IntervalMethod.BCA && n >= 2;
        int[][] groups = bca ? Jackknife.groups(n, jackknifeGroups, seed) : null;
        int total = replicates + (bca ? groups.length : 0);
        IndexedLoop loop = new IndexedLoop(executor, cancelled);
        IntConsumer units = progress == null ? null : Replicates.progress(progress, total);

        double[] values = Replicates.values(statistic, new Resampler(x, w, strata), seed, replicates, loop, units);
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        Intervals.Result r;
        if (method == IntervalMethod.PERCENTILE) {
            r = Intervals.percentile(sorted, confidence);
        } else {
            double a = bca ? Jackknife.acceleration(Jackknife.groupValues(statistic, x, w, groups, loop, units)) : 0.0;
            r = Intervals.bca(sorted, estimate, a, confidence);
        }
        double mean = Replicates.mean(values);
        double se = Replicates.standardError(values, mean);
        return new BootstrapInterval(estimate, r.lower, r.upper, confidence, r.method, replicates, se,
                mean - estimate, r.z0, r.acceleration, values);
    }

    /**
     * Describes the options.
     *
     * @return the description
     */
    @Override
    public String toString() {
        return "Bootstrap[replicates=" + replicates + ", seed=" + seed + ", confidence=" + confidence
                + ", method=" + method + ", executor=" + (executor == null ? "common pool" : executor)
                + ", jackknifeGroups=" + jackknifeGroups + "]";
    }
}
