package org.divide.spark;

import java.io.Serializable;
import java.util.Iterator;
import org.apache.spark.sql.Row;
import org.divide.metrics.inequality.NeumaierSum;

/**
 * The sums of one partition of the globally sorted data that the exact Gini needs, with c the
 * cumulative weight within the partition before the row and m a centre (the mean):
 * <pre>
 *   W_p = Σ w,   T_p = Σ w x,   A_p = Σ w (2c + w)(x − m),   B_p = Σ w (x − m).
 * </pre>
 * With O_p = Σ_{q&lt;p} W_q the weight of the partitions before, the global cumulative weight
 * before a row is O_p + c, and
 * <pre>
 *   Σ_i w_i (2C_{i−1} + w_i − W)(x_i − m) = Σ_p (A_p + 2 O_p B_p) − W Σ_p B_p = G·W·T.
 * </pre>
 * Each term of a tie group of value v sums to v((C_end)² − (C_start)² − W·Σw), whatever the order
 * inside the group, so ties split across partitions or in any order give the same sum.
 * Compensated (Neumaier) sums throughout.
 *
 * @param partition the partition's index
 * @param count     the number of rows
 * @param weight    W_p
 * @param total     T_p
 * @param rankSum   A_p
 * @param deviation B_p
 */
record PartitionSums(int partition, long count, double weight, double total, double rankSum, double deviation)
        implements Serializable {

    private static final long serialVersionUID = 1L;

    /**
     * @param partition the partition's index
     * @param rows      the partition's rows (value, weight), in ascending order of value
     * @param centre    the centre m
     * @return the sums
     */
    static PartitionSums of(int partition, Iterator<Row> rows, double centre) {
        NeumaierSum c = new NeumaierSum();
        NeumaierSum t = new NeumaierSum();
        NeumaierSum a = new NeumaierSum();
        NeumaierSum b = new NeumaierSum();
        long n = 0;
        double cumulative = 0;
        while (rows.hasNext()) {
            Row r = rows.next();
            double x = r.getDouble(0);
            double w = r.getDouble(1);
            n++;
            if (w == 0) {
                continue;
            }
            double d = w * (x - centre);
            a.add((2 * cumulative + w) * d);
            b.add(d);
            t.add(w * x);
            c.add(w);
            cumulative = c.value();
        }
        return new PartitionSums(partition, n, c.value(), t.value(), a.value(), b.value());
    }
}
