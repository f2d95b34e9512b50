package org.divide.metrics.aggregate;

import java.util.Objects;

import org.divide.metrics.internal.column.Args;

/**
 * COINr 1.1.14's row-wise aggregation functions as immutable, reusable {@link Aggregator}s:
 *
 * <ul>
 * <li>{@link #arithmetic()}: {@code y = Σ wᵢxᵢ / Σ wᵢ} ({@code a_amean}, COINr's default);</li>
 * <li>{@link #geometric()}: {@code y = exp(Σ wᵢ ln xᵢ / Σ wᵢ)} ({@code a_gmean});</li>
 * <li>{@link #harmonic()}: {@code y = Σ wᵢ / Σ (wᵢ/xᵢ)} ({@code a_hmean});</li>
 * <li>{@link #generalised(double)}: {@code y = (Σ wᵢxᵢᵖ / Σ wᵢ)^{1/p}} ({@code a_genmean});
 *     {@code p = 1} is the arithmetic mean, {@code p → 0} the geometric mean (used for
 *     {@code p = 0}, where COINr fails), {@code p = −1} the harmonic mean;</li>
 * <li>{@link #median()}: the weighted median — the value {@code x_(m)} of the sorted row with
 *     {@code Σ_{i<m} wᵢ ≤ W/2} and {@code Σ_{i>m} wᵢ ≤ W/2}, and the mean of the two such values
 *     when the weight splits exactly in half (so equal weights give R's {@code median}); this is
 *     {@code matrixStats::weightedMedian(x, w, interpolate = FALSE, ties = "mean")}. COINr has
 *     no built-in weighted median; its vignette states this definition but calls
 *     {@code matrixStats::weightedMedian} with its default interpolation, which can differ
 *     (e.g. 10 instead of 16 for x = (1, 4, 16), w = (1, 1, 3)). Entries of weight 0 are
 *     ignored.</li>
 * </ul>
 *
 * <p><b>Missing values</b> ({@code NaN}) are skipped and the weights of the remaining children
 * renormalised, as COINr does (the sums run over the available children only; COINr's
 * {@code a_genmean} returns NA instead, a fault fixed here). A row with no available value, or
 * whose available children all have weight 0, gives {@code NaN}. With a data-availability
 * threshold {@code t} ({@link #withDataThreshold}), a row whose share of available children
 * {@code n_available / n} is below {@code t} gives {@code NaN} (COINr's {@code dat_thresh}).
 *
 * <p><b>Positivity.</b> The geometric, harmonic and generalised means with {@code p < 0} need
 * {@code x > 0}; the generalised mean with {@code p > 0} (other than 1) needs {@code x ≥ 0}.
 * Other values throw an {@link IllegalArgumentException} naming the position and value (and the
 * caller's context, see {@link Aggregator#aggregate(double[], double[], String)}), unless a shift
 * {@code c} is declared ({@link #withShift}): the mean is then taken of {@code x + c} and
 * {@code c} subtracted from the result (the "shifted" mean; constant rows stay constant).
 *
 * <p><b>Weights</b> are relative: only their ratios matter (scale invariance). They must be
 * finite, not negative, not all zero, and as many as the values; values must not be infinite.
 * Cost: O(k) per row, O(k log k) for the median.
 *
 * <p>References: OECD/JRC, <i>Handbook on Constructing Composite Indicators</i> (2008), §1.7;
 * COINr documentation, "Aggregation" vignette.
 */
public final class Aggregation implements Aggregator {

    private final AggregationMethod method;
    private final double p;
    private final double shift;
    private final double threshold;

    private Aggregation(AggregationMethod method, double p, double shift, double threshold) {
        this.method = method;
        this.p = p;
        this.shift = shift;
        this.threshold = threshold;
    }

    /**
     * The weighted arithmetic mean (COINr's default {@code a_amean}).
     *
     * @return the aggregator
     */
    public static Aggregation arithmetic() {
        return new Aggregation(AggregationMethod.ARITHMETIC, 1, 0, 0);
    }

    /**
     * The weighted geometric mean ({@code a_gmean}); values must be positive.
     *
     * @return the aggregator
     */
    public static Aggregation geometric() {
        return new Aggregation(AggregationMethod.GEOMETRIC, 0, 0, 0);
    }

    /**
     * The weighted harmonic mean ({@code a_hmean}); values must be positive (COINr checks only
     * for zeros).
     *
     * @return the aggregator
     */
    public static Aggregation harmonic() {
        return new Aggregation(AggregationMethod.HARMONIC, -1, 0, 0);
    }

    /**
     * The weighted generalised (power) mean of order {@code p} ({@code a_genmean}).
     * {@code p = 0} gives the geometric mean and {@code p = 1} the arithmetic mean exactly.
     *
     * @param p the order, finite
     * @return the aggregator
     * @throws IllegalArgumentException if {@code p} is not finite
     */
    public static Aggregation generalised(double p) {
        Args.finite("p", p);
        if (p == 0) {
            return geometric();
        }
        if (p == 1) {
            return arithmetic();
        }
        return new Aggregation(AggregationMethod.GENERALISED, p, 0, 0);
    }

