package org.divide.metrics.composite;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.divide.core.Direction;
import org.divide.core.Framework;
import org.divide.core.spec.Aggregate;
import org.divide.core.spec.Denominate;
import org.divide.core.spec.Impute;
import org.divide.core.spec.ImputeMethod;
import org.divide.core.spec.IndexSpec;
import org.divide.core.spec.Normalise;
import org.divide.core.spec.Screen;
import org.divide.core.spec.Step;
import org.divide.core.spec.StepKind;
import org.divide.core.spec.Treat;
import org.divide.core.spec.Weights;
import org.divide.metrics.impute.Imputer;
import org.divide.metrics.weights.OptimisedWeights;

/**
 * A compiled {@link IndexSpec}: the framework flattened into index arrays and every step turned
 * into the building blocks that compute it, once, so that runs — thousands of them in an
 * uncertainty analysis — only walk arrays.
 *
 * <pre>{@code
 * IndexSpec spec = IndexSpec.plain(framework);            // min-max [0, 100], arithmetic means
 * IndexResult r = CompositeIndex.of(spec).run(IndexData.of(panel, 2018));
 * double[] index = r.indexScores();
 * double[] ranks = r.ranks("Index");
 * }</pre>
 *
 * <p><b>Run.</b> The raw stage holds the framework's indicators in the year built; each data step
 * (denominate, impute, screen, treat, normalise, in the spec's order) maps the stage before it to a
 * new one; the aggregation then computes every aggregate level by level with the weights of the
 * weights step (or the framework's). Each step is a pure function of its input and the data.
 *
 * <p><b>Errors</b> are {@link IllegalArgumentException}s naming the step, the indicator or node
 * and, for aggregation, the economy: an indicator of the framework missing from the panel or
 * without any value in the year, a denominator, grouping, custom imputer or forced economy not
 * found, a column that cannot be normalised (constant under min-max — COINr returns {@code NaN}s),
 * a geometric or harmonic mean of a non-positive value, all children of a node weighing 0, and so
 * on. Structural faults of the framework (unknown parent, cycle, duplicate code, orphan) are
 * reported when the framework is built.
 *
 * <p>Immutable and thread-safe: one instance may run on many threads at once.
 */
public final class CompositeIndex {

    private final IndexSpec spec;
    private final Map<String, Imputer> imputers;
    private final Plan plan;
    private final List<StepKind> dataKinds;
    private final DataStep[] dataSteps;
    private final Denominating denominating;
    private final Screening screening;
    private final Weighing weighing;
    private final Aggregating aggregating;
    /** The position of the normalise step among the data steps, or −1 without one. */
    private final int normaliseAt;
    /** The data of the last run, bound; replaced when another data set comes. */
    private volatile Bound bound;

    private CompositeIndex(IndexSpec spec, Map<String, Imputer> imputers) {
        this.spec = Objects.requireNonNull(spec, "spec");
        this.imputers = imputers;
        this.plan = new Plan(spec.framework());
        Direction[] directions = leafDirections(spec, plan);
        List<StepKind> kinds = new ArrayList<>();
        List<DataStep> steps = new ArrayList<>();
        Denominating den = null;
        Screening scr = null;
        Weights weights = null;
        Aggregate aggregate = Aggregate.arithmetic();
        for (Step s : spec.steps()) {
            DataStep d = null;
            if (s instanceof Denominate x) {
                den = new Denominating(x, plan);
                d = den;
            } else if (s instanceof Impute x) {
                Imputing im = new Imputing(x, plan, imputers, den, directions);
                if (im.isPanelMethod() && kinds.stream().anyMatch(k -> k != StepKind.DENOMINATE)) {
                    throw new IllegalArgumentException("Impute." + x.method()
                            + " reads the panel's other years, so it must come before every step but DENOMINATE");
                }
                d = im;
            } else if (s instanceof Screen x) {
                scr = new Screening(x);
                d = scr;
            } else if (s instanceof Treat x) {
                d = new Treating(x, plan);
            } else if (s instanceof Normalise x) {
                d = new Normalising(x, plan, directions);
            } else if (s instanceof Weights x) {
                weights = x;
            } else if (s instanceof Aggregate x) {
                aggregate = x;
            }
            if (d != null) {
                kinds.add(s.kind());
                steps.add(d);
            }
        }
        this.dataKinds = List.copyOf(kinds);
        this.normaliseAt = kinds.indexOf(StepKind.NORMALISE);
        this.dataSteps = steps.toArray(new DataStep[0]);
        this.denominating = den;
        this.screening = scr;
        this.weighing = new Weighing(weights, plan);
        this.aggregating = new Aggregating(aggregate, plan);
    }

