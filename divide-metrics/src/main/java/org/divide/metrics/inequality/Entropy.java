package org.divide.metrics.inequality;

import java.util.function.Supplier;

/**
 * Generalised entropy and Atkinson indices of arrays: validation, the domain and name of each
 * parameter, and the two-pass computation (the mean from the validating pass, then
 * {@link EntropySums} scaled by the mean, chunk by chunk).
 */
final class Entropy {

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
     * @return x ≥ 0 for α &gt; 0, x &gt; 0 otherwise
     */
    static ValuePolicy.Domain geDomain(double alpha) {
        return alpha > 0 ? ValuePolicy.Domain.NON_NEGATIVE : ValuePolicy.Domain.POSITIVE;
    }

    /**
     * @param epsilon the Atkinson parameter
     * @return x ≥ 0 for ε &lt; 1, x &gt; 0 otherwise
     */
    static ValuePolicy.Domain atkinsonDomain(double epsilon) {
        return epsilon < 1 ? ValuePolicy.Domain.NON_NEGATIVE : ValuePolicy.Domain.POSITIVE;
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
        Sample s = Sample.of(geName(alpha), x, w, geDomain(alpha), options);
        if (s.isConstant()) {
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
        Sample s = atkinsonSample(x, w, epsilon, options);
        double mu = s.mean();
        if (s.isConstant()) {
            return s.estimate(s.min);
        }
        double a = sums(s, () -> EntropySums.atkinson(epsilon, mu), options).atkinson();
        return s.estimate(mu * (1 - a));
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
}
