package org.divide.metrics.inequality;

import java.util.function.DoubleFunction;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Generalised entropy and Atkinson indices of arrays: validation, the domain and name of each
 * parameter, and the computation. Theil T, MLD and Atkinson(1) take one pass over memory when
 * the data policies keep every value (validation and {@link EntropySums} together, chunk by
 * chunk, scaled by a pilot mean); everything else, and data that need a decision by the
 * policies, takes two passes (the mean from the validating pass, then {@link EntropySums}
 * scaled by the mean, chunk by chunk). The fall-back from one pass to two is logged at DEBUG.
 */
final class Entropy {

    private static final Logger LOG = LoggerFactory.getLogger(Entropy.class);

    private Entropy() {
    }

    /**
     * @param alpha the GE parameter
     * @return "Theil T", "MLD" or "GE(α)"
     */
    static String geName(double alpha) {
        return alpha == 1 ? "Theil T" : alpha == 0 ? "MLD" : "GE(" + format(alpha) + ")";
    }

    /**
     * @param epsilon the Atkinson parameter
     * @return "Atkinson(ε)"
     */
    static String atkinsonName(double epsilon) {
        return "Atkinson(" + format(epsilon) + ")";
    }

    /**
     * @param v a parameter
     * @return the parameter without a trailing ".0"
     */
    static String format(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
    }

    /**
     * @param alpha the GE parameter
     * @return any x with μ &gt; 0 for α = 2 (GE(2) = CV²/2, as ineq and Stata's ineqdec0), x ≥ 0 for
     *         other α &gt; 0, x &gt; 0 otherwise
     */
    static Domain geDomain(double alpha) {
        return alpha == 2 ? Domain.POSITIVE_MEAN : alpha > 0 ? Domain.NON_NEGATIVE : Domain.POSITIVE;
    }

    /**
     * @param epsilon the Atkinson parameter
     * @return x ≥ 0 for ε &lt; 1, x &gt; 0 otherwise
     */
    static Domain atkinsonDomain(double epsilon) {
        return epsilon < 1 ? Domain.NON_NEGATIVE : Domain.POSITIVE;
    }

