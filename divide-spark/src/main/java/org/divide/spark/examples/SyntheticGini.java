package org.divide.spark.examples;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.exp;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.rand;
import static org.apache.spark.sql.functions.randn;
import static org.apache.spark.sql.functions.sum;

import java.util.Locale;
import java.util.function.Supplier;
import org.apache.spark.SparkConf;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.divide.metrics.inequality.Decomposition;
import org.divide.metrics.inequality.Measure;
import org.divide.spark.GroupedSummary;
import org.divide.spark.LorenzResult;
import org.divide.spark.MeasureSet;
import org.divide.spark.SparkInequality;

/**
 * Generates N synthetic people with {@code spark.range}: income lognormal (σ = 1) shifted by
 * region (five regions, log-means 0, 0.25, …, 1), sampling weights uniform in [0.5, 2.5); then
 * computes the sum-based measures per region and overall with the Theil decomposition (one
 * pass), the exact Gini with Lorenz, Palma and S80/S20 (one global sort), and times Spark's own
 * sort of the income column ({@code orderBy(income)} written to the {@code noop} sink, so that
 * the sort really runs) for comparison.
 * <pre>
 *   spark-submit --class org.divide.spark.examples.SyntheticGini divide-spark-bundle.jar 100000000
 * </pre>
 * Without {@code spark.master} set (by {@code spark-submit} or {@code -Dspark.master=...}) it runs
 * in {@code local[2]}.
 */
public final class SyntheticGini {

    /** The number of regions. */
    public static final int REGIONS = 5;

    private SyntheticGini() {
    }

    /**
     * What one run measured.
     *
     * @param rows          the number of rows
     * @param cores         Spark's default parallelism
     * @param summary       the measures per region and overall, with decompositions
     * @param lorenz        the Gini, Lorenz (10 intervals), Palma and S80/S20
     * @param summaryMillis the wall time of the one-pass summary
     * @param lorenzMillis  the wall time of the exact Gini and Lorenz
     * @param giniMillis    the wall time of the exact Gini alone
     * @param sortMillis    the wall time of Spark's sort of the income column
     * @param sumMillis     the wall time of Spark's own {@code sum(weight * income), sum(weight)} by
     *                      region over the same generated rows (the cost of generating and scanning them)
     */
    public record Report(long rows, int cores, GroupedSummary summary, LorenzResult lorenz, long summaryMillis,
            long lorenzMillis, long giniMillis, long sortMillis, long sumMillis) {

        /** @return the aggregators' throughput, rows per second per core */
        public double summaryRowsPerSecondPerCore() {
            return rows / (summaryMillis / 1000.0) / cores;
        }

        /** @return the exact Gini's wall time over that of Spark's sort of the same column */
        public double giniOverSort() {
            return (double) giniMillis / sortMillis;
        }

        @Override
        public String toString() {
            Decomposition theil = summary.decompositions().get(1.0);
            return String.format(Locale.ROOT, "rows %,d on %d cores (Spark %s)%n"
                    + "summary (mean, CV, MLD, Theil T, GE(2), Atkinson 0.5/1/2 by %d regions, one pass): %,d ms, "
                    + "%,.0f rows/s per core%n"
                    + "  mean %.6f, CV %.6f, Theil T %.6f = within %.6f + between %.6f%n"
                    + "exact Gini alone: %,d ms (%.2f x Spark's sort); Gini + Lorenz + Palma + S80/S20: %,d ms%n"
                    + "  Gini %.12f, Palma %.6f, S80/S20 %.6f%n"
                    + "Spark's orderBy(income) to the noop sink: %,d ms%n"
                    + "Spark's sum(weight * income), sum(weight) by region over the same rows: %,d ms",
                    rows, cores, org.apache.spark.package$.MODULE$.SPARK_VERSION(), REGIONS, summaryMillis,
                    summaryRowsPerSecondPerCore(), summary.overall().mean(), summary.overall().coefficientOfVariation(),
                    theil.total(), theil.within(), theil.between(), giniMillis, giniOverSort(), lorenzMillis,
                    lorenz.gini(), lorenz.palma(), lorenz.s80s20(), sortMillis, sumMillis);
        }
    }

    /**
     * @param spark the session
     * @param rows  the number of rows
     * @param seed  the seed of {@code randn} and {@code rand}
     * @return the synthetic data: {@code id}, {@code income}, {@code weight}, {@code region}
     */
    public static Dataset<Row> data(SparkSession spark, long rows, long seed) {
        return spark.range(rows).select(col("id"),
                exp(randn(seed).plus(col("id").mod(REGIONS).multiply(0.25))).as("income"),
                rand(seed + 1).multiply(2).plus(0.5).as("weight"),
                concat(lit("region"), col("id").mod(REGIONS).cast("string")).as("region"));
    }

    /**
     * Runs the measures and the timings.
     *
     * @param spark the session
     * @param rows  the number of rows
     * @param seed  the seed
     * @return the report
     */
    public static Report run(SparkSession spark, long rows, long seed) {
        Dataset<Row> data = data(spark, rows, seed);
        SparkInequality income = SparkInequality.of(data, "income").withWeight("weight");
        long[] t = new long[1];
        GroupedSummary summary = timed(t, () -> income.summary(MeasureSet.standard(), "region"));
        long summaryMillis = t[0];
        timed(t, () -> income.compute(Measure.gini()));
        long giniMillis = t[0];
        LorenzResult lorenz = timed(t, () -> income.lorenz(10));
        long lorenzMillis = t[0];
        timed(t, () -> {
            data.select("income").orderBy("income").write().format("noop").mode("overwrite").save();
            return null;
        });
        long sortMillis = t[0];
        timed(t, () -> data.groupBy("region").agg(sum(col("weight").multiply(col("income"))), sum(col("weight")))
                .collectAsList());
        long sumMillis = t[0];
        return new Report(rows, spark.sparkContext().defaultParallelism(), summary, lorenz, summaryMillis,
                lorenzMillis, giniMillis, sortMillis, sumMillis);
    }

    private static <T> T timed(long[] millis, Supplier<T> action) {
        long start = System.nanoTime();
        T result = action.get();
        millis[0] = (System.nanoTime() - start) / 1_000_000;
        return result;
    }

    /**
     * Runs the example.
     *
     * @param args the number of rows (default 10⁶) and the seed (default 2026)
     */
    public static void main(String[] args) {
        long rows = args.length > 0 ? (long) Double.parseDouble(args[0]) : 1_000_000L;
        long seed = args.length > 1 ? Long.parseLong(args[1]) : 2026L;
        SparkConf conf = new SparkConf().setAppName("divide SyntheticGini");
        if (!conf.contains("spark.master")) {
            conf.setMaster("local[2]");
        }
        SparkSession spark = SparkSession.builder().config(conf).getOrCreate();
        try {
            System.out.println(run(spark, rows, seed));
        } finally {
            spark.stop();
        }
    }
}
