package org.divide.metrics.inequality;

import java.util.Objects;

/**
 * Share ratio (1 − L(1 − top))/L(bottom): the share of the total held by the top group over that
 * held by the bottom group, read off the linearly interpolated population-weighted Lorenz curve
 * L, so that a unit (a country) that straddles a percentile is split. S80/S20 is
 * {@code of(0.2, 0.2)}; the Palma ratio, top 10% over bottom 40%, is {@link #palma()}.
 *
 * <p>The ratio of the group sizes for constant data (1 for S80/S20, 0.25 for Palma); +∞ when the
 * bottom holds nothing; {@code NaN} when μ ≤ 0.
 *
 * <p>Cost: one radix sort of the IEEE-754 bits and one pass. Reference: J. G. Palma (2011),
 * Homogeneous middles vs. heterogeneous tails, Development and Change 42(1), 87–153,
 * doi:10.1111/j.1467-7660.2011.01694.x.
 *
 * <p>Immutable; equal to another share ratio with the same shares, name and options.
 */
public final class QuantileShareRatio implements Measure {

    private static final long serialVersionUID = 1L;
    private static final String PALMA = "Palma";

    private final double bottomShare;
    private final double topShare;
    private final String name;
    private final InequalityOptions options;

    private QuantileShareRatio(double bottomShare, double topShare, String name, InequalityOptions options) {
        if (!(bottomShare > 0 && bottomShare < 1) || !(topShare > 0 && topShare < 1)
                || !(bottomShare + topShare <= 1)) {
            throw new IllegalArgumentException("bottomShare and topShare must be in (0, 1) with a sum <= 1: "
                    + bottomShare + ", " + topShare);
        }
        this.bottomShare = bottomShare;
        this.topShare = topShare;
        this.name = name;
        this.options = Objects.requireNonNull(options, "options");
    }

    /**
     * @param bottomShare the population share of the bottom group, in (0, 1)
     * @param topShare    the population share of the top group, in (0, 1), with bottom + top ≤ 1
     * @return the share ratio "S(100(1 − top))/S(100 bottom)" with the default options
     * @throws IllegalArgumentException if the shares are out of range
     */
    public static QuantileShareRatio of(double bottomShare, double topShare) {
        return new QuantileShareRatio(bottomShare, topShare, "S" + percent(1 - topShare) + "/S" + percent(bottomShare),
                InequalityOptions.withDefaults());
    }

    /** @return the Palma ratio (top 10% over bottom 40%), named "Palma", with the default options */
    public static QuantileShareRatio palma() {
        return new QuantileShareRatio(0.4, 0.1, PALMA, InequalityOptions.withDefaults());
    }

    private static String percent(double share) {
        return Entropy.format(Math.rint(share * 1e11) / 1e9);
    }

    /** @return the population share of the bottom group */
    public double bottomShare() {
        return bottomShare;
    }

    /** @return the population share of the top group */
    public double topShare() {
        return topShare;
    }

    /** @return "Palma", or "S80/S20" and the like */
    @Override
    public Domain domain() {
        return Domain.POSITIVE_MEAN;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public InequalityOptions options() {
        return options;
    }

    @Override
    public QuantileShareRatio withOptions(InequalityOptions value) {
        return new QuantileShareRatio(bottomShare, topShare, name, value);
    }

    @Override
    public Estimate evaluate(double[] x, double[] w) {
        return LorenzMeasures.shareRatio(name, x, w, bottomShare, topShare, options);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof QuantileShareRatio r && Double.compare(bottomShare, r.bottomShare) == 0
                && Double.compare(topShare, r.topShare) == 0 && name.equals(r.name) && options.equals(r.options);
    }

    @Override
    public int hashCode() {
        return Objects.hash(bottomShare, topShare, name, options);
    }

    @Override
    public String toString() {
        return name;
    }
}
