package org.divide.metrics.profile;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.divide.core.Direction;
import org.divide.core.Grouping;
import org.divide.core.Panel;
import org.divide.core.spec.IndexSpec;
import org.divide.core.spec.Normalise;
import org.divide.core.spec.NormaliseMethod;
import org.divide.core.spec.Step;
import org.divide.core.spec.StepKind;
import org.divide.metrics.composite.CompositeIndex;
import org.divide.metrics.composite.IndexData;
import org.divide.metrics.composite.IndexResult;
import org.divide.metrics.concentration.Quantiles;
import org.divide.metrics.normalise.DegeneratePolicy;
import org.divide.metrics.normalise.Normalisation;
import org.divide.metrics.normalise.Normaliser;
import org.divide.metrics.rank.Ranking;

/**
 * What-if rebuilds of a composite index: indicators of one or several economies changed (to a
 * value, by a percentage, to the peer median, to a percentile of all economies; {@link Change}),
 * the index rebuilt, every economy's new scores and ranks.
 *
 * <p><b>Exact.</b> The result of {@link #apply} equals a full rebuild of the modified data
 * ({@link #rebuild}) bit for bit.
 *
 * <p><b>Incremental.</b> When the spec's only data step is normalisation (by any method but the
 * distance to a reference economy) and every aggregate of an economy depends on that economy's
 * children only (no Copeland, benefit of the doubt, reflected aggregates or optimised weights),
 * {@link #apply} recomputes only what depends on the change: the changed indicator's normalised
 * column (the same normaliser on the modified column, so that a move of the frontier — a new
 * minimum or maximum — renormalises every economy exactly), then, for each economy whose
 * normalised value changed, the aggregates above the changed indicators, then the ranks. Cost:
 * O(n) per changed indicator plus O(depth · children) per economy touched, against
 * O(n · nodes) for a rebuild. Otherwise (imputation, treatment, screening, denomination read other
 * economies or the panel) it rebuilds through the pipeline.
 *
 * <p>Immutable and thread-safe.
 */
public final class WhatIf {

    private final CompositeIndex index;
    private final IndexData data;
    private final IndexResult base;
    private final Tree tree;
    private final boolean incremental;
    /** Per indicator (tree order): the normaliser, or null without a normalise step. */
    private final Normaliser[] normaliser;
    private final Direction[] direction;
    /** [indicator][economy]: the raw values. */
    private final double[][] raw;
    /** [node][economy]: the aggregated stage (indicators as aggregated, then every aggregate). */
    private final double[][] all;
    private final Map<String, Integer> economyIndex;

    private WhatIf(CompositeIndex index, IndexData data) {
        this.index = index;
        this.data = data;
        this.base = index.run(data);
        this.tree = new Tree(base);
        List<Step> dataSteps = index.spec().steps().stream()
                .filter(s -> s.kind() != StepKind.WEIGHTS && s.kind() != StepKind.AGGREGATE).toList();
        Normalise norm = index.spec().step(Normalise.class).orElse(null);
        boolean onlyNormalise = dataSteps.stream().allMatch(s -> s.kind() == StepKind.NORMALISE);
        int leaves = tree.leafCount;
        normaliser = new Normaliser[leaves];
        direction = new Direction[leaves];
        raw = new double[leaves][];
        for (int i = 0; i < leaves; i++) {
            String code = tree.codes.get(i);
            direction[i] = norm == null ? index.spec().framework().node(code).direction()
                    : norm.directions().getOrDefault(code, index.spec().framework().node(code).direction());
            raw[i] = base.raw().column(code);
            if (norm != null) {
                NormaliseMethod m = norm.methodFor(code);
                if (m instanceof NormaliseMethod.DistanceToReference) {
                    onlyNormalise = false;
                } else {
                    normaliser[i] = Normalisation.of(m).withDirection(direction[i])
                            .withDegenerate(DegeneratePolicy.REJECT);
                }
            }
        }
        all = new double[tree.size()][];
        for (int k = 0; k < all.length; k++) {
            all[k] = base.aggregated().column(tree.codes.get(k));
        }
        economyIndex = new HashMap<>();
        List<String> eco = base.economies();
        for (int e = 0; e < eco.size(); e++) {
            economyIndex.put(eco.get(e), e);
        }
        this.incremental = onlyNormalise && tree.rowwise() && base.raw().economies().equals(eco);
    }

