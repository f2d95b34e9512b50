package org.divide.metrics.inequality;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.divide.metrics.internal.sort.SortedOrder;
import org.divide.metrics.numeric.CompensatedSum;

/**
 * Subgroup decomposition of arrays: GE(α) through {@link GroupedEntropyAccumulator} (a pass for
 * the group means, then one pass with each group's values scaled by its mean), and the Gini
 * coefficient through one sort and one pass that keeps a running cumulative weight per group.
 */
final class Decomposer {

    private Decomposer() {
    }

    /** Per-group totals Σw and Σwx (compensated). */
    private static final class GroupTotals {
        final CompensatedSum[] weight;
        final CompensatedSum[] income;

        GroupTotals(int groups) {
            weight = new CompensatedSum[groups];
            income = new CompensatedSum[groups];
            for (int k = 0; k < groups; k++) {
                weight[k] = new CompensatedSum();
                income[k] = new CompensatedSum();
            }
        }

        static GroupTotals of(Sample s, int[] ids, int groups) {
            GroupTotals t = new GroupTotals(groups);
            for (int i = 0; i < s.size(); i++) {
                double w = s.weight(i);
                t.weight[ids[i]].add(w);
                t.income[ids[i]].add(w * s.x[i]);
            }
            return t;
        }

        double mean(int k) {
            return income[k].value() / weight[k].value();
        }
    }

    /**
     * @param alpha   the GE parameter
     * @param x       values; not modified
     * @param w       weights or {@code null}; not modified
     * @param groups  labels (String[]) or codes (int[]) of the observations; not modified
     * @param options options
     * @return the exact decomposition of GE(α)
     */
    static Decomposition generalizedEntropy(double alpha, double[] x, double[] w, Object groups,
            InequalityOptions options) {
        Entropy.finite("alpha", alpha);
        checkGroups(x, groups);
        Sample s = Sample.of(Entropy.geName(alpha), x, w, Entropy.geDomain(alpha), options);
        GroupIndex index = index(groups, s);
        GroupTotals totals = GroupTotals.of(s, index.ids, index.count());
        double[] scales = new double[index.count()];
        for (int k = 0; k < scales.length; k++) {
            scales[k] = totals.mean(k);
        }
        int[] ids = index.ids;
        int groupCount = index.count();
        boolean parallel = options.parallel() && groupCount <= 4096;
        GroupedEntropyAccumulator acc = Chunks.reduce(s.size(), parallel, (from, to) -> {
            GroupedEntropyAccumulator a = GroupedEntropyAccumulator.withScales(alpha, options, index.labels, scales);
            for (int i = from; i < to; i++) {
                a.accept(ids[i], s.x[i], s.weight(i));
            }
            return a;
        }, GroupedEntropyAccumulator::combine);
        Decomposition d = acc.decomposition();
        return new Decomposition(d.measure(), d.total(), d.within(), d.between(), 0, unshifted(d.groups(), s),
                s.size(), s.skippedNaN, s.droppedNonPositive);
    }

