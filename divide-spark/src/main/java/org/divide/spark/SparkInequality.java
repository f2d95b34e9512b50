package org.divide.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.isnan;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.not;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.ToDoubleFunction;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.functions;
import org.divide.metrics.inequality.Atkinson;
import org.divide.metrics.inequality.AtkinsonAccumulator;
import org.divide.metrics.inequality.Decomposition;
import org.divide.metrics.inequality.EquallyDistributedEquivalent;
import org.divide.metrics.inequality.GeneralizedEntropy;
import org.divide.metrics.inequality.Gini;
import org.divide.metrics.inequality.GroupedEntropyAccumulator;
import org.divide.metrics.inequality.InequalityAccumulator;
import org.divide.metrics.inequality.InequalityOptions;
import org.divide.metrics.inequality.LorenzCurve;
import org.divide.metrics.inequality.Measure;
import org.divide.metrics.inequality.QuantileShareRatio;
import org.divide.metrics.inequality.SmallSampleCorrection;
import org.divide.metrics.inequality.SumBasedMeasure;
import scala.Tuple2;

/**
 * Inequality of a value column of a Spark {@code Dataset<Row>}, optionally weighted by a
 * weight column, with the conventions, options and result records of
 * {@link org.divide.metrics.inequality.Inequality}. Immutable; each method runs Spark jobs.
 * <pre>{@code
 * SparkInequality income = SparkInequality.of(people, "income").withWeight("weight");
 * double theil = income.compute(Measure.theilT());             // one aggregation pass
 * GroupedSummary byRegion = income.summary(MeasureSet.standard(), "region");   // also one pass
 * LorenzResult lorenz = income.lorenz(100);                    // exact Gini, Lorenz, Palma, S80/S20
 * }</pre>
 *
 * <h2>Exactness</h2>
 * The sum-based measures (mean, CV, GE(α), Theil T, MLD, Atkinson(ε)) merge the accumulators of
 * divide-metrics across partitions and agree with the single-machine values to about 1e-15
 * relative; the GE decomposition is exact (Shorrocks 1980). The Gini coefficient and the Lorenz
 * ordinates are exact too: Spark's global sort ({@code orderBy}, range partitioning), then
 * per-partition cumulative sums joined by partition offsets (see {@code docs/spark.md}).
 *
 * <h2>Bad input</h2>
 * {@link IllegalArgumentException}, as on one machine, naming the column, the value and the row:
 * a missing or non-numeric column; a weight that is negative, {@code NaN}, infinite or
 * {@code null}; an infinite value; a missing value ({@code null} or {@code NaN}) under
 * {@link org.divide.metrics.inequality.NaNPolicy#REJECT}; a value outside a measure's domain
 * under {@link org.divide.metrics.inequality.NonPositivePolicy#REJECT}; no rows left; all
 * weights zero; a {@code null} group label.
 */
public final class SparkInequality {

    private static final String VALUE = "value";

    private final Dataset<Row> data;
    private final String value;
    private final String weight;
    private final InequalityOptions options;

    private SparkInequality(Dataset<Row> data, String value, String weight, InequalityOptions options) {
        this.data = data;
        this.value = value;
        this.weight = weight;
        this.options = options;
    }

    /**
     * @param data  the data; not modified
     * @param value the name of a numeric column holding the values
     * @return unweighted measures of the column, default options
     * @throws IllegalArgumentException if the column is missing or not numeric
     * @throws NullPointerException     if the data are {@code null}
     */
    public static SparkInequality of(Dataset<Row> data, String value) {
        Objects.requireNonNull(data, "data");
        Checks.column(data, value, true, "value");
        return new SparkInequality(data, value, null, InequalityOptions.withDefaults());
    }

    /**
     * @param weightColumn the name of a numeric column holding the weights
     * @return the same measures, weighted
     * @throws IllegalArgumentException if the column is missing or not numeric
     */
    public SparkInequality withWeight(String weightColumn) {
        Checks.column(data, weightColumn, true, "weight");
        return new SparkInequality(data, value, weightColumn, options);
    }