    /**
     * Compiles a spec.
     *
     * @param spec the spec
     * @return the compiled index
     * @throws IllegalArgumentException if the spec cannot be compiled (a custom imputer not
     *     registered: use {@link #withImputer}; a panel imputation after another data step; all
     *     children of a node weighing 0)
     */
    public static CompositeIndex of(IndexSpec spec) {
        return new CompositeIndex(spec, Map.of());
    }

    /**
     * Registers a user imputation function under the name an {@link org.divide.core.spec.ImputeMethod.Custom} step
     * uses (COINr's user {@code f_i}); the imputer is applied to each indicator column and must
     * not change present values. Specs naming an unregistered function can only be compiled with
     * it, so register it on an index compiled from a spec without that step, or use
     * {@link #of(IndexSpec, Map)}.
     *
     * @param name    the name
     * @param imputer the imputer
     * @return a new compiled index with the function registered
     */
    public CompositeIndex withImputer(String name, Imputer imputer) {
        Map<String, Imputer> copy = new LinkedHashMap<>(imputers);
        copy.put(Objects.requireNonNull(name, "name"), Objects.requireNonNull(imputer, "imputer"));
        return new CompositeIndex(spec, Collections.unmodifiableMap(copy));
    }

    /**
     * Compiles a spec with user imputation functions.
     *
     * @param spec     the spec
     * @param imputers name → imputer, for {@link org.divide.core.spec.ImputeMethod.Custom} steps
     * @return the compiled index
     * @throws IllegalArgumentException as {@link #of(IndexSpec)}
     */
    public static CompositeIndex of(IndexSpec spec, Map<String, Imputer> imputers) {
        return new CompositeIndex(spec, Collections.unmodifiableMap(new LinkedHashMap<>(imputers)));
    }

    /**
     * Compiles another spec with the same user functions (for a run with one assumption changed).
     *
     * @param newSpec the spec
     * @return the compiled index
     */
    public CompositeIndex withSpec(IndexSpec newSpec) {
        return new CompositeIndex(newSpec, imputers);
    }

    /** {@return the spec} */
    public IndexSpec spec() {
        return spec;
    }

    /**
     * Runs the pipeline.
     *
     * @param data the data
     * @return the result with every stage
     * @throws IllegalArgumentException naming the step, indicator, node and economy at fault
     */
    public IndexResult run(IndexData data) {
        Objects.requireNonNull(data, "data");
        return execute(bind(data), 0, null, null);
    }

