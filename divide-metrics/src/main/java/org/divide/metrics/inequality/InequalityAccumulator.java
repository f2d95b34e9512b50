package org.divide.metrics.inequality;

import java.util.function.DoubleConsumer;
import java.util.function.DoubleSupplier;

/**
 * A streaming, mergeable inequality measure (in the style of Apache Commons Statistics'
 * {@code DoubleStatistic} and {@code StatisticAccumulator}): values arrive one at a time through
 * {@link #accept(double, double)} (or {@link #accept(double)} with weight 1), partial results over
 * parts of the data merge through {@link #combine}, and {@link #getAsDouble()} is the value of the
 * measure over everything accepted so far. O(1) memory per accumulator.
 *
 * <pre>{@code
 * double t = DoubleStream.of(x).parallel().collect(GeneralizedEntropyAccumulator::theilT,
 *         GeneralizedEntropyAccumulator::accept, GeneralizedEntropyAccumulator::combine).getAsDouble();
 * GeneralizedEntropyAccumulator ge2 = Measure.generalizedEntropy(2).accumulator(); // with the measure's options
 * }</pre>
 *
 * <p>Accepting the values of an array one by one, or in parts that are then combined, gives the
 * value of the array measure ({@link SumBasedMeasure#compute(double[], double[])}) to a few
 * ulps: the sums are compensated and rescaled exactly when parts used different scales. Values
 * are validated as they arrive under the data policies of the options, with the messages of the
 * array measures. Values and weights of any finite magnitude are accepted: the sums hold them
 * times a power of two that grows, with an exact rescaling, when a value would overflow a sum or
 * a square, so the result is that of the same data at order 1 (a Kolm index whose true value
 * exceeds the largest double throws {@link IllegalArgumentException} from {@link #getAsDouble()}).
 * Not thread-safe: give each thread its own accumulator and combine them.
 *
 * @param <A> the concrete accumulator type, returned by {@link #combine}
 */
public interface InequalityAccumulator<A extends InequalityAccumulator<A>> extends DoubleConsumer, DoubleSupplier {

    /**
     * Adds a value with weight 1.
     *
     * @param x the value
     * @throws IllegalArgumentException if the value is rejected by the data policies
     */
    @Override
    void accept(double x);

    /**
     * Adds a value with a weight.
     *
     * @param x the value
     * @param w the weight: finite and {@code >= 0}
     * @throws IllegalArgumentException if the weight is invalid or the value is rejected by the data policies
     */
    void accept(double x, double w);

    /**
     * Merges another accumulator of the same measure into this one, as if its values had been
     * accepted here.
     *
     * @param other the other accumulator; not modified
     * @return this accumulator
     * @throws IllegalArgumentException if the other accumulator computes a different measure
     */
    A combine(A other);

    /** @return the value of the measure over the values accepted so far; {@code NaN} when there are none */
    @Override
    double getAsDouble();

    /** @return the number of values accepted (not skipped or dropped) */
    long count();

    /** @return the total weight of the values accepted so far (0 when there are none) */
    double totalWeight();

    /** @return the number of {@code NaN} values skipped under {@link NaNPolicy#SKIP} */
    int skippedNaN();

    /** @return the number of values dropped under the non-positive policy */
    int droppedNonPositive();

    /** @return the name of the measure, such as {@code "GE(2)"} */
    String measure();
}