    /**
     * @param newOptions the data policies and the small-sample correction of {@link #mean()},
     *                   {@link #summary}, {@link #lorenz} and {@link #approximateLorenz} ({@link #compute}
     *                   and {@link #decompose} take the options of their measure)
     * @return the same data with these options
     */
    public SparkInequality withOptions(InequalityOptions newOptions) {
        return new SparkInequality(data, value, weight, Objects.requireNonNull(newOptions, "options"));
    }

    /** @return the options */
    public InequalityOptions options() {
        return options;
    }

    /**
     * The sum-based measures of the set, in one aggregation pass.
     *
     * @param set the measures
     * @return their values
     * @throws IllegalArgumentException on invalid data
     */
    public Summary summary(MeasureSet set) {
        MeasureAggregator<MeasureBuffer> aggregator = aggregator(set);
        Column aggregate = functions.udaf(aggregator, InequalityAggregators.pair())
                .apply(col("x"), col("w")).as(VALUE);
        return SparkFailures.run(() -> pairs().agg(aggregate).as(Encoders.kryo(MeasureBuffer.class)).first())
                .summary(value);
    }

    /** @return the merged accumulators of the set over all rows (one aggregation pass) */

    /**
     * The sum-based measures of the set per group and overall, and the exact decomposition of
     * GE(α) into within and between groups for each α of the set, in one aggregation pass
     * (partial aggregates per group; the overall values merge the groups').
     *
     * @param set   the measures
     * @param group the name of the group column (any type; labels are its string form)
     * @return the measures and decompositions
     * @throws IllegalArgumentException on invalid data, a missing column or a {@code null} label
     */
    public GroupedSummary summary(MeasureSet set, String group) {
        Checks.column(data, group, false, "group");
        MeasureAggregator<MeasureBuffer> aggregator = aggregator(set);
        Column aggregate = functions.udaf(aggregator, InequalityAggregators.pair()).apply(col("x"), col("w"));
        Dataset<Row> rows = data.select(column(group).cast("string").as("g"), valueColumn(), weightColumn());
        List<Tuple2<String, MeasureBuffer>> parts = SparkFailures.run(() -> rows.groupBy(col("g"))
                .agg(aggregate.as(VALUE))
                .as(Encoders.tuple(Encoders.STRING(), Encoders.kryo(MeasureBuffer.class))).collectAsList());
        SortedMap<String, MeasureBuffer> byLabel = new TreeMap<>();
        for (Tuple2<String, MeasureBuffer> part : parts) {
            if (part._1() == null) {
                throw new IllegalArgumentException("the group column '" + group + "' has null labels");
            }
            byLabel.put(part._1(), part._2());
        }
        MeasureBuffer all = MeasureBuffer.create(set, options);
        SortedMap<String, Summary> groups = new TreeMap<>();
        for (var e : byLabel.entrySet()) {
            all.combine(e.getValue());
        }
        Summary overall = all.summary(value);
        for (var e : byLabel.entrySet()) {
            if (e.getValue().moments().count() > 0 && !Double.isNaN(e.getValue().moments().mean())) {
                groups.put(e.getKey(), e.getValue().summary(value));
            }
        }
        String[] labels = byLabel.keySet().toArray(String[]::new);
        SortedMap<Double, Decomposition> decompositions = new TreeMap<>();
        for (double alpha : set.alphas()) {
            GroupedEntropyAccumulator grouped = GroupedEntropyAccumulator.create(alpha, options, labels);
            for (int k = 0; k < labels.length; k++) {
                grouped.combine(k, byLabel.get(labels[k]).entropy(alpha));
            }
            decompositions.put(alpha, grouped.decomposition());
        }
        return new GroupedSummary(overall, groups, decompositions);
    }

    /**
     * @return the weighted mean
     * @throws IllegalArgumentException on invalid data
     */
    public double mean() {
        return summary(MeasureSet.meanOnly()).mean();
    }

