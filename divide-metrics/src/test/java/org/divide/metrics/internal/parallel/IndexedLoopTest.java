package org.divide.metrics.internal.parallel;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class IndexedLoopTest {

    private static double value(int r) {
        return Math.sin(r) * r;
    }

    private static double[] run(IndexedLoop loop, int count, int chunks) {
        double[] out = new double[count];
        loop.forEach(count, chunks, r -> out[r] = value(r), null, "runs");
        return out;
    }

    @Test
    void everyIndexOnceWhateverTheExecutor() throws Exception {
        double[] expected = new double[1000];
        for (int r = 0; r < expected.length; r++) {
            expected[r] = value(r);
        }
        assertArrayEquals(expected, run(new IndexedLoop(null, null), 1000, 64));
        assertArrayEquals(expected, run(new IndexedLoop(Runnable::run, null), 1000, 7));
        ExecutorService pool = Executors.newFixedThreadPool(3);
        try {
            assertArrayEquals(expected, run(new IndexedLoop(pool, null), 1000, 1000));
        } finally {
            pool.shutdown();
        }
        AtomicInteger calls = new AtomicInteger();
        new IndexedLoop(null, null).forEach(0, 10, r -> calls.incrementAndGet(), null, "runs");
        assertEquals(0, calls.get());
    }

    @Test
    void chunksCoverTheRangeInOrderAndProgressAddsUp() {
        List<int[]> chunks = new ArrayList<>();
        List<Integer> reported = new ArrayList<>();
        new IndexedLoop(Runnable::run, null).forEachChunk(10, 4, (from, to) -> chunks.add(new int[] {from, to}),
                reported::add, "runs");
        assertEquals(4, chunks.size());
        int next = 0;
        for (int[] c : chunks) {
            assertEquals(next, c[0]);
            assertTrue(c[1] > c[0]);
            next = c[1];
        }
        assertEquals(10, next);
        assertEquals(10, reported.stream().mapToInt(Integer::intValue).sum());
    }

    @Test
    void theFailureOfTheLowestIndexIsRethrownAsItWas() {
        IllegalStateException low = new IllegalStateException("run 3");
        IndexedLoop sequential = new IndexedLoop(Runnable::run, null);
        IllegalStateException thrown = assertThrows(IllegalStateException.class,
                () -> sequential.forEach(100, 10, r -> {
                    if (r == 3) {
                        throw low;
                    }
                    if (r == 57) {
                        throw new IllegalStateException("run 57");
                    }
                }, null, "runs"));
        assertSame(low, thrown);
        assertTrue(sequential.stopped(), "a failure stops the runner's other loops");
        AssertionError error = new AssertionError("boom");
        assertSame(error, assertThrows(AssertionError.class,
                () -> new IndexedLoop(null, null).forEachChunk(100, 8, (from, to) -> {
                    throw error;
                }, null, "runs")));
    }

    @Test
    void aFailingProgressCallbackStopsTheLoop() {
        IllegalArgumentException bad = new IllegalArgumentException("listener");
        assertSame(bad, assertThrows(IllegalArgumentException.class,
                () -> new IndexedLoop(Runnable::run, null).forEach(10, 5, r -> { }, units -> {
                    throw bad;
                }, "runs")));
    }

    @Test
    void cancellationNamesHowFarTheLoopGot() {
        AtomicBoolean cancel = new AtomicBoolean();
        AtomicInteger ran = new AtomicInteger();
        IndexedLoop loop = new IndexedLoop(Runnable::run, cancel::get);
        CancellationException e = assertThrows(CancellationException.class,
                () -> loop.forEach(100, 10, r -> {
                    ran.incrementAndGet();
                    if (r == 24) {
                        cancel.set(true);
                    }
                }, null, "model runs"));
        assertEquals(25, ran.get(), "checked before each index");
        assertEquals("cancelled after 20 of 100 model runs", e.getMessage());
    }

    @Test
    void nestedLoopsOnTheCommonPoolFinish() {
        IndexedLoop loop = new IndexedLoop(null, null);
        double[][] out = new double[8][];
        loop.forEach(8, 8, k -> out[k] = run(loop, 200, 16), null, "outputs");
        for (double[] o : out) {
            assertEquals(value(199), o[199]);
        }
    }
}
