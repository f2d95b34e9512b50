package org.divide.metrics.uncertainty;

import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.Executor;
import java.util.function.BooleanSupplier;

/**
 * Monte Carlo uncertainty analysis and variance-based (Sobol) sensitivity analysis of any
 * {@link Model} {@code double[] → double[]} with uncertain {@link Input}s; seeded, parallel, and
 * bit-identical for the same seed on any number of threads.
 *
 * <pre>{@code
 * List<Input> inputs = List.of(Input.uniform("x1", -Math.PI, Math.PI),
 *         Input.uniform("x2", -Math.PI, Math.PI), Input.uniform("x3", -Math.PI, Math.PI));
 * Model ishigami = x -> new double[] {
 *         Math.sin(x[0]) + 7 * Math.pow(Math.sin(x[1]), 2) + 0.1 * Math.pow(x[2], 4) * Math.sin(x[0])};
 * SensitivityResult sa = UncertaintyAnalysis.withDefaults().withSamples(1 << 12).withSeed(7)
 *         .sobol(ishigami, inputs);
 * double s1 = sa.output(0).index("x1").firstOrder();           // ≈ 0.314
 * UncertaintyResult ua = UncertaintyAnalysis.withDefaults().withSamples(10_000).monteCarlo(ishigami, inputs);
 * double q95 = ua.output(0).quantile(0.95);
 * }</pre>
 *
 * <p><b>Sobol indices</b> ({@link #sobol(Model, List)}). With N the {@linkplain #withSamples(int)
 * samples} and d inputs, a design of 2d unit columns is drawn (see {@link SamplingMethod}) and
 * mapped through the inputs' inverse CDFs: the first d columns give the N × d matrix A, the last d
 * the matrix B, and A_B^(i) is A with column i taken from B. The model runs on the N (d + 2)
 * rows; with c the mean of the 2N base outputs f(A)_j, f(B)_j and
 * V = Σ_j [(f(A)_j − c)² + (f(B)_j − c)²] / (2N − 1):
 * <ul>
 * <li>first order (Saltelli et al. 2010, Table 2 (b)):
 * S_i = (1/N) Σ_j (f(B)_j − c) (f(A_B^(i))_j − f(A)_j) / V;</li>
 * <li>total effect (Jansen 1999; Saltelli et al. 2010, Table 2 (f)):
 * S_Ti = (1/2N) Σ_j (f(A)_j − f(A_B^(i))_j)² / V.</li>
 * </ul>
 * Centring f(B) at c does not change the expectation of the first-order estimator (E[f(A_B^(i)) −
 * f(A)] = 0) but removes the f0² term from its variance, which matters for outputs far from 0 such
 * as ranks (SALib standardises the outputs for the same reason). The bootstrap resamples the N
 * rows j with replacement (replicate b from the stream (seed, b)), recomputes c, V, S_i and S_Ti,
 * and reports the percentile interval at the {@linkplain #withConfidence(double) confidence}
 * level (COINr reports the 5% and 95% quantiles, i.e. confidence 0.90).
 *
 * <p><b>Monte Carlo</b> ({@link #monteCarlo(Model, List)}): N runs on a design of d columns; each
 * output is summarised by its mean, standard deviation, min, median, max and the type-7 quantiles
 * at the {@linkplain #withQuantiles(double...) requested probabilities} ({@link OutputDistribution}).
 *
 * <p><b>Determinism.</b> The design is generated up front, in order, from the seed (the stream
 * (seed, −1)); runs are evaluated in parallel into slots of their own; every reduction runs in a
 * fixed order on one thread; bootstrap replicate b draws from its own stream (seed, b). The same
 * seed, inputs and model therefore give bit-identical results on one thread or many. A model
 * failure or bad output is reported for the run of lowest index among those that failed before
 * the workers stopped.
 *
 * <p><b>Degenerate cases</b> (no exceptions): an input that cannot vary ({@link Input#isConstant()})
 * has S_i = S_Ti = 0 with interval [0, 0] and costs no runs; an output that is constant over the 2N
 * base runs has V = 0 and indices {@code NaN} for every other input; a {@code NaN} output in any
 * run makes that output's indices {@code NaN} (Monte Carlo summaries leave {@code NaN} runs out
 * and count them as missing); a bootstrap replicate whose V is 0 is left out of the interval.
 *
 * <p><b>Errors.</b> {@link IllegalArgumentException} for invalid options (samples &lt; 2,
 * replicates &lt; 0, confidence outside (0, 1), probabilities outside [0, 1], {@code null}s), for
 * no inputs, duplicate or {@code null} inputs, more than 500 inputs with a Sobol sampling (1000
 * for Monte Carlo), an inverse CDF that is not finite, and for a model that returns {@code null},
 * no outputs or another number of outputs than run 0 ("the model returned 3 outputs at run 17
 * (matrix B, row 1) but 2 at run 0"). A model that throws raises {@link IllegalStateException}
 * naming the run, its matrix and row, and its inputs, with the model's exception as the cause.
 * Cancellation raises {@link CancellationException}.
 *
 * <p><b>Cost.</b> N (d + 2) model runs (N for Monte Carlo), the input design O(N d) memory, the
 * outputs O(runs × m); the bootstrap B × N × (d + 2) operations per output, run in parallel over
 * outputs.
 *
 * <p>Instances are immutable and thread-safe.
 *
 * <p>References: Sobol', I. M. (1993). Sensitivity estimates for nonlinear mathematical models.
 * Math. Model. Comput. Exp. 1(4), 407–414; Sobol', I. M. (2001). Global sensitivity indices for
 * nonlinear mathematical models and their Monte Carlo estimates. Math. Comput. Simul. 55(1–3),
 * 271–280. doi:10.1016/S0378-4754(00)00270-6; Jansen, M. J. W. (1999). Analysis of variance designs
 * for model output. Comput. Phys. Commun. 117(1–2), 35–43. doi:10.1016/S0010-4655(98)00154-4;
 * Saltelli, A., Annoni, P., Azzini, I., Campolongo, F., Ratto, M. and Tarantola, S. (2010).
 * Variance based sensitivity analysis of model output. Design and estimator for the total
 * sensitivity index. Comput. Phys. Commun. 181(2), 259–270. doi:10.1016/j.cpc.2009.09.018
 */
