package org.divide.metrics.numeric;

/**
 * A compensated running sum (Neumaier's improvement of Kahan summation): the error of the sum
 * stays of the order of one rounding of the result instead of growing with the number of terms.
 *
 * <p>Algorithm: with the running sum s and a term v, t = fl(s + v) and the compensation
 * c += (s − t) + v when |s| ≥ |v|, else (v − t) + s; the value is s + c. Non-finite terms are
 * kept apart so that an infinite term gives an infinite sum rather than {@code NaN}. Cost: O(1)
 * per term, about four floating-point operations more than a plain sum.
 *
 * <p>Sums taken in parts and merged ({@link #add(CompensatedSum)}, {@link #addScaled}) agree with
 * the same sum taken at once to about one rounding: the inequality measures, the concentration
 * and column statistics and divide-spark's partition-wise sums all use this class for that
 * reason. Mutable; not thread-safe (use one per thread and merge).
 *
 * <pre>{@code
 * CompensatedSum total = new CompensatedSum();
 * for (double v : values) {
 *     total.add(v);
 * }
 * double sum = total.value();                 // = CompensatedSum.sum(values)
 * }</pre>
 *
 * <p>Reference: A. Neumaier (1974), Rundungsfehleranalyse einiger Verfahren zur Summation
 * endlicher Summen, ZAMM 54(1), 39–51, doi:10.1002/zamm.19740540106; D. E. Knuth, The Art of
 * Computer Programming, vol. 2, §4.2.2 (TwoSum).
 */
public final class CompensatedSum {

    /** Creates a sum of no terms (0). */
    public CompensatedSum() {
    }

    private double sum;
    private double compensation;
    private double nonFinite;

    /**
     * Adds a term.
     *
     * @param v the term
     */
    public void add(double v) {
        if (!Double.isFinite(v)) {
            nonFinite += v;
            return;
        }
        double s = sum;
        double t = s + v;
        if (Math.abs(s) >= Math.abs(v)) {
            compensation += (s - t) + v;
        } else {
            compensation += (v - t) + s;
        }
        sum = t;
    }

    /**
     * Adds the terms {@code a[from, to)} (a tight loop for blocks of precomputed terms).
     *
     * @param a    the terms; not modified
     * @param from first index, inclusive
     * @param to   last index, exclusive
     */
    public void addAll(double[] a, int from, int to) {
        double s = sum;
        double c = compensation;
        for (int i = from; i < to; i++) {
            double v = a[i];
            double t = s + v;
            c += Math.abs(s) >= Math.abs(v) ? (s - t) + v : (v - t) + s;
            s = t;
        }
        if (Double.isFinite(s)) {
            sum = s;
            compensation = c;
        } else {
            for (int i = from; i < to; i++) {
                add(a[i]);
            }
        }
    }

    /**
     * Adds {@code factor} times another sum.
     *
     * @param other  the other sum; not modified
     * @param factor the factor
     */
    public void addScaled(CompensatedSum other, double factor) {
        if (other.nonFinite != 0 || Double.isNaN(other.nonFinite)) {
            nonFinite += other.nonFinite * factor;
        }
        add(other.sum * factor);
        add(other.compensation * factor);
    }

    /**
     * Adds another sum.
     *
     * @param other the other sum; not modified
     */
    public void add(CompensatedSum other) {
        addScaled(other, 1);
    }

    /**
     * Multiplies the sum by a factor.
     *
     * @param factor the factor
     */
    public void scale(double factor) {
        sum *= factor;
        compensation *= factor;
        if (nonFinite != 0 || Double.isNaN(nonFinite)) {
            nonFinite *= factor;
        }
    }

    /**
     * The difference of two sums, with their leading parts subtracted before the compensations
     * are added, so that it is accurate when the sums are nearly equal.
     *
     * @param other the other sum; not modified
     * @return this − other
     */
    public double minus(CompensatedSum other) {
        if (nonFinite != 0 || Double.isNaN(nonFinite) || other.nonFinite != 0 || Double.isNaN(other.nonFinite)) {
            return value() - other.value();
        }
        return (sum - other.sum) + (compensation - other.compensation);
    }

    /** @return the sum */
    public double value() {
        if (nonFinite != 0 || Double.isNaN(nonFinite)) {
            return nonFinite;
        }
        double s = sum + compensation;
        return Double.isNaN(s) ? sum : s;
    }

    /**
     * The rounding error of a floating-point addition (Knuth's TwoSum, no condition on the
     * magnitudes): with {@code t = s + v} rounded, {@code s + v = t + error} exactly.
     *
     * @param s the first term
     * @param v the second term
     * @param t their rounded sum {@code s + v}
     * @return the error
     */
    public static double twoSumError(double s, double v, double t) {
        double z = t - s;
        return (s - (t - z)) + (v - z);
    }

    /**
     * Returns the compensated sum of an array.
     *
     * @param values the values (not modified)
     * @return their sum
     */
    public static double sum(double[] values) {
        CompensatedSum s = new CompensatedSum();
        for (double v : values) {
            s.add(v);
        }
        return s.value();
    }
}
