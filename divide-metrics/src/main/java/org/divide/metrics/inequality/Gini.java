package org.divide.metrics.inequality;

import java.util.Objects;

/**
 * Gini coefficient G = ΣΣ w_i w_j |x_i − x_j| / (2W²μ) (laeken, dineq, reldist, IC2, Stata),
 * computed in sorted order as G = Σ w_i (2C̃_i − W)(x_i − μ)/(W²μ) with C̃_i the cumulative
 * weight up to the middle of the tie group of x_i (compensated sums).
 *
 * <p>Any finite x; 0 ≤ G ≤ 1 − 1/n for x ≥ 0 (unweighted); 0 for constant data; {@code NaN}
 * when μ ≤ 0. The {@link SmallSampleCorrection} of the options multiplies G by its factor
 * (n/(n − 1) for unweighted data; {@code NaN} for one observation).
 *
 * <p>Cost: O(n): the values are distributed into buckets of their IEEE-754 bits, and each
 * bucket is radix-sorted and summed while it is in the cache (scratch: one {@code long} array of
 * n, two when weighted; parallel, with results that do not depend on the number of threads).
 *
 * <p>References: C. Gini (1912), Variabilità e mutabilità; P. Langel and Y. Tillé (2013),
 * Variance estimation of the Gini index, JRSS A 176(2), 521–540,
 * doi:10.1111/j.1467-985X.2012.01048.x.
 *
 * @param options the options
 */
public record Gini(InequalityOptions options) implements Decomposable {

    static final Gini DEFAULT = new Gini(InequalityOptions.withDefaults());

    /**
     * @throws NullPointerException if the options are {@code null}
     */
    public Gini {
        Objects.requireNonNull(options, "options");
    }

    @Override
    public Domain domain() {
        return Domain.POSITIVE_MEAN;
    }

    @Override
    public String name() {
        return GiniIndex.NAME;
    }

    @Override
    public Gini withOptions(InequalityOptions value) {
        return new Gini(value);
    }

    @Override
    public Estimate evaluate(double[] x, double[] w) {
        return GiniIndex.estimate(x, w, options);
    }

    @Override
    public Decomposition decompose(double[] x, double[] w, String[] groups) {
        return Decomposer.gini(x, w, groups, options);
    }

    @Override
    public Decomposition decompose(double[] x, double[] w, int[] groups) {
        return Decomposer.gini(x, w, groups, options);
    }

    @Override
    public String toString() {
        return name();
    }
}
