package org.divide.metrics.inequality;

/**
 * A measure that decomposes by subgroups: the generalised entropy family exactly (within +
 * between, overlap 0; Shorrocks 1980) and the Gini coefficient into within + between + overlap
 * (Lambert and Aronson 1993); see {@link Decomposition}. Whether a measure decomposes is a
 * question of its type: {@code if (m instanceof Decomposable d) ...}.
 *
 * <p>Cost: O(n) passes for GE(α), one sort for the Gini coefficient. References:
 * A. F. Shorrocks (1980), The class of additively decomposable inequality measures,
 * Econometrica 48(3), 613–625, doi:10.2307/1913126; P. J. Lambert and J. R. Aronson (1993),
 * Inequality decomposition analysis and the Gini coefficient revisited, Economic Journal
 * 103(420), 1221–1227, doi:10.2307/2234247.
 */
public sealed interface Decomposable extends Measure permits Gini, GeneralizedEntropy {

    @Override
    Decomposable withOptions(InequalityOptions value);

    /**
     * Decomposes the measure by subgroups labelled by strings.
     *
     * @param x      the values; not modified
     * @param w      the weights, or {@code null} for unweighted data; not modified
     * @param groups the label of each observation, none {@code null}; not modified
     * @return the decomposition, groups in natural order of their labels
     * @throws IllegalArgumentException on invalid data
     */
    Decomposition decompose(double[] x, double[] w, String[] groups);

    /**
     * Decomposes the measure by subgroups identified by integer codes.
     *
     * @param x      the values; not modified
     * @param w      the weights, or {@code null} for unweighted data; not modified
     * @param groups the code of each observation; not modified
     * @return the decomposition, groups in ascending order of their codes (labels are the codes as strings)
     * @throws IllegalArgumentException on invalid data
     */
    Decomposition decompose(double[] x, double[] w, int[] groups);
}
