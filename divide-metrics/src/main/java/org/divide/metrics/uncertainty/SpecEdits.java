package org.divide.metrics.uncertainty;

import java.util.LinkedHashMap;
import java.util.Map;
import org.divide.core.Framework;
import org.divide.core.spec.Aggregate;
import org.divide.core.spec.AggregateMethod;
import org.divide.core.spec.Impute;
import org.divide.core.spec.ImputeMethod;
import org.divide.core.spec.IndexSpec;
import org.divide.core.spec.Normalise;
import org.divide.core.spec.NormaliseMethod;
import org.divide.core.spec.Treat;
import org.divide.core.spec.TreatMethod;
import org.divide.core.spec.Weights;

/**
 * The edits that {@link Assumption}s make to an {@link IndexSpec}, each returning a new spec and
 * inserting the step at its canonical place when the spec has none of its kind.
 */
final class SpecEdits {

    private SpecEdits() {
    }

    /** Sets explicit weights over the spec's weights step (inserting one if absent). */
    static IndexSpec explicitWeights(IndexSpec spec, Map<String, Double> entries) {
        Weights w = spec.step(Weights.class).orElse(null);
        if (w == null) {
            return spec.withStep(Weights.explicit(entries));
        }
        Map<String, Double> merged = new LinkedHashMap<>(w.explicit());
        merged.putAll(entries);
        return spec.withStep(w.withExplicit(merged));
    }

    /**
     * Sets the winsorisation limit of COINr's treatment (COINr's winmax) in the default method and
     * every override (COINr's default treatment inserted if the spec has none).
     */
    static IndexSpec winsorisationLimit(IndexSpec spec, int limit) {
        Treat t = spec.step(Treat.class).orElse(null);
        if (t == null) {
            return spec.withStep(Treat.with(TreatMethod.coinr().withWinsorisationLimit(limit)));
        }
        Map<String, TreatMethod> overrides = new LinkedHashMap<>();
        t.overrides().forEach((code, m) -> overrides.put(code, winsorisationLimit(m, limit)));
        return spec.withStep(new Treat(winsorisationLimit(t.defaults(), limit), overrides));
    }

    private static TreatMethod winsorisationLimit(TreatMethod method, int limit) {
        return method instanceof TreatMethod.Coinr c ? c.withWinsorisationLimit(limit) : method;
    }

    /** Replaces the default normalisation rule, keeping the overrides and directions. */
    static IndexSpec normalisation(IndexSpec spec, NormaliseMethod rule) {
        Normalise n = spec.step(Normalise.class).orElse(null);
        return spec.withStep(n == null ? Normalise.with(rule) : new Normalise(rule, n.overrides(), n.directions()));
    }

    /** Replaces the imputation step. */
    static IndexSpec imputation(IndexSpec spec, Impute impute) {
        return spec.withStep(impute);
    }

    /**
     * Sets the aggregation rule of one level (level and node entries at that level replaced), or of
     * every node (level ≤ 0: all level and node entries dropped).
     */
    static IndexSpec aggregation(IndexSpec spec, int level, Aggregate.Rule rule) {
        Aggregate a = spec.step(Aggregate.class).orElse(Aggregate.arithmetic());
        if (level <= 0) {
            return spec.withStep(new Aggregate(rule, Map.of(), Map.of(), a.directions()));
        }
        Framework f = spec.framework();
        Map<Integer, Aggregate.Rule> levels = new LinkedHashMap<>(a.levels());
        levels.put(level, rule);
        Map<String, Aggregate.Rule> nodes = new LinkedHashMap<>();
        a.nodes().forEach((code, r) -> {
            if (f.node(code).level() != level) {
                nodes.put(code, r);
            }
        });
        return spec.withStep(new Aggregate(a.defaults(), levels, nodes, a.directions()));
    }

    /** Describes a normalisation method: its name and output range (z-score: mean and sd). */
    static String label(NormaliseMethod method) {
        String m = method.name().replace('-', '_');
        if (method instanceof NormaliseMethod.ZScore z) {
            return m + "(" + num(z.mean()) + ", " + num(z.sd()) + ")";
        }
        if (method instanceof NormaliseMethod.Ranged r) {
            return m + "(" + num(r.range().lower()) + ", " + num(r.range().upper()) + ")";
        }
        return m;
    }

    /** Describes an aggregation rule: its method and, for the generalised mean, its order. */
    static String label(Aggregate.Rule rule) {
        String m = rule.method().name().replace('-', '_');
        return rule.method() instanceof AggregateMethod.Generalised g ? m + "(p = " + num(g.power()) + ")" : m;
    }

    /** Describes an imputation: its method and grouping or function. */
    static String label(Impute impute) {
        ImputeMethod method = impute.method();
        String m = method.name().replace('-', '_');
        if (method instanceof ImputeMethod.Grouped g) {
            return m + "(" + g.grouping() + ")";
        }
        return method instanceof ImputeMethod.Custom c ? m + "(" + c.function() + ")" : m;
    }

    private static String num(double x) {
        return x == Math.rint(x) && Math.abs(x) < 1e15 ? Long.toString((long) x) : Double.toString(x);
    }
}