    /**
     * Builds the index for several years of a panel (COINr's purse), the normalisation's
     * parameters taken over all the years pooled or over each year alone.
     *
     * <p>With {@link NormalisationScope#PER_YEAR} (or a spec without a normalise step) each year is
     * exactly {@link #run} on its data. With {@link NormalisationScope#GLOBAL} each year runs the
     * data steps before the normalise step on its own (denomination, imputation, screening and
     * treatment stay per year, as in a purse); the stages entering the normalise step are then
     * pooled — one row per economy and year, the economies each year kept — and every indicator
     * is normalised over its pooled column with the spec's method and direction; each year's
     * share of the result continues through the remaining steps and the aggregation. This is
     * COINr's {@code Normalise(purse, global = TRUE)}. A method that needs one economy of one
     * data set ({@code distance-to-reference}) is not defined on pooled years and is an error.
     *
     * @param years the data of each year, in the order wanted (usually ascending years), each
     *              with the groupings its steps use
     * @param scope the normalisation's scope
     * @return one result per element of {@code years}, in the same order
     * @throws IllegalArgumentException as {@link #run}, the message of a step naming the year; or
     *     if {@code years} is empty
     */
    public List<IndexResult> runYears(List<IndexData> years, NormalisationScope scope) {
        Objects.requireNonNull(years, "years");
        Objects.requireNonNull(scope, "scope");
        if (years.isEmpty()) {
            throw new IllegalArgumentException("years: no year to build");
        }
        List<IndexResult> results = new ArrayList<>(years.size());
        if (scope == NormalisationScope.PER_YEAR || normaliseAt < 0) {
            for (IndexData d : years) {
                results.add(inYear(d, () -> run(d)));
            }
            return Collections.unmodifiableList(results);
        }
        List<Bound> bounds = new ArrayList<>(years.size());
        List<Work> inputs = new ArrayList<>(years.size());
        for (IndexData d : years) {
            Bound b = inYear(d, () -> newBound(d));
            Work w = b.raw;
            for (int s = 0; s < normaliseAt; s++) {
                Work in = w;
                int step = s;
                w = inYear(d, () -> dataSteps[step].apply(in, b).work());
            }
            bounds.add(b);
            inputs.add(w);
        }
        List<Work> normalised = ((Normalising) dataSteps[normaliseAt]).pooled(inputs, years);
        for (int y = 0; y < years.size(); y++) {
            Bound b = bounds.get(y);
            Work n = normalised.get(y);
            results.add(inYear(years.get(y), () -> execute(b, 0, null, n)));
        }
        return Collections.unmodifiableList(results);
    }

    /** Runs a part of a build for one year, its error prefixed with the year. */
    private static <T> T inYear(IndexData data, java.util.function.Supplier<T> part) {
        try {
            return part.get();
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(data.year() + ": " + e.getMessage(), e);
        }
    }

    /**
     * Runs the pipeline on the data of an earlier result, reusing its stages upstream of the
     * first data step that differs (the framework may differ in its weights only for any stage to
     * be reused). The result equals {@link #run} on the same data.
     *
     * @param previous an earlier result
     * @return the new result
     * @throws IllegalArgumentException as {@link #run}
     */
    public IndexResult rerun(IndexResult previous) {
        Bound data = bind(previous.data());
        int same = 0;
        if (sameData(previous.spec().framework(), spec.framework())) {
            List<Step> before = dataStepsOf(previous.spec());
            List<Step> now = dataStepsOf(spec);
            while (same < before.size() && same < now.size() && before.get(same).equals(now.get(same))
                    && !(before.get(same) instanceof Impute im && im.method() instanceof ImputeMethod.Custom)) {
                same++;
            }
        }
        return execute(data, same, previous, null);
    }

    private static List<Step> dataStepsOf(IndexSpec s) {
        return s.steps().stream().filter(x -> x.kind() != StepKind.WEIGHTS && x.kind() != StepKind.AGGREGATE).toList();
    }

