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
     * Normalises the stages of several years as one data set (COINr's global normalisation of a
     * purse): each indicator's columns of every year are bound end to end, normalised together and
     * split back.
     *
     * @param ins   the stage entering this step in each year (not modified)
     * @param years the data of each year, for messages
     * @return the normalised stage of each year, same economies as its input
     * @throws IllegalArgumentException if a method needs a reference economy, or a pooled column
     *     cannot be normalised
     */
    List<Work> pooled(List<Work> ins, List<IndexData> years) {
        int k = plan.leafCount;
        int total = 0;
        for (Work w : ins) {
            total += w.size();
        }
        double[][][] out = new double[ins.size()][k][];
        for (int i = 0; i < k; i++) {
            String code = plan.leaves.get(i);
            if (fixed[i] == null) {
                throw new IllegalArgumentException("Normalise: indicator " + code + ": " + method[i].name()
                        + " takes one economy of one year as reference; it is not defined on pooled years (global"
                        + " normalisation): normalise per year");
            }
            double[] pool = new double[total];
            int at = 0;
            for (Work w : ins) {
                double[] c = w.columns()[i];
                System.arraycopy(c, 0, pool, at, c.length);
                at += c.length;
            }
            double[] done;
            try {
                done = fixed[i].apply(pool);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("Normalise (global, " + years.get(0).year() + "–"
                        + years.get(years.size() - 1).year() + " pooled): indicator " + code + ": " + e.getMessage(), e);
            }
            at = 0;
            for (int y = 0; y < ins.size(); y++) {
                int n = ins.get(y).size();
                out[y][i] = java.util.Arrays.copyOfRange(done, at, at + n);
                at += n;
            }
        }
        List<Work> result = new java.util.ArrayList<>(ins.size());
        for (int y = 0; y < ins.size(); y++) {
            result.add(ins.get(y).with(out[y]));
        }
        return result;
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
