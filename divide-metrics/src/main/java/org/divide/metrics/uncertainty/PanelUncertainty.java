package org.divide.metrics.uncertainty;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import org.divide.core.spec.IndexSpec;
import org.divide.core.spec.StepKind;
import org.divide.metrics.composite.CompositeIndex;
import org.divide.metrics.composite.IndexData;
import org.divide.metrics.composite.IndexResult;
import org.divide.metrics.composite.NormalisationScope;

/**
 * Monte Carlo intervals of an index built for several years
 * ({@link CompositeIndex#runYears}): every run edits the nominal spec by one alternative of each
 * {@link Assumption} — as {@link IndexUncertainty} does for one year — and rebuilds <em>every</em>
 * year with the same normalisation scope, so that under global normalisation each run pools its
 * years as the nominal build does. Per year and economy: the nominal rank and score of the target
 * node (the root by default) and the 5–95 % quantiles of its rank and score over the runs (R's
 * type 7, as {@link UncertaintyAnalysis}).
 *
 * <p>Runs whose build fails count as failed and are left out of the quantiles (the
 * {@link FailurePolicy#MISSING} policy); an economy a run leaves out of a year (screening) is
 * left out of that run's figures for it. Cost: N runs × the years (runs differing from an earlier
 * one only in weights or aggregation reuse its data stages). Deterministic for a seed.
 *
 * <p>Immutable and thread-safe.
 */
public final class PanelUncertainty {

    /** The lower quantile of the intervals. */
    static final double LOW = 0.05;
    /** The upper quantile of the intervals. */
    static final double HIGH = 0.95;

    private final CompositeIndex index;
    private final List<IndexData> years;
    private final NormalisationScope scope;
    private final List<Assumption> assumptions;
    private final String target;
    private final UncertaintyAnalysis analysis;

    private PanelUncertainty(CompositeIndex index, List<IndexData> years, NormalisationScope scope,
            List<Assumption> assumptions, String target, UncertaintyAnalysis analysis) {
        this.index = index;
        this.years = years;
        this.scope = scope;
        this.assumptions = assumptions;
        this.target = target;
        this.analysis = analysis;
    }

    /**
     * The analysis of an index over several years.
     *
     * @param index the compiled index
     * @param years the data of each year, as for {@link CompositeIndex#runYears}
     * @param scope the normalisation's scope
     * @return the analysis, without assumptions yet
     */
    public static PanelUncertainty of(CompositeIndex index, List<IndexData> years, NormalisationScope scope) {
        Objects.requireNonNull(index, "index");
        Objects.requireNonNull(scope, "scope");
        if (years == null || years.isEmpty()) {
            throw new IllegalArgumentException("years: no year to build");
        }
        return new PanelUncertainty(index, List.copyOf(years), scope, List.of(), null,
                UncertaintyAnalysis.withDefaults());
    }

    /**
     * Sets the assumptions.
     *
     * @param value the assumptions, at least one
     * @return the new analysis
     */
    public PanelUncertainty withAssumptions(List<Assumption> value) {
        return new PanelUncertainty(index, years, scope, List.copyOf(value), target, analysis);
    }

    /**
     * Sets the node whose ranks are followed (default: the root).
     *
     * @param node the node's code
     * @return the new analysis
     */
    public PanelUncertainty withTarget(String node) {
        return new PanelUncertainty(index, years, scope, assumptions, Objects.requireNonNull(node, "node"), analysis);
    }

    /**
     * Sets the runs, seed and threads.
     *
     * @param value the options (samples = runs)
     * @return the new analysis
     */
    public PanelUncertainty withAnalysis(UncertaintyAnalysis value) {
        return new PanelUncertainty(index, years, scope, assumptions, target,
                Objects.requireNonNull(value, "analysis"));
    }

    /**
     * One economy in one year.
     *
     * @param economy     the economy's code
     * @param year        the year
     * @param nominalRank the rank in the nominal build
     * @param nominalScore the score in the nominal build
     * @param rankLow     the 5 % quantile of the rank over the runs
     * @param rankHigh    the 95 % quantile of the rank
     * @param scoreLow    the 5 % quantile of the score
     * @param scoreHigh   the 95 % quantile of the score
     */
    public record Interval(String economy, int year, double nominalRank, double nominalScore, double rankLow,
            double rankHigh, double scoreLow, double scoreHigh) {
    }

    /**
     * The intervals.
     *
     * @param assumptions the assumptions' names
     * @param runs        the runs
     * @param failedRuns  the runs whose build failed
     * @param intervals   per year (ascending as given) and economy of the year's data, its interval
     */
    public record Result(List<String> assumptions, int runs, int failedRuns, List<Interval> intervals) {