    /**
     * @param x       values; not modified
     * @param w       weights or {@code null}; not modified
     * @param groups  labels (String[]) or codes (int[]) of the observations; not modified
     * @param options options (the small-sample correction is not applied)
     * @return G = Σ s_k v_k G_k + G_between + overlap
     */
    static Decomposition gini(double[] x, double[] w, Object groups, InequalityOptions options) {
        checkGroups(x, groups);
        Sample s = Sample.of(GiniIndex.NAME, x, w, Domain.POSITIVE_MEAN, options);
        GroupIndex index = index(groups, s);
        int groupCount = index.count();
        int[] ids = index.ids;
        GroupTotals totals = GroupTotals.of(s, ids, groupCount);
        SortedOrder order = SortedOrder.indexed(s.x, s.w, options.parallel());
        double total = s.isConstant() ? GiniIndex.constant(s) : GiniIndex.uncorrected(s, order);
        double[] groupWeight = new double[groupCount];
        double[] groupMean = new double[groupCount];
        for (int k = 0; k < groupCount; k++) {
            groupWeight[k] = totals.weight[k].value();
            groupMean[k] = totals.mean(k);
        }
        double[] cum = new double[groupCount];
        double[] cumCompensation = new double[groupCount];
        CompensatedSum[] numerator = new CompensatedSum[groupCount];
        for (int k = 0; k < groupCount; k++) {
            numerator[k] = new CompensatedSum();
        }
        for (int r = 0; r < order.size(); r++) {
            int i = order.index(r);
            int k = ids[i];
            double wi = s.weight(i);
            double c = cum[k];
            double t = c + wi;
            cumCompensation[k] += Math.abs(c) >= wi ? (c - t) + wi : (wi - t) + c;
            cum[k] = t;
            double rank = 2 * (t + cumCompensation[k]) - wi - groupWeight[k];
            numerator[k].add(wi * rank * (s.x[i] - groupMean[k]));
        }
        double mu = s.mean();
        CompensatedSum within = new CompensatedSum();
        List<Decomposition.Group> rows = new ArrayList<>(groupCount);
        double[] betweenX = new double[groupCount];
        double[] betweenW = new double[groupCount];
        int nonEmpty = 0;
        for (int k = 0; k < groupCount; k++) {
            double share = groupWeight[k] / s.totalWeight;
            double incomeShare = share * groupMean[k] / mu;
            double g = groupMean[k] > 0 ? numerator[k].value() / groupWeight[k] / (groupWeight[k] * groupMean[k])
                    : Double.NaN;
            double contribution = groupWeight[k] == 0 || incomeShare == 0 ? 0 : share * incomeShare * g;
            within.add(contribution);
            rows.add(new Decomposition.Group(index.labels[k], share, incomeShare, groupMean[k], g, contribution));
            if (groupWeight[k] > 0) {
                betweenX[nonEmpty] = groupMean[k];
                betweenW[nonEmpty++] = groupWeight[k];
            }
        }
        double between = GiniIndex.estimate(Arrays.copyOf(betweenX, nonEmpty), Arrays.copyOf(betweenW, nonEmpty),
                InequalityOptions.withDefaults()).value();
        double overlap = total - within.value() - between;
        return new Decomposition(GiniIndex.NAME, total, within.value(), between, overlap, unshifted(rows, s),
                s.size(), s.skippedNaN, s.droppedNonPositive);
    }

    /**
     * @param rows the groups computed on the sample's (possibly shifted) values
     * @param s    the sample
     * @return the groups with their means in the caller's units
     */
    private static List<Decomposition.Group> unshifted(List<Decomposition.Group> rows, Sample s) {
        if (s.xShift == 0) {
            return rows;
        }
        List<Decomposition.Group> result = new ArrayList<>(rows.size());
        for (Decomposition.Group g : rows) {
            result.add(new Decomposition.Group(g.label(), g.populationShare(), g.incomeShare(),
                    Math.scalb(g.mean(), s.xShift), g.index(), g.contribution()));
        }
        return result;
    }

    private static GroupIndex index(Object groups, Sample s) {
        return groups instanceof String[] labels ? GroupIndex.of(labels, s.kept, s.size())
                : GroupIndex.of((int[]) groups, s.kept, s.size());
    }

    /**
     * Checks the arguments of a decomposition.
     *
     * @param x      the values
     * @param groups labels (String[]) or codes (int[])
     * @throws IllegalArgumentException if x or the groups are {@code null} or their lengths differ
     */
    static void checkGroups(double[] x, Object groups) {
        if (x == null) {
            throw new IllegalArgumentException("x is null");
        }
        if (groups == null) {
            throw new IllegalArgumentException("groups is null");
        }
        int length = groups instanceof String[] labels ? labels.length : ((int[]) groups).length;
        if (length != x.length) {
            throw new IllegalArgumentException("groups has length " + length + " but x has length " + x.length);
        }
    }
}
