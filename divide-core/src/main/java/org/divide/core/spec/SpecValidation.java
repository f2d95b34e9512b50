package org.divide.core.spec;

import java.util.Map;

import org.divide.core.Framework;

/** Checks the codes and levels a step names against a framework. */
final class SpecValidation {

    private SpecValidation() {
    }

    /**
     * Checks one step.
     *
     * @param f    the framework
     * @param step the step
     * @throws IllegalArgumentException naming the step, field and code at fault
     */
    static void check(Framework f, Step step) {
        switch (step.kind()) {
            case DENOMINATE:
                indicators(f, "Denominate.denominators", ((Denominate) step).denominators());
                break;
            case IMPUTE:
                if (((Impute) step).method() instanceof ImputeMethod.Row row && row.groupLevel() > f.levels()) {
                    throw new IllegalArgumentException("Impute.groupLevel " + row.groupLevel()
                            + " is above the root's level " + f.levels());
                }
                break;
            case TREAT:
                indicators(f, "Treat.overrides", ((Treat) step).overrides());
                break;
            case NORMALISE:
                Normalise n = (Normalise) step;
                indicators(f, "Normalise.overrides", n.overrides());
                indicators(f, "Normalise.directions", n.directions());
                break;
            case WEIGHTS:
                weights(f, (Weights) step);
                break;
            case AGGREGATE:
                Aggregate a = (Aggregate) step;
                for (Integer level : a.levels().keySet()) {
                    if (level > f.levels()) {
                        throw new IllegalArgumentException("Aggregate.levels: level " + level
                                + " is above the root's level " + f.levels());
                    }
                }
                for (String code : a.nodes().keySet()) {
                    if (node(f, "Aggregate.nodes", code).isIndicator()) {
                        throw new IllegalArgumentException("Aggregate.nodes: " + code + " is an indicator, not an aggregate");
                    }
                }
                break;
            default:
                break;
        }
    }

    private static void weights(Framework f, Weights w) {
        if (w.level() >= f.levels()) {
            throw new IllegalArgumentException("Weights.level " + w.level() + " must be below the root's level "
                    + f.levels());
        }
        for (String code : w.explicit().keySet()) {
            node(f, "Weights.explicit", code);
        }
        Map<String, Double> targets = w.method() instanceof WeightMethod.Optimised o ? o.targets() : Map.of();
        for (String code : targets.keySet()) {
            Framework.Node n = node(f, "Weights.targets", code);
            if (n.level() != w.level()) {
                throw new IllegalArgumentException("Weights.targets: node " + code + " is at level " + n.level()
                        + ", not at the weights' level " + w.level());
            }
        }
    }

    private static void indicators(Framework f, String what, Map<String, ?> map) {
        for (String code : map.keySet()) {
            if (!node(f, what, code).isIndicator()) {
                throw new IllegalArgumentException(what + ": " + code + " is an aggregate, not an indicator");
            }
        }
    }

    private static Framework.Node node(Framework f, String what, String code) {
        if (!f.contains(code)) {
            throw new IllegalArgumentException(what + ": unknown node " + code);
        }
        return f.node(code);
    }
}
