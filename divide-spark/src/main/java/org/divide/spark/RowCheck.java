package org.divide.spark;

import java.io.Serializable;

/**
 * Feeds one (value, weight) row to a validating accumulator of divide-metrics and restates its
 * complaint for columns: {@code "w is negative: -3.0"} becomes
 * {@code "column 'people' is negative: -3.0 in row (income=5.0, people=-3.0)"}. A {@code null}
 * value is missing ({@code NaN}); a {@code null} weight is an error. Serialisable (it travels
 * with the Spark tasks).
 *
 * @param value  the value column's name
 * @param weight the weight column's name
 */
record RowCheck(String value, String weight) implements Serializable {

    private static final long serialVersionUID = 1L;

    /** An accumulator's {@code accept(x, w)}. */
    interface Sink {
        /**
         * @param x the value
         * @param w the weight
         */
        void accept(double x, double w);
    }

    /**
     * @param sink the validating accumulator
     * @param x    the value or {@code null}
     * @param w    the weight or {@code null}
     * @return the value as a {@code double} ({@code NaN} for {@code null})
     * @throws IllegalArgumentException naming the column, the value and the row, if the row is rejected
     */
    double accept(Sink sink, Double x, Double w) {
        if (w == null) {
            throw new IllegalArgumentException("column '" + weight + "' is null in " + row(x, null));
        }
        double v = x == null ? Double.NaN : x;
        try {
            sink.accept(v, w);
        } catch (IllegalArgumentException e) {
            String m = e.getMessage();
            String named = m.startsWith("w ") ? "column '" + weight + "'" + m.substring(1)
                    : m.startsWith("x ") ? "column '" + value + "'" + m.substring(1) : m;
            throw new IllegalArgumentException(named + " in " + row(x, w), e);
        }
        return v;
    }

    private String row(Double x, Double w) {
        return "row (" + value + "=" + x + ", " + weight + "=" + w + ")";
    }
}
