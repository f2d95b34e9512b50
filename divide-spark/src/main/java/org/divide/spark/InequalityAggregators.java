package org.divide.spark;

import java.util.Objects;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Encoder;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.expressions.Aggregator;
import org.apache.spark.sql.functions;
import org.divide.metrics.inequality.InequalityAccumulator;
import org.divide.metrics.inequality.InequalityOptions;
import org.divide.metrics.inequality.SumBasedMeasure;
import scala.Tuple2;

/**
 * The sum-based inequality measures as Spark {@link Aggregator}s over (value, weight) pairs,
 * built on the mergeable accumulators of divide-metrics ({@link SumBasedMeasure#accumulator()}:
 * GE(α), Atkinson(ε), CV, Kolm(κ), variance of logs): one pass, O(1) memory per group, partial
 * aggregates merged exactly (up to rounding), results equal to
 * {@link org.divide.metrics.inequality.Inequality} to about 1e-15 relative. Per group:
 * <pre>{@code
 * Column theil = InequalityAggregators.column(InequalityAggregators.of(Measure.theilT()), col("income"),
 *         col("people"));
 * data.groupBy("region").agg(theil.as("theil_t")).show();
 * }</pre>
 * For unweighted data pass {@code lit(1.0)} as the weight. Definitions, domains and policies are
 * those of {@link org.divide.metrics.inequality.Inequality}: GE(α) (α = 1 Theil T, α = 0 MLD)
 * = (Σ p_i (x_i/μ)^α − 1)/(α(α − 1)), Atkinson(ε) = 1 − (Σ p_i (x_i/μ)^{1−ε})^{1/(1−ε)},
 * CV = σ/μ with the population σ; see the measure types ({@code GeneralizedEntropy}, {@code Kolm},
 * ...). A row the policies reject fails the Spark job with an
 * {@link IllegalArgumentException} naming the column, the value and the row (Spark wraps it in
 * its own exception; {@link SparkInequality} unwraps it). Empty input gives {@code NaN}.
 */
public final class InequalityAggregators {

    private static final Encoder<Tuple2<Double, Double>> PAIR = Encoders.tuple(Encoders.DOUBLE(), Encoders.DOUBLE());

    private InequalityAggregators() {
    }

    /** @return the weighted mean μ = Σ w x / Σ w, default options */
    public static Aggregator<Tuple2<Double, Double>, ?, Double> mean() {
        return mean(InequalityOptions.withDefaults());
    }

    /**
     * @param options the data policies
     * @return the weighted mean μ = Σ w x / Σ w
     */
    public static Aggregator<Tuple2<Double, Double>, ?, Double> mean(InequalityOptions options) {
        return aggregator(MeasureSet.meanOnly(), options, b -> b.moments().mean());
    }

    /**
     * The aggregator of a sum-based measure, with the measure's parameters and options: its
     * buffer is the measure's {@link SumBasedMeasure#accumulator() accumulator}.
     *
     * @param measure the measure, such as {@code Measure.theilT()}, {@code Measure.atkinson(1)},
     *                {@code Measure.kolm(0.5)} or {@code Measure.varianceOfLogs()}
     * @param <A>     the accumulator type
     * @return the aggregator, whose result is the measure's value ({@code NaN} for empty input)
     */
    public static <A extends InequalityAccumulator<A>> Aggregator<Tuple2<Double, Double>, A, Double> of(
            SumBasedMeasure<A> measure) {
        return AccumulatorAggregator.value(Objects.requireNonNull(measure, "measure"), "x", "w");
    }

    /**
     * The aggregator as an untyped column over a value and a weight column (both cast to
     * {@code double}), for {@code select} and {@code groupBy(...).agg(...)}.
     *
     * @param aggregator one of the aggregators of this class
     * @param value      the value column
     * @param weight     the weight column ({@code lit(1.0)} for unweighted data)
     * @return the aggregate column
     */
    public static Column column(Aggregator<Tuple2<Double, Double>, ?, Double> aggregator, Column value, Column weight) {
        return functions.udaf(aggregator, PAIR).apply(value.cast("double"), weight.cast("double"));
    }

    /** @return the input encoder of the aggregators: (value, weight) as a pair of nullable doubles */
    static Encoder<Tuple2<Double, Double>> pair() {
        return PAIR;
    }

    private static Aggregator<Tuple2<Double, Double>, ?, Double> aggregator(MeasureSet set, InequalityOptions options,
            MeasureAggregator.Finisher<Double> finisher) {
        return new MeasureAggregator<>(set, Settings.of(options), "x", "w", finisher, Double.class);
    }
}
