package org.divide.metrics.composite;

import java.util.List;

import org.divide.core.Direction;
import org.divide.core.spec.Normalise;
import org.divide.core.spec.NormaliseMethod;
import org.divide.metrics.normalise.Normaliser;

/**
 * {@link Normalise}: each indicator multiplied by its direction and normalised through
 * {@code org.divide.metrics.normalise}. A column that cannot be normalised (constant under
 * min-max, all missing, ...) is an error naming the indicator — COINr returns {@code NaN}s and
 * lets the aggregation silently drop the indicator.
 */
final class Normalising implements DataStep {

    private final Plan plan;
    private final Normalise.Rule[] rule;
    private final Direction[] direction;
    /** Normalisers that do not depend on the economies (all but distance to a reference). */
    private final Normaliser[] fixed;

    Normalising(Normalise step, Plan plan, Direction[] leafDirections) {
        this.plan = plan;
        int k = plan.leafCount;
        rule = new Normalise.Rule[k];
        direction = leafDirections;
        fixed = new Normaliser[k];
        for (int i = 0; i < k; i++) {
            rule[i] = step.ruleFor(plan.leaves.get(i));
            if (rule[i].method() != NormaliseMethod.DISTANCE_TO_REFERENCE) {
                fixed[i] = Translate.normaliser(rule[i], direction[i], List.of(), plan.leaves.get(i));
            }
        }
    }

    @Override
    public Outcome apply(Work in, Bound data) {
        double[][] x = in.columns();
        double[][] out = new double[x.length][];
        for (int i = 0; i < x.length; i++) {
            String code = plan.leaves.get(i);
            Normaliser n = fixed[i] != null ? fixed[i]
                    : Translate.normaliser(rule[i], direction[i], in.economies(), code);
            try {
                out[i] = n.apply(x[i]);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("Normalise: indicator " + code + ": " + e.getMessage(), e);
            }
        }
        return new Outcome(in.with(out), null);
    }
}