        /** Copies the lists. */
        public Result {
            assumptions = List.copyOf(assumptions);
            intervals = List.copyOf(intervals);
        }
    }

    /**
     * Runs the analysis.
     *
     * @return the intervals
     * @throws IllegalArgumentException without assumptions, or if the nominal build fails
     */
    public Result monteCarlo() {
        if (assumptions.isEmpty()) {
            throw new IllegalArgumentException("no assumptions: use withAssumptions");
        }
        List<IndexResult> nominal = index.runYears(years, scope);
        String node = target != null ? target : index.spec().framework().root().code();
        List<Assumption.Alternatives> bound = new ArrayList<>();
        List<String> names = new ArrayList<>();
        List<Input> inputs = new ArrayList<>();
        for (int a = 0; a < assumptions.size(); a++) {
            Assumption.Alternatives alt = assumptions.get(a).bind(new Assumption.Context(index.spec(),
                    nominal.get(nominal.size() - 1).weights(), analysis.seed(), a));
            bound.add(alt);
            names.add(assumptions.get(a).name());
            inputs.add(Input.choice(assumptions.get(a).name(), alt.labels().size()));
        }
        Runs model = new Runs(bound, node);
        UncertaintyResult r = analysis.withQuantiles(LOW, HIGH).monteCarlo(model, inputs);
        List<Interval> out = new ArrayList<>();
        int at = 0;
        for (int y = 0; y < years.size(); y++) {
            IndexData d = years.get(y);
            Map<String, Integer> pos = new HashMap<>();
            List<String> es = nominal.get(y).economies();
            for (int e = 0; e < es.size(); e++) {
                pos.put(es.get(e), e);
            }
            double[] ranks = nominal.get(y).ranks(node);
            double[] scores = nominal.get(y).scores(node);
            int n = d.economies().size();
            for (int e = 0; e < n; e++) {
                String code = d.economies().get(e);
                Integer p = pos.get(code);
                OutputDistribution rank = r.output(at + e);
                OutputDistribution score = r.output(at + n + e);
                out.add(new Interval(code, d.year(), p == null ? Double.NaN : ranks[p],
                        p == null ? Double.NaN : scores[p], rank.quantile(LOW), rank.quantile(HIGH),
                        score.quantile(LOW), score.quantile(HIGH)));
            }
            at += 2 * n;
        }
        return new Result(names, analysis.samples(), model.failures.get(), out);
    }

    /** The model: choices → for each year, the ranks then the scores of its data's economies. */
    private final class Runs implements Model {

        private final List<Assumption.Alternatives> alternatives;
        private final String node;
        private final int outputs;
        private final AtomicInteger failures = new AtomicInteger();
        private final Map<IndexSpec, List<IndexResult>> cache = new ConcurrentHashMap<>();

        Runs(List<Assumption.Alternatives> alternatives, String node) {
            this.alternatives = alternatives;
            this.node = node;
            int n = 0;
            for (IndexData d : years) {
                n += 2 * d.economies().size();
            }
            this.outputs = n;
        }

        @Override
        public double[] evaluate(double[] choices) {
            IndexSpec spec = index.spec();
            for (int a = 0; a < alternatives.size(); a++) {
                spec = alternatives.get(a).edit().apply(spec, (int) choices[a]);
            }
            double[] out = new double[outputs];
            Arrays.fill(out, Double.NaN);
            List<IndexResult> results;
            try {
                results = run(spec);
            } catch (RuntimeException e) {
                failures.incrementAndGet();
                return out;
            }
            int at = 0;
            for (int y = 0; y < years.size(); y++) {
                IndexResult r = results.get(y);
                List<String> all = years.get(y).economies();
                int n = all.size();
                double[] ranks = r.ranks(node);
                double[] scores = r.scores(node);
                List<String> es = r.economies();
                int k = 0;
                for (int e = 0; e < n && k < es.size(); e++) {
                    if (all.get(e).equals(es.get(k))) {
                        out[at + e] = ranks[k];
                        out[at + n + e] = scores[k];
                        k++;
                    }
                }
                at += 2 * n;
            }
            return out;
        }

        private List<IndexResult> run(IndexSpec spec) {
            CompositeIndex compiled = index.withSpec(spec);
            IndexSpec key = spec.withoutStep(StepKind.WEIGHTS).withoutStep(StepKind.AGGREGATE);
            List<IndexResult> base = cache.get(key);
            if (base == null) {
                if (cache.size() >= IndexModel.CACHE_LIMIT) {
                    return compiled.runYears(years, scope);
                }
                base = cache.computeIfAbsent(key, k -> index.withSpec(k).runYears(years, scope));
            }
            List<IndexResult> out = new ArrayList<>(base.size());
            for (IndexResult b : base) {
                out.add(compiled.rerun(b));
            }
            return out;
        }
    }
}
