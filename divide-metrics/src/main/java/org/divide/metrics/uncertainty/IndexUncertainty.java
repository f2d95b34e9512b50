package org.divide.metrics.uncertainty;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CancellationException;
import org.divide.core.spec.IndexSpec;
import org.divide.metrics.composite.CompositeIndex;
import org.divide.metrics.composite.IndexData;
import org.divide.metrics.composite.IndexResult;

/**
 * Uncertainty and sensitivity analysis of a composite index: how much of each economy's rank is
 * the method? Each {@link Assumption} (imputation, winsorisation limit, normalisation, weights,
 * aggregation, dropping an indicator or pillar, or any edit) is a choice among alternatives; every
 * run edits the nominal spec by one alternative of each and rebuilds the index.
 *
 * <pre>{@code
 * IndexUncertaintyResult r = IndexUncertainty.of(spec, IndexData.of(panel, 2018))
 *         .withAssumptions(List.of(
 *                 Assumption.winsorisationLimit(1, 5),
 *                 Assumption.normalisation(List.of(NormaliseMethod.minMax(1, 100), NormaliseMethod.zScore(10, 2))),
 *                 Assumption.weightNoise(0.25, 100, 2, 3),
 *                 Assumption.aggregation(List.of(Aggregate.Rule.arithmetic(), Aggregate.Rule.geometric()))))
 *         .withAnalysis(UncertaintyAnalysis.withDefaults().withSamples(100).withSeed(1))
 *         .sensitivity();                                  // 600 runs, as COINr's vignette
 * r.table().toCsv();                                       // per economy: ranks, intervals, S and ST
 * }</pre>
 *
 * <p><b>Outputs.</b> For every economy of the data the rank of the {@linkplain #withTarget(String)
 * target} node (competition ranks, 1 the best, as COINr) and its score, and COINr's summary: the
 * mean over economies of |rank − nominal rank|. {@link #monteCarlo()} summarises them over N runs;
 * {@link #sensitivity()} also estimates, per economy, the Sobol first-order and total indices of
 * every assumption on its rank and on its score (see {@link UncertaintyAnalysis} for the design
 * and estimators), and the indices on the summary — the single number COINr reports. Rank
 * statistics of a Sobol analysis use the 2N base runs (the rows of A and B), as COINr. Scores under
 * different normalisations have different scales, so the indices on scores mix scale and order;
 * those on ranks do not.
 *
 * <p><b>Determinism.</b> The design, the noisy weight sets and the bootstrap derive from the
 * analysis seed; runs are pure functions of their alternatives (data stages are cached and reused,
 * which gives the results of full runs); so the same seed gives bit-identical results on any
 * number of threads.
 *
 * <p><b>Degenerate cases.</b> An assumption with one alternative has indices 0; an economy whose
 * rank never changes has rank indices {@code NaN} (constant output); an economy a run drops
 * (screening) is left out of that run's statistics and has Sobol indices {@code NaN}.
 *
 * <p><b>Errors.</b> {@link IllegalArgumentException} for a spec that fails on the data (the
 * nominal run), an unknown target, duplicate assumption names or an assumption that does not fit
 * the framework; a run whose pipeline fails raises {@link IllegalStateException} naming the run
 * and the alternatives ("winsorisation = 3, normalisation = z_score(10, 2), …") unless the
 * {@linkplain #withFailurePolicy(FailurePolicy) failure policy} records it as missing;
 * {@link CancellationException} if cancelled.
 *
 * <p><b>Cost.</b> Per run: the edits, one compilation of the spec and one aggregation (data stages
 * from the cache, at most one pipeline run per distinct combination of data steps).
 *
 * <p>Instances are immutable and thread-safe.
 *
 * <p>References: Saisana, M., Saltelli, A. and Tarantola, S. (2005). Uncertainty and sensitivity
 * analysis techniques as tools for the quality assessment of composite indicators. J. R. Stat. Soc.
 * A 168(2), 307–323. doi:10.1111/j.1467-985X.2005.00350.x; Becker, W. et al. (2022). COINr: An R
 * package for developing composite indicators. JOSS 7(78), 4567. doi:10.21105/joss.04567
 */
