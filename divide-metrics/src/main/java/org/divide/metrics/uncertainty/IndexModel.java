package org.divide.metrics.uncertainty;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.divide.core.spec.IndexSpec;
import org.divide.core.spec.StepKind;
import org.divide.metrics.composite.CompositeIndex;
import org.divide.metrics.composite.IndexResult;
import org.divide.metrics.composite.IndexData;

/**
 * The composite index as a {@link Model}: the inputs are the chosen alternatives of the
 * assumptions; the outputs are, for every economy of the data (in data order), the rank of the
 * target node, then its score, then the mean over economies of |rank − nominal rank| (COINr's
 * summary), 2E + 1 values.
 *
 * <p>The data stages (everything but weights and aggregation) of each distinct combination of
 * data steps are computed once and cached ({@value #CACHE_LIMIT} combinations at most); a run then
 * only re-aggregates ({@link CompositeIndex#rerun}), which gives the same result as a full run.
 */
final class IndexModel implements Model {

    /** The most distinct data-step combinations kept. */
    static final int CACHE_LIMIT = 256;

    private final CompositeIndex index;
    private final IndexData data;
    private final List<Assumption.Alternatives> alternatives;
    private final List<String> names;
    private final String target;
    private final double[] nominalRanks;
    private final double[] nominalScores;
    private final Map<String, Integer> position = new HashMap<>();
    private final FailurePolicy policy;
    private final AtomicInteger failures = new AtomicInteger();
    private final Map<IndexSpec, IndexResult> cache = new ConcurrentHashMap<>();

    IndexModel(CompositeIndex index, IndexData data, List<Assumption.Alternatives> alternatives, List<String> names,
            String target, IndexResult nominal, FailurePolicy policy) {
        this.index = index;
        this.data = data;
        this.alternatives = alternatives;
        this.names = names;
        this.target = target;
        this.policy = policy;
        List<String> economies = data.economies();
        for (int e = 0; e < economies.size(); e++) {
            position.put(economies.get(e), e);
        }
        this.nominalRanks = inDataOrder(nominal.economies(), nominal.ranks(target));
        this.nominalScores = inDataOrder(nominal.economies(), nominal.scores(target));
    }

    /** Returns the nominal scores in data order. */
    double[] nominalScores() {
        return nominalScores.clone();
    }

    /** Returns the nominal ranks in data order ({@code NaN} for an economy the nominal run drops). */
    double[] nominalRanks() {
        return nominalRanks.clone();
    }

    /** Returns the number of runs whose pipeline failed (under {@link FailurePolicy#MISSING}). */
    int failures() {
        return failures.get();
    }

    /** Returns the spec of one run. */
    IndexSpec spec(double[] choices) {
        IndexSpec spec = index.spec();
        for (int a = 0; a < alternatives.size(); a++) {
            spec = alternatives.get(a).edit().apply(spec, (int) choices[a]);
        }
        return spec;
    }

    @Override
    public double[] evaluate(double[] choices) {
        int n = nominalRanks.length;
        IndexResult r;
        try {
            r = run(spec(choices));
        } catch (RuntimeException e) {
            if (policy == FailurePolicy.MISSING) {
                failures.incrementAndGet();
                double[] missing = new double[2 * n + 1];
                Arrays.fill(missing, Double.NaN);
                return missing;
            }
            throw new IllegalArgumentException("the index failed with " + describe(choices) + ": " + e.getMessage(), e);
        }
        double[] out = new double[2 * n + 1];
        double[] ranks = inDataOrder(r.economies(), r.ranks(target));
        double[] scores = inDataOrder(r.economies(), r.scores(target));
        System.arraycopy(ranks, 0, out, 0, n);
        System.arraycopy(scores, 0, out, n, n);
        double shift = 0;
        int count = 0;
        for (int e = 0; e < n; e++) {
            double d = Math.abs(ranks[e] - nominalRanks[e]);
            if (!Double.isNaN(d)) {
                shift += d;
                count++;
            }
        }
        out[2 * n] = count == 0 ? Double.NaN : shift / count;
        return out;
    }

    private IndexResult run(IndexSpec spec) {
        CompositeIndex compiled = index.withSpec(spec);
        IndexSpec key = spec.withoutStep(StepKind.WEIGHTS).withoutStep(StepKind.AGGREGATE);
        IndexResult base = cache.get(key);
        if (base == null) {
            if (cache.size() >= CACHE_LIMIT) {
                return compiled.run(data);
            }
            base = cache.computeIfAbsent(key, k -> index.withSpec(k).run(data));
        }
        return compiled.rerun(base);
    }

    private double[] inDataOrder(List<String> economies, double[] values) {
        double[] out = new double[position.size()];
        if (economies.size() == out.length && economies.equals(data.economies())) {
            System.arraycopy(values, 0, out, 0, out.length);
            return out;
        }
        Arrays.fill(out, Double.NaN);
        for (int i = 0; i < economies.size(); i++) {
            out[position.get(economies.get(i))] = values[i];
        }
        return out;
    }

    /** Describes the alternatives of a run: "winsorisation = 3, normalisation = z_score(10, 2)". */
    String describe(double[] choices) {
        StringBuilder b = new StringBuilder();
        for (int a = 0; a < alternatives.size(); a++) {
            b.append(a == 0 ? "" : ", ").append(names.get(a)).append(" = ")
                    .append(alternatives.get(a).labels().get((int) choices[a]));
        }
        return b.toString();
    }
}
