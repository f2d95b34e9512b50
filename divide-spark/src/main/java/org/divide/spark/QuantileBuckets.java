package org.divide.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.udf;

import java.util.Arrays;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.api.java.UDF1;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.apache.spark.sql.types.DataTypes;
import org.divide.metrics.inequality.LorenzCurve;
import org.divide.metrics.numeric.CompensatedSum;

/**
 * Computes an {@link ApproximateLorenz}: quantile-sketch bucket bounds, then one aggregation pass
 * for the exact sums of each bucket (see there).
 */
final class QuantileBuckets {

    private QuantileBuckets() {
    }

    /**
     * @param data          two {@code double} columns, value then weight, validated, no {@code NaN}
     * @param intervals     the number m of buckets asked for
     * @param relativeError the ε of {@code approxQuantile}, in [0, 1]
     * @return the approximate curve with its bounds
     */
    static ApproximateLorenz of(Dataset<Row> data, int intervals, double relativeError) {
        String x = data.columns()[0];
        String w = data.columns()[1];
        double[] probabilities = new double[intervals - 1];
        for (int k = 1; k < intervals; k++) {
            probabilities[k - 1] = (double) k / intervals;
        }
        double[] bounds = probabilities.length == 0 ? new double[0]
                : Arrays.stream(data.stat().approxQuantile(x, probabilities, relativeError)).distinct().toArray();
        UserDefinedFunction bucket = udf((UDF1<Double, Integer>) v -> {
            int j = Arrays.binarySearch(bounds, v);
            if (j < 0) {
                return -j - 1;
            }
            while (j > 0 && bounds[j - 1] == v) {
                j--;
            }
            return j;
        }, DataTypes.IntegerType);
        List<Row> rows = data.groupBy(bucket.apply(col(x)).as("bucket"))
                .agg(sum(col(w)), sum(col(w).multiply(col(x))), min(col(x)), max(col(x)), count(col(x)))
                .orderBy("bucket").collectAsList();
        int n = rows.size();
        CompensatedSum weight = new CompensatedSum();
        CompensatedSum total = new CompensatedSum();
        long count = 0;
        for (Row r : rows) {
            weight.add(r.getDouble(1));
            total.add(r.getDouble(2));
            count += r.getLong(5);
        }
        double sw = weight.value();
        double st = total.value();
        double mu = st / sw;
        double[] p = new double[n + 1];
        double[] l = new double[n + 1];
        CompensatedSum cw = new CompensatedSum();
        CompensatedSum ct = new CompensatedSum();
        CompensatedSum area = new CompensatedSum();
        double giniError = 0;
        double shareError = 0;
        for (int j = 0; j < n; j++) {
            Row r = rows.get(j);
            cw.add(r.getDouble(1));
            ct.add(r.getDouble(2));
            p[j + 1] = j == n - 1 ? 1 : cw.value() / sw;
            l[j + 1] = j == n - 1 ? 1 : ct.value() / st;
            double dp = p[j + 1] - p[j];
            double spread = (r.getDouble(4) - r.getDouble(3)) / mu;
            area.add(dp * (l[j + 1] + l[j]));
            giniError += dp * dp * spread / 4;
            shareError = Math.max(shareError, dp * spread / 4);
        }
        LorenzCurve curve = new LorenzCurve(p, l, mu);
        double gini = 1 - area.value();
        return new ApproximateLorenz(curve, gini, giniError, shareError, ratio(curve, 0.4, 0.9), ratio(curve, 0.2, 0.8),
                relativeError, count);
    }

    private static double ratio(LorenzCurve curve, double bottom, double belowTop) {
        double b = curve.share(bottom);
        double top = 1 - curve.share(belowTop);
        return b > 0 ? top / b : b == 0 && top > 0 ? Double.POSITIVE_INFINITY : Double.NaN;
    }
}
