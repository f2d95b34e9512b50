package org.divide.metrics.composite;

import java.util.List;

import org.divide.core.Direction;
import org.divide.core.spec.Normalise;
import org.divide.core.spec.NormaliseMethod;
import org.divide.core.spec.NormaliseMethod.DistanceToReference;
import org.divide.metrics.normalise.DegeneratePolicy;
import org.divide.metrics.normalise.Normalisation;
import org.divide.metrics.normalise.Normaliser;

/**
 * {@link Normalise}: each indicator multiplied by its direction and normalised through
 * {@code org.divide.metrics.normalise}. A column that cannot be normalised (constant under
 * min-max, all missing, ...) is an error naming the indicator — COINr returns {@code NaN}s and
 * lets the aggregation silently drop the indicator.
 */
final class Normalising implements DataStep {

    private final Plan plan;
    private final NormaliseMethod[] method;
    private final Direction[] direction;
    /** Normalisers that do not depend on the economies (all but distance to a reference). */
    private final Normaliser[] fixed;

    Normalising(Normalise step, Plan plan, Direction[] leafDirections) {
        this.plan = plan;
        int k = plan.leafCount;
        method = new NormaliseMethod[k];
        direction = leafDirections;
        fixed = new Normaliser[k];
        for (int i = 0; i < k; i++) {
            method[i] = step.methodFor(plan.leaves.get(i));
            if (!(method[i] instanceof DistanceToReference)) {
                fixed[i] = normaliser(method[i], direction[i], List.of(), plan.leaves.get(i));
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
                    : normaliser(method[i], direction[i], in.economies(), code);
            try {
                out[i] = n.apply(x[i]);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("Normalise: indicator " + code + ": " + e.getMessage(), e);
            }
        }
        return new Outcome(in.with(out), null);
    }

    /**
     * The normaliser of an indicator; a degenerate column is an error.
     *
     * @param method    the method
     * @param direction the indicator's direction
     * @param economies the economies of the stage, to find a reference economy
     * @param indicator the indicator's code, for messages
     * @return the normaliser
     */
    private static Normaliser normaliser(NormaliseMethod method, Direction direction, List<String> economies,
            String indicator) {
        Normalisation n = Normalisation.of(method).withDirection(direction).withDegenerate(DegeneratePolicy.REJECT);
        if (method instanceof DistanceToReference d) {
            int ref = economies.indexOf(d.economy());
            if (ref < 0) {
                throw new IllegalArgumentException("Normalise: indicator " + indicator + ": reference economy "
                        + d.economy() + " is not in the data (or was screened out)");
            }
            n = n.withReference(ref);
        }
        return n;
    }
}
