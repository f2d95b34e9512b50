package org.divide.io.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;
import org.divide.io.MalformedDataException;

/**
 * Parses the body of an input held in memory in chunks of whole lines on several threads, and
 * hands the parsed chunks to a sequential merge in file order: the parallel machinery of a fast
 * path ({@link WideCsvBytes}).
 *
 * <p>The body is cut into chunks of about {@code chunkBytes} bytes, each ending just after a line
 * feed (or at the input's end). A wave of one chunk per thread is parsed at once, each chunk by its
 * own worker (which touches nothing shared), then the chunks are merged one after the other in file
 * order while the next wave is parsed; two waves alternate. A worker belongs to one slot of one
 * wave and is reused for every chunk of that slot, so it may keep state (interned codes) from one
 * chunk to the next. Only the merge touches shared state and it runs on the caller's thread, so
 * the result does not depend on the number of threads. With one thread, chunks are parsed on the
 * caller's thread.
 *
 * @param <W> the worker type
 */
final class ChunkWaves<W extends ChunkWaves.Worker> {

    /** Parses chunks; must not throw (a failure is recorded in the worker and seen by the merge). */
    interface Worker {
        /**
         * Parses the lines of {@code [start, end)}.
         *
         * @param start the first byte, at the start of a line
         * @param end   one past the last byte, just after a line feed or at the input's end
         */
        void parse(int start, int end);
    }

    /** Takes the parsed chunks in file order. */
    interface Merge<W> {
        /**
         * Merges one parsed chunk.
         *
         * @param worker the worker that parsed it
         * @return {@code false} to stop (decline)
         * @throws MalformedDataException to stop with an error
         */
        boolean merge(W worker) throws MalformedDataException;
    }

    private final byte[] b;
    private final int n;
    private final int threads;
    private final int chunkBytes;
    private final String name;
    private final Wave first;
    private final Wave second;

    /**
     * Waves over the bytes of one input.
     *
     * @param bytes      the input
     * @param length     how many of its bytes
     * @param threads    how many chunks to parse at once, at least 1
     * @param chunkBytes the size of a chunk before it is extended to the next line feed, at least 1
     * @param workers    makes the worker of a slot (0 to {@code 2 × threads - 1})
     * @param name       the prefix of the threads' names
     */
    ChunkWaves(byte[] bytes, int length, int threads, int chunkBytes, IntFunction<W> workers, String name) {
        this.b = bytes;
        this.n = length;
        this.threads = threads;
        this.chunkBytes = chunkBytes;
        this.name = name;
        this.first = new Wave(workers, 0);
        this.second = new Wave(workers, threads);
    }

    /**
     * Parses the body from {@code start} and merges its chunks in file order.
     *
     * @param start the first byte of the body, at the start of a line
     * @param merge takes each parsed chunk
     * @return {@code true} if every chunk was merged; {@code false} if a merge declined or the
     *         caller was interrupted
     * @throws MalformedDataException from a merge
     */
    boolean run(int start, Merge<W> merge) throws MalformedDataException {
        Wave current = first;
        current.start(start);
        try {
            while (current.used > 0) {
                current.await();
                Wave following = current == first ? second : first;
                following.start(current.bounds[current.used]);
                if (current.interrupted) {
                    return false;
                }
                for (int k = 0; k < current.used; k++) {
                    if (!merge.merge(current.workers.get(k))) {
                        return false;
                    }
                }
                current = following;
            }
            return true;
        } finally {
            first.await();
            second.await();
        }
    }

    /** One wave of chunks, one per thread, with its workers. */
    private final class Wave {
        final List<W> workers = new ArrayList<>();
        final int[] bounds = new int[threads + 1];
        final Thread[] running = new Thread[threads];
        final int slot;
        int used;
        boolean interrupted;

        Wave(IntFunction<W> make, int slot) {
            this.slot = slot;
            for (int w = 0; w < threads; w++) {
                workers.add(make.apply(slot + w));
            }
        }

        /** Cuts the chunks from {@code at} and parses them: on their own threads, or here for one. */
        void start(int at) {
            used = cut(at, bounds);
            for (int w = 0; w < used; w++) {
                W k = workers.get(w);
                int from = bounds[w];
                int to = bounds[w + 1];
                if (threads == 1) {
                    k.parse(from, to);
                } else {
                    running[w] = new Thread(() -> k.parse(from, to), name + "-" + (slot + w));
                    running[w].setDaemon(true);
                    running[w].start();
                }
            }
        }

        /** Waits for the chunks being parsed. */
        void await() {
            for (int w = 0; w < running.length; w++) {
                if (running[w] == null) {
                    continue;
                }
                try {
                    running[w].join();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    interrupted = true;
                    continue;
                }
                running[w] = null;
            }
        }
    }

    /** Cuts up to {@link #threads} chunks of whole lines from {@code at}; the number cut. */
    private int cut(int at, int[] bounds) {
        bounds[0] = at;
        int used = 0;
        while (used < threads && bounds[used] < n) {
            int end = (int) Math.min((long) bounds[used] + chunkBytes, n);
            while (end < n && b[end - 1] != '\n') {
                end++;
            }
            bounds[++used] = end;
        }
        return used;
    }
}
