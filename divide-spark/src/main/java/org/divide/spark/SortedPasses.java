package org.divide.spark;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.divide.metrics.numeric.CompensatedSum;

/**
 * The exact Gini coefficient and Lorenz ordinates from Spark's own global sort.
 *
 * <p>{@code orderBy} range-partitions the (value, weight) rows (Spark samples the values for the
 * partition bounds) and sorts each partition, so partition p holds values no larger than those
 * of partition p + 1. Pass 1 validates the rows and computes {@link PartitionSums} per
 * partition; the driver forms the partition offsets O_p (cumulative weight) and I_p (cumulative
 * income) with compensated sums and the Gini coefficient
 * G = Σ_p (A_p + (2O_p − W) B_p + (m_p − μ) W_p (2O_p + W_p − W))/(W T). Pass 2, only when Lorenz
 * ordinates are asked for, visits just the partitions that hold a requested population share
 * p·W and reads L(p) = (I_before + (pW − C_before)·x)/T off the row where the cumulative weight
 * reaches pW, exactly as the single-machine pass does. Both passes run on the same RDD, so Spark
 * reuses the shuffle output of the sort. Cost: the sort (O(n log n) spread over the cluster),
 * one scan per pass, O(partitions) on the driver.
 */
final class SortedPasses {

    private final JavaRDD<Row> sorted;
    private final List<PartitionSums> partitions;
    private final double weight;
    private final double total;
    private final double gini;
    private final long count;
    private final int skipped;

    private SortedPasses(JavaRDD<Row> sorted, List<PartitionSums> partitions) {
        this.sorted = sorted;
        this.partitions = partitions;
        CompensatedSum w = new CompensatedSum();
        CompensatedSum t = new CompensatedSum();
        long n = 0;
        int nan = 0;
        for (PartitionSums p : partitions) {
            w.add(p.weight());
            t.add(p.total());
            n += p.count();
            nan += p.skipped();
        }
        this.weight = w.value();
        this.total = t.value();
        this.count = n;
        this.skipped = nan;
        double mu = total / weight;
        CompensatedSum before = new CompensatedSum();
        CompensatedSum sum = new CompensatedSum();
        for (PartitionSums p : partitions) {
            if (p.weight() > 0) {
                double o = before.value();
                sum.add(p.rankSum());
                sum.add((2 * o - weight) * p.deviation());
                sum.add((p.centre() - mu) * p.weight() * (2 * o + p.weight() - weight));
                before.add(p.weight());
            }
        }
        this.gini = mu > 0 ? sum.value() / weight / total : Double.NaN;
    }

    /**
     * Sorts, validates and runs pass 1.
     *
     * @param data     two {@code double} columns, value then weight
     * @param settings the data policies
     * @param check    the column names, for messages
     * @return the passes
     * @throws IllegalArgumentException (wrapped by Spark) for a rejected row
     */
    static SortedPasses of(Dataset<Row> data, Settings settings, RowCheck check) {
        String value = data.columns()[0];
        JavaRDD<Row> sorted = data.orderBy(data.col(value)).javaRDD();
        List<PartitionSums> sums = new ArrayList<>(sorted
                .mapPartitionsWithIndex((index, rows) -> Collections.singletonList(
                        PartitionSums.of(index, rows, settings, check)).iterator(), true)
                .collect());
        sums.sort(Comparator.comparingInt(PartitionSums::partition));
        return new SortedPasses(sorted, sums);
    }

    /** @return the Gini coefficient; {@code NaN} when the mean is not positive */
    double gini() {
        return gini;
    }

    /** @return W = Σ w */
    double weight() {
        return weight;
    }

    /** @return T = Σ w x */
    double total() {
        return total;
    }

    /** @return the number of rows kept (not missing) */
    long count() {
        return count;
    }

    /** @return the number of missing values skipped */
    int skipped() {
        return skipped;
    }

    /**
     * Pass 2: the Lorenz ordinates at the given population shares.
     *
     * @param shares population shares in ascending order, in [0, 1]; not modified
     * @return L at each share
     */
    double[] lorenz(double[] shares) {
        double[] l = new double[shares.length];
        Arrays.fill(l, 1);
        int parts = partitions.size();
        double[] weightBefore = new double[parts];
        double[] incomeBefore = new double[parts];
        List<List<Integer>> targets = new ArrayList<>();
        CompensatedSum cw = new CompensatedSum();
        CompensatedSum ci = new CompensatedSum();
        int k = 0;
        for (int p = 0; p < parts; p++) {
            weightBefore[p] = cw.value();
            incomeBefore[p] = ci.value();
            cw.add(partitions.get(p).weight());
            ci.add(partitions.get(p).total());
            double after = cw.value();
            List<Integer> mine = new ArrayList<>();
            while (partitions.get(p).weight() > 0 && k < shares.length && shares[k] * weight <= after) {
                mine.add(k++);
            }
            targets.add(mine);
        }
        int[] ids = java.util.stream.IntStream.range(0, parts).filter(p -> !targets.get(p).isEmpty()).toArray();
        if (ids.length == 0) {
            return l;
        }
        double[][] wanted = new double[parts][];
        for (int p : ids) {
            wanted[p] = targets.get(p).stream().mapToDouble(i -> shares[i] * weight).toArray();
        }
        double t = total;
        List<double[]>[] results = sorted.mapPartitionsWithIndex((index, rows) -> Collections.singletonList(
                wanted[index] == null ? new double[0] : ordinates(rows, wanted[index], weightBefore[index],
                        incomeBefore[index], t)).iterator(), true).collectPartitions(ids);
        for (int j = 0; j < ids.length; j++) {
            double[] values = results[j].get(0);
            List<Integer> mine = targets.get(ids[j]);
            for (int q = 0; q < values.length; q++) {
                l[mine.get(q)] = values[q];
            }
        }
        return l;
    }

    /**
     * The single-machine pass of {@code LorenzMeasures.shares} over one partition.
     *
     * @param rows          the partition's rows, ascending
     * @param targets       the cumulative weights p·W to reach, ascending
     * @param weightBefore  the weight of the partitions before
     * @param incomeBefore  the income of the partitions before
     * @param total         T
     * @return L at each target (the share at the partition's end for targets it misses by rounding)
     */
    private static double[] ordinates(Iterator<Row> rows, double[] targets, double weightBefore, double incomeBefore,
            double total) {
        double[] l = new double[targets.length];
        CompensatedSum cw = new CompensatedSum();
        CompensatedSum ci = new CompensatedSum();
        int k = 0;
        while (rows.hasNext() && k < targets.length) {
            Row r = rows.next();
            if (r.isNullAt(0) || Double.isNaN(r.getDouble(0))) {
                continue;
            }
            double x = r.getDouble(0);
            double w = r.getDouble(1);
            double before = weightBefore + cw.value();
            double income = incomeBefore + ci.value();
            cw.add(w);
            double after = weightBefore + cw.value();
            while (k < targets.length && targets[k] <= after) {
                l[k] = (income + (targets[k] - before) * x) / total;
                k++;
            }
            ci.add(w * x);
        }
        for (; k < targets.length; k++) {
            l[k] = (incomeBefore + ci.value()) / total;
        }
        return l;
    }
}
