package org.divide.io.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.divide.io.MalformedDataException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The chunks of an input are parsed on any number of threads and merged whole, once each, in file order. */
class ChunkPipelineTest {

    /** Keeps the text of the last chunk it parsed, and which thread parsed it. */
    private static final class Copy implements ChunkPipeline.Worker {
        final int slot;
        String text;
        String thread;
        boolean failing;

        Copy(int slot) {
            this.slot = slot;
        }

        @Override
        public void parse(byte[] bytes, int start, int end) {
            if (failing) {
                throw new IllegalStateException("a worker that throws");
            }
            text = new String(bytes, start, end - start, StandardCharsets.US_ASCII);
            thread = Thread.currentThread().getName();
        }
    }

    private static byte[] lines(int count) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < count; i++) {
            s.append("line ").append(i).append(',').append("x".repeat(i % 37)).append('\n');
        }
        return s.toString().getBytes(StandardCharsets.US_ASCII);
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, 4})
    void chunksAreMergedOnceEachInFileOrderOnAnyThreads(int threads) throws MalformedDataException, IOException {
        byte[] b = lines(3_000);
        for (int chunk : new int[] {1, 50, 999, 1 << 20}) {
            List<Copy> made = new ArrayList<>();
            ChunkPipeline<Copy> pipeline = new ChunkPipeline<>(LineChunks.of(b, b.length), threads, chunk, slot -> {
                Copy c = new Copy(slot);
                made.add(c);
                return c;
            }, "test");
            StringBuilder merged = new StringBuilder();
            List<Integer> slots = new ArrayList<>();
            ConcurrentHashMap<String, Boolean> names = new ConcurrentHashMap<>();
            assertTrue(pipeline.run(null, w -> {
                merged.append(w.text);
                slots.add(w.slot);
                names.put(w.thread, true);
                return true;
            }));
            assertEquals(new String(b, StandardCharsets.US_ASCII), merged.toString(), "chunk " + chunk);
            assertEquals(2 * threads, made.size());
            for (int k = 0; k < slots.size(); k++) {
                // chunk k in slot k mod 2·threads (slot 0 only on one thread)
                assertEquals(threads == 1 ? 0 : k % (2 * threads), slots.get(k));
            }
            assertTrue(names.size() <= threads, names.toString());
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 4})
    void aMergeThatDeclinesStopsTheRunAndAWorkerThatThrowsDeclines(int threads)
            throws MalformedDataException, IOException {
        byte[] b = lines(2_000);
        AtomicInteger calls = new AtomicInteger();
        ChunkPipeline<Copy> pipeline = new ChunkPipeline<>(LineChunks.of(b, b.length), threads, 100, Copy::new,
                "test");
        assertFalse(pipeline.run(null, w -> calls.incrementAndGet() < 3));
        assertEquals(3, calls.get());
        ChunkPipeline<Copy> throwing = new ChunkPipeline<>(LineChunks.of(b, b.length), threads, 100, slot -> {
            Copy c = new Copy(slot);
            c.failing = slot == 1;
            return c;
        }, "test");
        if (threads > 1) {
            assertFalse(throwing.run(null, w -> true));
        }
    }
}
