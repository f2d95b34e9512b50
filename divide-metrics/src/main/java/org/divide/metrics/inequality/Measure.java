package org.divide.metrics.inequality;

import java.util.Objects;

/**
 * An inequality measure with its parameters and options, as a value: the object behind the
 * {@link Inequality} facade. Immutable and thread-safe; equal when kind, parameters and options
 * are equal.
 *
 * <pre>{@code
 * Measure theil = Measure.theilT();
 * double t = theil.compute(x, w);                          // WeightedMeasure
 * Estimate e = Measure.theilL()
 *         .withOptions(InequalityOptions.withDefaults().withNonPositivePolicy(NonPositivePolicy.DROP))
 *         .evaluate(x, w);                                 // value and dropped count
 * Decomposition d = theil.decompose(x, w, regions);        // GE family and Gini only
 * }</pre>
 *
 * <p>The definitions, edge cases and costs are those of the {@link Inequality} method of the
 * same name.
 */
public final class Measure implements WeightedMeasure {

    private enum Kind {
        GINI, GENERALIZED_ENTROPY, ATKINSON, EQUALLY_DISTRIBUTED_EQUIVALENT, COEFFICIENT_OF_VARIATION,
        VARIANCE_OF_LOGS, HOOVER, KOLM, QUANTILE_SHARE_RATIO, HERFINDAHL, ROSENBLUTH, WOLFSON
    }

    private final Kind kind;
    private final String name;
    private final double first;
    private final double second;
    private final InequalityOptions options;

    private Measure(Kind kind, String name, double first, double second, InequalityOptions options) {
        this.kind = kind;
        this.name = name;
        this.first = first;
        this.second = second;
        this.options = Objects.requireNonNull(options, "options");
    }

    private static Measure of(Kind kind, String name, double first, double second) {
        return new Measure(kind, name, first, second, InequalityOptions.withDefaults());
    }

    /** @return the Gini coefficient; see {@link Inequality#gini(double[], double[])} */
    public static Measure gini() {
        return of(Kind.GINI, GiniIndex.NAME, 0, 0);
    }

    /** @return Theil T = GE(1); see {@link Inequality#theilT(double[], double[])} */
    public static Measure theilT() {
        return generalizedEntropy(1);
    }

    /** @return Theil L, the mean log deviation = GE(0); see {@link Inequality#theilL(double[], double[])} */
    public static Measure theilL() {
        return generalizedEntropy(0);
    }

    /**
     * @param alpha the parameter, any finite value
     * @return GE(α); see {@link Inequality#generalizedEntropy(double[], double[], double)}
     * @throws IllegalArgumentException if α is not finite
     */
    public static Measure generalizedEntropy(double alpha) {
        return of(Kind.GENERALIZED_ENTROPY, Entropy.geName(Entropy.finite("alpha", alpha)), alpha, 0);
    }

    /**
     * @param epsilon the inequality aversion, any finite value
     * @return Atkinson(ε); see {@link Inequality#atkinson(double[], double[], double)}
     * @throws IllegalArgumentException if ε is not finite
     */
    public static Measure atkinson(double epsilon) {
        return of(Kind.ATKINSON, Entropy.atkinsonName(Entropy.finite("epsilon", epsilon)), epsilon, 0);
    }

    /**
     * @param epsilon the inequality aversion, any finite value
     * @return the equally distributed equivalent μ(1 − A(ε)); see
     *         {@link Inequality#equallyDistributedEquivalent(double[], double[], double)}
     * @throws IllegalArgumentException if ε is not finite
     */
    public static Measure equallyDistributedEquivalent(double epsilon) {
        return of(Kind.EQUALLY_DISTRIBUTED_EQUIVALENT,
                "EDE(" + Entropy.format(Entropy.finite("epsilon", epsilon)) + ")", epsilon, 0);
    }

