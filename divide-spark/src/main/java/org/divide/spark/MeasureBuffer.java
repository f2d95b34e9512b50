package org.divide.spark;

import java.util.SortedMap;
import java.util.TreeMap;
import org.divide.metrics.inequality.AtkinsonAccumulator;
import org.divide.metrics.inequality.CoefficientOfVariationAccumulator;
import org.divide.metrics.inequality.GeneralizedEntropyAccumulator;
import org.divide.metrics.inequality.InequalityOptions;

/**
 * The buffer of a {@link MeasureAggregator}: one accumulator of divide-metrics per measure of a
 * {@link MeasureSet}, fed with the same rows and merged with their {@code combine}. Each
 * accumulator applies its own measure's domain (MLD rejects zeros, CV does not). Mutable; not
 * thread-safe. Serialised by Kryo between Spark stages.
 *
 * <p>Public only because Spark's Kryo encoder accepts public classes; it has no public members
 * and is not API.
 */
public final class MeasureBuffer {

    private final CoefficientOfVariationAccumulator moments;
    private final GeneralizedEntropyAccumulator[] entropy;
    private final AtkinsonAccumulator[] atkinson;

    private MeasureBuffer(MeasureSet set, InequalityOptions options) {
        moments = CoefficientOfVariationAccumulator.create(options);
        double[] alphas = set.alphas();
        entropy = new GeneralizedEntropyAccumulator[alphas.length];
        for (int k = 0; k < alphas.length; k++) {
            entropy[k] = GeneralizedEntropyAccumulator.create(alphas[k], options);
        }
        double[] epsilons = set.epsilons();
        atkinson = new AtkinsonAccumulator[epsilons.length];
        for (int k = 0; k < epsilons.length; k++) {
            atkinson[k] = AtkinsonAccumulator.create(epsilons[k], options);
        }
    }

    /**
     * @param set     the measures
     * @param options the data policies
     * @return an empty buffer
     */
    static MeasureBuffer create(MeasureSet set, InequalityOptions options) {
        return new MeasureBuffer(set, options);
    }

    /**
     * Adds a value to every accumulator.
     *
     * @param x the value
     * @param w the weight
     * @throws IllegalArgumentException if an accumulator rejects the value or the weight
     */
    void accept(double x, double w) {
        moments.accept(x, w);
        for (GeneralizedEntropyAccumulator a : entropy) {
            a.accept(x, w);
        }
        for (AtkinsonAccumulator a : atkinson) {
            a.accept(x, w);
        }
    }

    /**
     * @param other a buffer of the same measures; not modified
     * @return this buffer, holding both
     */
    MeasureBuffer combine(MeasureBuffer other) {
        moments.combine(other.moments);
        for (int k = 0; k < entropy.length; k++) {
            entropy[k].combine(other.entropy[k]);
        }
        for (int k = 0; k < atkinson.length; k++) {
            atkinson[k].combine(other.atkinson[k]);
        }
        return this;
    }

    /** @return the accumulator of the mean and CV */
    CoefficientOfVariationAccumulator moments() {
        return moments;
    }

    /**
     * @param alpha a GE parameter of the set
     * @return its accumulator
     * @throws IllegalArgumentException if the set has no such α
     */
    GeneralizedEntropyAccumulator entropy(double alpha) {
        for (GeneralizedEntropyAccumulator a : entropy) {
            if (Double.compare(a.alpha(), alpha) == 0) {
                return a;
            }
        }
        throw new IllegalArgumentException("GE(" + alpha + ") was not computed");
    }

    /**
     * @param epsilon an Atkinson parameter of the set
     * @return its accumulator
     * @throws IllegalArgumentException if the set has no such ε
     */
    AtkinsonAccumulator atkinson(double epsilon) {
        for (AtkinsonAccumulator a : atkinson) {
            if (Double.compare(a.epsilon(), epsilon) == 0) {
                return a;
            }
        }
        throw new IllegalArgumentException("Atkinson(" + epsilon + ") was not computed");
    }

    /**
     * The values, after checking that data were left (as the single-machine API does).
     *
     * @param column the value column's name, for messages
     * @return the summary
     * @throws IllegalArgumentException if no observation is left or all weights are zero
     */
    Summary summary(String column) {
        Checks.observations(column, moments);
        SortedMap<Double, Double> ge = new TreeMap<>();
        for (GeneralizedEntropyAccumulator a : entropy) {
            ge.put(a.alpha(), Checks.value(column, a));
        }
        SortedMap<Double, Double> at = new TreeMap<>();
        for (AtkinsonAccumulator a : atkinson) {
            at.put(a.epsilon(), Checks.value(column, a));
        }
        return new Summary(moments.count(), moments.skippedNaN(), moments.mean(), moments.getAsDouble(), ge, at);
    }
}
