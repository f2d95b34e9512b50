package org.divide.metrics.deprivation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.divide.metrics.internal.column.Args;

/**
 * The Alkire–Foster (2011) counting measures of multidimensional deprivation.
 *
 * <p><b>Identification.</b> Unit i (an economy, weighted by p_i, e.g. its population) is deprived
 * in dimension j when its value is on the deprived side of the cut-off z_j (see
 * {@link Dimension}). Its deprivation score c_i = Σ_j w_j [deprived] uses the weights normalised to
 * sum to 1 (the convention of Alkire et al. 2015 and of the global MPI: c_i ∈ [0, 1]; Alkire and
 * Foster 2011 let the weights sum to the number of dimensions d and count k in dimensions, so their
 * k = 2 of d = 4 is k = 0.5 here). It is <em>poor</em> when c_i ≥ k, the poverty cut-off k ∈
 * (0, 1] (k = min w_j is the union approach, k = 1 the intersection); the comparison allows
 * 1e-12 for rounding, so that two of three equal weights reach k = 2/3. The censored score
 * c_i(k) is c_i for the poor and 0 otherwise.
 *
 * <p><b>Aggregation</b>, with P = Σ p_i: H = Σ_{poor} p_i / P; A = Σ p_i c_i(k) / Σ_{poor} p_i;
 * M0 = H·A = Σ p_i c_i(k) / P. Where the data are cardinal (every dimension deprived below a
 * positive cut-off, every value ≥ 0), the normalised gap g_ij = (z_j − x_ij)/z_j of each
 * deprivation of a poor unit gives M1 = Σ_i p_i Σ_j w_j g_ij / P and M2 with g_ij²; otherwise they
 * are {@code NaN}. The censored headcount of dimension j is h_j = Σ_{poor, deprived in j} p_i / P;
 * M0 = Σ_j w_j h_j, and the contribution of j is w_j h_j / M0 (they sum to 1).
 * {@link #decompose} gives M0 = Σ_g s_g M0_g over groups; {@link #overK} the measures at every k
 * at which they can change.
 *
 * <p>Units with a missing value ({@code NaN}) in any dimension, or a missing weight, are left out
 * and listed (the measures need every dimension of a unit). Cost O(n·d). Immutable and
 * thread-safe.
 *
 * <p>References: Alkire, S. and Foster, J. (2011). Counting and multidimensional poverty
 * measurement. Journal of Public Economics 95(7–8), 476–487. doi:10.1016/j.jpubeco.2010.11.006.
 * Alkire, S., Foster, J. E., Seth, S., Santos, M. E., Roche, J. M. and Ballon, P. (2015).
 * Multidimensional Poverty Measurement and Analysis, ch. 5. Oxford University Press.
 * doi:10.1093/acprof:oso/9780199689491.001.0001
 */
public final class AlkireFoster {

    private static final double TOLERANCE = 1e-12;
    /** Above this many dimensions, {@link #overK} uses the observed scores instead of every sum of weights. */
    private static final int SUBSET_LIMIT = 20;

    private final List<Dimension> dimensions;
    private final double[] w;
    private final double k;

    private AlkireFoster(List<Dimension> dimensions, double k) {
        this.dimensions = List.copyOf(dimensions);
        this.k = k;
        double sum = 0;
        for (Dimension d : this.dimensions) {
            sum += d.weight();
        }
        w = new double[this.dimensions.size()];
        for (int j = 0; j < w.length; j++) {
            w[j] = this.dimensions.get(j).weight() / sum;
        }
    }

    /**
     * A measure over dimensions at a poverty cut-off.
     *
     * @param dimensions the dimensions, at least one, names distinct
     * @param k          the poverty cut-off, in (0, 1]
     * @return the measure
     * @throws IllegalArgumentException if there is no dimension, a name repeats, or k is outside (0, 1]
     */
    public static AlkireFoster of(List<Dimension> dimensions, double k) {
        Args.notNull("dimensions", dimensions);
        if (dimensions.isEmpty()) {
            throw new IllegalArgumentException("dimensions is empty");
        }
        if (dimensions.stream().map(Dimension::name).distinct().count() < dimensions.size()) {
            throw new IllegalArgumentException("dimension names repeat: " + dimensions.stream().map(Dimension::name)
                    .toList());
        }
        return new AlkireFoster(dimensions, cutoff(k));
    }

