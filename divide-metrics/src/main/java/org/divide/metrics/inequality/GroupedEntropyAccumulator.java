package org.divide.metrics.inequality;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.divide.metrics.numeric.CompensatedSum;

/**
 * One-pass, mergeable subgroup decomposition of GE(α) (Theil T for α = 1, MLD for α = 0).
 *
 * <p>Each group keeps the {@link GeneralizedEntropyAccumulator} sums of its own values; the
 * total, the group indices, the within term Σ s_k^{1−α} v_k^α GE_k and the between term (GE(α)
 * of the group means weighted by the population shares s_k) all follow from these sums, so the
 * decomposition is exact and needs no second pass. Memory O(groups). Values are validated under
 * the data policies of the options, as by {@link GeneralizedEntropyAccumulator}.
 * <pre>{@code
 * GroupedEntropyAccumulator acc = GroupedEntropyAccumulator.create(1, "Africa", "Asia", "Europe");
 * acc.accept(regionIndex, income, population);     // for every economy
 * Decomposition d = acc.decomposition();
 * }</pre>
 */
public final class GroupedEntropyAccumulator {

    private final double alpha;
    private final ValuePolicy policy;
    private final String[] labels;
    private final EntropySums[] groups;
    private long count;
    private int skippedNaN;
    private int droppedNonPositive;

    private GroupedEntropyAccumulator(double alpha, InequalityOptions options, String[] labels, double[] scales) {
        this.alpha = Entropy.finite("alpha", alpha);
        this.policy = new ValuePolicy(Entropy.geName(alpha), Entropy.geDomain(alpha), options);
        this.labels = labels.clone();
        this.groups = new EntropySums[labels.length];
        for (int k = 0; k < labels.length; k++) {
            if (labels[k] == null) {
                throw new IllegalArgumentException("labels[" + k + "] is null");
            }
            groups[k] = EntropySums.generalizedEntropy(alpha, scales == null ? Double.NaN : scales[k]);
        }
    }

    /**
     * Creates an empty accumulator with default options.
     *
     * @param alpha  the GE parameter, any finite value
     * @param labels the group labels; group {@code k} of {@link #accept(int, double, double)} is {@code labels[k]}
     * @return the accumulator
     * @throws IllegalArgumentException if α is not finite or a label is {@code null}
     */
    public static GroupedEntropyAccumulator create(double alpha, String... labels) {
        return create(alpha, InequalityOptions.withDefaults(), labels);
    }

    /**
     * Creates an empty accumulator.
     *
     * @param alpha   the GE parameter, any finite value
     * @param options the data policies
     * @param labels  the group labels; group {@code k} of {@link #accept(int, double, double)} is {@code labels[k]}
     * @return the accumulator
     * @throws IllegalArgumentException if α is not finite or a label is {@code null}
     */
    public static GroupedEntropyAccumulator create(double alpha, InequalityOptions options, String... labels) {
        return new GroupedEntropyAccumulator(alpha, options, labels, null);
    }

    /** Creates an accumulator whose groups scale their values by the given group means (two-pass use). */
    static GroupedEntropyAccumulator withScales(double alpha, InequalityOptions options, String[] labels,
            double[] scales) {
        return new GroupedEntropyAccumulator(alpha, options, labels, scales);
    }

    /**
     * Adds a value with weight 1.
     *
     * @param group the group number, in {@code [0, labels.length)}
     * @param x     the value
     * @throws IndexOutOfBoundsException if the group number is out of range
     * @throws IllegalArgumentException  if the value is rejected by the data policies
     */
    public void accept(int group, double x) {
        accept(group, x, 1);
    }

    /**
     * Adds a value with a weight.
     *
     * @param group the group number, in {@code [0, labels.length)}
     * @param x     the value
     * @param w     the weight, finite and {@code >= 0}
     * @throws IndexOutOfBoundsException if the group number is out of range
     * @throws IllegalArgumentException  if the weight is invalid or the value is rejected by the data policies
     */
    public void accept(int group, double x, double w) {
        EntropySums sums = groups[java.util.Objects.checkIndex(group, groups.length)];
        if (!ValuePolicy.validWeight(w)) {
            throw new IllegalArgumentException(ValuePolicy.weightProblem("w", w));
        }
        int action = policy.action(x);
        if (action == ValuePolicy.KEEP) {
            count++;
            sums.add(x, w);
        } else if (action == ValuePolicy.SKIP_NAN) {
            skippedNaN++;
        } else if (action == ValuePolicy.DROP) {
            droppedNonPositive++;
        } else {
            throw new IllegalArgumentException(policy.valueProblem("x", x));
        }
    }

