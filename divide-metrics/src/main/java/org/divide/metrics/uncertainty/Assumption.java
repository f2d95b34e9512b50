package org.divide.metrics.uncertainty;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.BiFunction;
import org.divide.core.Framework;
import org.divide.core.spec.Aggregate;
import org.divide.core.spec.Impute;
import org.divide.core.spec.IndexSpec;
import org.divide.core.spec.NormaliseMethod;
import org.divide.metrics.internal.parallel.Seeds;

/**
 * An uncertain assumption of a composite index: a named choice among k alternatives, each an edit
 * of the {@link IndexSpec}. In an analysis it is an {@link Input#choice(String, int)}: the sampled
 * u ∈ [0, 1) picks alternative ⌊u k⌋ with probability 1/k, and the run's spec is the nominal spec
 * edited by every assumption's alternative, in the order the assumptions are listed.
 *
 * <ul>
 * <li>{@link #imputation(List)}: the imputation step is replaced (inserted if absent);</li>
 * <li>{@link #winsorisationLimit(int, int)}: COINr's {@code winmax}, on the default rule and every
 * override of the treatment step (COINr's default treatment inserted if absent);</li>
 * <li>{@link #normalisation(List)}: the default normalisation rule (overrides and directions
 * kept);</li>
 * <li>{@link #weightNoise(double, int, int...)}: k weight sets drawn once per analysis (COINr's
 * {@code get_noisy_weights}): each nominal weight w at the chosen levels becomes
 * w (1 + f (2U − 1)), U ~ U(0, 1), f the noise fraction, from the stream (seed, −2 − 2³²·a − s) of
 * set s of the a-th assumption; the nominal weights are those the nominal run used (so
 * data-driven weights are perturbed as computed there), applied as explicit weights;</li>
 * <li>{@link #weightSets(List)}: explicit alternative weight sets;</li>
 * <li>{@link #aggregation(List)} and {@link #aggregation(int, List)}: the aggregation rule of every
 * node, or of one level;</li>
 * <li>{@link #dropOne(int)} and {@link #dropOne(List)}: "none" or one node given weight 0 (COINr's
 * {@code remove_elements}), k = 1 + the nodes;</li>
 * <li>{@link #of(String, List, BiFunction)}: any other edit.</li>
 * </ul>
 *
 * <p>Immutable and thread-safe (a custom edit must be too).
 */
public final class Assumption {

    /** What an assumption needs to fix its alternatives. */
    record Context(IndexSpec nominal, Map<String, Double> nominalWeights, long seed, int position) {
    }

    /** The alternatives of an assumption, fixed for one analysis. */
    record Alternatives(List<String> labels, BiFunction<IndexSpec, Integer, IndexSpec> edit) {
    }

    /** Fixes the alternatives. */
    @FunctionalInterface
    interface Binder {
        Alternatives bind(Context context);
    }

    private final String name;
    private final Binder binder;

