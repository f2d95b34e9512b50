package org.divide.io.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;
import org.divide.io.MalformedDataException;

/**
 * Parses the body of an input in chunks of whole lines on several threads, and hands the parsed
 * chunks to a sequential merge in file order: the parallel machinery of the fast paths
 * ({@link LongCsvBytes}, {@link WideCsvBytes}).
 *
 * <p>The body comes from {@link LineChunks} (bytes in memory, or a file read chunk by chunk) in
 * chunks of about {@code chunkBytes} bytes, each ending just after a line feed (or at the input's
 * end). Chunks go to {@code 2 × threads} slots in turn, chunk {@code i} to slot
 * {@code i mod 2·threads}; each slot has its own worker (which touches nothing shared), reused for
 * every chunk of that slot, so it may keep state (interned codes) from one chunk to the next. A
 * pool of {@code threads} threads parses the chunks in file order, each thread taking the next
 * chunk as soon as it is free (no thread waits for another's chunk), while the caller's thread
 * merges the parsed chunks one after the other in file order and gives each slot its next chunk
 * once its last one is merged; so at most {@code 2 × threads} chunks are held at once. Only the
 * merge touches shared state, so the result does not depend on the number of threads. With one
 * thread, every chunk is parsed on the caller's thread by the worker of slot 0.
 *
 * @param <W> the worker type
 */
final class ChunkPipeline<W extends ChunkPipeline.Worker> {

    /** Parses chunks; must not throw (a failure is recorded in the worker and seen by the merge). */
    interface Worker {
        /**
         * Parses the lines of {@code bytes[start, end)}.
         *
         * @param bytes the chunk's bytes, valid until the worker parses its next chunk
         * @param start the first byte, at the start of a line
         * @param end   one past the last byte, just after a line feed or at the input's end
         */
        void parse(byte[] bytes, int start, int end);
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

    private final LineChunks input;
    private final int threads;
    private final int chunkBytes;
    private final String name;
    private final List<W> workers = new ArrayList<>();
    private final LineChunks.Chunk[] chunks;

    /**
     * A pipeline over the chunks of one input.
     *
     * @param input      the body's chunks
     * @param threads    how many chunks to parse at once, at least 1
     * @param chunkBytes the size of a chunk before it is extended to the next line feed, at least 1
     * @param workers    makes the worker of a slot (0 to {@code 2 × threads - 1})
     * @param name       the prefix of the threads' names
     */
    ChunkPipeline(LineChunks input, int threads, int chunkBytes, IntFunction<W> workers, String name) {
        this.input = input;
        this.threads = threads;
        this.chunkBytes = chunkBytes;
        this.name = name;
        int slots = 2 * threads;
        this.chunks = new LineChunks.Chunk[slots];
        for (int s = 0; s < slots; s++) {
            this.workers.add(workers.apply(s));
            this.chunks[s] = new LineChunks.Chunk();
        }
    }

    /**
     * Parses the body and merges its chunks in file order.
     *
     * @param first the body's first chunk when the caller has read it already (the rest of the
     *              chunk that held the header), or {@code null}
     * @param merge takes each parsed chunk
     * @return {@code true} if every chunk was merged; {@code false} if a merge declined or the
     *         caller was interrupted
     * @throws MalformedDataException from a merge
     * @throws IOException            if the input cannot be read
     */
    boolean run(LineChunks.Chunk first, Merge<W> merge) throws MalformedDataException, IOException {
        boolean head = first != null && first.from < first.to;
        if (head) {
            chunks[0] = first;
        }
        if (threads == 1) {
            LineChunks.Chunk c = chunks[0];
            W w = workers.get(0);
            for (int i = 0; head && i == 0 || input.next(c, chunkBytes); i++) {
                w.parse(c.bytes, c.from, c.to);
                if (!merge.merge(w)) {
                    return false;
                }
            }
            return true;
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads, new Named());
        try {
            int slots = workers.size();
            List<Future<?>> parsing = new ArrayList<>(slots);
            int given = 0;
            while (given < slots && (head && given == 0 || input.next(chunks[given], chunkBytes))) {
                parsing.add(parse(pool, given++));
            }
            for (int i = 0; i < given; i++) {
                int s = i % slots;
                parsing.get(s).get();
                if (!merge.merge(workers.get(s))) {
                    return false;
                }
                if (input.next(chunks[s], chunkBytes)) {
                    parsing.set(s, parse(pool, s));
                    given++;
                }
            }
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } catch (ExecutionException e) {
            return false; // a worker must not throw; if one does, the fast path declines
        } finally {
            pool.shutdownNow();
            awaitQuietly(pool);
        }
    }

    /** Gives slot {@code s}'s chunk to the pool. */
    private Future<?> parse(ExecutorService pool, int s) {
        W w = workers.get(s);
        LineChunks.Chunk c = chunks[s];
        return pool.submit(() -> w.parse(c.bytes, c.from, c.to));
    }

    /** Waits for the chunks being parsed, so that no thread touches a buffer after {@link #run} returns. */
    private static void awaitQuietly(ExecutorService pool) {
        boolean interrupted = false;
        while (true) {
            try {
                if (pool.awaitTermination(1, TimeUnit.MINUTES)) {
                    break;
                }
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    /** The pool's threads: daemons named after the reader. */
    private final class Named implements ThreadFactory {
        private int made;

        @Override
        public Thread newThread(Runnable r) {
            Thread t = new Thread(r, name + "-" + made++);
            t.setDaemon(true);
            return t;
        }
    }
}
