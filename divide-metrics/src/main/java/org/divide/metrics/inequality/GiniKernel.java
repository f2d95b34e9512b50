package org.divide.metrics.inequality;

import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;
import java.util.stream.IntStream;
import org.divide.metrics.internal.sort.PairSort;
import org.divide.metrics.internal.sort.RadixSort;
import org.divide.metrics.numeric.CompensatedSum;

/**
 * The centred Gini sum of {@link GiniIndex}, computed bucket by bucket: each bucket of the value
 * range is sorted and summed while it is in the cache, with no pass over the sorted whole.
 *
 * <p>With the observations in ascending order, C_{<i} the weight before observation i, W = Σw
 * and μ the mean, the sum is
 * <pre>
 *   S = Σ_i w_i (2C_{<i} + w_i − W)(x_i − μ),   G = S / (W·Σ w_i x_i),
 * </pre>
 * with tie groups taken whole (a group of weight g at C_{<} contributes (2C_{<} + g − W)·g·(x − μ)).
 * Unweighted, w_i = 1 and C_{<i} is the rank, known exactly.
 *
 * <p>Algorithm. The order-preserving key of each value ({@link RadixSort#key}) minus the key of
 * the minimum is an unsigned offset; its top bits (about n/2¹¹ buckets, at most 2¹⁶) number the
 * bucket, so buckets follow the value order and equal values share a bucket. One pass counts the
 * buckets, a second pass scatters the offsets (and the weights' bits) into one array of n each,
 * stably and in parallel over parts of the input (stable, so the content of every bucket does
 * not depend on the parts). Then consecutive buckets are grouped into tasks of about n/64
 * observations (a grouping fixed by the data); each task sorts its buckets one by one
 * ({@link PairSort#sortInto}: most-significant-digit radix sort into a per-thread workspace
 * of at most 2¹⁷ pairs, so the sorted bucket is not written back) and sums each bucket while it
 * is in the cache. Weighted, a task does not know the weight before it, so it returns three
 * compensated sums over its tie groups, with c the cumulative weight inside the task,
 * <pre>
 *   A = Σ (2c + g)·g·(x − μ),   B = Σ g·(x − μ),   W_t = Σ g,
 * </pre>
 * and the tasks are combined left to right as S = Σ_t A_t + (2C_t − W)·B_t, with C_t the
 * (compensated) weight of the tasks before; this is the same sum, regrouped. Unweighted, the
 * rank before each bucket is known from the counts, so every term is the one of the sorted-order
 * pass. The tasks and their order do not depend on the number of threads, so neither do the
 * bits of the result.
 *
 * <p>Memory: one {@code long} array of n (unweighted) or two (weighted: offsets and weights,
 * which are moved together, so there is no gather through an index afterwards), O(2¹⁶)
 * counters per part and the workspace per thread; the inputs are only read. Cost: two streaming
 * passes and one scattering pass over the data, then O(n) in-cache work when the buckets are
 * short, as for smooth distributions; buckets of equal values cost one read. A bucket longer
 * than the workspace (a dense cluster of distinct values next to far outliers) is sorted in
 * place (American flag sort), out of the cache but still in O(n) per 14-bit digit.
 */
final class GiniKernel {

    /** log₂ of the mean number of observations per bucket aimed at. */
    private static final int BUCKET_LOG2 = 11;
    /** Bits of the bucket number, at least ... */
    private static final int MIN_BUCKET_BITS = 4;
    /** ... and at most (65 536 buckets, 256 KB of counters per part). */
    private static final int MAX_BUCKET_BITS = 16;
    /** Minimum number of observations before the passes run in parallel. */
    private static final int PARALLEL_MIN = 1 << 16;
    /** Number of parts the parallel counting and scattering passes are cut into (more than cores, for balance). */
    private static final int PARTS = 8;
    /** Number of tasks the buckets are grouped into, and ... */
    private static final int TASKS = 64;
    /** ... the minimum number of observations per task. */
    private static final int TASK_MIN = 1 << 12;
    /** Longest bucket sorted into the per-thread workspace (1 MB of keys); longer ones are sorted in place. */
    private static final int SCRATCH = 1 << 17;