    /**
     * @param name  the parameter's name
     * @param value the parameter
     * @return the parameter
     * @throws IllegalArgumentException if it is not finite
     */
    static double finite(String name, double value) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException(name + " must be finite: " + value);
        }
        return value;
    }

    /**
     * @param x       values; not modified
     * @param w       weights or {@code null}; not modified
     * @param alpha   the parameter
     * @param options options
     * @return GE(α)
     */
    static Estimate generalizedEntropy(double[] x, double[] w, double alpha, InequalityOptions options) {
        finite("alpha", alpha);
        if (alpha == 1 || alpha == 0) {
            OnePass p = OnePass.of(x, w, new ValuePolicy(geName(alpha), geDomain(alpha), options),
                    c -> EntropySums.generalizedEntropy(alpha, c), options);
            if (p != null) {
                return p.estimate(p.isConstant() ? (p.min() > 0 ? 0 : Double.NaN) : p.sums.generalizedEntropy());
            }
        }
        Sample s = Sample.of(geName(alpha), x, w, geDomain(alpha), options);
        if (s.isConstant() || !(s.mean() > 0)) {
            return s.estimate(s.min > 0 ? 0 : Double.NaN);
        }
        return s.estimate(sums(s, () -> EntropySums.generalizedEntropy(alpha, s.mean()), options).generalizedEntropy());
    }

    /**
     * @param x       values; not modified
     * @param w       weights or {@code null}; not modified
     * @param epsilon the parameter
     * @param options options
     * @return Atkinson(ε)
     */
    static Estimate atkinson(double[] x, double[] w, double epsilon, InequalityOptions options) {
        OnePass p = atkinsonOnePass(x, w, epsilon, options);
        if (p != null) {
            return p.estimate(p.isConstant() ? (p.min() > 0 ? 0 : Double.NaN) : p.sums.atkinson());
        }
        Sample s = atkinsonSample(x, w, epsilon, options);
        if (s.isConstant()) {
            return s.estimate(s.min > 0 ? 0 : Double.NaN);
        }
        return s.estimate(sums(s, () -> EntropySums.atkinson(epsilon, s.mean()), options).atkinson());
    }

    /**
     * @param x       values; not modified
     * @param w       weights or {@code null}; not modified
     * @param epsilon the parameter
     * @param options options
     * @return the equally distributed equivalent μ(1 − A(ε))
     */
    static Estimate equallyDistributedEquivalent(double[] x, double[] w, double epsilon, InequalityOptions options) {
        OnePass p = atkinsonOnePass(x, w, epsilon, options);
        if (p != null) {
            return p.estimate(p.isConstant() ? p.min() : p.sums.mean() * (1 - p.sums.atkinson()));
        }
        Sample s = atkinsonSample(x, w, epsilon, options);
        double mu = s.mean();
        if (s.isConstant()) {
            return s.estimate(Magnitude.unscale(s.min, s.xShift, "EDE(" + format(epsilon) + ")"));
        }
        double a = sums(s, () -> EntropySums.atkinson(epsilon, mu), options).atkinson();
        return s.estimate(Magnitude.unscale(mu * (1 - a), s.xShift, "EDE(" + format(epsilon) + ")"));
    }

    private static OnePass atkinsonOnePass(double[] x, double[] w, double epsilon, InequalityOptions options) {
        if (epsilon != 1) {
            return null;
        }
        return OnePass.of(x, w, new ValuePolicy(atkinsonName(epsilon), atkinsonDomain(epsilon), options),
                c -> EntropySums.atkinson(epsilon, c), options);
    }

    private static Sample atkinsonSample(double[] x, double[] w, double epsilon, InequalityOptions options) {
        finite("epsilon", epsilon);
        return Sample.of(atkinsonName(epsilon), x, w, atkinsonDomain(epsilon), options);
    }

    private static EntropySums sums(Sample s, Supplier<EntropySums> empty, InequalityOptions options) {
        double[] x = s.x;
        double[] w = s.w;
        return Chunks.reduce(s.size(), options.parallel(), (from, to) -> {
            EntropySums e = empty.get();
            e.addAll(x, w, from, to);
            return e;
        }, EntropySums::add);
    }

    /**
     * Theil T, MLD and Atkinson(1) in one pass over memory, for the usual case in which the data
     * policies keep every value: validation, range and sums together, chunk by chunk, with the
     * values scaled by a pilot mean (of at most {@value #PILOT} values spread over the array)
     * instead of the exact mean. The logarithmic sums are exact in the scale up to second-order
     * terms (see {@link EntropySums}): with m = μ/c the result carries, besides a few roundings,
     * one rounding of the correction 1 − 1/m − ln m ≈ −(m − 1)²/2, which is negligible when the
     * pilot is within a few per cent of the mean. Any value or weight that needs a decision by
     * the policies (or an error message) sends the computation back to the validating two-pass
     * path.
     */
    private static final class OnePass {

        /** Values read for the pilot mean. */
        static final int PILOT = 4096;

        final EntropySums sums;
        final double[] range = {Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY};
        final int size;
        boolean kept;

        private OnePass(EntropySums sums, int size) {
            this.sums = sums;
            this.size = size;
        }

        /**
         * @return the sums, or {@code null} if the data need the validating path
         */
        static OnePass of(double[] x, double[] w, ValuePolicy policy, DoubleFunction<EntropySums> empty,
                InequalityOptions options) {
            if (x == null || x.length == 0 || w != null && w.length != x.length) {
                return null;
            }
            double c = pilot(x);
            if (!(c > 0) || c == Double.POSITIVE_INFINITY) {
                return null;
            }
            OnePass result = Chunks.reduce(x.length, options.parallel(), (from, to) -> {
                OnePass part = new OnePass(empty.apply(c), x.length);
                part.kept = part.sums.addAllKept(x, w, from, to, policy, part.range);
                return part;
            }, OnePass::combine);
            double weight = result.sums.weight();
            if (result.kept && weight >= 0x1p-300 && weight <= 0x1p300) {
                return result;
            }
            LOG.debug("{}: the one-pass sums give way to the validating two-pass path ({})", policy.measure(),
                    result.kept ? "total weight " + weight : "a value needs a policy decision");
            return null;
        }

        private static double pilot(double[] x) {
            int step = Math.max(1, x.length / PILOT);
            double sum = 0;
            int count = 0;
            for (int i = 0; i < x.length; i += step) {
                double v = x[i];
                if (v > 0 && v < Double.POSITIVE_INFINITY) {
                    sum += v;
                    count++;
                }
            }
            return sum / count;
        }

        private OnePass combine(OnePass other) {
            kept &= other.kept;
            if (kept) {
                sums.add(other.sums);
                range[0] = Math.min(range[0], other.range[0]);
                range[1] = Math.max(range[1], other.range[1]);
            }
            return this;
        }

        double min() {
            return range[0];
        }

        boolean isConstant() {
            return range[0] == range[1];
        }

        Estimate estimate(double value) {
            return new Estimate(value, size, 0, 0);
        }
    }
}
