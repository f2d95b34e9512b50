package org.divide.spark;

import java.io.Serializable;
import java.util.function.Function;
import org.apache.spark.sql.Encoder;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.expressions.Aggregator;
import org.divide.metrics.inequality.InequalityAccumulator;
import org.divide.metrics.inequality.SumBasedMeasure;
import scala.Tuple2;

/**
 * A Spark {@link Aggregator} over (value, weight) pairs whose buffer is the accumulator of one
 * sum-based measure ({@link SumBasedMeasure#accumulator()}, with the measure's parameters and
 * options): {@code zero} is an empty accumulator, {@code reduce} its {@code accept}, {@code merge}
 * its {@code combine}, {@code finish} its value (or the merged accumulator itself, for the checks
 * of {@link SparkInequality}). The measure travels with the aggregator (measures
 * are serializable); the buffer is Kryo-encoded. A {@code null} value counts as missing
 * ({@code NaN}, under the NaN policy); a {@code null} weight is an error; a rejected row fails the
 * job with an {@link IllegalArgumentException} naming the column, the value and the row.
 *
 * @param <A> the accumulator type
 * @param <O> the result type
 */
final class AccumulatorAggregator<A extends InequalityAccumulator<A>, O>
        extends Aggregator<Tuple2<Double, Double>, A, O> {

    private static final long serialVersionUID = 1L;

    /** Reads the result off the merged accumulator. */
    interface Finisher<A, O> extends Function<A, O>, Serializable {
    }

    private final SumBasedMeasure<A> measure;
    private final RowCheck check;
    private final Class<A> type;
    private final Finisher<A, O> finisher;
    private final boolean toDouble;

    @SuppressWarnings("unchecked")
    private AccumulatorAggregator(SumBasedMeasure<A> measure, String value, String weight, Finisher<A, O> finisher,
            boolean toDouble) {
        this.measure = measure;
        this.check = new RowCheck(value, weight);
        this.type = (Class<A>) measure.accumulator().getClass();
        this.finisher = finisher;
        this.toDouble = toDouble;
    }

    /**
     * @param measure the measure
     * @param value   the value column's name, for messages
     * @param weight  the weight column's name, for messages
     * @param <A>     the accumulator type
     * @return the aggregator whose result is the measure's value
     */
    static <A extends InequalityAccumulator<A>> AccumulatorAggregator<A, Double> value(SumBasedMeasure<A> measure,
            String value, String weight) {
        return new AccumulatorAggregator<>(measure, value, weight, A::getAsDouble, true);
    }

    /**
     * @param measure the measure
     * @param value   the value column's name, for messages
     * @param weight  the weight column's name, for messages
     * @param <A>     the accumulator type
     * @return the aggregator whose result is the merged accumulator
     */
    static <A extends InequalityAccumulator<A>> AccumulatorAggregator<A, A> accumulator(SumBasedMeasure<A> measure,
            String value, String weight) {
        return new AccumulatorAggregator<>(measure, value, weight, a -> a, false);
    }

    @Override
    public A zero() {
        return measure.accumulator();
    }

    @Override
    public A reduce(A buffer, Tuple2<Double, Double> row) {
        check.accept(buffer::accept, row._1(), row._2());
        return buffer;
    }

    @Override
    public A merge(A left, A right) {
        return left.combine(right);
    }

    @Override
    public O finish(A buffer) {
        return finisher.apply(buffer);
    }

    @Override
    public Encoder<A> bufferEncoder() {
        return Encoders.kryo(type);
    }

    @Override
    @SuppressWarnings("unchecked")
    public Encoder<O> outputEncoder() {
        return toDouble ? (Encoder<O>) Encoders.DOUBLE() : (Encoder<O>) Encoders.kryo(type);
    }
}
