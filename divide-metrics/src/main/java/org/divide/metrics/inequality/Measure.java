package org.divide.metrics.inequality;

import java.io.Serializable;

/**
 * An inequality measure with its parameters and options, as a value: one record (or final class)
 * per measure, each with its formula, edge cases and references in its own Javadoc. The
 * {@link Inequality} facade delegates to these types.
 *
 * <pre>{@code
 * GeneralizedEntropy theil = Measure.theilT();
 * double t = theil.compute(x, w);                          // a WeightedMeasure
 * Estimate e = Measure.theilL()
 *         .withOptions(InequalityOptions.withDefaults().withNonPositivePolicy(NonPositivePolicy.DROP))
 *         .evaluate(x, w);                                 // value and dropped count
 * Decomposition d = theil.decompose(x, w, regions);        // Decomposable: GE family and Gini
 * }</pre>
 *
 * <p>Every measure is immutable and thread-safe, equal to another when its type, parameters and
 * options are equal, and validates its parameters when it is built (the exception names the
 * parameter and its value). Its {@code toString()} is its {@link #name()}. Measures are
 * {@link Serializable}, so that distributed code (divide-spark) can ship them to its workers.
 */
public sealed interface Measure extends WeightedMeasure, Serializable
        permits Decomposable, SumBasedMeasure, EquallyDistributedEquivalent, Hoover, QuantileShareRatio, Herfindahl,
        Rosenbluth, Wolfson {

    /** @return the name, such as {@code "Gini"}, {@code "Theil T"}, {@code "GE(2)"} or {@code "Atkinson(0.5)"} */
    String name();

    /** @return the options */
    InequalityOptions options();

    /**
     * The values the measure is defined for, as in the reference tools (see {@link Domain} for
     * the table). Values outside it are rejected, or dropped under a {@link NonPositivePolicy}.
     *
     * @return the domain
     */
    Domain domain();

    /**
     * @param value the options
     * @return this measure with other options
     */
    Measure withOptions(InequalityOptions value);

    /**
     * Computes the measure and reports what the data policies removed.
     *
     * @param x the values; not modified
     * @param w the weights, or {@code null} for unweighted data; not modified
     * @return the value with the counts
     * @throws IllegalArgumentException on invalid data
     */
    Estimate evaluate(double[] x, double[] w);

    /**
     * Computes the measure: {@code evaluate(x, w).value()}.
     *
     * @param x the values; not modified
     * @param w the weights, or {@code null} for unweighted data; not modified
     * @return the value
     * @throws IllegalArgumentException on invalid data
     */
    @Override
    default double compute(double[] x, double[] w) {
        return evaluate(x, w).value();
    }

    /**
     * Computes the measure of unweighted data.
     *
     * @param x the values; not modified
     * @return the value
     * @throws IllegalArgumentException on invalid data
     */
    default double compute(double[] x) {
        return compute(x, null);
    }

    /** @return the Gini coefficient with the default options */
    static Gini gini() {
        return Gini.DEFAULT;
    }

    /** @return Theil T = GE(1) with the default options */
    static GeneralizedEntropy theilT() {
        return GeneralizedEntropy.theilT();
    }

    /** @return Theil L, the mean log deviation = GE(0), with the default options */
    static GeneralizedEntropy theilL() {
        return GeneralizedEntropy.theilL();
    }

    /**
     * @param alpha the parameter, any finite value
     * @return GE(α) with the default options
     * @throws IllegalArgumentException if α is not finite
     */
    static GeneralizedEntropy generalizedEntropy(double alpha) {
        return new GeneralizedEntropy(alpha);
    }

    /**
     * @param epsilon the inequality aversion, any finite value
     * @return Atkinson(ε) with the default options
     * @throws IllegalArgumentException if ε is not finite
     */
    static Atkinson atkinson(double epsilon) {
        return new Atkinson(epsilon);
    }

    /**
     * @param epsilon the inequality aversion, any finite value
     * @return the equally distributed equivalent μ(1 − A(ε)) with the default options
     * @throws IllegalArgumentException if ε is not finite
     */
    static EquallyDistributedEquivalent equallyDistributedEquivalent(double epsilon) {
        return new EquallyDistributedEquivalent(epsilon);
    }

    /** @return the coefficient of variation with the default options */
    static CoefficientOfVariation coefficientOfVariation() {
        return CoefficientOfVariation.DEFAULT;
    }

    /** @return the variance of logarithms with the default options */
    static VarianceOfLogs varianceOfLogs() {
        return VarianceOfLogs.DEFAULT;
    }

    /** @return the Hoover index with the default options */
    static Hoover hoover() {
        return Hoover.DEFAULT;
    }

    /**
     * @param kappa the parameter, finite and {@code > 0}
     * @return Kolm(κ) with the default options
     * @throws IllegalArgumentException if κ is not finite and positive
     */
    static Kolm kolm(double kappa) {
        return new Kolm(kappa);
    }

    /** @return the Palma ratio S90/S40 with the default options */
    static QuantileShareRatio palma() {
        return QuantileShareRatio.palma();
    }

    /**
     * @param bottomShare the population share of the bottom group, in (0, 1)
     * @param topShare    the population share of the top group, in (0, 1), with bottom + top ≤ 1
     * @return the share ratio with the default options
     * @throws IllegalArgumentException if the shares are out of range
     */
    static QuantileShareRatio quantileShareRatio(double bottomShare, double topShare) {
        return QuantileShareRatio.of(bottomShare, topShare);
    }

    /** @return the Herfindahl index with the default options */
    static Herfindahl herfindahl() {
        return Herfindahl.DEFAULT;
    }

    /** @return the Rosenbluth index with the default options */
    static Rosenbluth rosenbluth() {
        return Rosenbluth.DEFAULT;
    }

    /** @return the Wolfson polarisation index with the default options */
    static Wolfson wolfson() {
        return Wolfson.DEFAULT;
    }
}