    /**
     * Builds the base index once, for what-ifs on it.
     *
     * @param index the compiled index
     * @param data  the data
     * @return the what-if engine
     * @throws IllegalArgumentException if the index cannot be built on the data
     */
    public static WhatIf of(CompositeIndex index, IndexData data) {
        return new WhatIf(Objects.requireNonNull(index, "index"), Objects.requireNonNull(data, "data"));
    }

    /** {@return the base result, before any change} */
    public IndexResult base() {
        return base;
    }

    /** {@return whether {@link #apply} takes the incremental path for this spec} */
    public boolean incremental() {
        return incremental;
    }

    /**
     * Applies changes and rebuilds, incrementally where the spec allows (see the class comment);
     * the result equals {@link #rebuild} bit for bit.
     *
     * @param changes the changes, applied in order (a later change of the same value sees the earlier)
     * @return the new scores and ranks
     * @throws IllegalArgumentException naming the economy, indicator and reason when a change
     *     cannot be resolved, or when the modified data cannot be built (e.g. a constant column)
     */
    public WhatIfResult apply(List<Change> changes) {
        List<WhatIfResult.Applied> applied = resolve(changes);
        if (!incremental) {
            return rebuildApplied(applied);
        }
        int n = economyIndex.size();
        Map<Integer, double[]> newRaw = newColumns(applied);
        double[][] after = all.clone();
        BitSet touched = new BitSet(n);
        boolean[] changedLeaf = new boolean[tree.leafCount];
        for (Map.Entry<Integer, double[]> c : newRaw.entrySet()) {
            int i = c.getKey();
            double[] normalised = normaliser[i] == null ? c.getValue() : normalised(i, c.getValue());
            for (int e = 0; e < n; e++) {
                if (Double.doubleToLongBits(normalised[e]) != Double.doubleToLongBits(all[i][e])) {
                    touched.set(e);
                }
            }
            after[i] = normalised;
            changedLeaf[i] = true;
        }
        boolean[] dirty = new boolean[tree.size()];
        for (int i = 0; i < changedLeaf.length; i++) {
            if (changedLeaf[i]) {
                for (int a = tree.parent[i]; a >= 0; a = tree.parent[a]) {
                    dirty[a] = true;
                }
            }
        }
        for (int k = tree.leafCount; k < dirty.length; k++) {
            if (dirty[k]) {
                after[k] = all[k].clone();
            }
        }
        double[] row = new double[tree.size()];
        for (int e = touched.nextSetBit(0); e >= 0; e = touched.nextSetBit(e + 1)) {
            for (int k = 0; k < row.length; k++) {
                row[k] = after[k][e];
            }
            for (int k = tree.leafCount; k < row.length; k++) {
                if (dirty[k]) {
                    try {
                        row[k] = tree.aggregate(k, row);
                    } catch (IllegalArgumentException ex) {
                        throw new IllegalArgumentException("Aggregate: economy " + base.economies().get(e) + ", node "
                                + tree.codes.get(k) + ": " + ex.getMessage(), ex);
                    }
                    after[k][e] = row[k];
                }
            }
        }
        return result(applied, after, true);
    }

    private double[] normalised(int i, double[] column) {
        try {
            return normaliser[i].apply(column);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Normalise: indicator " + tree.codes.get(i) + ": " + e.getMessage(), e);
        }
    }

    /**
     * Applies changes by a full rebuild of the modified data through the pipeline.
     *
     * @param changes the changes, applied in order
     * @return the new scores and ranks
     * @throws IllegalArgumentException as {@link #apply}
     */
    public WhatIfResult rebuild(List<Change> changes) {
        return rebuildApplied(resolve(changes));
    }

    private WhatIfResult rebuildApplied(List<WhatIfResult.Applied> applied) {
        Map<Integer, double[]> newRaw = newColumns(applied);
        Panel panel = data.panel();
        int year = data.year();
        List<String> panelEconomies = data.economies();
        Map<String, double[]> replaced = new HashMap<>();
        for (Map.Entry<Integer, double[]> c : newRaw.entrySet()) {
            String code = tree.codes.get(c.getKey());
            double[] col = panel.column(code, year);
            List<String> eco = base.raw().economies();
            for (int e = 0; e < eco.size(); e++) {
                col[panelEconomies.indexOf(eco.get(e))] = c.getValue()[e];
            }
            replaced.put(code, col);
        }
        Panel.Builder b = Panel.builder();
        panel.economies().forEach(b::addEconomy);
        panel.indicators().forEach(b::addIndicator);
        for (int y : panel.years()) {
            b.addYear(y);
        }
        for (int i = 0; i < panel.indicatorCount(); i++) {
            String code = panel.indicators().get(i).code();
            for (int t = 0; t < panel.yearCount(); t++) {
                int y = panel.years()[t];
                double[] col = y == year && replaced.containsKey(code) ? replaced.get(code) : panel.column(i, t);
                b.putColumn(code, y, col);
            }
        }
        IndexData modified = IndexData.of(b.build(), year);
        for (Grouping g : data.groupings().values()) {
            modified = modified.withGrouping(g);
        }
        IndexResult r = index.run(modified);
        double[][] after = new double[tree.size()][];
        List<String> eco = base.economies();
        List<String> now = r.economies();
        for (int k = 0; k < after.length; k++) {
            double[] col = r.scores(tree.codes.get(k));
            double[] aligned = new double[eco.size()];
            for (int e = 0; e < aligned.length; e++) {
                int j = now.indexOf(eco.get(e));
                aligned[e] = j < 0 ? Double.NaN : col[j];
            }
            after[k] = aligned;
        }
        return result(applied, after, false);
    }

