package org.divide.metrics.concentration;

import static org.divide.metrics.internal.column.Args.sameLength;

import java.util.HashMap;
import java.util.Map;
import org.divide.metrics.numeric.CompensatedSum;

/**
 * Argument checks of this package; every message names the argument, the index and the value, as
 * in {@code "amounts[3] is negative: -2.0"}.
 */
final class Args {

    private Args() {
    }

    /**
     * Checks raw amounts: non-null, non-empty, every value finite and non-negative, and a positive
     * total.
     *
     * @param name   the argument's name, used in messages
     * @param values the amounts (not modified)
     * @return the compensated total, {@code > 0}
     */
    static double amounts(String name, double[] values) {
        nonNegative(name, values);
        double total = CompensatedSum.sum(values);
        if (!(total > 0)) {
            throw new IllegalArgumentException(name + " sums to zero: there is no total to share");
        }
        if (Double.isInfinite(total)) {
            throw new IllegalArgumentException(name + " sums to infinity (overflow); rescale the amounts");
        }
        return total;
    }

    /**
     * Checks a sample: non-null, non-empty, every value finite and non-negative.
     *
     * @param name   the argument's name, used in messages
     * @param values the values (not modified)
     */
    static void nonNegative(String name, double[] values) {
        finite(name, values);
        for (int i = 0; i < values.length; i++) {
            if (values[i] < 0) {
                throw new IllegalArgumentException(name + "[" + i + "] is negative: " + values[i]);
            }
        }
    }

    /**
     * Checks a sample: non-null, non-empty, every value finite.
     *
     * @param name   the argument's name, used in messages
     * @param values the values (not modified)
     */
    static void finite(String name, double[] values) {
        if (values == null) {
            throw new IllegalArgumentException(name + " is null");
        }
        if (values.length == 0) {
            throw new IllegalArgumentException(name + " is empty");
        }
        for (int i = 0; i < values.length; i++) {
            double v = values[i];
            if (Double.isNaN(v)) {
                throw new IllegalArgumentException(name + "[" + i + "] is NaN");
            }
            if (Double.isInfinite(v)) {
                throw new IllegalArgumentException(name + "[" + i + "] is infinite: " + v);
            }
        }
    }

    /**
     * Checks optional weights against a sample of length {@code n}: {@code null} (all equal) or the
     * same length, finite, non-negative, with a positive finite total.
     *
     * @param weights the weights or {@code null} (not modified)
     * @param n       the sample length
     */
    static void weights(double[] weights, int n) {
        if (weights == null) {
            return;
        }
        sameLength("weights", weights.length, "x", n);
        amounts("weights", weights);
    }

    /**
     * Checks labels: non-null, the expected length, no {@code null} entry and, if asked, no duplicate.
     *
     * @param labels   the labels (not modified)
     * @param other    the name of the array the labels belong to, for messages
     * @param n        its length
     * @param distinct whether duplicates are rejected
     */
    static void labels(String[] labels, String other, int n, boolean distinct) {
        if (labels == null) {
            throw new IllegalArgumentException("labels is null");
        }
        sameLength("labels", labels.length, other, n);
        Map<String, Integer> seen = distinct ? new HashMap<>() : null;
        for (int i = 0; i < labels.length; i++) {
            if (labels[i] == null) {
                throw new IllegalArgumentException("labels[" + i + "] is null");
            }
            if (seen != null) {
                Integer first = seen.putIfAbsent(labels[i], i);
                if (first != null) {
                    throw new IllegalArgumentException("labels[" + i + "] repeats labels[" + first + "]: '"
                            + labels[i] + "'");
                }
            }
        }
    }

    /**
     * Checks a probability or population fraction in {@code [lo, 1]}.
     *
     * @param name        the argument's name
     * @param p           the value
     * @param allowZero   whether 0 is allowed
     * @return the value
     */
    static double fraction(String name, double p, boolean allowZero) {
        boolean ok = allowZero ? (p >= 0 && p <= 1) : (p > 0 && p <= 1);
        if (!ok) {
            throw new IllegalArgumentException(name + " must be in " + (allowZero ? "[0, 1]" : "(0, 1]")
                    + ": " + p);
        }
        return p;
    }
}