public final class UncertaintyAnalysis {

    /** The default number of samples N, 1024 (a power of two suits the Sobol sequence). */
    public static final int DEFAULT_SAMPLES = 1024;
    /** The default seed. */
    public static final long DEFAULT_SEED = 20_260_101L;
    /** The default number of bootstrap replicates of the Sobol indices, 1000. */
    public static final int DEFAULT_REPLICATES = 1000;
    /** The default confidence level of the bootstrap intervals, 0.95. */
    public static final double DEFAULT_CONFIDENCE = 0.95;

    private static final double[] DEFAULT_PROBABILITIES = {0.05, 0.95};
    private static final UncertaintyAnalysis DEFAULTS = new UncertaintyAnalysis(DEFAULT_SAMPLES, DEFAULT_SEED,
            SamplingMethod.SCRAMBLED_SOBOL, DEFAULT_REPLICATES, DEFAULT_CONFIDENCE, DEFAULT_PROBABILITIES, null,
            null, null);

    private final int samples;
    private final long seed;
    private final SamplingMethod sampling;
    private final int replicates;
    private final double confidence;
    private final double[] probabilities;
    private final Executor executor;
    private final RunListener listener;
    private final BooleanSupplier cancelled;

    private UncertaintyAnalysis(int samples, long seed, SamplingMethod sampling, int replicates, double confidence,
            double[] probabilities, Executor executor, RunListener listener, BooleanSupplier cancelled) {
        this.samples = samples;
        this.seed = seed;
        this.sampling = sampling;
        this.replicates = replicates;
        this.confidence = confidence;
        this.probabilities = probabilities;
        this.executor = executor;
        this.listener = listener;
        this.cancelled = cancelled;
    }