    private WhatIfResult result(List<WhatIfResult.Applied> applied, double[][] after, boolean fast) {
        double[] rankBefore = Ranking.competition(all[tree.root]);
        double[] rankAfter = Ranking.competition(after[tree.root]);
        return new WhatIfResult(base.economies(), tree.codes, applied, all, after, rankBefore, rankAfter, fast);
    }

    /** The new raw columns (over the raw stage's economies) of the changed indicators, by tree position. */
    private Map<Integer, double[]> newColumns(List<WhatIfResult.Applied> applied) {
        Map<Integer, double[]> cols = new LinkedHashMap<>();
        for (WhatIfResult.Applied a : applied) {
            int i = tree.index.get(a.change().indicator());
            double[] col = cols.computeIfAbsent(i, x -> raw[x].clone());
            col[rawIndex(a.change().economy())] = a.after();
        }
        return cols;
    }

    private int rawIndex(String economy) {
        int e = base.raw().economies().indexOf(economy);
        if (e < 0) {
            throw new IllegalArgumentException("economy " + economy + " is not in the data of " + data.year());
        }
        return e;
    }

    /**
     * Resolves changes into raw values, in order.
     *
     * @param changes the changes
     * @return the applied changes with their values before and after
     * @throws IllegalArgumentException naming the economy, the indicator and the reason
     */
    public List<WhatIfResult.Applied> resolve(List<Change> changes) {
        List<WhatIfResult.Applied> out = new ArrayList<>(changes.size());
        Map<Integer, double[]> current = new HashMap<>();
        for (Change c : changes) {
            Integer i = tree.index.get(c.indicator());
            if (i == null || i >= tree.leafCount) {
                throw new IllegalArgumentException("what-if: " + c.indicator() + " is not an indicator of "
                        + tree.codes.get(tree.root) + " (indicators: " + String.join(", ", tree.codes.subList(0,
                                tree.leafCount)) + ")");
            }
            int e = rawIndex(c.economy());
            double[] col = current.computeIfAbsent(i, x -> raw[x].clone());
            double before = col[e];
            double after = value(c, col, e, i);
            col[e] = after;
            out.add(new WhatIfResult.Applied(c, before, after));
        }
        return out;
    }

    private double value(Change c, double[] col, int e, int i) {
        String where = "what-if: " + c.economy() + " " + c.indicator() + ": ";
        if (c.target() instanceof Change.ToValue v) {
            return v.value();
        } else if (c.target() instanceof Change.ByPercent p) {
            if (Double.isNaN(col[e])) {
                throw new IllegalArgumentException(where + "the value is missing, so it cannot change by a percentage;"
                        + " set a value instead");
            }
            return col[e] * (1 + p.percent() / 100);
        } else if (c.target() instanceof Change.ToPeerMedian m) {
            List<String> eco = base.raw().economies();
            double[] v = m.peers().stream().filter(p -> !p.equals(c.economy())).mapToInt(eco::indexOf)
                    .filter(j -> j >= 0).mapToDouble(j -> col[j]).filter(x -> !Double.isNaN(x)).toArray();
            if (v.length == 0) {
                throw new IllegalArgumentException(where + "no peer has a value");
            }
            return Quantiles.quantile(v, 0.5);
        }
        double p = ((Change.ToPercentile) c.target()).percentile() / 100;
        double[] v = Arrays.stream(col).filter(x -> !Double.isNaN(x)).toArray();
        return Quantiles.quantile(v, direction[i] == Direction.NEGATIVE ? 1 - p : p);
    }
}
