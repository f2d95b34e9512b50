package org.divide.spark;

import java.io.Serializable;
import java.util.function.Function;
import org.apache.spark.sql.Encoder;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.expressions.Aggregator;
import scala.Tuple2;

/**
 * A Spark {@link Aggregator} over (value, weight) pairs whose buffer is a {@link MeasureBuffer}:
 * {@code reduce} is the accumulators' {@code accept}, {@code merge} their {@code combine}, so a
 * partial aggregate per partition (and per group under {@code groupBy}) is merged exactly (up to
 * rounding). A {@code null} value counts as missing ({@code NaN}, under the NaN policy); a
 * {@code null} weight is an error. A rejected row fails the job with an
 * {@link IllegalArgumentException} naming the column, the value and the row.
 *
 * @param <O> the result type
 */
final class MeasureAggregator<O> extends Aggregator<Tuple2<Double, Double>, MeasureBuffer, O> {

    private static final long serialVersionUID = 1L;

    /** Reads the result off the merged buffer. */
    interface Finisher<O> extends Function<MeasureBuffer, O>, Serializable {
    }

    private final MeasureSet set;
    private final Settings settings;
    private final RowCheck check;
    private final Finisher<O> finisher;
    private final Class<O> outputType;

    /**
     * @param set        the measures
     * @param settings   the data policies
     * @param value      the value column's name, for messages
     * @param weight     the weight column's name (or a description), for messages
     * @param finisher   the result from the merged buffer
     * @param outputType the result's class: {@code Double} or {@code MeasureBuffer}
     */
    MeasureAggregator(MeasureSet set, Settings settings, String value, String weight, Finisher<O> finisher,
            Class<O> outputType) {
        this.set = set;
        this.settings = settings;
        this.check = new RowCheck(value, weight);
        this.finisher = finisher;
        this.outputType = outputType;
    }

    @Override
    public MeasureBuffer zero() {
        return MeasureBuffer.create(set, settings.options());
    }

    @Override
    public MeasureBuffer reduce(MeasureBuffer buffer, Tuple2<Double, Double> row) {
        check.accept(buffer::accept, row._1(), row._2());
        return buffer;
    }

    @Override
    public MeasureBuffer merge(MeasureBuffer left, MeasureBuffer right) {
        return left.combine(right);
    }

    @Override
    public O finish(MeasureBuffer buffer) {
        return finisher.apply(buffer);
    }

    @Override
    public Encoder<MeasureBuffer> bufferEncoder() {
        return Encoders.kryo(MeasureBuffer.class);
    }

    @Override
    @SuppressWarnings("unchecked")
    public Encoder<O> outputEncoder() {
        return outputType == Double.class ? (Encoder<O>) Encoders.DOUBLE() : Encoders.kryo(outputType);
    }
}