    private static double cutoff(double k) {
        if (!(k > 0 && k <= 1)) {
            throw new IllegalArgumentException("k must be in (0, 1] (a share of the total weight): " + k);
        }
        return k;
    }

    /**
     * The same measure at another poverty cut-off.
     *
     * @param cutoff k, in (0, 1]
     * @return the measure
     * @throws IllegalArgumentException if k is outside (0, 1]
     */
    public AlkireFoster withK(double cutoff) {
        return new AlkireFoster(dimensions, cutoff(cutoff));
    }

    /** @return the dimensions */
    public List<Dimension> dimensions() {
        return dimensions;
    }

    /** @return the weights normalised to sum to 1 (a copy) */
    public double[] normalisedWeights() {
        return w.clone();
    }

    /** @return k */
    public double k() {
        return k;
    }

    /**
     * The measures of a set of units.
     *
     * @param x          {@code x[unit][dimension]}, {@code NaN} = missing; not modified
     * @param population the weight of each unit (e.g. population), finite and ≥ 0, {@code NaN} =
     *                   missing, or {@code null} for equal weights; not modified
     * @return the measures
     * @throws IllegalArgumentException if a row's length is not the number of dimensions, a weight
     *                                  is negative or infinite, a value is infinite, or no unit is
     *                                  complete with a positive total weight
     */
    public DeprivationResult measure(double[][] x, double[] population) {
        check(x, population);
        boolean[] all = new boolean[x.length];
        Arrays.fill(all, true);
        return measure(x, population, all);
    }

    /**
     * The decomposition of M0 by group: the measures within each group and its share of M0. The
     * population-share-weighted group M0s add up to the M0 of all units.
     *
     * @param x          as {@link #measure}
     * @param population as {@link #measure}
     * @param group      the group label of each unit ({@code null} = none: the unit is left out of
     *                   every group but stays in the total); not modified
     * @return the groups in order of first appearance
     * @throws IllegalArgumentException as {@link #measure}, or if the lengths differ
     */
    public List<GroupDeprivation> decompose(double[][] x, double[] population, String[] group) {
        check(x, population);
        Args.notNull("group", group);
        Args.sameLength("group", group.length, "x", x.length);
        DeprivationResult total = measure(x, population);
        Map<String, boolean[]> members = new LinkedHashMap<>();
        for (int i = 0; i < x.length; i++) {
            if (group[i] != null) {
                members.computeIfAbsent(group[i], g -> new boolean[x.length])[i] = true;
            }
        }
        List<GroupDeprivation> out = new ArrayList<>();
        for (Map.Entry<String, boolean[]> e : members.entrySet()) {
            boolean[] in = e.getValue();
            boolean any = false;
            for (int i = 0; i < x.length && !any; i++) {
                any = in[i] && complete(x[i], population, i);
            }
            if (!any) {
                continue;
            }
            DeprivationResult r = measure(x, population, in);
            double share = r.population() / total.population();
            out.add(new GroupDeprivation(e.getKey(), share, r, total.m0() == 0 ? Double.NaN
                    : share * r.m0() / total.m0()));
        }
        return out;
    }

    /**
     * The measures at every poverty cut-off at which they can change: every distinct sum of
     * normalised weights in (0, 1] (for equal weights 1/d, 2/d, …, 1), or, with more than
     * {@value #SUBSET_LIMIT} dimensions, every distinct positive score observed.
     *
     * @param x          as {@link #measure}
     * @param population as {@link #measure}
     * @return one result per k, ascending
     * @throws IllegalArgumentException as {@link #measure}
     */
    public List<DeprivationResult> overK(double[][] x, double[] population) {
        check(x, population);
        TreeSet<Double> ks = new TreeSet<>();
        if (w.length <= SUBSET_LIMIT) {
            for (int mask = 1; mask < 1 << w.length; mask++) {
                double s = 0;
                for (int j = 0; j < w.length; j++) {
                    s += (mask >> j & 1) == 1 ? w[j] : 0;
                }
                ks.add(s);
            }
        } else {
            for (double c : measure(x, population).scores()) {
                if (c > 0) {
                    ks.add(c);
                }
            }
        }
        List<DeprivationResult> out = new ArrayList<>();
        double last = Double.NEGATIVE_INFINITY;
        for (double s : ks) {
            if (s - last > TOLERANCE) {
                out.add(withK(Math.min(1, s)).measure(x, population));
                last = s;
            }
        }
        return out;
    }