    /**
     * Computes a measure of the value column with the measure's own parameters and options (as
     * {@link Measure#compute(double[], double[])} does on one machine): every {@link SumBasedMeasure}
     * (GE(α), Theil T, MLD, Atkinson(ε), CV, Kolm(κ), variance of logs) and the
     * {@link EquallyDistributedEquivalent} in one aggregation pass over its accumulator; the exact
     * {@link Gini} and {@link QuantileShareRatio} (Palma, S80/S20)
     * from Spark's global sort and one pass over the sorted partitions.
     * <pre>{@code
     * double theil = income.compute(Measure.theilT());
     * double palma = income.compute(Measure.palma());
     * }</pre>
     *
     * @param measure the measure
     * @return its value
     * @throws IllegalArgumentException on invalid data; for a measure that is not distributed (yet):
     *                                  Hoover, Herfindahl, Rosenbluth, Wolfson; for a small-sample
     *                                  correction of the Gini
     */
    public double compute(Measure measure) {
        SparkInequality s = withOptions(Objects.requireNonNull(measure, "measure").options());
        if (measure instanceof SumBasedMeasure<?> sum) {
            return s.accumulate(sum, InequalityAccumulator::getAsDouble);
        }
        if (measure instanceof EquallyDistributedEquivalent ede) {      // from the Atkinson accumulator
            return s.accumulate(new Atkinson(ede.epsilon(), ede.options()),
                    AtkinsonAccumulator::equallyDistributedEquivalent);
        }
        if (measure instanceof Gini) {
            return s.sorted().gini();
        }
        if (measure instanceof QuantileShareRatio q) {
            SortedPasses passes = s.sorted();
            double[] l = SparkFailures.run(() -> passes.lorenz(new double[] {q.bottomShare(), 1 - q.topShare()}));
            return ratio(passes.total(), l[0], l[1]);
        }
        throw new IllegalArgumentException(measure.name() + " is not distributed; compute it on one machine");
    }

    /**
     * @return {@code finish} of a sum-based measure's accumulator over the data, after checking that
     *         observations and weight are left
     */
    private <A extends InequalityAccumulator<A>> double accumulate(SumBasedMeasure<A> measure,
            ToDoubleFunction<? super A> finish) {
        AccumulatorAggregator<A, A> aggregator = AccumulatorAggregator.accumulator(measure, value, weightName());
        Column aggregate = functions.udaf(aggregator, InequalityAggregators.pair()).apply(col("x"), col("w")).as(VALUE);
        A a = SparkFailures.run(() -> pairs().agg(aggregate).as(aggregator.outputEncoder()).first());
        Checks.observed(value, a);
        if (!(a.totalWeight() > 0)) {
            throw new IllegalArgumentException("all weights are zero (value column '" + value + "')");
        }
        return finish.applyAsDouble(a);
    }

    /**
     * The exact decomposition of GE(α) into within and between groups (one aggregation pass),
     * with the measure's options.
     *
     * @param measure the GE measure, such as {@code Measure.theilT()}
     * @param group   the name of the group column
     * @return the decomposition, as {@link GeneralizedEntropy#decompose(double[], double[], String[])} gives it
     * @throws IllegalArgumentException on invalid data
     */
    public Decomposition decompose(GeneralizedEntropy measure, String group) {
        double alpha = Objects.requireNonNull(measure, "measure").alpha();
        return withOptions(measure.options()).summary(MeasureSet.generalizedEntropy(alpha), group).decompositions()
                .get(alpha);
    }

    /**
     * The exact Gini coefficient, Lorenz ordinates on a grid of {@code intervals} equal steps,
     * Palma and S80/S20, from one global sort (a second pass visits only the partitions holding
     * grid points).
     *
     * @param intervals the number m of grid intervals: ordinates at k/m, k = 0..m; at least 1
     * @return the measures
     * @throws IllegalArgumentException on invalid data or {@code intervals < 1}
     */
    public LorenzResult lorenz(int intervals) {
        if (intervals < 1) {
            throw new IllegalArgumentException("intervals must be at least 1: " + intervals);
        }
        TreeSet<Double> points = new TreeSet<>(Arrays.asList(0.2, 0.4, 0.8, 0.9));
        double[] grid = new double[intervals + 1];
        for (int k = 0; k <= intervals; k++) {
            grid[k] = k == intervals ? 1 : (double) k / intervals;
            points.add(grid[k]);
        }
        double[] shares = points.stream().mapToDouble(Double::doubleValue).toArray();
        SortedPasses passes = sorted();
        double[] l = SparkFailures.run(() -> passes.lorenz(shares));
        double[] income = new double[grid.length];
        for (int k = 0; k < grid.length; k++) {
            income[k] = l[Arrays.binarySearch(shares, grid[k])];
        }
        double total = passes.total();
        double palma = ratio(total, l[Arrays.binarySearch(shares, 0.4)], l[Arrays.binarySearch(shares, 0.9)]);
        double s80s20 = ratio(total, l[Arrays.binarySearch(shares, 0.2)], l[Arrays.binarySearch(shares, 0.8)]);
        return new LorenzResult(passes.gini(), new LorenzCurve(grid, income, total / passes.weight()), palma, s80s20,
                passes.count());
    }