    private GiniKernel() {
    }

    /**
     * @param s        a sample whose values are not all equal; its arrays are not modified
     * @param mu       the weighted mean
     * @param parallel whether the passes may use the common fork-join pool
     * @return the centred sum S
     */
    static double centredSum(Sample s, double mu, boolean parallel) {
        double[] x = s.x;
        double[] w = s.w;
        int n = x.length;
        long keyMin = RadixSort.key(s.min);
        long range = RadixSort.key(s.max) - keyMin;
        int rangeBits = 64 - Long.numberOfLeadingZeros(range);
        int log2 = 31 - Integer.numberOfLeadingZeros(n);
        int bucketBits = Math.min(rangeBits,
                Math.max(MIN_BUCKET_BITS, Math.min(MAX_BUCKET_BITS, log2 - BUCKET_LOG2)));
        int shift = rangeBits - bucketBits;
        int buckets = (int) (range >>> shift) + 1;
        boolean inParallel = parallel && n >= PARALLEL_MIN;

        int parts = inParallel ? PARTS : 1;
        int[][] cursors = new int[parts][];
        forEach(parts, inParallel, p -> cursors[p] = count(x, partStart(p, parts, n), partStart(p + 1, parts, n),
                keyMin, shift, buckets));
        int[] start = new int[buckets + 1];
        int position = 0;
        for (int b = 0; b < buckets; b++) {
            start[b] = position;
            for (int[] cursor : cursors) {
                int k = cursor[b];
                cursor[b] = position;
                position += k;
            }
        }
        start[buckets] = n;
        int longest = 0;
        for (int b = 0; b < buckets; b++) {
            longest = Math.max(longest, start[b + 1] - start[b]);
        }
        int capacity = Math.min(longest, SCRATCH);

        long[] keys = new long[n];
        long[] weights = w == null ? null : new long[n];
        forEach(parts, inParallel, p -> scatter(x, w, partStart(p, parts, n), partStart(p + 1, parts, n),
                keyMin, shift, cursors[p], keys, weights));

        int[] taskStart = RadixSort.tasks(start, Math.max(TASK_MIN, n / TASKS));
        int tasks = taskStart.length - 1;
        Part[] results = new Part[tasks];
        AtomicInteger next = new AtomicInteger();
        int workers = inParallel ? Math.min(tasks, ForkJoinPool.getCommonPoolParallelism() + 1) : 1;
        forEach(workers, inParallel, worker -> {
            PairSort.Workspace workspace = new PairSort.Workspace(capacity, weights != null);
            for (int t = next.getAndIncrement(); t < tasks; t = next.getAndIncrement()) {
                Part part = new Part();
                for (int b = taskStart[t]; b < taskStart[t + 1]; b++) {
                    int from = start[b];
                    int to = start[b + 1];
                    long[] k = keys;
                    long[] v = weights;
                    int first = from;
                    if (PairSort.sortInto(keys, weights, from, to, workspace)) {
                        k = workspace.keys;
                        v = workspace.payload;
                        first = 0;
                    }
                    if (v == null) {
                        part.addUnweighted(k, first, first + to - from, from - first, n, keyMin, mu);
                    } else {
                        part.addWeighted(k, v, first, first + to - from, keyMin, mu);
                    }
                }
                results[t] = part;
            }
        });
        return combine(results, s.totalWeight);
    }

    private static int partStart(int p, int parts, int n) {
        return (int) ((long) n * p / parts);
    }

    private static void forEach(int count, boolean parallel, IntConsumer body) {
        IntStream indices = IntStream.range(0, count);
        (parallel && count > 1 ? indices.parallel() : indices).forEach(body);
    }

    /** @return the number of values of {@code x[from, to)} in each bucket */
    private static int[] count(double[] x, int from, int to, long keyMin, int shift, int buckets) {
        int[] c = new int[buckets];
        for (int i = from; i < to; i++) {
            c[(int) ((RadixSort.key(x[i]) - keyMin) >>> shift)]++;
        }
        return c;
    }

