package org.divide.io.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;
import org.divide.io.MalformedDataException;

/**
 * Parses the body of an input in chunks of whole lines on several threads, and hands the parsed
 * chunks to a sequential merge in file order: the parallel machinery of the fast paths
 * ({@link LongCsvBytes}, {@link WideCsvBytes}).
 *
 * <p>The body comes from {@link LineChunks} (bytes in memory, or a file read chunk by chunk) in
 * chunks of about {@code chunkBytes} bytes, each ending just after a line feed (or at the input's
 * end). A wave of one chunk per thread is parsed at once, each chunk by its
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
    private final Wave first;
    private final Wave second;

    /**
     * Waves over the chunks of one input.
     *
     * @param input      the body's chunks
     * @param threads    how many chunks to parse at once, at least 1
     * @param chunkBytes the size of a chunk before it is extended to the next line feed, at least 1
     * @param workers    makes the worker of a slot (0 to {@code 2 × threads - 1})
     * @param name       the prefix of the threads' names
     */
    ChunkWaves(LineChunks input, int threads, int chunkBytes, IntFunction<W> workers, String name) {
        this.input = input;
        this.threads = threads;
        this.chunkBytes = chunkBytes;
        this.name = name;
        this.first = new Wave(workers, 0);
        this.second = new Wave(workers, threads);
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
        Wave current = this.first;
        try {
            current.start(first != null && first.from < first.to ? first : null);
            while (current.used > 0) {
                current.await();
                Wave following = current == this.first ? second : this.first;
                following.start(null);
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
            this.first.await();
            second.await();
        }
    }

    /** One wave of chunks, one per thread, with its workers and their buffers. */
    private final class Wave {
        final List<W> workers = new ArrayList<>();
        final LineChunks.Chunk[] chunks = new LineChunks.Chunk[threads];
        final Thread[] running = new Thread[threads];
        final int slot;
        int used;
        boolean interrupted;

        Wave(IntFunction<W> make, int slot) {
            this.slot = slot;
            for (int w = 0; w < threads; w++) {
                workers.add(make.apply(slot + w));
                chunks[w] = new LineChunks.Chunk();
            }
        }

        /**
         * Takes the next chunks of the input (after {@code head}, when given) and parses them: on
         * their own threads, or here for one.
         */
        void start(LineChunks.Chunk head) throws IOException {
            used = 0;
            if (head != null) {
                chunks[0] = head;
                used = 1;
            }
            while (used < threads && input.next(chunks[used], chunkBytes)) {
                used++;
            }
            for (int w = 0; w < used; w++) {
                W k = workers.get(w);
                LineChunks.Chunk c = chunks[w];
                if (threads == 1) {
                    k.parse(c.bytes, c.from, c.to);
                } else {
                    running[w] = new Thread(() -> k.parse(c.bytes, c.from, c.to), name + "-" + (slot + w));
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
}
