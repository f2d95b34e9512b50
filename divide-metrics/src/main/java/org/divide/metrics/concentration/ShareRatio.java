package org.divide.metrics.concentration;

/**
 * One category's representation: its share in a distribution against its share in a reference
 * distribution (share of training data against share of speakers, share of seats against share of
 * population).
 *
 * @param label          the category
 * @param share          p_i, the category's share of the first distribution
 * @param referenceShare q_i, its share of the reference distribution
 * @param ratio          p_i / q_i: 1 is proportional representation, below 1 under-representation;
 *                       {@code +∞} when q_i = 0 &lt; p_i and {@code NaN} when both are 0
 */
public record ShareRatio(String label, double share, double referenceShare, double ratio) {

    /**
     * Checks the row.
     *
     * @throws IllegalArgumentException if the label is {@code null} or a share is outside
     *                                  {@code [0, 1]}
     */
    public ShareRatio {
        if (label == null) {
            throw new IllegalArgumentException("label is null");
        }
        if (!(share >= 0 && share <= 1)) {
            throw new IllegalArgumentException("share must be in [0, 1]: " + share);
        }
        if (!(referenceShare >= 0 && referenceShare <= 1)) {
            throw new IllegalArgumentException("referenceShare must be in [0, 1]: " + referenceShare);
        }
    }
}