    /** @return the coefficient of variation; see {@link Inequality#coefficientOfVariation(double[], double[])} */
    public static Measure coefficientOfVariation() {
        return of(Kind.COEFFICIENT_OF_VARIATION, Dispersion.CV, 0, 0);
    }

    /** @return the variance of logarithms; see {@link Inequality#varianceOfLogs(double[], double[])} */
    public static Measure varianceOfLogs() {
        return of(Kind.VARIANCE_OF_LOGS, Dispersion.VARIANCE_OF_LOGS, 0, 0);
    }

    /** @return the Hoover index; see {@link Inequality#hoover(double[], double[])} */
    public static Measure hoover() {
        return of(Kind.HOOVER, Dispersion.HOOVER, 0, 0);
    }

    /**
     * @param kappa the parameter, finite and {@code > 0}
     * @return the Kolm index; see {@link Inequality#kolm(double[], double[], double)}
     * @throws IllegalArgumentException if κ is not finite and positive
     */
    public static Measure kolm(double kappa) {
        Dispersion.checkKappa(kappa);
        return of(Kind.KOLM, Dispersion.kolmName(kappa), kappa, 0);
    }

    /** @return the Palma ratio; see {@link Inequality#palma(double[], double[])} */
    public static Measure palma() {
        return of(Kind.QUANTILE_SHARE_RATIO, "Palma", 0.4, 0.1);
    }

    /**
     * @param bottomShare the population share of the bottom group, in (0, 1)
     * @param topShare    the population share of the top group, in (0, 1), with bottom + top ≤ 1
     * @return the share ratio; see {@link Inequality#quantileShareRatio(double[], double[], double, double)}
     * @throws IllegalArgumentException if the shares are out of range
     */
    public static Measure quantileShareRatio(double bottomShare, double topShare) {
        if (!(bottomShare > 0 && bottomShare < 1) || !(topShare > 0 && topShare < 1)
                || !(bottomShare + topShare <= 1)) {
            throw new IllegalArgumentException("bottomShare and topShare must be in (0, 1) with a sum <= 1: "
                    + bottomShare + ", " + topShare);
        }
        return of(Kind.QUANTILE_SHARE_RATIO, shareRatioName(bottomShare, topShare), bottomShare, topShare);
    }

    private static String shareRatioName(double bottomShare, double topShare) {
        return "S" + percent(1 - topShare) + "/S" + percent(bottomShare);
    }

    private static String percent(double share) {
        return Entropy.format(Math.rint(share * 1e11) / 1e9);
    }

    /** @return the Herfindahl index; see {@link Inequality#herfindahl(double[], double[])} */
    public static Measure herfindahl() {
        return of(Kind.HERFINDAHL, Dispersion.HERFINDAHL, 0, 0);
    }

    /** @return the Rosenbluth index; see {@link Inequality#rosenbluth(double[], double[])} */
    public static Measure rosenbluth() {
        return of(Kind.ROSENBLUTH, Dispersion.ROSENBLUTH, 0, 0);
    }

    /** @return the Wolfson polarisation index; see {@link Inequality#wolfson(double[], double[])} */
    public static Measure wolfson() {
        return of(Kind.WOLFSON, LorenzMeasures.WOLFSON, 0, 0);
    }

    /**
     * @param value the options
     * @return this measure with other options
     */
    public Measure withOptions(InequalityOptions value) {
        return new Measure(kind, name, first, second, value);
    }

    /** @return the options */
    public InequalityOptions options() {
        return options;
    }

    /** @return the name, such as {@code "Gini"}, {@code "Theil T"}, {@code "GE(2)"} or {@code "Atkinson(0.5)"} */
    public String name() {
        return name;
    }

    /** @return whether {@link #decompose(double[], double[], String[])} is available (GE family and Gini) */
    public boolean isDecomposable() {
        return kind == Kind.GINI || kind == Kind.GENERALIZED_ENTROPY;
    }

