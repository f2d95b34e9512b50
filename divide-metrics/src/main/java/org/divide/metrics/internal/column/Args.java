package org.divide.metrics.internal.column;

import java.util.HashMap;
import java.util.Map;
import org.divide.metrics.numeric.CompensatedSum;

/**
 * The argument checks of divide-metrics: arrays, weights, amounts, labels and parameters (the
 * lookups in a panel are in {@link PanelArgs}), shared by every package (the composite-index blocks, {@code concentration},
 * {@code inference}, {@code dynamics}). Every failure is an {@link IllegalArgumentException} whose
 * message names the argument, the position and the value, for example
 * {@code "weights[17] is negative: -3.0"}. Not API.
 */
public final class Args {

    private Args() {
    }

    /**
     * Checks that an array is not {@code null}.
     *
     * @param name  the argument's name, used in the message
     * @param array the array (not modified)
     * @return {@code array}
     * @throws IllegalArgumentException if {@code array} is {@code null}
     */
    public static double[] notNull(String name, double[] array) {
        if (array == null) {
            throw new IllegalArgumentException(name + " is null");
        }
        return array;
    }

    /**
     * Checks that an object is not {@code null}.
     *
     * @param <T>   the object's type
     * @param name  the argument's name, used in the message
     * @param value the object
     * @return {@code value}
     * @throws IllegalArgumentException if {@code value} is {@code null}
     */
    public static <T> T notNull(String name, T value) {
        if (value == null) {
            throw new IllegalArgumentException(name + " is null");
        }
        return value;
    }

    /**
     * Checks that two lengths agree.
     *
     * @param nameA   the first argument's name
     * @param lengthA its length
     * @param nameB   the second argument's name
     * @param lengthB its length
     * @throws IllegalArgumentException if the lengths differ
     */
    public static void sameLength(String nameA, int lengthA, String nameB, int lengthB) {
        if (lengthA != lengthB) {
            throw new IllegalArgumentException(nameA + " has length " + lengthA + " but " + nameB
                    + " has length " + lengthB);
        }
    }

    /**
     * Checks a weight vector: not {@code null}, every entry finite and not negative, and at least
     * one entry positive.
     *
     * @param name    the argument's name, used in the message
     * @param weights the weights (not modified)
     * @return {@code weights}
     * @throws IllegalArgumentException naming the first offending position and value
     */
    public static double[] weights(String name, double[] weights) {
        notNull(name, weights);
        boolean positive = false;
        for (int i = 0; i < weights.length; i++) {
            double w = weights[i];
            if (Double.isNaN(w)) {
                throw new IllegalArgumentException(name + "[" + i + "] is NaN");
            }
            if (w < 0) {
                throw new IllegalArgumentException(name + "[" + i + "] is negative: " + w);
            }
            if (Double.isInfinite(w)) {
                throw new IllegalArgumentException(name + "[" + i + "] is infinite: " + w);
            }
            positive |= w > 0;
        }
        if (!positive && weights.length > 0) {
            throw new IllegalArgumentException(name + " are all zero");
        }
        return weights;
    }

