package org.divide.metrics.uncertainty;

import java.time.Duration;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executor;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;

/**
 * Runs an indexed loop on worker threads: chunks of consecutive indices handed out in order from a
 * shared counter, progress after each chunk, cancellation checked before each index, and the
 * failure with the lowest index rethrown to the caller. The body must write its result for index
 * r into a slot of its own, so results never depend on the threads.
 *
 * <p>With no executor the helpers run on the common fork-join pool and the calling thread works
 * too (as a parallel stream does). With an executor the calling thread submits the helpers and
 * waits; {@code Runnable::run} makes the loop sequential on the calling thread.
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

    private final Executor executor;
    private final BooleanSupplier cancelled;

    /**
     * Creates a runner.
     *
     * @param executor  the executor, or {@code null} for the common pool with the caller taking part
     * @param cancelled the cancellation flag, or {@code null}
     */
    Workers(Executor executor, BooleanSupplier cancelled) {
        this.executor = executor;
        this.cancelled = cancelled;
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
        if (count == 0) {
            return;
        }
        Loop loop = new Loop(count, body, listener);
        int helpers = executor == null ? ForkJoinPool.getCommonPoolParallelism() : helpers(executor);
        helpers = Math.min(helpers, loop.chunks);
        Executor target = executor == null ? ForkJoinPool.commonPool() : executor;
        RuntimeException rejected = null;
        for (int h = 0; h < helpers; h++) {
            try {
                target.execute(loop::drain);
            } catch (RuntimeException e) { // RejectedExecutionException
                loop.stop.set(true);
                rejected = e;
                break;
            }
        }
        if (executor == null || rejected != null) {
            loop.drain();
        }
        try {
            loop.finished.await();
        } catch (InterruptedException e) {
            loop.stop.set(true);
            Thread.currentThread().interrupt();
            throw new CancellationException("interrupted while waiting for the runs");
        }
        if (rejected != null) {
            throw rejected;
        }
        loop.rethrow();
    }

    private static int helpers(Executor executor) {
        if (executor instanceof ForkJoinPool) {
            return ((ForkJoinPool) executor).getParallelism();
        }
        if (executor instanceof ThreadPoolExecutor) {
            return Math.max(1, ((ThreadPoolExecutor) executor).getMaximumPoolSize());
        }
        return Runtime.getRuntime().availableProcessors();
    }

    /** The state of one loop. */
    private final class Loop {
        final int count;
        final int chunks;
        final Body body;
        final RunListener listener;
        final AtomicInteger next = new AtomicInteger();
        final AtomicBoolean stop = new AtomicBoolean();
        final CountDownLatch finished;
        final long start = System.nanoTime();
        private int done;
        private int failedAt = Integer.MAX_VALUE;
        private Throwable failure;

        Loop(int count, Body body, RunListener listener) {
            this.count = count;
            this.chunks = Math.min(count, CHUNKS);
            this.body = body;
            this.listener = listener;
            this.finished = new CountDownLatch(chunks);
        }

        void drain() {
            int c;
            while ((c = next.getAndIncrement()) < chunks) {
                try {
                    run((int) ((long) count * c / chunks), (int) ((long) count * (c + 1) / chunks));
                } finally {
                    finished.countDown();
                }
            }
        }

        private void run(int from, int to) {
            for (int r = from; r < to; r++) {
                if (stopped()) {
                    return;
                }
                try {
                    body.run(r);
                } catch (RuntimeException | Error e) {
                    fail(r, e);
                    return;
                }
            }
            if (!stop.get()) {
                try {
                    report(to - from);
                } catch (RuntimeException | Error e) {
                    fail(to - 1, e);
                }
            }
        }

        private boolean stopped() {
            if (stop.get()) {
                return true;
            }
            if (cancelled != null && cancelled.getAsBoolean()) {
                stop.set(true);
                return true;
            }
            return false;
        }

        private synchronized void fail(int r, Throwable e) {
            stop.set(true);
            if (r < failedAt) {
                failedAt = r;
                failure = e;
            }
        }

        private synchronized void report(int units) {
            done += units;
            if (listener == null) {
                return;
            }
            long elapsed = System.nanoTime() - start;
            long remaining = (long) ((double) elapsed * (count - done) / done);
            listener.progress(new RunProgress(done, count, Duration.ofNanos(elapsed), Duration.ofNanos(remaining)));
        }

        synchronized void rethrow() {
            if (failure instanceof Error) {
                throw (Error) failure;
            }
            if (failure != null) {
                throw (RuntimeException) failure;
            }
            if (stop.get()) {
                throw new CancellationException("cancelled after " + done + " of " + count + " runs");
            }
        }
    }
}
