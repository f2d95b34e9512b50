package org.divide.metrics.concentration;

/**
 * The part of a total held by one group (or one economy).
 *
 * @param label the group's label
 * @param total the group's amount, the compensated sum of its members' amounts
 * @param share the group's share of the grand total, {@code total / grandTotal}, in {@code [0, 1]}
 */
public record GroupShare(String label, double total, double share) {

    /**
     * Checks the row.
     *
     * @throws IllegalArgumentException if the label is {@code null} or an amount is negative or not
     *                                  finite
     */
    public GroupShare {
        if (label == null) {
            throw new IllegalArgumentException("label is null");
        }
        if (!(total >= 0) || Double.isInfinite(total)) {
            throw new IllegalArgumentException("total must be finite and >= 0: " + total);
        }
        if (!(share >= 0) || Double.isInfinite(share)) {
            throw new IllegalArgumentException("share must be finite and >= 0: " + share);
        }
    }
}