    private static boolean sameData(Framework a, Framework b) {
        if (a.size() != b.size()) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            if (!a.nodes().get(i).withWeight(0).equals(b.nodes().get(i).withWeight(0))) {
                return false;
            }
        }
        return true;
    }

    /** The data bound to this index: checked, raw stage and denominators looked up (cached). */
    private Bound bind(IndexData data) {
        Bound b = bound;
        if (b != null && b.data == data) {
            return b;
        }
        b = newBound(data);
        bound = b;
        return b;
    }

    /** The data bound afresh, not kept. */
    private Bound newBound(IndexData data) {
        plan.framework.validateAgainst(data.panel());
        if (screening != null) {
            screening.check(data);
        }
        return new Bound(data, raw(data), denominating == null ? null : denominating.columns(data));
    }

    private Work raw(IndexData data) {
        double[][] cols = new double[plan.leafCount][];
        for (int i = 0; i < cols.length; i++) {
            String code = plan.leaves.get(i);
            double[] c = data.column(code, "Raw");
            boolean any = false;
            for (double v : c) {
                any |= !Double.isNaN(v);
            }
            if (!any) {
                throw new IllegalArgumentException("indicator " + code + " has no value in " + data.year());
            }
            cols[i] = c;
        }
        int[] rows = new int[data.economies().size()];
        for (int e = 0; e < rows.length; e++) {
            rows[e] = e;
        }
        return new Work(rows, data.economies(), cols);
    }

    /**
     * Runs the data steps and the aggregation.
     *
     * @param data       the bound data
     * @param reuse      how many data steps to take from {@code previous}
     * @param previous   an earlier result, or {@code null}
     * @param normalised the output of the normalise step computed elsewhere (pooled years), or
     *                   {@code null} to run the step
     */
    private IndexResult execute(Bound data, int reuse, IndexResult previous, Work normalised) {
        Work raw = data.raw;
        List<Stage> stages = new ArrayList<>(dataSteps.length + 2);
        List<Work> works = new ArrayList<>(dataSteps.length + 1);
        List<Object> reports = new ArrayList<>(dataSteps.length);
        Map<StepKind, Stage> byKind = IndexResult.kindMap();
        Work work = raw;
        works.add(raw);
        stages.add(previous != null ? previous.stages().get(0) : stage("Raw", raw));
        for (int s = 0; s < dataSteps.length; s++) {
            Stage stage;
            if (s < reuse) {
                work = previous.works().get(s + 1);
                reports.add(previous.reports().get(s));
                stage = previous.stages().get(s + 1);
            } else if (s == normaliseAt && normalised != null) {
                work = normalised;
                reports.add(null);
                stage = stage(dataKinds.get(s).stage(), work);
            } else {
                DataStep.Outcome out = dataSteps[s].apply(work, data);
                work = out.work();
                reports.add(out.report());
                stage = stage(dataKinds.get(s).stage(), work);
            }
            works.add(work);
            stages.add(stage);
            byKind.put(dataKinds.get(s), stage);
        }
        double[][] all = new double[plan.nodes.size()][];
        System.arraycopy(work.columns(), 0, all, 0, plan.leafCount);
        double[] w = weighing.fixed();
        OptimisedWeights.Result optimisation = null;
        for (int level = 2; level <= plan.levels; level++) {
            if (level - 1 == weighing.dynamicLevel) {
                w = w.clone();
                optimisation = weighing.dynamic(all, w, aggregating, work.economies());
            }
            aggregating.level(all, w, level, work.economies());
        }
        stages.add(Stage.wrap(StepKind.AGGREGATE.stage(), work.economies(), plan.nodes, plan.nodeIndex, all));
        return new IndexResult(spec, data.data, Collections.unmodifiableList(stages), Collections.unmodifiableMap(byKind),
                works, reports, w, optimisation);
    }

    private Stage stage(String name, Work work) {
        return Stage.wrap(name, work.economies(), plan.leaves, plan.leafIndex, work.columns());
    }

    private static Direction[] leafDirections(IndexSpec spec, Plan plan) {
        Map<String, Direction> overrides = spec.step(Normalise.class).map(Normalise::directions).orElse(Map.of());
        Direction[] d = new Direction[plan.leafCount];
        for (int i = 0; i < d.length; i++) {
            d[i] = overrides.getOrDefault(plan.leaves.get(i), plan.direction[i]);
        }
        return d;
    }

    @Override
    public String toString() {
        return "CompositeIndex[" + spec.framework().root().code() + ", steps " + spec.steps().stream().map(Step::kind)
                .toList() + "]";
    }
}