    /**
     * The weighted median (see the class description).
     *
     * @return the aggregator
     */
    public static Aggregation median() {
        return new Aggregation(AggregationMethod.MEDIAN, 1, 0, 0);
    }

    /**
     * The same aggregation with a data-availability threshold: a row whose share of available
     * children is below {@code t} gives {@code NaN} (COINr's {@code dat_thresh}; default 0, no
     * threshold).
     *
     * @param t the minimum share of available children, in {@code [0, 1]}
     * @return a new aggregator
     * @throws IllegalArgumentException if {@code t} is outside {@code [0, 1]}
     */
    public Aggregation withDataThreshold(double t) {
        Args.unitInterval("data threshold", t);
        return new Aggregation(method, p, shift, t);
    }

    /**
     * The same aggregation of shifted values: {@code M(x + c) − c}. Declare a shift to use the
     * geometric or harmonic mean on data with zeros or negative values; values must still satisfy
     * {@code x + c > 0}.
     *
     * @param c the shift, finite and not negative
     * @return a new aggregator
     * @throws IllegalArgumentException if {@code c} is negative or not finite, or the method is
     *     the arithmetic mean or the median (which need no shift)
     */
    public Aggregation withShift(double c) {
        if (!(c >= 0) || Double.isInfinite(c)) {
            throw new IllegalArgumentException("shift must be finite and >= 0: " + c);
        }
        if (method == AggregationMethod.ARITHMETIC || method == AggregationMethod.MEDIAN) {
            throw new IllegalArgumentException(method + " takes no shift");
        }
        return new Aggregation(method, p, c, threshold);
    }

    @Override
    public double aggregate(double[] values, double[] weights) {
        Args.notNull("values", values);
        Args.weights("weights", weights);
        Args.sameLength("values", values.length, "weights", weights.length);
        int available = 0;
        for (int i = 0; i < values.length; i++) {
            double v = values[i];
            if (Double.isNaN(v)) {
                continue;
            }
            if (Double.isInfinite(v)) {
                throw new IllegalArgumentException(method.coinrName() + ": values[" + i
                        + "] is infinite: " + v);
            }
            checkDomain(i, v);
            available++;
        }
        if (available == 0 || (double) available / values.length < threshold) {
            return Double.NaN;
        }
        switch (method) {
            case ARITHMETIC:
                return Means.arithmetic(values, weights);
            case GEOMETRIC:
                return Means.geometric(values, weights, shift);
            case HARMONIC:
                return Means.harmonic(values, weights, shift);
            case GENERALISED:
                return Means.power(values, weights, p, shift);
            case MEDIAN:
                return Means.median(values, weights);
            default:
                throw new AssertionError(method);
        }
    }

    private void checkDomain(int i, double v) {
        double s = v + shift;
        boolean strict = method == AggregationMethod.GEOMETRIC
                || method == AggregationMethod.HARMONIC
                || (method == AggregationMethod.GENERALISED && p < 0);
        boolean weak = method == AggregationMethod.GENERALISED && p > 0;
        if ((strict && !(s > 0)) || (weak && !(s >= 0))) {
            String need = strict ? "positive" : "non-negative";
            String shifted = shift == 0 ? "" : " (shifted by " + shift + ": " + s + ")";
            throw new IllegalArgumentException(method.coinrName() + (p != 0 && p != -1
                    && method == AggregationMethod.GENERALISED ? " (p = " + p + ")" : "")
                    + ": values[" + i + "] is not " + need + ": " + v + shifted);
        }
    }

    /**
     * The method.
     *
     * @return the method
     */
    public AggregationMethod method() {
        return method;
    }

    /**
     * The order of the power mean: 1 arithmetic, 0 geometric, −1 harmonic, {@code p} generalised
     * (1 for the median).
     *
     * @return the order
     */
    public double power() {
        return p;
    }

    /**
     * The declared shift (0 if none).
     *
     * @return the shift
     */
    public double shift() {
        return shift;
    }

    /**
     * The data-availability threshold (0 if none).
     *
     * @return the threshold
     */
    public double dataThreshold() {
        return threshold;
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof Aggregation)) {
            return false;
        }
        Aggregation a = (Aggregation) o;
        return method == a.method && Double.compare(p, a.p) == 0
                && Double.compare(shift, a.shift) == 0 && Double.compare(threshold, a.threshold) == 0;
    }

    @Override
    public int hashCode() {
        return Objects.hash(method, p, shift, threshold);
    }

    @Override
    public String toString() {
        return "Aggregation[" + method.coinrName() + (method == AggregationMethod.GENERALISED
                ? ", p = " + p : "") + (shift == 0 ? "" : ", shift " + shift)
                + (threshold == 0 ? "" : ", threshold " + threshold) + "]";
    }
}
