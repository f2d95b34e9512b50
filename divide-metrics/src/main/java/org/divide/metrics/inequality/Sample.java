package org.divide.metrics.inequality;

import org.divide.metrics.numeric.CompensatedSum;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Validated data of one measure: the values and weights that remain after the data policies,
 * with the sums every measure needs (total weight, total, sum of squared weights, extremes).
 * Built in one chunked pass; arrays are copied only when observations are removed. What the
 * policies removed is logged at DEBUG (logger {@code org.divide.metrics.inequality.Sample}) besides
 * being counted in the {@link Estimate}. Values whose magnitude, or weights whose total, lies
 * outside the range {@link Magnitude} keeps are copied multiplied by an exact power of two
 * ({@link #xShift}, {@link #wShift}) and scanned again, so that no sum of any measure overflows
 * or underflows; measures in the units of x shift their result back.
 */
final class Sample {

    private static final Logger LOG = LoggerFactory.getLogger(Sample.class);

    /** The values; the caller's array when nothing was removed (never modified). */
    final double[] x;
    /** The weights, {@code null} for unweighted data; the caller's array when nothing was removed. */
    final double[] w;
    /** Original index of each kept observation, or {@code null} when none was removed. */
    final int[] kept;
    /** Number of {@code NaN} values skipped. */
    final int skippedNaN;
    /** Number of values dropped by the non-positive policy. */
    final int droppedNonPositive;
    /** Σ w (the number of observations when unweighted). */
    final double totalWeight;
    /** Σ w². */
    final double sumSquaredWeights;
    /** Σ w·x. */
    final double total;
    /** Smallest value. */
    final double min;
    /** Largest value. */
    final double max;
    /**
     * Binary shift of the values: {@link #x} holds the values times 2^−xShift; 0 unless their
     * magnitude is outside the range {@link Magnitude} keeps (then x, min, max and total are
     * of the shifted values).
     */
    final int xShift;
    /** Binary shift of the weights: {@link #w} holds the weights times 2^−wShift; 0 as a rule. */
    final int wShift;

    private Sample(double[] x, double[] w, int[] kept, Scan scan, int xShift, int wShift) {
        this.x = x;
        this.w = w;
        this.kept = kept;
        this.skippedNaN = scan.nan;
        this.droppedNonPositive = scan.dropped;
        this.totalWeight = w == null ? x.length : scan.weight.value();
        this.sumSquaredWeights = w == null ? x.length : scan.squares.value();
        this.total = scan.total.value();
        this.min = scan.min;
        this.max = scan.max;
        this.xShift = xShift;
        this.wShift = wShift;
    }

    /** @return the number of observations */
    int size() {
        return x.length;
    }

    /**
     * @param i an index
     * @return the weight of observation {@code i}
     */
    double weight(int i) {
        return w == null ? 1 : w[i];
    }

    /** @return the weighted mean */
    double mean() {
        return total / totalWeight;
    }

    /** @return Σ w in the caller's units: W × 2^wShift (may be infinite) */
    double trueTotalWeight() {
        return Math.scalb(totalWeight, wShift);
    }

    /** @return whether all values are equal */
    boolean isConstant() {
        return min == max;
    }

    /**
     * @param value a value of the measure
     * @return the value with the counts of this sample
     */
    Estimate estimate(double value) {
        return new Estimate(value, size(), skippedNaN, droppedNonPositive);
    }

    /**
     * Validates data and applies the policies.
     *
     * @param measure the measure's name, used in messages
     * @param x       the values; not modified
     * @param w       the weights or {@code null}; not modified
     * @param domain  the values the measure is defined for
     * @param options the policies
     * @return the sample
     * @throws IllegalArgumentException on invalid data (the message names the argument, index and value)
     */
    static Sample of(String measure, double[] x, double[] w, Domain domain, InequalityOptions options) {
        if (x == null) {
            throw new IllegalArgumentException("x is null");
        }
        if (w != null && w.length != x.length) {
            throw new IllegalArgumentException("w has length " + w.length + " but x has length " + x.length);
        }
        if (x.length == 0) {
            throw new IllegalArgumentException("x is empty");
        }
        ValuePolicy policy = new ValuePolicy(measure, domain, options);
        Scan scan = Chunks.reduce(x.length, options.parallel(), (from, to) -> Scan.of(x, w, policy, from, to),
                Scan::combine);
        if (scan.firstError >= 0) {
            throw new IllegalArgumentException(describe(x, w, policy, scan.firstError));
        }
        if (scan.kept == 0) {
            throw new IllegalArgumentException("x has no observations left: " + scan.nan + " NaN skipped, "
                    + scan.dropped + " outside the domain of " + measure + " dropped");
        }
        int wShift = 0;
        if (w != null) {
            double weight = scan.weight.value();
            if (weight == 0) {
                throw new IllegalArgumentException("all weights are zero");
            }
            if (!(weight >= 0x1p-300 && weight <= 0x1p300)) {
                wShift = Magnitude.shift(Magnitude.max(w));
            }
        }
        int xShift = Magnitude.shift(Math.max(-scan.min, scan.max));
        double[] cx = x;
        double[] cw = w;
        int[] kept = null;
        if (scan.kept != x.length) {
            LOG.debug("{}: {} of {} observations kept ({} NaN skipped, {} outside the domain dropped)", measure,
                    scan.kept, x.length, scan.nan, scan.dropped);
            cx = new double[scan.kept];
            cw = w == null ? null : new double[scan.kept];
            kept = new int[scan.kept];
            int k = 0;
            for (int i = 0; i < x.length; i++) {
                if (policy.action(x[i]) == ValuePolicy.KEEP) {
                    cx[k] = x[i];
                    if (cw != null) {
                        cw[k] = w[i];
                    }
                    kept[k++] = i;
                }
            }
        }
        if (xShift == 0 && wShift == 0) {
            return new Sample(cx, cw, kept, scan, 0, 0);
        }
        LOG.debug("{}: values shifted by 2^{}, weights by 2^{} to keep the sums finite", measure, -xShift, -wShift);
        double[] sx = xShift == 0 ? cx : Magnitude.shifted(cx, xShift);
        double[] sw = wShift == 0 ? cw : Magnitude.shifted(cw, wShift);
        ValuePolicy any = new ValuePolicy(measure, Domain.ANY, options);
        Scan shifted = Chunks.reduce(sx.length, options.parallel(), (from, to) -> Scan.of(sx, sw, any, from, to),
                Scan::combine);
        shifted.nan = scan.nan;
        shifted.dropped = scan.dropped;
        return new Sample(sx, sw, kept, shifted, xShift, wShift);
    }

    private static String describe(double[] x, double[] w, ValuePolicy policy, int i) {
        if (w != null && !ValuePolicy.validWeight(w[i])) {
            return ValuePolicy.weightProblem("w[" + i + "]", w[i]);
        }
        return policy.valueProblem("x[" + i + "]", x[i]);
    }

    /** Partial result of the validating pass over a chunk. */
    private static final class Scan {
        final CompensatedSum weight = new CompensatedSum();
        final CompensatedSum squares = new CompensatedSum();
        final CompensatedSum total = new CompensatedSum();
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        int kept;
        int nan;
        int dropped;
        int firstError = -1;

        /**
         * Scans {@code [from, to)}. A fast loop takes two values at a time while both are kept
         * and their weights valid, with two lanes of each sum added error-free (Knuth's TwoSum,
         * no branch), so that no addition waits on the one before; the first pair that needs a
         * decision (a value to skip, drop or reject, an invalid weight) hands over to the general
         * loop, which continues from there with compensated sums.
         */
        static Scan of(double[] x, double[] w, ValuePolicy policy, int from, int to) {
            Scan s = new Scan();
            double total0 = 0;
            double totalError0 = 0;
            double total1 = 0;
            double totalError1 = 0;
            double weight0 = 0;
            double weightError0 = 0;
            double weight1 = 0;
            double weightError1 = 0;
            double squares0 = 0;
            double squaresError0 = 0;
            double squares1 = 0;
            double squaresError1 = 0;
            double min = Double.POSITIVE_INFINITY;
            double max = Double.NEGATIVE_INFINITY;
            int i = from;
            for (; i + 1 < to; i += 2) {
                double v0 = x[i];
                double v1 = x[i + 1];
                double w0 = 1;
                double w1 = 1;
                if (w != null) {
                    w0 = w[i];
                    w1 = w[i + 1];
                    if (!ValuePolicy.validWeight(w0) || !ValuePolicy.validWeight(w1)) {
                        break;
                    }
                }
                if (policy.action(v0) != ValuePolicy.KEEP || policy.action(v1) != ValuePolicy.KEEP) {
                    break;
                }
                double a = w0 * v0;
                double t = total0 + a;
                totalError0 += CompensatedSum.twoSumError(total0, a, t);
                total0 = t;
                a = w1 * v1;
                t = total1 + a;
                totalError1 += CompensatedSum.twoSumError(total1, a, t);
                total1 = t;
                if (w != null) {
                    t = weight0 + w0;
                    weightError0 += CompensatedSum.twoSumError(weight0, w0, t);
                    weight0 = t;
                    t = weight1 + w1;
                    weightError1 += CompensatedSum.twoSumError(weight1, w1, t);
                    weight1 = t;
                    a = w0 * w0;
                    t = squares0 + a;
                    squaresError0 += CompensatedSum.twoSumError(squares0, a, t);
                    squares0 = t;
                    a = w1 * w1;
                    t = squares1 + a;
                    squaresError1 += CompensatedSum.twoSumError(squares1, a, t);
                    squares1 = t;
                }
                if (v0 <= min || v1 <= min) {
                    min = Math.min(min, Math.min(v0, v1));
                }
                if (v0 >= max || v1 >= max) {
                    max = Math.max(max, Math.max(v0, v1));
                }
            }
            int kept = i - from;
            double total = 0;
            double totalCompensation = 0;
            double weight = 0;
            double weightCompensation = 0;
            for (; i < to; i++) {
                double wi = 1;
                if (w != null) {
                    wi = w[i];
                    if (!ValuePolicy.validWeight(wi)) {
                        s.firstError = i;
                        break;
                    }
                }
                double v = x[i];
                int action = policy.action(v);
                if (action == ValuePolicy.KEEP) {
                    kept++;
                    double term = wi * v;
                    double t = total + term;
                    totalCompensation += Math.abs(total) >= Math.abs(term) ? (total - t) + term : (term - t) + total;
                    total = t;
                    if (w != null) {
                        double u = weight + wi;
                        weightCompensation += weight >= wi ? (weight - u) + wi : (wi - u) + weight;
                        weight = u;
                        s.squares.add(wi * wi);
                    }
                    min = Math.min(min, v);
                    max = Math.max(max, v);
                } else if (action == ValuePolicy.SKIP_NAN) {
                    s.nan++;
                } else if (action == ValuePolicy.DROP) {
                    s.dropped++;
                } else {
                    s.firstError = i;
                    break;
                }
            }
            addAll(s.total, total0, totalError0, total1, totalError1, total, totalCompensation);
            addAll(s.weight, weight0, weightError0, weight1, weightError1, weight, weightCompensation);
            addAll(s.squares, squares0, squaresError0, squares1, squaresError1, 0, 0);
            s.min = min;
            s.max = max;
            s.kept = kept;
            return s;
        }

        /** Adds the sums (each followed by its error, added only while the sum is finite) to {@code sum}. */
        private static void addAll(CompensatedSum sum, double a, double aError, double b, double bError, double c,
                double cError) {
            sum.add(a);
            sum.add(b);
            sum.add(c);
            if (Double.isFinite(a) && Double.isFinite(b) && Double.isFinite(c)) {
                sum.add(aError);
                sum.add(bError);
                sum.add(cError);
            }
        }

        Scan combine(Scan o) {
            if (firstError < 0 && o.firstError >= 0) {
                firstError = o.firstError;
            }
            weight.add(o.weight);
            squares.add(o.squares);
            total.add(o.total);
            min = Math.min(min, o.min);
            max = Math.max(max, o.max);
            kept += o.kept;
            nan += o.nan;
            dropped += o.dropped;
            return this;
        }
    }
}