public final class IndexUncertainty {

    private final CompositeIndex index;
    private final IndexData data;
    private final List<Assumption> assumptions;
    private final String target;
    private final UncertaintyAnalysis analysis;
    private final double low;
    private final double high;
    private final FailurePolicy policy;

    private IndexUncertainty(CompositeIndex index, IndexData data, List<Assumption> assumptions, String target,
            UncertaintyAnalysis analysis, double low, double high, FailurePolicy policy) {
        this.index = index;
        this.data = data;
        this.assumptions = assumptions;
        this.target = target;
        this.analysis = analysis;
        this.low = low;
        this.high = high;
        this.policy = policy;
    }

    /**
     * Returns an analysis of a spec on data, with no assumptions yet, the index (root) as target,
     * the default {@link UncertaintyAnalysis}, the 5–95% rank interval and
     * {@link FailurePolicy#THROW}.
     *
     * @param spec the nominal spec
     * @param data the data
     * @return the analysis
     * @throws IllegalArgumentException if an argument is {@code null} or the spec cannot be compiled
     */
    public static IndexUncertainty of(IndexSpec spec, IndexData data) {
        if (spec == null) {
            throw new IllegalArgumentException("spec is null");
        }
        return of(CompositeIndex.of(spec), data);
    }

    /**
     * Returns an analysis of a compiled index (which may carry user imputation functions; every
     * run's spec is compiled with them).
     *
     * @param index the nominal index
     * @param data  the data
     * @return the analysis
     * @throws IllegalArgumentException if an argument is {@code null}
     */
    public static IndexUncertainty of(CompositeIndex index, IndexData data) {
        if (index == null || data == null) {
            throw new IllegalArgumentException("index and data must not be null");
        }
        return new IndexUncertainty(index, data, List.of(), null, UncertaintyAnalysis.withDefaults(), 0.05, 0.95,
                FailurePolicy.THROW);
    }

    /**
     * Returns this analysis with other assumptions.
     *
     * @param newAssumptions the assumptions, at least one, distinct names
     * @return the new analysis
     * @throws IllegalArgumentException if the list is empty, holds {@code null} or repeats a name
     */
    public IndexUncertainty withAssumptions(List<Assumption> newAssumptions) {
        if (newAssumptions == null || newAssumptions.isEmpty()) {
            throw new IllegalArgumentException("assumptions is null or empty");
        }
        Set<String> names = new HashSet<>();
        for (int i = 0; i < newAssumptions.size(); i++) {
            Assumption a = newAssumptions.get(i);
            if (a == null) {
                throw new IllegalArgumentException("assumptions[" + i + "] is null");
            }
            if (!names.add(a.name())) {
                throw new IllegalArgumentException("assumptions[" + i + "] repeats the name " + a.name()
                        + " (rename one with Assumption.named)");
            }
        }
        return new IndexUncertainty(index, data, List.copyOf(newAssumptions), target, analysis, low, high, policy);
    }

    /**
     * Returns this analysis of another node's ranks and scores (a pillar, a sub-index).
     *
     * @param node the node's code
     * @return the new analysis
     * @throws IllegalArgumentException if the framework has no such node
     */
    public IndexUncertainty withTarget(String node) {
        if (node == null || !index.spec().framework().contains(node)) {
            throw new IllegalArgumentException("no node " + node + " in the framework");
        }
        return new IndexUncertainty(index, data, assumptions, node, analysis, low, high, policy);
    }

    /**
     * Returns this analysis with other engine options: samples N, seed, sampling, bootstrap,
     * executor, progress, cancellation (its quantiles are replaced by the rank interval's).
     *
     * @param options the options
     * @return the new analysis
     * @throws IllegalArgumentException if {@code options} is {@code null}
     */
    public IndexUncertainty withAnalysis(UncertaintyAnalysis options) {
        if (options == null) {
            throw new IllegalArgumentException("analysis options are null");
        }
        return new IndexUncertainty(index, data, assumptions, target, options, low, high, policy);
    }

