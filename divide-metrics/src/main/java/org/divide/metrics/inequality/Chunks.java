package org.divide.metrics.inequality;

import java.util.function.BinaryOperator;
import java.util.stream.IntStream;

/**
 * Deterministic chunked reduction over an index range. The range is always cut into the same
 * fixed-size chunks and the partial results are combined left to right, so the result is the
 * same whether the chunks run on one thread or on the common fork-join pool.
 */
final class Chunks {

    /** Elements per chunk. */
    static final int SIZE = 1 << 16;

    /** Minimum number of chunks before work is spread over threads. */
    private static final int PARALLEL_MIN_CHUNKS = 4;

    private Chunks() {
    }

    /** A computation over the index range {@code [from, to)}. */
    @FunctionalInterface
    interface RangeFunction<T> {
        /**
         * Computes the partial result of a range.
         *
         * @param from first index, inclusive
         * @param to   last index, exclusive
         * @return the partial result
         */
        T apply(int from, int to);
    }

    /**
     * Reduces {@code [0, n)} chunk by chunk.
     *
     * @param n        the length of the range
     * @param parallel whether chunks may run in parallel
     * @param function computes a chunk
     * @param combine  combines two partial results, the left one first; may return its left argument
     * @param <T>      the type of a partial result
     * @return the combined result ({@code function.apply(0, 0)} for an empty range)
     */
    static <T> T reduce(int n, boolean parallel, RangeFunction<T> function, BinaryOperator<T> combine) {
        int chunks = Math.max(1, (int) (((long) n + SIZE - 1) / SIZE));
        if (chunks == 1) {
            return function.apply(0, n);
        }
        @SuppressWarnings("unchecked")
        T[] parts = (T[]) new Object[chunks];
        IntStream indices = IntStream.range(0, chunks);
        if (parallel && chunks >= PARALLEL_MIN_CHUNKS) {
            indices = indices.parallel();
        }
        indices.forEach(c -> parts[c] = function.apply(c * SIZE, (int) Math.min(n, (long) c * SIZE + SIZE)));
        T result = parts[0];
        for (int c = 1; c < chunks; c++) {
            result = combine.apply(result, parts[c]);
        }
        return result;
    }
}