    /**
     * Computes the measure.
     *
     * @param x the values; not modified
     * @param w the weights, or {@code null} for unweighted data; not modified
     * @return the value
     * @throws IllegalArgumentException on invalid data
     */
    @Override
    public double compute(double[] x, double[] w) {
        return evaluate(x, w).value();
    }

    /**
     * Computes the measure of unweighted data.
     *
     * @param x the values; not modified
     * @return the value
     * @throws IllegalArgumentException on invalid data
     */
    public double compute(double[] x) {
        return compute(x, null);
    }

    /**
     * Computes the measure and reports what the data policies removed.
     *
     * @param x the values; not modified
     * @param w the weights, or {@code null} for unweighted data; not modified
     * @return the value with the counts
     * @throws IllegalArgumentException on invalid data
     */
    public Estimate evaluate(double[] x, double[] w) {
        switch (kind) {
            case GINI:
                return GiniIndex.estimate(x, w, options);
            case GENERALIZED_ENTROPY:
                return Entropy.generalizedEntropy(x, w, first, options);
            case ATKINSON:
                return Entropy.atkinson(x, w, first, options);
            case EQUALLY_DISTRIBUTED_EQUIVALENT:
                return Entropy.equallyDistributedEquivalent(x, w, first, options);
            case COEFFICIENT_OF_VARIATION:
                return Dispersion.coefficientOfVariation(x, w, options);
            case VARIANCE_OF_LOGS:
                return Dispersion.varianceOfLogs(x, w, options);
            case HOOVER:
                return Dispersion.hoover(x, w, options);
            case KOLM:
                return Dispersion.kolm(x, w, first, options);
            case QUANTILE_SHARE_RATIO:
                return LorenzMeasures.shareRatio(name, x, w, first, second, options);
            case HERFINDAHL:
                return Dispersion.herfindahl(x, w, options);
            case ROSENBLUTH:
                return Dispersion.rosenbluth(x, w, options);
            default:
                return LorenzMeasures.wolfson(x, w, options);
        }
    }

    /**
     * Decomposes the measure by subgroups labelled by strings.
     *
     * @param x      the values; not modified
     * @param w      the weights, or {@code null} for unweighted data; not modified
     * @param groups the label of each observation, none {@code null}; not modified
     * @return the decomposition, groups in natural order of their labels
     * @throws IllegalArgumentException on invalid data, or if the measure is not decomposable
     */
    public Decomposition decompose(double[] x, double[] w, String[] groups) {
        return decomposeGroups(x, w, groups);
    }

    /**
     * Decomposes the measure by subgroups identified by integer codes.
     *
     * @param x      the values; not modified
     * @param w      the weights, or {@code null} for unweighted data; not modified
     * @param groups the code of each observation; not modified
     * @return the decomposition, groups in ascending order of their codes (labels are the codes as strings)
     * @throws IllegalArgumentException on invalid data, or if the measure is not decomposable
     */
    public Decomposition decompose(double[] x, double[] w, int[] groups) {
        return decomposeGroups(x, w, groups);
    }

    private Decomposition decomposeGroups(double[] x, double[] w, Object groups) {
        if (!isDecomposable()) {
            throw new IllegalArgumentException(name + " is not decomposable by subgroups; use Gini or a GE measure");
        }
        if (x == null) {
            throw new IllegalArgumentException("x is null");
        }
        Decomposer.checkGroups(groups, x.length);
        return kind == Kind.GINI ? Decomposer.gini(x, w, groups, options)
                : Decomposer.generalizedEntropy(first, x, w, groups, options);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Measure m && kind == m.kind && Double.compare(first, m.first) == 0
                && Double.compare(second, m.second) == 0 && name.equals(m.name) && options.equals(m.options);
    }

    @Override
    public int hashCode() {
        return Objects.hash(kind, name, first, second, options);
    }

    @Override
    public String toString() {
        return name;
    }
}
