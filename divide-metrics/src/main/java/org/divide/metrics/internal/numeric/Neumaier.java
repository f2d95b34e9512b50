package org.divide.metrics.internal.numeric;

/**
 * Compensated summation (Neumaier 1974, an improvement of Kahan's algorithm): the running error of
 * each addition is collected separately and added back at the end, so the sum is accurate to about
 * one unit in the last place regardless of length and order. Mutable; not thread-safe. Not API.
 *
 * <p>Neumaier, A. (1974). Rundungsfehleranalyse einiger Verfahren zur Summation endlicher Summen.
 * ZAMM 54(1), 39–51. doi:10.1002/zamm.19740540106
 */
public final class Neumaier {

    private double sum;
    private double compensation;

    /** Creates an empty sum. */
    public Neumaier() {
    }

    /**
     * Adds a value.
     *
     * @param value the value
     */
    public void add(double value) {
        double t = sum + value;
        if (Math.abs(sum) >= Math.abs(value)) {
            compensation += (sum - t) + value;
        } else {
            compensation += (value - t) + sum;
        }
        sum = t;
    }

    /**
     * Returns the compensated sum of the values added so far.
     *
     * @return the sum
     */
    public double value() {
        return sum + compensation;
    }

    /**
     * Returns the compensated sum of an array.
     *
     * @param values the values (not modified)
     * @return their sum
     */
    public static double sum(double[] values) {
        Neumaier s = new Neumaier();
        for (double v : values) {
            s.add(v);
        }
        return s.value();
    }
}