    private static double ratio(double total, double bottom, double belowTop) {
        if (!(total > 0)) {
            return Double.NaN;
        }
        double top = 1 - belowTop;
        return bottom > 0 ? top / bottom : bottom == 0 && top > 0 ? Double.POSITIVE_INFINITY : Double.NaN;
    }

    /**
     * The Lorenz curve, Gini, Palma and S80/S20 from Spark's quantile sketch instead of a sort:
     * an explicit, cheaper option (two aggregation passes after the validating one, no shuffle of
     * the rows) for when an error of the order of 1/intervals is acceptable. The result carries
     * error bounds computed from the data; see {@link ApproximateLorenz}.
     *
     * @param intervals     the number of quantile buckets, at least 1
     * @param relativeError the relative rank error ε of {@code approxQuantile}, in [0, 1]: the
     *                      bucket bounds have exact ranks within ε·n of the requested ones
     * @return the approximate curve and measures with their bounds
     * @throws IllegalArgumentException on invalid data or parameters
     */
    public ApproximateLorenz approximateLorenz(int intervals, double relativeError) {
        if (intervals < 1) {
            throw new IllegalArgumentException("intervals must be at least 1: " + intervals);
        }
        if (!(relativeError >= 0 && relativeError <= 1)) {
            throw new IllegalArgumentException("relativeError must be in [0, 1]: " + relativeError);
        }
        Dataset<Row> kept = validated();
        return SparkFailures.run(() -> QuantileBuckets.of(kept, intervals, relativeError));
    }

    /** Sorts, then validates and runs pass 1 over the sorted partitions. */
    private SortedPasses sorted() {
        checkCorrection();
        RowCheck check = new RowCheck(value, weightName());
        SortedPasses passes = SparkFailures.run(() -> SortedPasses.of(pairs(), Settings.of(options), check));
        if (passes.count() == 0) {
            throw new IllegalArgumentException("column '" + value + "' has no observations left: " + passes.skipped()
                    + " NaN skipped, 0 dropped");
        }
        if (!(passes.weight() > 0)) {
            throw new IllegalArgumentException("all weights are zero (value column '" + value + "')");
        }
        return passes;
    }

    /** @return the (value, weight) rows after a validating pass: values kept, zero weights dropped */
    private Dataset<Row> validated() {
        checkCorrection();
        summary(MeasureSet.meanOnly());
        Column x = col("x");
        return pairs().filter(x.isNotNull().and(not(isnan(x))).and(col("w").gt(0)));
    }

    private void checkCorrection() {
        if (options.smallSampleCorrection() != SmallSampleCorrection.NONE) {
            throw new IllegalArgumentException("the small-sample correction " + options.smallSampleCorrection()
                    + " is not supported by the distributed Gini and Lorenz measures");
        }
    }

    private String weightName() {
        return weight == null ? "weight" : weight;
    }

    private MeasureAggregator<MeasureBuffer> aggregator(MeasureSet set) {
        return new MeasureAggregator<>(Objects.requireNonNull(set, "set"), Settings.of(options), value, weightName(),
                b -> b, MeasureBuffer.class);
    }

    private Dataset<Row> pairs() {
        return data.select(valueColumn(), weightColumn());
    }

    private Column valueColumn() {
        return column(value).cast("double").as("x");
    }

    private Column weightColumn() {
        return (weight == null ? lit(1.0) : column(weight).cast("double")).as("w");
    }

    private static Column column(String name) {
        return col("`" + name.replace("`", "``") + "`");
    }
}
