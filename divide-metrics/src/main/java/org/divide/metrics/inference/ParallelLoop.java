package org.divide.metrics.inference;

import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
import java.util.stream.IntStream;

/**
 * Runs an indexed loop in chunks on an executor, with progress, cancellation and error propagation.
 * Results must depend on the index only (never on the chunk or thread), which makes them
 * independent of the executor.
 *
 * <p>With no executor the chunks run as a parallel stream on the common pool, the calling thread
 * taking part. With an executor the calling thread submits the chunks and waits; an executor that
 * runs tasks in the caller ({@code Runnable::run}) makes the loop sequential.
 */
final class ParallelLoop {

    /** The number of chunks a loop is cut into (fewer for short loops). */
    static final int CHUNKS = 64;

    /** The body of a loop over {@code [from, to)}. */
    @FunctionalInterface
    interface Chunk {
        /**
         * Runs the indices {@code from} to {@code to - 1}, calling {@link ParallelLoop#stopped()}
         * before each one and returning when it is {@code true}.
         *
         * @param from the first index
         * @param to   one past the last index
         */
        void run(int from, int to);
    }

    private final Executor executor;
    private final ProgressListener listener;
    private final BooleanSupplier cancelled;
    private final int total;
    private final AtomicBoolean stop = new AtomicBoolean();
    private final AtomicReference<Throwable> failure = new AtomicReference<>();
    private final Object progressLock = new Object();
    private int done;

    /**
     * Creates a loop runner for one computation of {@code total} units of work (over one or more
     * loops).
     *
     * @param executor  the executor, or {@code null} for the common pool
     * @param listener  the progress listener, or {@code null}
     * @param cancelled the cancellation flag, or {@code null}
     * @param total     the units of work of the whole computation, for progress
     */
    ParallelLoop(Executor executor, ProgressListener listener, BooleanSupplier cancelled, int total) {
        this.executor = executor;
        this.listener = listener;
        this.cancelled = cancelled;
        this.total = total;
    }

    /**
     * Returns whether the loop should stop: another chunk failed or the computation was cancelled.
     *
     * @return {@code true} to stop
     */
    boolean stopped() {
        if (stop.get()) {
            return true;
        }
        if (cancelled != null && cancelled.getAsBoolean()) {
            stop.set(true);
            return true;
        }
        return false;
    }

    /**
     * Runs {@code body} over {@code [0, count)} and returns when every chunk is done.
     *
     * @param count the number of indices
     * @param body  the loop body
     * @param what  what an index is, for messages ("bootstrap replicate")
     * @throws CancellationException if the computation was cancelled or the waiting thread
     *                               interrupted
     * @throws RuntimeException      the first failure of the body, rethrown as it is
     */
    void run(int count, Chunk body, String what) {
        int chunks = Math.min(count, CHUNKS);
        if (executor == null) {
            IntStream.range(0, chunks).parallel().forEach(c -> chunk(c, chunks, count, body));
        } else {
            CompletableFuture<?>[] futures = new CompletableFuture<?>[chunks];
            for (int c = 0; c < chunks; c++) {
                int chunk = c;
                try {
                    futures[c] = CompletableFuture.runAsync(() -> chunk(chunk, chunks, count, body), executor);
                } catch (RuntimeException e) { // RejectedExecutionException
                    stop.set(true);
                    throw e;
                }
            }
            for (CompletableFuture<?> f : futures) {
                try {
                    f.get();
                } catch (InterruptedException e) {
                    stop.set(true);
                    Thread.currentThread().interrupt();
                    throw new CancellationException("interrupted while waiting for the " + what + "s");
                } catch (ExecutionException e) {
                    failure.compareAndSet(null, e.getCause());
                    stop.set(true);
                }
            }
        }
        Throwable t = failure.get();
        if (t instanceof Error) {
            throw (Error) t;
        }
        if (t instanceof RuntimeException) {
            throw (RuntimeException) t;
        }
        if (t != null) {
            throw new IllegalStateException(what + " failed", t);
        }
        if (stop.get()) {
            synchronized (progressLock) {
                throw new CancellationException("cancelled after " + done + " of " + total + " units of work");
            }
        }
    }

    private void chunk(int c, int chunks, int count, Chunk body) {
        int from = (int) ((long) count * c / chunks);
        int to = (int) ((long) count * (c + 1) / chunks);
        if (stopped()) {
            return;
        }
        try {
            body.run(from, to);
        } catch (RuntimeException | Error e) {
            failure.compareAndSet(null, e);
            stop.set(true);
            return;
        }
        if (!stop.get()) {
            report(to - from);
        }
    }

    private void report(int units) {
        synchronized (progressLock) {
            done += units;
            if (listener != null) {
                listener.progress(done, total);
            }
        }
    }
}
