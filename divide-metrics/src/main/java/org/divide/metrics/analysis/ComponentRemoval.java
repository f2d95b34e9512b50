package org.divide.metrics.analysis;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.divide.core.Framework;
import org.divide.core.spec.IndexSpec;
import org.divide.core.spec.Weights;
import org.divide.metrics.composite.CompositeIndex;
import org.divide.metrics.composite.IndexResult;

/**
 * The effect on ranks of removing each component of one level (COINr's {@code remove_elements}):
 * each node of the level is given weight 0 in turn (over the spec's weights step, or a new explicit
 * one), the index is rebuilt — reusing every data stage, since only the aggregation changes — and
 * the target node's ranks compared with the nominal ones by the mean absolute rank change over
 * the economies ranked in both (COINr's {@code MeanAbsDiff}). A node that is its parent's only
 * child cannot be removed; its effect is {@code NaN}.
 */
public final class ComponentRemoval {

    private ComponentRemoval() {
    }

    /**
     * The effect of removing one component.
     *
     * @param node                the component removed
     * @param meanAbsoluteChange  the mean of {@code |rank − nominal rank|} of the target
     * @param rankChanges         {@code rank − nominal rank} per economy ({@code NaN} where either is
     *     missing), over the nominal result's economies
     */
    public record Effect(String node, double meanAbsoluteChange, double[] rankChanges) {

        /**
         * Copies the array.
         *
         * @param node               the component
         * @param meanAbsoluteChange the mean absolute rank change
         * @param rankChanges        the rank changes
         */
        public Effect {
            rankChanges = rankChanges.clone();
        }

        @Override
        public double[] rankChanges() {
            return rankChanges.clone();
        }
    }

    /**
     * Removes each node of a level in turn and measures the change of the index's ranks.
     *
     * @param index   the compiled index
     * @param nominal its result on the data
     * @param level   the level whose nodes are removed, below the root's
     * @return one effect per node of the level, in framework order
     */
    public static List<Effect> of(CompositeIndex index, IndexResult nominal, int level) {
        return of(index, nominal, level, nominal.spec().framework().root().code());
    }

    /**
     * Removes each node of a level in turn and measures the change of a target node's ranks.
     *
     * @param index   the compiled index
     * @param nominal its result on the data
     * @param level   the level whose nodes are removed, below the target's
     * @param target  the node whose ranks are compared (usually the index)
     * @return one effect per node of the level, in framework order
     * @throws IllegalArgumentException if the level is out of range
     */
    public static List<Effect> of(CompositeIndex index, IndexResult nominal, int level, String target) {
        IndexSpec spec = nominal.spec();
        Framework f = spec.framework();
        if (level < 1 || level >= f.levels()) {
            throw new IllegalArgumentException("level must be in [1, " + (f.levels() - 1) + "]: " + level);
        }
        Weights base = spec.step(Weights.class).orElse(Weights.explicit(Map.of()));
        double[] before = nominal.ranks(target);
        List<Effect> out = new ArrayList<>();
        for (Framework.Node node : f.nodesAtLevel(level)) {
            Map<String, Double> explicit = new LinkedHashMap<>(base.explicit());
            explicit.put(node.code(), 0.0);
            double[] after;
            try {
                IndexResult r = index.withSpec(spec.withStep(base.withExplicit(explicit))).rerun(nominal);
                after = r.ranks(target);
            } catch (IllegalArgumentException e) {
                double[] nan = new double[before.length];
                java.util.Arrays.fill(nan, Double.NaN);
                out.add(new Effect(node.code(), Double.NaN, nan));
                continue;
            }
            double[] change = new double[before.length];
            double sum = 0;
            int n = 0;
            for (int e = 0; e < change.length; e++) {
                change[e] = after[e] - before[e];
                if (!Double.isNaN(change[e])) {
                    sum += Math.abs(change[e]);
                    n++;
                }
            }
            out.add(new Effect(node.code(), n == 0 ? Double.NaN : sum / n, change));
        }
        return out;
    }
}