    private Assumption(String name, Binder binder) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("assumption name is null or blank: " + name);
        }
        this.name = name;
        this.binder = binder;
    }

    /**
     * Returns the choice among imputation steps, named "imputation".
     *
     * @param alternatives the steps, at least one
     * @return the assumption
     * @throws IllegalArgumentException if the list is empty or holds {@code null}
     */
    public static Assumption imputation(List<Impute> alternatives) {
        List<Impute> a = copy("imputation", alternatives);
        List<String> labels = labels(a.stream().map(SpecEdits::label).toList());
        return fixed("imputation", labels, (spec, c) -> SpecEdits.imputation(spec, a.get(c)));
    }

    /**
     * Returns the choice of the winsorisation limit (COINr's {@code winmax}) among
     * {@code from … to}, named "winsorisation".
     *
     * @param from the smallest limit, at least 0
     * @param to   the largest limit, at least {@code from}
     * @return the assumption
     * @throws IllegalArgumentException if {@code from < 0} or {@code to < from}
     */
    public static Assumption winsorisationLimit(int from, int to) {
        if (from < 0 || to < from) {
            throw new IllegalArgumentException("winsorisation limits must satisfy 0 <= from <= to: " + from + ", " + to);
        }
        List<String> labels = new ArrayList<>();
        for (int l = from; l <= to; l++) {
            labels.add(Integer.toString(l));
        }
        return fixed("winsorisation", labels, (spec, c) -> SpecEdits.winsorisationLimit(spec, from + c));
    }

    /**
     * Returns the choice among normalisation methods, named "normalisation".
     *
     * @param alternatives the methods, at least one (for example min-max onto [1, 100] and the
     *                     z-score with mean 10 and sd 2, as in COINr's vignette)
     * @return the assumption
     * @throws IllegalArgumentException if the list is empty or holds {@code null}
     */
    public static Assumption normalisation(List<NormaliseMethod> alternatives) {
        List<NormaliseMethod> a = copy("normalisation", alternatives);
        List<String> labels = labels(a.stream().map(SpecEdits::label).toList());
        return fixed("normalisation", labels, (spec, c) -> SpecEdits.normalisation(spec, a.get(c)));
    }

    /**
     * Returns the choice among aggregation rules for every node, named "aggregation".
     *
     * @param alternatives the rules, at least one
     * @return the assumption
     * @throws IllegalArgumentException if the list is empty or holds {@code null}
     */
    public static Assumption aggregation(List<Aggregate.Rule> alternatives) {
        return aggregation(0, alternatives);
    }

    /**
     * Returns the choice among aggregation rules for the nodes of one level, named
     * "aggregation L{level}".
     *
     * @param level        the level, at least 2 (0 for every node)
     * @param alternatives the rules, at least one
     * @return the assumption
     * @throws IllegalArgumentException if the level is 1 or negative, or the list is empty or
     *                                  holds {@code null}
     */
    public static Assumption aggregation(int level, List<Aggregate.Rule> alternatives) {
        if (level < 0 || level == 1) {
            throw new IllegalArgumentException("aggregation level must be 0 (all) or >= 2: " + level);
        }
        List<Aggregate.Rule> a = copy("aggregation", alternatives);
        List<String> labels = labels(a.stream().map(SpecEdits::label).toList());
        return fixed(level == 0 ? "aggregation" : "aggregation L" + level, labels,
                (spec, c) -> SpecEdits.aggregation(spec, level, a.get(c)));
    }

    /**
     * Returns the choice among alternative weight sets (node code → weight, applied as explicit
     * weights over the spec's), named "weights".
     *
     * @param sets the sets, at least one
     * @return the assumption
     * @throws IllegalArgumentException if the list is empty or holds {@code null}
     */
    public static Assumption weightSets(List<Map<String, Double>> sets) {
        List<Map<String, Double>> a = new ArrayList<>();
        for (Map<String, Double> s : copy("weights", sets)) {
            a.add(Map.copyOf(s));
        }
        List<String> labels = new ArrayList<>();
        for (int s = 1; s <= a.size(); s++) {
            labels.add("set " + s);
        }
        return fixed("weights", labels, (spec, c) -> SpecEdits.explicitWeights(spec, a.get(c)));
    }

    /**
     * Returns the choice among {@code sets} noisy weight sets, named "weights" (COINr's
     * {@code get_noisy_weights}; the vignette uses ±25% at levels 2 and 3 and 100 sets).
     *
     * @param fraction the noise f: each weight w becomes w (1 + f (2U − 1)), in [0, 1]
     * @param sets     the number of sets k, at least 1
     * @param levels   the levels whose nodes' weights are perturbed, at least one, each ≥ 1
     * @return the assumption
     * @throws IllegalArgumentException if an argument is out of range
     */
    public static Assumption weightNoise(double fraction, int sets, int... levels) {
        if (!(fraction >= 0 && fraction <= 1)) {
            throw new IllegalArgumentException("weight noise fraction must be in [0, 1]: " + fraction);
        }
        if (sets < 1) {
            throw new IllegalArgumentException("weight sets must be >= 1: " + sets);
        }
        if (levels == null || levels.length == 0 || Arrays.stream(levels).anyMatch(l -> l < 1)) {
            throw new IllegalArgumentException("weight noise needs levels >= 1: " + Arrays.toString(levels));
        }
        int[] lv = levels.clone();
        return new Assumption("weights", ctx -> {
            Framework f = ctx.nominal().framework();
            List<Map<String, Double>> noisy = new ArrayList<>(sets);
            List<String> labels = new ArrayList<>(sets);
            for (int s = 0; s < sets; s++) {
                SplittableRandom rng = new SplittableRandom(Seeds.stream(ctx.seed(), -2 - ((long) ctx.position() << 32) - s));
                Map<String, Double> w = new LinkedHashMap<>();
                for (Map.Entry<String, Double> e : ctx.nominalWeights().entrySet()) {
                    int level = f.node(e.getKey()).level();
                    if (Arrays.stream(lv).anyMatch(l -> l == level)) {
                        w.put(e.getKey(), e.getValue() * (1 + fraction * (2 * rng.nextDouble() - 1)));
                    }
                }
                noisy.add(w);
                labels.add("set " + (s + 1));
            }
            return new Alternatives(List.copyOf(labels), (spec, c) -> SpecEdits.explicitWeights(spec, noisy.get(c)));
        });
    }

    /**
     * Returns the choice of dropping no node or one node of a level (weight 0), named
     * "drop L{level}"; the alternatives are "none" and the level's node codes in framework order.
     *
     * @param level the level, at least 1 and below the root's
     * @return the assumption
     * @throws IllegalArgumentException if {@code level < 1} (a level at or above the root is
     *                                  reported when the analysis starts)
     */
    public static Assumption dropOne(int level) {
        if (level < 1) {
            throw new IllegalArgumentException("drop level must be >= 1: " + level);
        }
        return new Assumption("drop L" + level, ctx -> {
            Framework f = ctx.nominal().framework();
            if (level >= f.levels()) {
                throw new IllegalArgumentException("drop L" + level + ": the framework's root is at level " + f.levels());
            }
            return dropping(f.nodesAtLevel(level).stream().map(Framework.Node::code).toList());
        });
    }

    /**
     * Returns the choice of dropping none or one of the given nodes (weight 0), named "drop"; the
     * alternatives are "none" and the codes in order.
     *
     * @param codes the node codes, at least one
     * @return the assumption
     * @throws IllegalArgumentException if the list is empty or holds {@code null} (a code not in
     *                                  the framework is reported when the analysis starts)
     */
    public static Assumption dropOne(List<String> codes) {
        List<String> c = copy("drop", codes);
        return new Assumption("drop", ctx -> {
            for (String code : c) {
                if (!ctx.nominal().framework().contains(code)) {
                    throw new IllegalArgumentException("drop: no node " + code + " in the framework");
                }
            }
            return dropping(c);
        });
    }

    /**
     * Returns an assumption with any edit: alternative c maps a spec to {@code edit.apply(spec, c)}.
     *
     * @param name   the name
     * @param labels the alternatives' labels, at least one
     * @param edit   the edit, thread-safe and deterministic, returning a valid spec
     * @return the assumption
     * @throws IllegalArgumentException if the name is blank, the labels empty or the edit
     *                                  {@code null}
     */
    public static Assumption of(String name, List<String> labels, BiFunction<IndexSpec, Integer, IndexSpec> edit) {
        if (edit == null) {
            throw new IllegalArgumentException("assumption " + name + ": edit is null");
        }
        return fixed(name, copy(name, labels), edit);
    }

    /**
     * Returns this assumption under another name (names must be distinct within an analysis).
     *
     * @param newName the name
     * @return the renamed assumption
     * @throws IllegalArgumentException if the name is blank
     */
    public Assumption named(String newName) {
        return new Assumption(newName, binder);
    }

    /**
     * Returns the name.
     *
     * @return the name
     */
    public String name() {
        return name;
    }

    /** Fixes the alternatives for one analysis. */
    Alternatives bind(Context context) {
        return binder.bind(context);
    }

    /**
     * Describes the assumption.
     *
     * @return its name
     */
    @Override
    public String toString() {
        return "Assumption[" + name + "]";
    }

    private static Alternatives dropping(List<String> codes) {
        List<String> labels = new ArrayList<>();
        labels.add("none");
        labels.addAll(codes);
        return new Alternatives(List.copyOf(labels),
                (spec, c) -> c == 0 ? spec : SpecEdits.explicitWeights(spec, Map.of(codes.get(c - 1), 0.0)));
    }

    private static Assumption fixed(String name, List<String> labels, BiFunction<IndexSpec, Integer, IndexSpec> edit) {
        Alternatives a = new Alternatives(List.copyOf(labels), edit);
        return new Assumption(name, ctx -> a);
    }

    private static <T> List<T> copy(String what, List<T> list) {
        if (list == null || list.isEmpty()) {
            throw new IllegalArgumentException(what + ": the alternatives are null or empty");
        }
        for (int i = 0; i < list.size(); i++) {
            if (list.get(i) == null) {
                throw new IllegalArgumentException(what + ": alternative " + i + " is null");
            }
        }
        return List.copyOf(list);
    }

    private static List<String> labels(List<String> raw) {
        List<String> out = new ArrayList<>(raw);
        for (int i = 0; i < out.size(); i++) {
            if (raw.indexOf(raw.get(i)) != raw.lastIndexOf(raw.get(i))) {
                out.set(i, raw.get(i) + " #" + (i + 1));
            }
        }
        return List.copyOf(out);
    }
}