    /**
     * Merges another accumulator with the same α and labels into this one.
     *
     * @param other the other accumulator; not modified
     * @return this accumulator
     * @throws IllegalArgumentException if α or the labels differ
     */
    public GroupedEntropyAccumulator combine(GroupedEntropyAccumulator other) {
        if (Double.compare(alpha, other.alpha) != 0 || !Arrays.equals(labels, other.labels)) {
            throw new IllegalArgumentException("cannot combine decompositions with different alpha or labels");
        }
        for (int k = 0; k < groups.length; k++) {
            groups[k].add(other.groups[k]);
        }
        count += other.count;
        skippedNaN += other.skippedNaN;
        droppedNonPositive += other.droppedNonPositive;
        return this;
    }

    /**
     * Merges a streaming accumulator of one group's values into group {@code group}, as if its
     * values had been accepted here with that group number. The group sums can so be computed
     * elsewhere (one {@link GeneralizedEntropyAccumulator} per group key in a distributed
     * aggregation, for instance) and decomposed here, exactly (up to rounding):
     * <pre>{@code
     * GroupedEntropyAccumulator acc = GroupedEntropyAccumulator.create(1, "A", "B");
     * acc.combine(0, theilOfA).combine(1, theilOfB);   // GeneralizedEntropyAccumulator.theilT() each
     * Decomposition d = acc.decomposition();
     * }</pre>
     *
     * @param group the group number, in {@code [0, labels.length)}
     * @param part  an accumulator of the same α holding the group's values; not modified
     * @return this accumulator
     * @throws IndexOutOfBoundsException if the group number is out of range
     * @throws IllegalArgumentException  if the part has another α
     */
    public GroupedEntropyAccumulator combine(int group, GeneralizedEntropyAccumulator part) {
        EntropySums sums = groups[java.util.Objects.checkIndex(group, groups.length)];
        if (Double.compare(alpha, part.alpha()) != 0) {
            throw new IllegalArgumentException("cannot combine " + policy.measure() + " with " + part.measure());
        }
        sums.add(part.sums());
        count += part.count();
        skippedNaN += part.skippedNaN();
        droppedNonPositive += part.droppedNonPositive();
        return this;
    }

    /** @return the GE parameter α */
    public double alpha() {
        return alpha;
    }

    /**
     * The decomposition of the values accepted so far. Groups without weight are listed with
     * population share 0, mean and index {@code NaN} and contribution 0.
     *
     * @return the decomposition; all terms {@code NaN} when no weight was accepted or the mean is 0
     */
    public Decomposition decomposition() {
        EntropySums.alignWeights(groups);
        EntropySums total = EntropySums.generalizedEntropy(alpha, Double.NaN);
        for (EntropySums g : groups) {
            total.add(g);
        }
        EntropySums.alignWeights(total);
        double weight = total.storedWeight();
        double mu = total.mean();
        EntropySums between = EntropySums.generalizedEntropy(alpha, mu);
        CompensatedSum within = new CompensatedSum();
        List<Decomposition.Group> rows = new ArrayList<>(groups.length);
        for (int k = 0; k < groups.length; k++) {
            double wk = groups[k].storedWeight();
            double s = wk / weight;
            double muK = groups[k].mean();
            double index = wk > 0 ? groups[k].generalizedEntropy() : Double.NaN;
            double contribution = wk == 0 || (muK == 0 && alpha > 0) ? 0
                    : alpha == 2 && !(muK > 0) ? s * groups[k].halfVarianceOverSquare(mu)
                    : s * Math.pow(muK / mu, alpha) * index;
            if (wk > 0) {
                between.add(muK, wk);
                within.add(contribution);
            }
            rows.add(new Decomposition.Group(labels[k], s, s * muK / mu, muK, index, contribution));
        }
        double b = weight > 0 ? between.generalizedEntropy() : Double.NaN;
        // GE decomposes exactly: the total is within + between, each summed accurately at its own
        // scale; the total of the merged group sums loses digits when group means are decades apart
        double w = within.value();
        double t = Double.isFinite(w + b) ? w + b : total.generalizedEntropy();
        return new Decomposition(policy.measure(), t, w, b, 0, rows,
                (int) Math.min(Integer.MAX_VALUE, count), skippedNaN, droppedNonPositive);
    }
}
