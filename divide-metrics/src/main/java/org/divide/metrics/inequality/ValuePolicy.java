package org.divide.metrics.inequality;

/**
 * The decision the data policies take for one value of one measure: keep it, skip it as
 * missing, drop it as outside the domain, or reject it. Also writes the messages.
 */
final class ValuePolicy {

    static final int KEEP = 0;
    static final int SKIP_NAN = 1;
    static final int DROP = 2;
    static final int ERROR = 3;

    private final String measure;
    private final Domain domain;
    private final boolean skipNaN;
    private final int negative;
    private final int zero;

    /**
     * @param measure the measure's name, used in messages
     * @param domain  the values the measure is defined for
     * @param options the policies
     */
    ValuePolicy(String measure, Domain domain, InequalityOptions options) {
        this.measure = measure;
        this.domain = domain;
        this.skipNaN = options.nanPolicy() == NaNPolicy.SKIP;
        NonPositivePolicy p = options.nonPositivePolicy();
        boolean drop = p == NonPositivePolicy.DROP || p == NonPositivePolicy.DROP_NON_POSITIVE;
        if (domain.admitsNegative()) {
            negative = KEEP;
            zero = KEEP;
        } else {
            negative = drop ? DROP : ERROR;
            if (p == NonPositivePolicy.DROP_NON_POSITIVE) {
                zero = DROP;
            } else if (domain == Domain.POSITIVE) {
                zero = p == NonPositivePolicy.LIMIT ? KEEP : drop ? DROP : ERROR;
            } else {
                zero = KEEP;
            }
        }
    }

    /** @return the measure's name */
    String measure() {
        return measure;
    }

    /**
     * @param v a value
     * @return {@link #KEEP}, {@link #SKIP_NAN}, {@link #DROP} or {@link #ERROR}
     */
    int action(double v) {
        if (v > 0) {
            return v == Double.POSITIVE_INFINITY ? ERROR : KEEP;
        }
        if (v < 0) {
            return v == Double.NEGATIVE_INFINITY ? ERROR : negative;
        }
        if (v == 0) {
            return zero;
        }
        return skipNaN ? SKIP_NAN : ERROR;
    }

    /**
     * @param w a weight
     * @return whether it is a valid weight (finite, {@code >= 0})
     */
    static boolean validWeight(double w) {
        return w >= 0 && w != Double.POSITIVE_INFINITY;
    }

    /**
     * Describes an invalid weight.
     *
     * @param name the weight's name, such as {@code "w[17]"}
     * @param w    the weight
     * @return the message, such as {@code "w[17] is negative: -3.0"}
     */
    static String weightProblem(String name, double w) {
        if (Double.isNaN(w)) {
            return name + " is NaN";
        }
        if (Double.isInfinite(w)) {
            return name + " is infinite: " + w;
        }
        return name + " is negative: " + w;
    }

    /**
     * Describes a rejected value.
     *
     * @param name the value's name, such as {@code "x[4]"}
     * @param v    the value
     * @return the message, such as {@code "x[4] is zero (MLD requires x > 0)"}
     */
    String valueProblem(String name, double v) {
        if (Double.isNaN(v)) {
            return name + " is NaN";
        }
        if (Double.isInfinite(v)) {
            return name + " is infinite: " + v;
        }
        String requirement = domain.rule();
        return name + " is " + (v == 0 ? "zero" : "negative: " + v) + " (" + measure + " requires " + requirement + ")";
    }
}
