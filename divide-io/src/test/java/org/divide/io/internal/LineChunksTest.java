package org.divide.io.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.channels.Channels;
import java.nio.channels.ReadableByteChannel;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class LineChunksTest {

    /** A channel that gives at most {@code step} bytes a read, as pipes and sockets do. */
    private static ReadableByteChannel trickle(byte[] b, int step) {
        return Channels.newChannel(new ByteArrayInputStream(b) {
            @Override
            public synchronized int read(byte[] into, int off, int len) {
                return super.read(into, off, Math.min(len, step));
            }
        });
    }

    private static List<byte[]> chunks(LineChunks input, int size) throws IOException {
        List<byte[]> out = new ArrayList<>();
        LineChunks.Chunk c = new LineChunks.Chunk();
        while (input.next(c, size)) {
            byte[] copy = new byte[c.to - c.from];
            System.arraycopy(c.bytes, c.from, copy, 0, copy.length);
            out.add(copy);
        }
        assertFalse(input.next(c, size), "stays exhausted");
        return out;
    }

    private static byte[] joined(List<byte[]> chunks) {
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        chunks.forEach(all::writeBytes);
        return all.toByteArray();
    }

    @Test
    void chunksFromMemoryAndFromAChannelAreTheSameWholeLines() throws IOException {
        SplittableRandom random = new SplittableRandom(3);
        for (int round = 0; round < 300; round++) {
            StringBuilder s = new StringBuilder();
            int lines = random.nextInt(0, 40);
            for (int l = 0; l < lines; l++) {
                s.append("x".repeat(random.nextInt(0, 30))).append(random.nextBoolean() ? "\r\n" : "\n");
            }
            if (random.nextBoolean()) {
                s.append("last line without a line feed");
            }
            byte[] b = s.toString().getBytes(StandardCharsets.US_ASCII);
            int size = random.nextInt(1, 64);
            List<byte[]> memory = chunks(LineChunks.of(b, b.length), size);
            List<byte[]> channel = chunks(LineChunks.of(trickle(b, random.nextInt(1, 20)), 1000), size);
            assertArrayEquals(b, joined(memory));
            assertEquals(memory.size(), channel.size(), s::toString);
            for (int k = 0; k < memory.size(); k++) {
                assertArrayEquals(memory.get(k), channel.get(k), s::toString);
                byte[] chunk = memory.get(k);
                assertTrue(chunk.length >= Math.min(size, 1), "never empty");
                assertTrue(k == memory.size() - 1 || chunk[chunk.length - 1] == '\n', "whole lines");
                assertTrue(k == memory.size() - 1 || chunk.length >= size, "at least the size asked");
            }
        }
    }

    @Test
    void aLineBeyondTheLimitEndsTheChunkWithinIt() throws IOException {
        byte[] b = ("a".repeat(100) + "\nshort\n").getBytes(StandardCharsets.US_ASCII);
        List<byte[]> c = chunks(LineChunks.of(trickle(b, 7), 20), 8);
        assertArrayEquals(b, joined(c));
        assertTrue(c.get(0).length > 20 && c.get(0)[c.get(0).length - 1] != '\n', "cut within the long line");
    }

    @Test
    void anEmptyInputHasNoChunk() throws IOException {
        assertEquals(0, chunks(LineChunks.of(new byte[0], 0), 4).size());
        assertEquals(0, chunks(LineChunks.of(trickle(new byte[0], 4), 10), 4).size());
    }
}