    /** Writes the offsets (and weight bits) of {@code [from, to)} at the cursors of their buckets. */
    private static void scatter(double[] x, double[] w, int from, int to, long keyMin, int shift, int[] cursor,
            long[] keys, long[] weights) {
        if (w == null) {
            for (int i = from; i < to; i++) {
                long k = RadixSort.key(x[i]) - keyMin;
                keys[cursor[(int) (k >>> shift)]++] = k;
            }
            return;
        }
        for (int i = from; i < to; i++) {
            long k = RadixSort.key(x[i]) - keyMin;
            int j = cursor[(int) (k >>> shift)]++;
            keys[j] = k;
            weights[j] = Double.doubleToRawLongBits(w[i]);
        }
    }

    /** S = Σ_t A_t + (2C_t − W)·B_t, left to right. */
    private static double combine(Part[] parts, double totalWeight) {
        CompensatedSum sum = new CompensatedSum();
        CompensatedSum before = new CompensatedSum();
        for (Part p : parts) {
            sum.add(p.a);
            if (p.b != null) {
                sum.addScaled(p.b, 2 * before.value() - totalWeight);
                before.add(p.weight);
                before.add(p.weightCompensation);
            }
        }
        return sum.value();
    }

    /** The sums of one task. */
    private static final class Part {
        /** Unweighted: the terms of S; weighted: A. */
        final CompensatedSum a = new CompensatedSum();
        /** Weighted: B. */
        CompensatedSum b;
        /** Weighted: W_t, compensated. */
        double weight;
        double weightCompensation;

        /** Adds the terms of the sorted bucket {@code keys[from, to)}; the rank of {@code keys[i]} is {@code i + rank}. */
        void addUnweighted(long[] keys, int from, int to, int rank, int n, long keyMin, double mu) {
            double sum = 0;
            double compensation = 0;
            int i = from;
            while (i < to) {
                long k = keys[i];
                int j = i + 1;
                while (j < to && keys[j] == k) {
                    j++;
                }
                long g = j - i;
                double term = (double) (2L * (i + rank) + g - n) * g * (RadixSort.value(k + keyMin) - mu);
                double t = sum + term;
                compensation += Math.abs(sum) >= Math.abs(term) ? (sum - t) + term : (term - t) + sum;
                sum = t;
                i = j;
            }
            fold(a, sum, compensation);
        }

        /** Adds the tie groups of the sorted bucket {@code [from, to)} to A, B and W_t. */
        void addWeighted(long[] keys, long[] weights, int from, int to, long keyMin, double mu) {
            if (b == null) {
                b = new CompensatedSum();
            }
            double c = weight;
            double cc = weightCompensation;
            double sa = 0;
            double ca = 0;
            double sb = 0;
            double cb = 0;
            int i = from;
            while (i < to) {
                long k = keys[i];
                double g = Double.longBitsToDouble(weights[i]);
                int j = i + 1;
                while (j < to && keys[j] == k) {
                    g += Double.longBitsToDouble(weights[j]);
                    j++;
                }
                double d = RadixSort.value(k + keyMin) - mu;
                double term = (2 * (c + cc) + g) * g * d;
                double t = sa + term;
                ca += Math.abs(sa) >= Math.abs(term) ? (sa - t) + term : (term - t) + sa;
                sa = t;
                term = g * d;
                t = sb + term;
                cb += Math.abs(sb) >= Math.abs(term) ? (sb - t) + term : (term - t) + sb;
                sb = t;
                t = c + g;
                cc += c >= g ? (c - t) + g : (g - t) + c;
                c = t;
                i = j;
            }
            fold(a, sa, ca);
            fold(b, sb, cb);
            weight = c;
            weightCompensation = cc;
        }

        /** Adds a compensated sum (s, c) of one bucket; an overflowed s is added alone, as a non-finite term. */
        private static void fold(CompensatedSum into, double s, double c) {
            into.add(s);
            if (Double.isFinite(s)) {
                into.add(c);
            }
        }
    }
}
