package org.divide.metrics.aggregate;

import java.util.Objects;

import org.divide.core.spec.AggregateMethod;
import org.divide.core.spec.AggregateMethod.Arithmetic;
import org.divide.core.spec.AggregateMethod.Generalised;
import org.divide.core.spec.AggregateMethod.Geometric;
import org.divide.core.spec.AggregateMethod.Harmonic;
import org.divide.core.spec.AggregateMethod.Median;
import org.divide.core.spec.AggregateMethod.Shifted;
import org.divide.metrics.internal.column.Args;

/**
 * COINr 1.1.14's row-wise aggregation functions as immutable, reusable {@link Aggregator}s, each
 * computing one {@link AggregateMethod} record ({@link #of(AggregateMethod)}; Copeland and benefit
 * of the doubt work on whole matrices, see {@link Copeland}):
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

    /** The power mean's kinds, resolved once from the record for the per-value loops. */
    private static final int ARITHMETIC = 0;
    private static final int GEOMETRIC = 1;
    private static final int HARMONIC = 2;
    private static final int GENERALISED = 3;
    private static final int MEDIAN = 4;

    private final AggregateMethod method;
    private final int kind;
    private final double p;
    private final double shift;
    private final double threshold;

    private Aggregation(AggregateMethod method, double threshold) {
        this.method = method;
        this.threshold = threshold;
        if (method instanceof Arithmetic) {
            kind = ARITHMETIC;
            p = 1;
            shift = 0;
        } else if (method instanceof Geometric g) {
            kind = GEOMETRIC;
            p = 0;
            shift = g.shift();
        } else if (method instanceof Harmonic h) {
            kind = HARMONIC;
            p = -1;
            shift = h.shift();
        } else if (method instanceof Generalised g) {
            // p = 1 is the arithmetic mean exactly (no domain restriction, the shift cancels)
            kind = g.power() == 1 ? ARITHMETIC : GENERALISED;
            p = g.power();
            shift = g.power() == 1 ? 0 : g.shift();
        } else if (method instanceof Median) {
            kind = MEDIAN;
            p = 1;
            shift = 0;
        } else {
            throw new IllegalArgumentException("not a row aggregation: " + method);
        }
    }

    /**
     * The row aggregation of a method of the spec, without data threshold.
     *
     * @param method the method: arithmetic, geometric, harmonic, generalised or median
     * @return the aggregator
     * @throws IllegalArgumentException if {@code method} is null or Copeland or benefit of the
     *     doubt (matrix methods)
     */
    public static Aggregation of(AggregateMethod method) {
        Args.notNull("method", method);
        return new Aggregation(method, 0);
    }

    /**
     * The weighted arithmetic mean (COINr's default {@code a_amean}).
     *
     * @return the aggregator
     */
    public static Aggregation arithmetic() {
        return of(AggregateMethod.arithmetic());
    }

    /**
     * The weighted geometric mean ({@code a_gmean}); values must be positive.
     *
     * @return the aggregator
     */
    public static Aggregation geometric() {
        return of(AggregateMethod.geometric());
    }

    /**
     * The weighted harmonic mean ({@code a_hmean}); values must be positive (COINr checks only
     * for zeros).
     *
     * @return the aggregator
     */
    public static Aggregation harmonic() {
        return of(AggregateMethod.harmonic());
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
        return of(AggregateMethod.generalised(p));
    }

    /**
     * The weighted median (see the class description).
     *
     * @return the aggregator
     */
    public static Aggregation median() {
        return of(AggregateMethod.median());
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
        return new Aggregation(method, t);
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
        if (method instanceof Shifted s) {
            return new Aggregation(s.withShift(c), threshold);
        }
        throw new IllegalArgumentException(method.coinrName() + " takes no shift");
    }

    @Override
    public double aggregate(double[] values, double[] weights) {
        Args.notNull("values", values);
        Args.weights("weights", weights);
        Args.sameLength("values", values.length, "weights", weights.length);
        int available = 0;
        double sw = 0;
        double s = 0;
        for (int i = 0; i < values.length; i++) {
            double v = values[i];
            if (Double.isNaN(v)) {
                continue;
            }
            String bad = domain(i, v);
            if (bad != null) {
                throw new IllegalArgumentException(bad);
            }
            available++;
            sw += weights[i];
            s += weights[i] * term(v);
        }
        if (available == 0 || (double) available / values.length < threshold) {
            return Double.NaN;
        }
        if (kind == MEDIAN) {
            return WeightedMedian.median(values, weights);
        }
        return finish(sw, s);
    }

    /**
     * Aggregates every economy column by column (the same sums as
     * {@link #aggregate(double[], double[])} in the same order, so the same results, without
     * gathering rows). Errors name the economy's position.
     *
     * @param children the children's columns, all of the same length (not modified)
     * @param weights  one weight per child (not modified)
     * @return a new array with one score per economy
     * @throws IllegalArgumentException as {@link Aggregator#aggregateColumns}
     */
    @Override
    public double[] aggregateColumns(double[][] children, double[] weights) {
        if (kind == MEDIAN) {
            return Aggregator.super.aggregateColumns(children, weights);
        }
        int n = Args.columns("children", children);
        Args.weights("weights", weights);
        Args.sameLength("children", children.length, "weights", weights.length);
        int k = children.length;
        double[] sw = new double[n];
        double[] s = new double[n];
        int[] available = new int[n];
        for (int c = 0; c < k; c++) {
            double w = weights[c];
            double[] col = children[c];
            for (int e = 0; e < n; e++) {
                double v = col[e];
                if (Double.isNaN(v)) {
                    continue;
                }
                String bad = domain(c, v);
                if (bad != null) {
                    throw new IllegalArgumentException(Args.withContext(bad, "economy " + e));
                }
                available[e]++;
                sw[e] += w;
                s[e] += w * term(v);
            }
        }
        double[] out = new double[n];
        for (int e = 0; e < n; e++) {
            out[e] = available[e] == 0 || (double) available[e] / k < threshold ? Double.NaN
                    : finish(sw[e], s[e]);
        }
        return out;
    }

    /** The summand of the power mean: {@code x}, {@code ln(x + c)}, {@code 1/(x + c)} or {@code (x + c)^p}. */
    private double term(double v) {
        switch (kind) {
            case GEOMETRIC:
                return Math.log(v + shift);
            case HARMONIC:
                return 1 / (v + shift);
            case GENERALISED:
                return Math.pow(v + shift, p);
            default:
                return v;
        }
    }

    /** The mean from the weight sum and the weighted sum of terms; NaN if the weights sum to 0. */
    private double finish(double sw, double s) {
        if (!(sw > 0)) {
            return Double.NaN;
        }
        switch (kind) {
            case GEOMETRIC:
                return Math.exp(s / sw) - shift;
            case HARMONIC:
                return sw / s - shift;
            case GENERALISED:
                return Math.pow(s / sw, 1 / p) - shift;
            default:
                return s / sw;
        }
    }

    /** Why a value is outside the method's domain, or {@code null}. */
    private String domain(int i, double v) {
        if (Double.isInfinite(v)) {
            return method.coinrName() + ": values[" + i + "] is infinite: " + v;
        }
        double s = v + shift;
        boolean strict = kind == GEOMETRIC || kind == HARMONIC || (kind == GENERALISED && p < 0);
        boolean weak = kind == GENERALISED && p > 0;
        if ((strict && !(s > 0)) || (weak && !(s >= 0))) {
            String order = kind == GENERALISED ? " (p = " + p + ")" : "";
            String shifted = shift == 0 ? "" : " (shifted by " + shift + ": " + s + ")";
            return method.coinrName() + order + ": values[" + i + "] is not "
                    + (strict ? "positive" : "non-negative") + ": " + v + shifted;
        }
        return null;
    }

    /**
     * The method and its parameters.
     *
     * @return the method
     */
    public AggregateMethod method() {
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
        return method.equals(a.method) && Double.compare(threshold, a.threshold) == 0;
    }

    @Override
    public int hashCode() {
        return Objects.hash(method, threshold);
    }

    @Override
    public String toString() {
        return "Aggregation[" + method.coinrName() + (kind == GENERALISED
                ? ", p = " + p : "") + (shift == 0 ? "" : ", shift " + shift)
                + (threshold == 0 ? "" : ", threshold " + threshold) + "]";
    }
}
