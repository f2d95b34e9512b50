package org.divide.metrics.uncertainty;

import java.time.Duration;
import java.util.concurrent.CancellationException;
import java.util.concurrent.Executor;
import java.util.function.BooleanSupplier;
import java.util.function.IntConsumer;
import org.divide.metrics.internal.parallel.IndexedLoop;

/**
 * The analyses' parallel runner: an {@link IndexedLoop} (chunks of consecutive indices handed out
 * in order, cancellation before each index, the failure of the lowest index rethrown) whose
 * progress is reported as {@link RunProgress} with the elapsed and estimated remaining time. The
 * body writes its result for index r into a slot of its own, so results never depend on the threads.
 */
final class Workers {

    /** The body of a loop. */
    @FunctionalInterface
    interface Body {
        /**
         * Computes index {@code r}.
         *
         * @param r the index
         */
        void run(int r);
    }

    /** At most this many chunks per loop: fine enough for progress and balance. */
    private static final int CHUNKS = 256;

    private final IndexedLoop loop;

    /**
     * Creates a runner.
     *
     * @param executor  the executor, or {@code null} for the common pool with the caller taking part
     * @param cancelled the cancellation flag, or {@code null}
     */
    Workers(Executor executor, BooleanSupplier cancelled) {
        this.loop = new IndexedLoop(executor, cancelled);
    }

    /**
     * Runs {@code body} for every index in [0, count) and returns when all are done.
     *
     * @param count    the number of indices
     * @param body     the body
     * @param listener receives progress, or {@code null}
     * @throws CancellationException if cancelled or interrupted while waiting
     * @throws RuntimeException      the body's or listener's failure of the lowest index, as thrown
     */
    void forEach(int count, Body body, RunListener listener) {
        loop.forEach(count, CHUNKS, body::run, listener == null ? null : progress(count, listener), "runs");
    }

    /** Turns finished chunk lengths into {@link RunProgress} reports; called one chunk at a time. */
    private static IntConsumer progress(int count, RunListener listener) {
        long start = System.nanoTime();
        int[] done = {0};
        return units -> {
            done[0] += units;
            long elapsed = System.nanoTime() - start;
            long remaining = (long) ((double) elapsed * (count - done[0]) / done[0]);
            listener.progress(new RunProgress(done[0], count, Duration.ofNanos(elapsed), Duration.ofNanos(remaining)));
        };
    }
}
