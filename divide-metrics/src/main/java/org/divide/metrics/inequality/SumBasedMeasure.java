package org.divide.metrics.inequality;

/**
 * A measure computed from sums over the observations, and therefore also as a streaming,
 * mergeable {@link InequalityAccumulator}: the generalised entropy family, Atkinson, Kolm, the
 * coefficient of variation and the variance of logarithms. {@link #accumulator()} starts an empty
 * accumulator with the measure's parameters and options; this is what divide-spark's aggregators
 * run.
 *
 * @param <A> the accumulator type
 */
public sealed interface SumBasedMeasure<A extends InequalityAccumulator<A>> extends Measure
        permits GeneralizedEntropy, Atkinson, Kolm, CoefficientOfVariation, VarianceOfLogs {

    @Override
    SumBasedMeasure<A> withOptions(InequalityOptions value);

    /** @return an empty accumulator of this measure, with its parameters and options */
    A accumulator();
}
