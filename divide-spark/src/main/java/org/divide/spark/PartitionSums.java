package org.divide.spark;

import java.io.Serializable;
import java.util.Iterator;
import org.apache.spark.sql.Row;
import org.divide.metrics.inequality.CoefficientOfVariationAccumulator;
import org.divide.metrics.numeric.CompensatedSum;

/**
 * The sums of one partition of the globally sorted data that the exact Gini needs, with c the
 * cumulative weight within the partition before the row and m_p the partition's first value
 * (a centre close to all of its values, as the partition is a narrow range of the sorted data):
 * <pre>
 *   W_p = Σ w,   T_p = Σ w x,   A_p = Σ w (2c + w)(x − m_p),   B_p = Σ w (x − m_p).
 * </pre>
 * With O_p = Σ_{q&lt;p} W_q the weight of the partitions before, the global cumulative weight
 * before a row is O_p + c, and with g_i = w_i (2C_{i−1} + w_i − W), μ = T/W:
 * <pre>
 *   Σ_{i in p} g_i (x_i − μ) = A_p + (2O_p − W) B_p + (m_p − μ) W_p (2O_p + W_p − W),
 *   Σ_p Σ_{i in p} g_i (x_i − μ) = Σ_i g_i x_i = G·W·T.
 * </pre>
 * Each term of a tie group of value v sums to v((C_end)² − (C_start)² − W·Σw), whatever the order
 * inside the group, so ties split across partitions or in any order give the same sum.
 * Compensated (Neumaier) sums throughout. The same pass validates every row with a
 * {@link CoefficientOfVariationAccumulator} (any finite value; the NaN policy; valid weights),
 * so the sort needs no separate validating pass.
 *
 * @param partition the partition's index
 * @param count     the number of rows kept (not missing)
 * @param skipped   the number of missing values skipped under {@code NaNPolicy.SKIP}
 * @param centre    m_p, the first value kept ({@code NaN} when none)
 * @param weight    W_p
 * @param total     T_p
 * @param rankSum   A_p
 * @param deviation B_p
 */
record PartitionSums(int partition, long count, int skipped, double centre, double weight, double total,
        double rankSum, double deviation) implements Serializable {

    private static final long serialVersionUID = 1L;

    /**
     * @param partition the partition's index
     * @param rows      the partition's rows (value, weight), in ascending order of value
     * @param settings  the data policies
     * @param check     the column names, for messages
     * @return the sums
     * @throws IllegalArgumentException naming the column, the value and the row, for a rejected row
     */
    static PartitionSums of(int partition, Iterator<Row> rows, Settings settings, RowCheck check) {
        CoefficientOfVariationAccumulator validation = CoefficientOfVariationAccumulator.create(settings.options());
        CompensatedSum c = new CompensatedSum();
        CompensatedSum t = new CompensatedSum();
        CompensatedSum a = new CompensatedSum();
        CompensatedSum b = new CompensatedSum();
        double centre = Double.NaN;
        double cumulative = 0;
        while (rows.hasNext()) {
            Row r = rows.next();
            double x = check.accept(validation::accept, r.isNullAt(0) ? null : r.getDouble(0),
                    r.isNullAt(1) ? null : r.getDouble(1));
            double w = r.getDouble(1);
            if (Double.isNaN(x)) {
                continue;
            }
            if (Double.isNaN(centre)) {
                centre = x;
            }
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
        return new PartitionSums(partition, validation.count(), validation.skippedNaN(), centre, c.value(), t.value(),
                a.value(), b.value());
    }
}
