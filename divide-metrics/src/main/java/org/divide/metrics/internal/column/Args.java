package org.divide.metrics.internal.column;

/**
 * Argument checks shared by the composite-index packages. Every failure is an
 * {@link IllegalArgumentException} whose message names the argument, the position and the value,
 * for example {@code "weights[17] is negative: -3.0"}. Not API.
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
            throw new IllegalArgumentException(name + " must lie in [0, 1]: " + value);
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
}