    /**
     * Returns this analysis with another rank interval.
     *
     * @param lowProbability  the low quantile's probability, in [0, 1)
     * @param highProbability the high quantile's probability, in (low, 1]
     * @return the new analysis
     * @throws IllegalArgumentException unless 0 ≤ low &lt; high ≤ 1
     */
    public IndexUncertainty withRankInterval(double lowProbability, double highProbability) {
        if (!(lowProbability >= 0 && lowProbability < highProbability && highProbability <= 1)) {
            throw new IllegalArgumentException("the rank interval needs 0 <= low < high <= 1: " + lowProbability
                    + ", " + highProbability);
        }
        return new IndexUncertainty(index, data, assumptions, target, analysis, lowProbability, highProbability,
                policy);
    }

    /**
     * Returns this analysis with another failure policy.
     *
     * @param newPolicy the policy
     * @return the new analysis
     * @throws IllegalArgumentException if {@code newPolicy} is {@code null}
     */
    public IndexUncertainty withFailurePolicy(FailurePolicy newPolicy) {
        if (newPolicy == null) {
            throw new IllegalArgumentException("failure policy is null");
        }
        return new IndexUncertainty(index, data, assumptions, target, analysis, low, high, newPolicy);
    }

    /**
     * Runs a Monte Carlo uncertainty analysis: N runs.
     *
     * @return the rank statistics per economy and the summary
     * @throws IllegalArgumentException for a failing nominal spec or misfitting assumptions
     * @throws IllegalStateException    if a run fails under {@link FailurePolicy#THROW}
     * @throws CancellationException    if cancelled
     */
    public IndexUncertaintyResult monteCarlo() {
        Prepared p = prepare();
        UncertaintyResult r = p.options.monteCarlo(p.model, p.inputs);
        return IndexResults.of(p, r.outputs(), null, r.runs());
    }

    /**
     * Runs a variance-based sensitivity analysis: N (2 + d) runs, Sobol indices per economy.
     *
     * @return the rank statistics and indices per economy and the summary
     * @throws IllegalArgumentException for a failing nominal spec or misfitting assumptions
     * @throws IllegalStateException    if a run fails under {@link FailurePolicy#THROW}
     * @throws CancellationException    if cancelled
     */
    public IndexUncertaintyResult sensitivity() {
        Prepared p = prepare();
        SensitivityResult r = p.options.sobol(p.model, p.inputs);
        return IndexResults.of(p, r.distributions(), r.outputs(), r.runs());
    }

    /** What both analyses need: the nominal run, the bound assumptions, the model and inputs. */
    record Prepared(String target, List<String> names, List<List<String>> labels, IndexModel model,
            List<Input> inputs, UncertaintyAnalysis options, List<String> economies, IndexResult nominal,
            double low, double high) {
    }

    private Prepared prepare() {
        if (assumptions.isEmpty()) {
            throw new IllegalArgumentException("no assumptions: use withAssumptions");
        }
        IndexResult nominal = index.run(data);
        String node = target != null ? target : index.spec().framework().root().code();
        List<Assumption.Alternatives> bound = new ArrayList<>();
        List<String> names = new ArrayList<>();
        List<List<String>> labels = new ArrayList<>();
        List<Input> inputs = new ArrayList<>();
        for (int a = 0; a < assumptions.size(); a++) {
            Assumption.Alternatives alt = assumptions.get(a).bind(
                    new Assumption.Context(index.spec(), nominal.weights(), analysis.seed(), a));
            bound.add(alt);
            names.add(assumptions.get(a).name());
            labels.add(alt.labels());
            inputs.add(Input.choice(assumptions.get(a).name(), alt.labels().size()));
        }
        IndexModel model = new IndexModel(index, data, List.copyOf(bound), List.copyOf(names), node, nominal, policy);
        UncertaintyAnalysis options = analysis.withQuantiles(low, high);
        return new Prepared(node, List.copyOf(names), List.copyOf(labels), model, List.copyOf(inputs), options,
                data.economies(), nominal, low, high);
    }
}
