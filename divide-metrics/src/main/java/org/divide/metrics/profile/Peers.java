package org.divide.metrics.profile;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.divide.core.Grouping;

/**
 * An economy's peers among the economies of an index: the members of its group in a grouping
 * (income group, region, any other), or its k nearest economies by normalised indicator profile.
 *
 * <p><b>Nearest.</b> The Euclidean distance between two economies' normalised indicator values,
 * over the indicators both have, scaled to the full set: {@code d = sqrt(p / m · Σ (x_i − y_i)²)}
 * for m of p indicators in common (the usual rescaling of a distance with missing coordinates,
 * e.g. R's {@code dist}); economies sharing no indicator are never peers. Ties in distance keep
 * data order.
 */
public final class Peers {

    /**
     * The peers found.
     *
     * @param rule      how they were found, e.g. {@code "income group: High income"} or {@code "5 nearest"}
     * @param positions the peers' positions among the economies (the economy itself excluded)
     * @param distances the Euclidean distances for nearest peers, empty otherwise
     */
    public record Result(String rule, int[] positions, double[] distances) {
        /** Copies the arrays. */
        public Result {
            positions = positions.clone();
            distances = distances.clone();
        }

        /** {@return a copy of the peers' positions} */
        @Override
        public int[] positions() {
            return positions.clone();
        }

        /** {@return a copy of the distances} */
        @Override
        public double[] distances() {
            return distances.clone();
        }
    }

    private Peers() {
    }

    /**
     * The other members of the economy's group.
     *
     * @param grouping  the grouping
     * @param economies the economies of the index, in order
     * @param unit      the economy's position
     * @return the peers
     * @throws IllegalArgumentException if the economy has no group or is alone in it
     */
    public static Result inGroup(Grouping grouping, List<String> economies, int unit) {
        Optional<String> label = grouping.label(economies.get(unit));
        if (label.isEmpty()) {
            throw new IllegalArgumentException(economies.get(unit) + " has no group in " + grouping.name());
        }
        List<Integer> p = new ArrayList<>();
        for (int e = 0; e < economies.size(); e++) {
            if (e != unit && label.get().equals(grouping.label(economies.get(e)).orElse(null))) {
                p.add(e);
            }
        }
        if (p.isEmpty()) {
            throw new IllegalArgumentException(economies.get(unit) + " is the only economy of the index in "
                    + grouping.name() + " group " + label.get() + "; choose other peers");
        }
        return new Result(grouping.name() + ": " + label.get(), p.stream().mapToInt(Integer::intValue).toArray(),
                new double[0]);
    }

    /**
     * The k nearest economies by normalised indicator profile.
     *
     * @param columns {@code [indicator][economy]}, the normalised values (not modified)
     * @param unit    the economy's position
     * @param k       how many, ≥ 1 (fewer if fewer economies share an indicator with it)
     * @return the peers, nearest first
     * @throws IllegalArgumentException if k &lt; 1
     */
    public static Result nearest(double[][] columns, int unit, int k) {
        if (k < 1) {
            throw new IllegalArgumentException("k must be at least 1: " + k);
        }
        int n = columns[0].length;
        List<double[]> d = new ArrayList<>();
        for (int e = 0; e < n; e++) {
            if (e != unit) {
                double dist = distance(columns, unit, e);
                if (!Double.isNaN(dist)) {
                    d.add(new double[] {e, dist});
                }
            }
        }
        d.sort(Comparator.comparingDouble((double[] x) -> x[1]));
        int m = Math.min(k, d.size());
        int[] pos = new int[m];
        double[] dist = new double[m];
        for (int i = 0; i < m; i++) {
            pos[i] = (int) d.get(i)[0];
            dist[i] = d.get(i)[1];
        }
        return new Result(k + " nearest by normalised indicators (Euclidean)", pos, dist);
    }

    /**
     * The rescaled Euclidean distance between two economies.
     *
     * @param columns {@code [indicator][economy]}
     * @param a       one economy
     * @param b       the other
     * @return the distance, {@code NaN} if they share no indicator
     */
    static double distance(double[][] columns, int a, int b) {
        double ss = 0;
        int common = 0;
        for (double[] c : columns) {
            if (!Double.isNaN(c[a]) && !Double.isNaN(c[b])) {
                ss += (c[a] - c[b]) * (c[a] - c[b]);
                common++;
            }
        }
        return common == 0 ? Double.NaN : Math.sqrt(ss * columns.length / common);
    }
}
