package org.divide.spark;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * The one local[2] Spark session of the test run (shared by every test class, stopped at JVM
 * exit), with 4 shuffle partitions and no adaptive coalescing, so that sorts really spread over
 * partitions; and data frames of test arrays.
 */
final class LocalSpark {

    private static SparkSession session;

    private LocalSpark() {
    }

    /** @return the shared session */
    static synchronized SparkSession session() {
        if (session == null) {
            session = SparkSession.builder().master("local[2]").appName("divide-spark tests")
                    .config("spark.ui.enabled", "false")
                    .config("spark.driver.host", "127.0.0.1")
                    .config("spark.driver.bindAddress", "127.0.0.1")
                    .config("spark.sql.shuffle.partitions", "4")
                    .config("spark.default.parallelism", "4")
                    .config("spark.sql.adaptive.coalescePartitions.enabled", "false")
                    .config("spark.sql.session.timeZone", "UTC")
                    .getOrCreate();
            session.sparkContext().setLogLevel("OFF");
        }
        return session;
    }

    /**
     * @param x          values ({@code NaN} allowed)
     * @param w          weights or {@code null}
     * @param g          group labels or {@code null}
     * @param partitions the number of partitions of the frame
     * @return a frame with columns {@code x} (double), {@code w} (double, 1 when unweighted) and {@code g} (string)
     */
    static Dataset<Row> frame(double[] x, double[] w, String[] g, int partitions) {
        StructType schema = new StructType().add("x", DataTypes.DoubleType).add("w", DataTypes.DoubleType)
                .add("g", DataTypes.StringType);
        List<Row> rows = new ArrayList<>(x.length);
        for (int i = 0; i < x.length; i++) {
            rows.add(RowFactory.create(x[i], w == null ? 1.0 : w[i], g == null ? "all" : g[i]));
        }
        return session().createDataFrame(rows, schema).repartition(partitions);
    }
}
