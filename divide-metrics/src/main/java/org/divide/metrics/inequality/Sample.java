package org.divide.metrics.inequality;

/**
 * Validated data of one measure: the values and weights that remain after the data policies,
 * with the sums every measure needs (total weight, total, sum of squared weights, extremes).
 * Built in one chunked pass; arrays are copied only when observations are removed.
 */
final class Sample {

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

    private Sample(double[] x, double[] w, int[] kept, Scan scan) {
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
    static Sample of(String measure, double[] x, double[] w, ValuePolicy.Domain domain, InequalityOptions options) {
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
        if (w != null) {
            double weight = scan.weight.value();
            if (weight == 0) {
                throw new IllegalArgumentException("all weights are zero");
            }
            if (Double.isInfinite(weight)) {
                throw new IllegalArgumentException("the weights sum to infinity");
            }
        }
        if (scan.kept == x.length) {
            return new Sample(x, w, null, scan);
        }
        double[] cx = new double[scan.kept];
        double[] cw = w == null ? null : new double[scan.kept];
        int[] kept = new int[scan.kept];
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
        return new Sample(cx, cw, kept, scan);
    }

    private static String describe(double[] x, double[] w, ValuePolicy policy, int i) {
        if (w != null && !ValuePolicy.validWeight(w[i])) {
            return ValuePolicy.weightProblem("w[" + i + "]", w[i]);
        }
        return policy.valueProblem("x[" + i + "]", x[i]);
    }

    /** Partial result of the validating pass over a chunk. */
    private static final class Scan {
        final NeumaierSum weight = new NeumaierSum();
        final NeumaierSum squares = new NeumaierSum();
        final NeumaierSum total = new NeumaierSum();
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        int kept;
        int nan;
        int dropped;
        int firstError = -1;

        static Scan of(double[] x, double[] w, ValuePolicy policy, int from, int to) {
            Scan s = new Scan();
            double total = 0;
            double totalCompensation = 0;
            double weight = 0;
            double weightCompensation = 0;
            double min = Double.POSITIVE_INFINITY;
            double max = Double.NEGATIVE_INFINITY;
            int kept = 0;
            for (int i = from; i < to; i++) {
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
            s.total.add(total);
            if (Double.isFinite(total)) {
                s.total.add(totalCompensation);
            }
            s.weight.add(weight);
            if (Double.isFinite(weight)) {
                s.weight.add(weightCompensation);
            }
            s.min = min;
            s.max = max;
            s.kept = kept;
            return s;
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