    /**
     * Returns the default options: N = {@value #DEFAULT_SAMPLES}, seed {@value #DEFAULT_SEED},
     * {@link SamplingMethod#SCRAMBLED_SOBOL}, {@value #DEFAULT_REPLICATES} bootstrap replicates at
     * confidence 0.95, quantiles at 0.05 and 0.95, the common fork-join pool (the calling thread
     * taking part), no progress listener, no cancellation.
     *
     * @return the defaults
     */
    public static UncertaintyAnalysis withDefaults() {
        return DEFAULTS;
    }

    /**
     * Returns these options with another number of samples: the rows N of each of A and B for
     * Sobol indices (N (d + 2) runs), the runs for Monte Carlo.
     *
     * @param count N, at least 2
     * @return the new options
     * @throws IllegalArgumentException if {@code count < 2}
     */
    public UncertaintyAnalysis withSamples(int count) {
        if (count < 2) {
            throw new IllegalArgumentException("samples must be >= 2: " + count);
        }
        return new UncertaintyAnalysis(count, seed, sampling, replicates, confidence, probabilities, executor,
                listener, cancelled);
    }

    /**
     * Returns these options with another seed, which fixes the design (except for plain
     * {@link SamplingMethod#SOBOL}) and the bootstrap.
     *
     * @param newSeed the seed
     * @return the new options
     */
    public UncertaintyAnalysis withSeed(long newSeed) {
        return new UncertaintyAnalysis(samples, newSeed, sampling, replicates, confidence, probabilities, executor,
                listener, cancelled);
    }

    /**
     * Returns these options with another sampling method.
     *
     * @param method the method
     * @return the new options
     * @throws IllegalArgumentException if {@code method} is {@code null}
     */
    public UncertaintyAnalysis withSampling(SamplingMethod method) {
        if (method == null) {
            throw new IllegalArgumentException("sampling method is null");
        }
        return new UncertaintyAnalysis(samples, seed, method, replicates, confidence, probabilities, executor,
                listener, cancelled);
    }

    /**
     * Returns these options with another number of bootstrap replicates of the Sobol indices.
     *
     * @param count B, at least 0 (0: no intervals, their bounds {@code NaN})
     * @return the new options
     * @throws IllegalArgumentException if {@code count < 0}
     */
    public UncertaintyAnalysis withBootstrap(int count) {
        if (count < 0) {
            throw new IllegalArgumentException("bootstrap replicates must be >= 0: " + count);
        }
        return new UncertaintyAnalysis(samples, seed, sampling, count, confidence, probabilities, executor,
                listener, cancelled);
    }

    /**
     * Returns these options with another confidence level of the bootstrap intervals.
     *
     * @param level 1 − α, in (0, 1)
     * @return the new options
     * @throws IllegalArgumentException if {@code level} is outside (0, 1)
     */
    public UncertaintyAnalysis withConfidence(double level) {
        if (!(level > 0 && level < 1)) {
            throw new IllegalArgumentException("confidence must be in (0, 1): " + level);
        }
        return new UncertaintyAnalysis(samples, seed, sampling, replicates, level, probabilities, executor,
                listener, cancelled);
    }

    /**
     * Returns these options reporting other quantiles of each output (Monte Carlo, and the
     * distributions over the base runs of a Sobol analysis).
     *
     * @param newProbabilities the probabilities, each in [0, 1] (sorted and copied; may be empty)
     * @return the new options
     * @throws IllegalArgumentException if the array is {@code null} or a probability is outside
     *                                  [0, 1], as in "probabilities[1] is outside [0, 1]: 1.5"
     */
    public UncertaintyAnalysis withQuantiles(double... newProbabilities) {
        if (newProbabilities == null) {
            throw new IllegalArgumentException("probabilities is null");
        }
        for (int i = 0; i < newProbabilities.length; i++) {
            if (!(newProbabilities[i] >= 0 && newProbabilities[i] <= 1)) {
                throw new IllegalArgumentException("probabilities[" + i + "] is outside [0, 1]: " + newProbabilities[i]);
            }
        }
        double[] p = newProbabilities.clone();
        Arrays.sort(p);
        return new UncertaintyAnalysis(samples, seed, sampling, replicates, confidence, p, executor, listener,
                cancelled);
    }