    private void check(double[][] x, double[] population) {
        Args.notNull("x", x);
        if (population != null) {
            Args.sameLength("population", population.length, "x", x.length);
        }
        for (int i = 0; i < x.length; i++) {
            Args.notNull("x[" + i + "]", x[i]);
            if (x[i].length != w.length) {
                throw new IllegalArgumentException("x[" + i + "] has " + x[i].length + " values, expected one per"
                        + " dimension (" + w.length + ")");
            }
            for (int j = 0; j < w.length; j++) {
                if (Double.isInfinite(x[i][j])) {
                    throw new IllegalArgumentException("x[" + i + "][" + j + "] (" + dimensions.get(j).name()
                            + ") is infinite: " + x[i][j]);
                }
            }
            if (population != null && (population[i] < 0 || Double.isInfinite(population[i]))) {
                throw new IllegalArgumentException("population[" + i + "] must be finite and >= 0: " + population[i]);
            }
        }
    }

    private static boolean complete(double[] row, double[] population, int i) {
        if (population != null && Double.isNaN(population[i])) {
            return false;
        }
        for (double v : row) {
            if (Double.isNaN(v)) {
                return false;
            }
        }
        return true;
    }

    private boolean cardinal(double[][] x, double[] population, boolean[] in) {
        for (Dimension d : dimensions) {
            if (d.deprivedAbove() || !(d.cutoff() > 0)) {
                return false;
            }
        }
        for (int i = 0; i < x.length; i++) {
            if (in[i] && complete(x[i], population, i)) {
                for (double v : x[i]) {
                    if (v < 0) {
                        return false;
                    }
                }
            }
        }
        return true;
    }

    private DeprivationResult measure(double[][] x, double[] population, boolean[] in) {
        int d = w.length;
        boolean cardinal = cardinal(x, population, in);
        double[] scores = new double[x.length];
        Arrays.fill(scores, Double.NaN);
        boolean[] poor = new boolean[x.length];
        double[] uncensored = new double[d];
        double[] censored = new double[d];
        List<Integer> excluded = new ArrayList<>();
        double total = 0;
        double poorWeight = 0;
        double censoredScores = 0;
        double gaps1 = 0;
        double gaps2 = 0;
        int units = 0;
        for (int i = 0; i < x.length; i++) {
            if (!in[i]) {
                continue;
            }
            if (!complete(x[i], population, i)) {
                excluded.add(i);
                continue;
            }
            units++;
            double p = population == null ? 1 : population[i];
            double c = 0;
            for (int j = 0; j < d; j++) {
                if (dimensions.get(j).deprived(x[i][j])) {
                    c += w[j];
                    uncensored[j] += p;
                }
            }
            scores[i] = c;
            total += p;
            if (c < k - TOLERANCE) {
                continue;
            }
            poor[i] = true;
            poorWeight += p;
            censoredScores += p * c;
            for (int j = 0; j < d; j++) {
                Dimension dim = dimensions.get(j);
                if (dim.deprived(x[i][j])) {
                    censored[j] += p;
                    if (cardinal) {
                        double g = (dim.cutoff() - x[i][j]) / dim.cutoff();
                        gaps1 += p * w[j] * g;
                        gaps2 += p * w[j] * g * g;
                    }
                }
            }
        }
        if (!(total > 0)) {
            throw new IllegalArgumentException("no unit has a value in every dimension and a positive weight"
                    + (excluded.isEmpty() ? "" : " (" + excluded.size() + " left out for a missing value)"));
        }
        double m0 = censoredScores / total;
        double[] contribution = new double[d];
        for (int j = 0; j < d; j++) {
            uncensored[j] /= total;
            censored[j] /= total;
            contribution[j] = m0 == 0 ? Double.NaN : w[j] * censored[j] / m0;
        }
        List<String> names = dimensions.stream().map(Dimension::name).toList();
        return new DeprivationResult(names, k, units, total, poorWeight / total,
                poorWeight == 0 ? Double.NaN : censoredScores / poorWeight, m0,
                cardinal ? gaps1 / total : Double.NaN, cardinal ? gaps2 / total : Double.NaN, uncensored, censored,
                contribution, scores, poor, excluded);
    }

    /** @return the dimensions and k */
    @Override
    public String toString() {
        return "AlkireFoster[k=" + k + ", dimensions=" + dimensions + "]";
    }
}