    /**
     * Checks that a parameter is finite.
     *
     * @param name  the parameter's name, used in the message
     * @param value the value
     * @return {@code value}
     * @throws IllegalArgumentException if {@code value} is NaN or infinite
     */
    public static double finite(String name, double value) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException(name + " must be finite: " + value);
        }
        return value;
    }

    /**
     * Checks that a parameter is finite and strictly positive.
     *
     * @param name  the parameter's name, used in the message
     * @param value the value
     * @return {@code value}
     * @throws IllegalArgumentException otherwise
     */
    public static double positive(String name, double value) {
        if (!(value > 0) || Double.isInfinite(value)) {
            throw new IllegalArgumentException(name + " must be finite and > 0: " + value);
        }
        return value;
    }

    /**
     * Checks an interval {@code [lower, upper]}: both finite and {@code lower < upper}.
     *
     * @param name  the interval's name, used in the message
     * @param lower the lower end
     * @param upper the upper end
     * @throws IllegalArgumentException otherwise
     */
    public static void interval(String name, double lower, double upper) {
        finite(name + " lower end", lower);
        finite(name + " upper end", upper);
        if (!(lower < upper)) {
            throw new IllegalArgumentException(name + " must have lower < upper: [" + lower + ", "
                    + upper + "]");
        }
    }

    /**
     * Checks that an index lies in {@code [0, size)}.
     *
     * @param name  the index's name, used in the message
     * @param index the index
     * @param size  the size of the indexed array
     * @return {@code index}
     * @throws IllegalArgumentException otherwise
     */
    public static int index(String name, int index, int size) {
        if (index < 0 || index >= size) {
            throw new IllegalArgumentException(name + " must lie in [0, " + size + "): " + index);
        }
        return index;
    }

    /**
     * Checks that a share lies in {@code [0, 1]}.
     *
     * @param name  the parameter's name, used in the message
     * @param value the value
     * @return {@code value}
     * @throws IllegalArgumentException otherwise
     */
    public static double unitInterval(String name, double value) {
        if (!(value >= 0 && value <= 1)) {
            throw new IllegalArgumentException(name + " must be in [0, 1]: " + value);
        }
        return value;
    }

    /**
     * Appends a caller's context to a message: {@code message + " (" + context + ")"} when the
     * context is not empty.
     *
     * @param message the message
     * @param context a description of where the failure happened (economy, node), or {@code null}
     * @return the message with its context
     */
    public static String withContext(String message, String context) {
        return context == null || context.isEmpty() ? message : message + " (" + context + ")";
    }

    /**
     * Checks a column-oriented matrix {@code columns[c][e]}: not {@code null}, no {@code null}
     * column, all columns of the same length.
     *
     * @param name    the argument's name, used in the message
     * @param columns the columns (not modified)
     * @return the common length (0 when there is no column)
     * @throws IllegalArgumentException naming the first offending column
     */
    public static int columns(String name, double[][] columns) {
        notNull(name, columns);
        int n = columns.length == 0 ? 0 : notNull(name + "[0]", columns[0]).length;
        for (int c = 1; c < columns.length; c++) {
            sameLength(name + "[0]", n, name + "[" + c + "]",
                    notNull(name + "[" + c + "]", columns[c]).length);
        }
        return n;
    }

    /**
     * Checks that an array is neither {@code null} nor empty.
     *
     * @param name   the argument's name
     * @param values the array (not modified)
     * @return {@code values}
     * @throws IllegalArgumentException if it is {@code null} or empty
     */
    public static double[] values(String name, double[] values) {
        if (notNull(name, values).length == 0) {
            throw new IllegalArgumentException(name + " is empty");
        }
        return values;
    }

    /**
     * Checks that an array is not {@code null}, not empty and finite everywhere.
     *
     * @param name   the argument's name
     * @param values the array (not modified)
     * @throws IllegalArgumentException naming the first {@code NaN} or infinite entry
     */
    public static void finite(String name, double[] values) {
        values(name, values);
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
     * Checks that an array is {@link #finite(String, double[]) finite} and not negative.
     *
     * @param name   the argument's name
     * @param values the array (not modified)
     * @throws IllegalArgumentException naming the first offending entry
     */
    public static void nonNegative(String name, double[] values) {
        finite(name, values);
        for (int i = 0; i < values.length; i++) {
            if (values[i] < 0) {
                throw new IllegalArgumentException(name + "[" + i + "] is negative: " + values[i]);
            }
        }
    }

    /**
     * Checks amounts to be shared out ({@link #nonNegative}) and returns their compensated total.
     *
     * @param name   the argument's name
     * @param values the amounts (not modified)
     * @return Σ values, positive and finite
     * @throws IllegalArgumentException if an amount is invalid or the total is 0 or overflows
     */
    public static double amounts(String name, double[] values) {
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
     * Checks optional weights of a sample of n values x: {@code null}, or n {@link #amounts}.
     *
     * @param weights the weights or {@code null} (not modified)
     * @param n       the number of values
     * @throws IllegalArgumentException if the weights are invalid
     */
    public static void amountWeights(double[] weights, int n) {
        if (weights != null) {
            sameLength("weights", weights.length, "x", n);
            amounts("weights", weights);
        }
    }

    /**
     * Checks optional sampling weights of n values x: {@code null}, or n {@link #weights} whose
     * total does not overflow.
     *
     * @param weights the weights or {@code null} (not modified)
     * @param n       the number of values
     * @throws IllegalArgumentException if the weights are invalid
     */
    public static void samplingWeights(double[] weights, int n) {
        if (weights == null) {
            return;
        }
        sameLength("weights", weights.length, "x", n);
        weights("weights", weights);
        if (Double.isInfinite(CompensatedSum.sum(weights))) {
            throw new IllegalArgumentException("weights sum to infinity (overflow); rescale them");
        }
    }

    /**
     * Checks optional weights where {@code NaN} marks a missing value: {@code null}, or n entries
     * that are {@code NaN} or finite and not negative.
     *
     * @param name    the argument's name
     * @param weights the weights or {@code null} (not modified)
     * @param other   the name of the array they go with
     * @param n       its length
     * @throws IllegalArgumentException naming the first offending entry
     */
    public static void weightsOrMissing(String name, double[] weights, String other, int n) {
        if (weights == null) {
            return;
        }
        sameLength(name, weights.length, other, n);
        for (int i = 0; i < n; i++) {
            if (weights[i] < 0 || Double.isInfinite(weights[i])) {
                throw new IllegalArgumentException(name + "[" + i + "] is not a finite non-negative weight: "
                        + weights[i]);
            }
        }
    }

    /**
     * Checks labels: not {@code null}, n of them, none {@code null}, and if asked all distinct.
     *
     * @param name     the argument's name
     * @param labels   the labels (not modified)
     * @param other    the name of the array they go with
     * @param n        its length
     * @param distinct whether repeated labels are an error
     * @throws IllegalArgumentException naming the first offending label
     */
    public static void labels(String name, String[] labels, String other, int n, boolean distinct) {
        sameLength(name, notNull(name, labels).length, other, n);
        Map<String, Integer> seen = distinct ? new HashMap<>() : null;
        for (int i = 0; i < labels.length; i++) {
            if (labels[i] == null) {
                throw new IllegalArgumentException(name + "[" + i + "] is null");
            }
            Integer first = seen == null ? null : seen.putIfAbsent(labels[i], i);
            if (first != null) {
                throw new IllegalArgumentException(name + "[" + i + "] repeats " + name + "[" + first + "]: '"
                        + labels[i] + "'");
            }
        }
    }

    /**
     * Checks a positive fraction, in (0, 1]; {@link #unitInterval} allows 0.
     *
     * @param name the parameter's name
     * @param p    the value
     * @return {@code p}
     * @throws IllegalArgumentException if it is out of range or {@code NaN}
     */
    public static double fraction(String name, double p) {
        if (!(p > 0 && p <= 1)) {
            throw new IllegalArgumentException(name + " must be in (0, 1]: " + p);
        }
        return p;
    }

    /**
     * Checks a level strictly between 0 and 1 (a significance or confidence level).
     *
     * @param name  the parameter's name
     * @param level the value
     * @return {@code level}
     * @throws IllegalArgumentException if it is not in (0, 1)
     */
    public static double level(String name, double level) {
        if (!(level > 0 && level < 1)) {
            throw new IllegalArgumentException(name + " must be in (0, 1): " + level);
        }
        return level;
    }
}
