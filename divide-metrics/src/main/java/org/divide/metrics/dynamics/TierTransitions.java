package org.divide.metrics.dynamics;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

import org.divide.core.Panel;
import org.divide.metrics.internal.column.Args;
import org.divide.metrics.internal.column.PanelArgs;

/**
 * Movement of economies between k tiers from one year to another: the k × k transition matrix of
 * counts (row = tier in the first year, column = tier in the second), its row shares (the
 * empirical transition probabilities; a row without economies is {@code NaN}), and the economies
 * that moved up or down. Economies without a tier in either year are left out and counted.
 *
 * @param tiers    k
 * @param cutsFrom the cut-offs of the first year (copied)
 * @param cutsTo   the cut-offs of the second year (copied)
 * @param counts   {@code counts[a][b]}: economies in tier a, then tier b (deep-copied)
 * @param up       the economies whose tier rose, in input order
 * @param down     the economies whose tier fell, in input order
 * @param excluded the economies without a value in either year
 */
public record TierTransitions(int tiers, double[] cutsFrom, double[] cutsTo, int[][] counts, List<Mover> up,
        List<Mover> down, int excluded) {

    /**
     * Checks and copies.
     *
     * @throws IllegalArgumentException if the matrix is not k × k
     */
    public TierTransitions {
        cutsFrom = cutsFrom.clone();
        cutsTo = cutsTo.clone();
        int[][] c = new int[counts.length][];
        for (int a = 0; a < c.length; a++) {
            c[a] = counts[a].clone();
            if (c[a].length != tiers) {
                throw new IllegalArgumentException("counts must be " + tiers + " x " + tiers);
            }
        }
        if (c.length != tiers) {
            throw new IllegalArgumentException("counts must be " + tiers + " x " + tiers);
        }
        counts = c;
        up = List.copyOf(up);
        down = List.copyOf(down);
    }

    /**
     * One economy that changed tier.
     *
     * @param index   its position in the input (or in {@link Panel#economies()})
     * @param economy its code, or {@code null} for raw arrays without names
     * @param from    its tier in the first year
     * @param to      its tier in the second year
     */
    public record Mover(int index, String economy, int from, int to) {
    }

    /**
     * Transitions between two tier assignments.
     *
     * @param from   the tiers in the first year, −1 = none; not modified
     * @param to     the tiers in the second year, −1 = none; not modified
     * @param k      the number of tiers
     * @param names  the economy names for the movers, or {@code null}; not modified
     * @return the transitions (cut-offs empty)
     * @throws IllegalArgumentException if the lengths differ or a tier is outside −1 … k − 1
     */
    public static TierTransitions of(int[] from, int[] to, int k, String[] names) {
        return build(from, to, k, names, new double[0], new double[0]);
    }

    /**
     * Transitions of the economies of a panel between two years, each year cut by the scheme
     * (relative tiers for quantiles and natural breaks, absolute for fixed cut-offs).
     *
     * @param panel     the panel
     * @param indicator the indicator code
     * @param from      the first year
     * @param to        the second year
     * @param scheme    the tier scheme
     * @return the transitions
     * @throws IllegalArgumentException if the indicator or a year is not in the panel, or as the scheme's cuts
     */
    public static TierTransitions of(Panel panel, String indicator, int from, int to, TierScheme scheme) {
        double[] a = PanelArgs.column(panel, "indicator", indicator, from);
        double[] b = PanelArgs.column(panel, "indicator", indicator, to);
        Args.notNull("scheme", scheme);
        double[] ca = scheme.cuts(a);
        double[] cb = scheme.cuts(b);
        String[] names = new String[a.length];
        for (int e = 0; e < names.length; e++) {
            names[e] = panel.economies().get(e).code();
        }
        return build(TierScheme.assign(a, ca), TierScheme.assign(b, cb), scheme.tiers(), names, ca, cb);
    }

    private static TierTransitions build(int[] from, int[] to, int k, String[] names, double[] ca, double[] cb) {
        Args.notNull("from", from);
        Args.notNull("to", to);
        if (to.length != from.length) {
            throw new IllegalArgumentException("to has length " + to.length + ", expected " + from.length);
        }
        if (k < 1) {
            throw new IllegalArgumentException("k must be >= 1: " + k);
        }
        if (names != null) {
            Args.sameLength("names", names.length, "from", from.length);
        }
        int[][] counts = new int[k][k];
        List<Mover> up = new ArrayList<>();
        List<Mover> down = new ArrayList<>();
        int excluded = 0;
        for (int i = 0; i < from.length; i++) {
            tier("from", i, from[i], k);
            tier("to", i, to[i], k);
            if (from[i] < 0 || to[i] < 0) {
                excluded++;
                continue;
            }
            counts[from[i]][to[i]]++;
            if (from[i] != to[i]) {
                Mover m = new Mover(i, names == null ? null : names[i], from[i], to[i]);
                (to[i] > from[i] ? up : down).add(m);
            }
        }
        return new TierTransitions(k, ca, cb, counts, up, down, excluded);
    }

    private static void tier(String name, int i, int t, int k) {
        if (t < -1 || t >= k) {
            throw new IllegalArgumentException(name + "[" + i + "] is not a tier in -1 … " + (k - 1) + ": " + t);
        }
    }

    /** @return a deep copy of the counts */
    @Override
    public int[][] counts() {
        int[][] c = new int[tiers][];
        for (int a = 0; a < tiers; a++) {
            c[a] = counts[a].clone();
        }
        return c;
    }

    /** @return a copy of the first year's cut-offs */
    @Override
    public double[] cutsFrom() {
        return cutsFrom.clone();
    }

    /** @return a copy of the second year's cut-offs */
    @Override
    public double[] cutsTo() {
        return cutsTo.clone();
    }

    /** @return {@code shares[a][b]} = counts[a][b] / Σ_b counts[a][b], {@code NaN} rows for empty tiers */
    public double[][] shares() {
        double[][] s = new double[tiers][tiers];
        for (int a = 0; a < tiers; a++) {
            int row = 0;
            for (int c : counts[a]) {
                row += c;
            }
            for (int b = 0; b < tiers; b++) {
                s[a][b] = row == 0 ? Double.NaN : (double) counts[a][b] / row;
            }
        }
        return s;
    }

    /**
     * Compares every component, arrays by content.
     *
     * @param o the other object
     * @return whether equal
     */
    @Override
    public boolean equals(Object o) {
        return o instanceof TierTransitions t && tiers == t.tiers && Arrays.equals(cutsFrom, t.cutsFrom)
                && Arrays.equals(cutsTo, t.cutsTo) && Arrays.deepEquals(counts, t.counts)
                && up.equals(t.up) && down.equals(t.down) && excluded == t.excluded;
    }

    /** @return a hash of the components */
    @Override
    public int hashCode() {
        return Objects.hash(tiers, up, down, excluded) * 31 + Arrays.deepHashCode(counts);
    }

    /** @return a short description */
    @Override
    public String toString() {
        return "TierTransitions[k=" + tiers + ", up=" + up.size() + ", down=" + down.size() + ", excluded=" + excluded
                + "]";
    }
}