    /**
     * Returns these options running the model on an executor (a {@link
     * java.util.concurrent.ForkJoinPool}, a fixed thread pool, or {@code Runnable::run} for the
     * calling thread alone). The calling thread submits one task per thread of the pool and waits;
     * it must not be the only thread of a bounded executor it submits to.
     *
     * @param newExecutor the executor
     * @return the new options
     * @throws IllegalArgumentException if {@code newExecutor} is {@code null}
     */
    public UncertaintyAnalysis withExecutor(Executor newExecutor) {
        if (newExecutor == null) {
            throw new IllegalArgumentException("executor is null");
        }
        return new UncertaintyAnalysis(samples, seed, sampling, replicates, confidence, probabilities, newExecutor,
                listener, cancelled);
    }

    /**
     * Returns these options reporting the progress of the model runs (at most 256 calls, from
     * worker threads, one at a time).
     *
     * @param newListener the listener
     * @return the new options
     * @throws IllegalArgumentException if {@code newListener} is {@code null}
     */
    public UncertaintyAnalysis withProgress(RunListener newListener) {
        if (newListener == null) {
            throw new IllegalArgumentException("listener is null");
        }
        return new UncertaintyAnalysis(samples, seed, sampling, replicates, confidence, probabilities, executor,
                newListener, cancelled);
    }

    /**
     * Returns these options with a cancellation flag, polled before every run: once it returns
     * {@code true} the workers stop and the analysis throws {@link CancellationException}. To
     * cancel through a {@link java.util.concurrent.Future}, pass {@code future::isCancelled}.
     *
     * @param flag the flag
     * @return the new options
     * @throws IllegalArgumentException if {@code flag} is {@code null}
     */
    public UncertaintyAnalysis withCancellation(BooleanSupplier flag) {
        if (flag == null) {
            throw new IllegalArgumentException("cancellation flag is null");
        }
        return new UncertaintyAnalysis(samples, seed, sampling, replicates, confidence, probabilities, executor,
                listener, flag);
    }

    /**
     * Returns N.
     *
     * @return the samples
     */
    public int samples() {
        return samples;
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
     * Returns the sampling method.
     *
     * @return the method
     */
    public SamplingMethod sampling() {
        return sampling;
    }

    /**
     * Returns the bootstrap replicates.
     *
     * @return B
     */
    public int bootstrap() {
        return replicates;
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
     * Returns the quantile probabilities.
     *
     * @return a new sorted array
     */
    public double[] quantiles() {
        return probabilities.clone();
    }

    /**
     * Computes the Sobol first-order and total indices of every input on every output.
     *
     * @param model  the model, thread-safe and deterministic
     * @param inputs the uncertain inputs, at least one, distinct names
     * @return the indices, distributions and runs
     * @throws IllegalArgumentException for bad inputs or model outputs (see the class description)
     * @throws IllegalStateException    if the model throws, naming the run
     * @throws CancellationException    if cancelled
     */
    public SensitivityResult sobol(Model model, List<Input> inputs) {
        return Analyses.sobol(model, inputs, this, workers(), listener);
    }

    /**
     * Runs a Monte Carlo uncertainty analysis: N runs and the distribution of every output.
     *
     * @param model  the model, thread-safe and deterministic
     * @param inputs the uncertain inputs, at least one, distinct names
     * @return the distributions and runs
     * @throws IllegalArgumentException for bad inputs or model outputs (see the class description)
     * @throws IllegalStateException    if the model throws, naming the run
     * @throws CancellationException    if cancelled
     */
    public UncertaintyResult monteCarlo(Model model, List<Input> inputs) {
        return Analyses.monteCarlo(model, inputs, this, workers(), listener);
    }

    private Workers workers() {
        return new Workers(executor, cancelled);
    }
}
