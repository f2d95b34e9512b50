package org.divide.spark;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Encoder;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.expressions.Aggregator;
import org.apache.spark.sql.functions;
import org.divide.metrics.inequality.InequalityOptions;
import scala.Tuple2;

/**
 * The sum-based inequality measures as Spark {@link Aggregator}s over (value, weight) pairs,
 * built on the mergeable accumulators of divide-metrics
 * ({@link org.divide.metrics.inequality.CoefficientOfVariationAccumulator},
 * {@link org.divide.metrics.inequality.GeneralizedEntropyAccumulator},
 * {@link org.divide.metrics.inequality.AtkinsonAccumulator}): one pass, O(1) memory per group,
 * partial aggregates merged exactly (up to rounding), results equal to
 * {@link org.divide.metrics.inequality.Inequality} to about 1e-15 relative. Per group:
 * <pre>{@code
 * Column theil = InequalityAggregators.column(InequalityAggregators.theilT(), col("income"), col("people"));
 * data.groupBy("region").agg(theil.as("theil_t")).show();
 * }</pre>
 * For unweighted data pass {@code lit(1.0)} as the weight. Definitions, domains and policies are
 * those of {@link org.divide.metrics.inequality.Inequality}: GE(α) (α = 1 Theil T, α = 0 MLD)
 * = (Σ p_i (x_i/μ)^α − 1)/(α(α − 1)), Atkinson(ε) = 1 − (Σ p_i (x_i/μ)^{1−ε})^{1/(1−ε)},
 * CV = σ/μ with the population σ. A row the policies reject fails the Spark job with an
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
        return of(MeasureSet.meanOnly(), options, b -> b.moments().mean());
    }

    /** @return the coefficient of variation σ/μ, default options */
    public static Aggregator<Tuple2<Double, Double>, ?, Double> coefficientOfVariation() {
        return coefficientOfVariation(InequalityOptions.withDefaults());
    }

    /**
     * @param options the data policies and the small-sample correction
     * @return the coefficient of variation σ/μ
     */
    public static Aggregator<Tuple2<Double, Double>, ?, Double> coefficientOfVariation(InequalityOptions options) {
        return of(MeasureSet.meanOnly(), options, b -> b.moments().getAsDouble());
    }

    /**
     * @param alpha the parameter, finite
     * @return GE(α), default options
     */
    public static Aggregator<Tuple2<Double, Double>, ?, Double> generalizedEntropy(double alpha) {
        return generalizedEntropy(alpha, InequalityOptions.withDefaults());
    }

    /**
     * @param alpha   the parameter, finite
     * @param options the data policies
     * @return GE(α)
     * @throws IllegalArgumentException if α is not finite
     */
    public static Aggregator<Tuple2<Double, Double>, ?, Double> generalizedEntropy(double alpha,
            InequalityOptions options) {
        return of(MeasureSet.generalizedEntropy(alpha), options, b -> b.entropy(alpha).getAsDouble());
    }

    /** @return Theil T = GE(1), default options */
    public static Aggregator<Tuple2<Double, Double>, ?, Double> theilT() {
        return generalizedEntropy(1);
    }

    /** @return the mean log deviation (Theil L) = GE(0), default options */
    public static Aggregator<Tuple2<Double, Double>, ?, Double> meanLogDeviation() {
        return generalizedEntropy(0);
    }

    /**
     * @param epsilon the inequality aversion, finite
     * @return Atkinson(ε), default options
     */
    public static Aggregator<Tuple2<Double, Double>, ?, Double> atkinson(double epsilon) {
        return atkinson(epsilon, InequalityOptions.withDefaults());
    }

    /**
     * @param epsilon the inequality aversion, finite
     * @param options the data policies
     * @return Atkinson(ε)
     * @throws IllegalArgumentException if ε is not finite
     */
    public static Aggregator<Tuple2<Double, Double>, ?, Double> atkinson(double epsilon, InequalityOptions options) {
        return of(MeasureSet.atkinson(epsilon), options, b -> b.atkinson(epsilon).getAsDouble());
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

    private static Aggregator<Tuple2<Double, Double>, ?, Double> of(MeasureSet set, InequalityOptions options,
            MeasureAggregator.Finisher<Double> finisher) {
        return new MeasureAggregator<>(set, Settings.of(options), "x", "w", finisher, Double.class);
    }
}
