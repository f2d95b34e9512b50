package org.divide.metrics.deprivation;

import org.divide.metrics.internal.column.Args;

/**
 * One dimension (indicator) of a deprivation measure: its deprivation cut-off z, its relative
 * weight, and its sense. A unit is deprived in the dimension when its value is <em>below</em> the
 * cut-off (x &lt; z: the usual achievement, more is better), or, for a "bad" indicator, when it is
 * <em>above</em> it (x &gt; z). A value equal to the cut-off is never deprived.
 *
 * @param name          the dimension's name (an indicator code)
 * @param cutoff        the deprivation cut-off z, finite
 * @param weight        the relative weight, finite and &gt; 0 (normalised by
 *                      {@link AlkireFoster} to sum to 1 over the dimensions)
 * @param deprivedAbove whether values above the cut-off are deprived (a "bad" indicator)
 */
public record Dimension(String name, double cutoff, double weight, boolean deprivedAbove) {

    /**
     * Checks the arguments.
     *
     * @throws IllegalArgumentException if the name is {@code null} or blank, the cut-off is not
     *                                  finite, or the weight is not finite and positive
     */
    public Dimension {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("name is null or blank");
        }
        Args.finite("cutoff of " + name, cutoff);
        if (!(weight > 0) || Double.isInfinite(weight)) {
            throw new IllegalArgumentException("weight of " + name + " must be finite and > 0: " + weight);
        }
    }

    /**
     * A dimension deprived below its cut-off, of weight 1.
     *
     * @param name   the name
     * @param cutoff the cut-off
     * @return the dimension
     */
    public static Dimension below(String name, double cutoff) {
        return new Dimension(name, cutoff, 1, false);
    }

    /**
     * A "bad" dimension deprived above its cut-off, of weight 1.
     *
     * @param name   the name
     * @param cutoff the cut-off
     * @return the dimension
     */
    public static Dimension above(String name, double cutoff) {
        return new Dimension(name, cutoff, 1, true);
    }

    /**
     * The same dimension with another weight.
     *
     * @param w the weight, finite and &gt; 0
     * @return the dimension
     */
    public Dimension withWeight(double w) {
        return new Dimension(name, cutoff, w, deprivedAbove);
    }

    /**
     * Whether a value is deprived.
     *
     * @param x the value, not {@code NaN}
     * @return x &lt; z, or x &gt; z for a dimension deprived above
     */
    public boolean deprived(double x) {
        return deprivedAbove ? x > cutoff : x < cutoff;
    }
}
