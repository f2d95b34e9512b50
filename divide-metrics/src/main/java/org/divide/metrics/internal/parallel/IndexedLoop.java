package org.divide.metrics.internal.parallel;

import java.util.concurrent.CancellationException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executor;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.function.IntConsumer;

/**
 * Runs indexed loops on worker threads, for computations whose result for index r depends on r
 * alone (a bootstrap replicate, a model run), so that results never depend on the threads.
 *
 * <p>The range {@code [0, count)} is cut into at most {@code chunks} chunks of consecutive indices,
 * handed out in order from a shared counter. With no executor, helpers run on the common fork-join
 * pool and the calling thread works too (as a parallel stream does); with an executor the calling
 * thread submits the helpers and waits, so {@code Runnable::run} makes the loop sequential on the
 * calling thread. After each finished chunk a progress callback receives its length, one call at a
 * time. Cancellation is checked before each index (the chunk bodies call {@link #stopped()}); a
 * failure stops the other chunks, and the failure with the lowest index is rethrown to the caller as
 * it was thrown. The stop flag belongs to the runner, so several loops of one computation (run one
 * after the other, or nested) stop together. <strong>Not API.</strong>
 */
public final class IndexedLoop {

    /** The body of a loop over the indices {@code [from, to)}. */
    @FunctionalInterface
    public interface Chunk {
        /**
         * Runs the indices {@code from} to {@code to - 1}, calling {@link IndexedLoop#stopped()}
         * before each one and returning when it is {@code true}.
         *
         * @param from the first index
         * @param to   one past the last index
         */
        void run(int from, int to);
    }

    private final Executor executor;
    private final BooleanSupplier cancelled;
    private final AtomicBoolean stop = new AtomicBoolean();

    /**
     * Creates a runner for one computation.
     *
     * @param executor  the executor, or {@code null} for the common pool with the caller taking part
     * @param cancelled the cancellation flag, or {@code null}
     */
    public IndexedLoop(Executor executor, BooleanSupplier cancelled) {
        this.executor = executor;
        this.cancelled = cancelled;
    }

    /**
     * Returns whether loops should stop: a chunk failed or the computation was cancelled.
     *
     * @return {@code true} to stop
     */
    public boolean stopped() {
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
     * Runs {@code body} for every index in {@code [0, count)}, one index at a time, and returns when
     * all are done. A failure is attributed to the index it was thrown at.
     *
     * @param count    the number of indices
     * @param chunks   the largest number of chunks to cut the range into
     * @param body     computes one index
     * @param progress receives the length of each finished chunk, or {@code null}
     * @param what     what the indices are, in the plural, for messages ("runs")
     * @throws CancellationException if cancelled or interrupted while waiting
     * @throws RuntimeException      the failure with the lowest index, as thrown
     */
    public void forEach(int count, int chunks, IntConsumer body, IntConsumer progress, String what) {
        run(count, chunks, null, body, progress, what);
    }

    /**
     * Runs {@code body} over {@code [0, count)} chunk by chunk and returns when every chunk is done;
     * the body keeps whatever scratch it needs for the length of a chunk. A failure is attributed to
     * the first index of its chunk.
     *
     * @param count    the number of indices
     * @param chunks   the largest number of chunks to cut the range into
     * @param body     computes one chunk, checking {@link #stopped()} before each index
     * @param progress receives the length of each finished chunk, or {@code null}
     * @param what     what the indices are, in the plural, for messages ("bootstrap replicates")
     * @throws CancellationException if cancelled or interrupted while waiting
     * @throws RuntimeException      the failure of the lowest chunk, as thrown
     */
    public void forEachChunk(int count, int chunks, Chunk body, IntConsumer progress, String what) {
        run(count, chunks, body, null, progress, what);
    }

    private void run(int count, int chunks, Chunk chunkBody, IntConsumer indexBody, IntConsumer progress,
            String what) {
        if (count <= 0) {
            return;
        }
        Loop loop = new Loop(count, Math.max(1, Math.min(count, chunks)), chunkBody, indexBody, progress);
        int helpers = Math.min(executor == null ? ForkJoinPool.getCommonPoolParallelism() : helpers(executor),
                loop.chunks);
        Executor target = executor == null ? ForkJoinPool.commonPool() : executor;
        RuntimeException rejected = null;
        for (int h = 0; h < helpers; h++) {
            try {
                target.execute(loop::drain);
            } catch (RuntimeException e) { // RejectedExecutionException
                stop.set(true);
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
            stop.set(true);
            Thread.currentThread().interrupt();
            throw new CancellationException("interrupted while waiting for the " + what);
        }
        if (rejected != null) {
            throw rejected;
        }
        loop.rethrow(what);
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
        final Chunk chunkBody;
        final IntConsumer indexBody;
        final IntConsumer progress;
        final AtomicInteger next = new AtomicInteger();
        final CountDownLatch finished;
        private int done;
        private int failedAt = Integer.MAX_VALUE;
        private Throwable failure;

        Loop(int count, int chunks, Chunk chunkBody, IntConsumer indexBody, IntConsumer progress) {
            this.count = count;
            this.chunks = chunks;
            this.chunkBody = chunkBody;
            this.indexBody = indexBody;
            this.progress = progress;
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
            if (stopped()) {
                return;
            }
            try {
                if (chunkBody != null) {
                    chunkBody.run(from, to);
                } else if (!eachIndex(from, to)) {
                    return;
                }
            } catch (RuntimeException | Error e) {
                fail(from, e);
                return;
            }
            if (!stop.get()) {
                try {
                    report(to - from);
                } catch (RuntimeException | Error e) {
                    fail(to - 1, e);
                }
            }
        }

        /** Runs the indices one by one; returns {@code false} when one failed. */
        private boolean eachIndex(int from, int to) {
            for (int r = from; r < to && !stopped(); r++) {
                try {
                    indexBody.accept(r);
                } catch (RuntimeException | Error e) {
                    fail(r, e);
                    return false;
                }
            }
            return true;
        }

        private synchronized void fail(int index, Throwable e) {
            stop.set(true);
            if (index < failedAt) {
                failedAt = index;
                failure = e;
            }
        }

        private synchronized void report(int units) {
            done += units;
            if (progress != null) {
                progress.accept(units);
            }
        }

        synchronized void rethrow(String what) {
            if (failure instanceof Error) {
                throw (Error) failure;
            }
            if (failure != null) {
                throw (RuntimeException) failure;
            }
            if (stop.get()) {
                throw new CancellationException("cancelled after " + done + " of " + count + " " + what);
            }
        }
    }
}
