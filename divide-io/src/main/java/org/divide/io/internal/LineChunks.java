package org.divide.io.internal;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.ReadableByteChannel;
import java.util.Arrays;

/**
 * The input of a fast path as consecutive chunks of whole lines: slices of bytes held in memory,
 * or buffers read from a channel (a file) one chunk at a time, so that a file of any size is read
 * in constant memory. A chunk ends just after a line feed, or at the input's end; a line longer
 * than a chunk makes the chunk longer, up to the line limit, after which the chunk ends within
 * the line (the fast path then fails the chunk on the overlong line and declines).
 */
final class LineChunks {

    /** One chunk: {@code bytes[from, to)}; the buffer is the chunk's own for a channel. */
    static final class Chunk {
        byte[] bytes = new byte[0];
        int from;
        int to;
    }

    private final byte[] memory;
    private final int length;
    private final ReadableByteChannel channel;
    private final int maxLine;
    /** In memory: the next byte. */
    private int position;
    /** From a channel: the bytes read past the last chunk's end, {@code carry[0, carried)}. */
    private byte[] carry = new byte[0];
    private int carried;
    private boolean ended;

    private LineChunks(byte[] memory, int length, ReadableByteChannel channel, int maxLine) {
        this.memory = memory;
        this.length = length;
        this.channel = channel;
        this.maxLine = maxLine;
    }

    /**
     * Chunks of bytes held in memory; a chunk is a slice of them, not a copy.
     *
     * @param bytes  the input
     * @param length how many of its bytes
     * @return the chunks
     */
    static LineChunks of(byte[] bytes, int length) {
        return of(bytes, 0, length);
    }

    /**
     * Chunks of some bytes held in memory, from a line's start.
     *
     * @param bytes the input
     * @param from  the first byte, at the start of a line
     * @param to    one past the last byte
     * @return the chunks
     */
    static LineChunks of(byte[] bytes, int from, int to) {
        LineChunks chunks = new LineChunks(bytes, to, null, Integer.MAX_VALUE);
        chunks.position = from;
        return chunks;
    }

    /**
     * Chunks read from a channel, each into the buffer of the {@link Chunk} it fills.
     *
     * @param channel the input, read from its current position; not closed
     * @param maxLine the longest line a chunk is grown to hold whole
     * @return the chunks
     */
    static LineChunks of(ReadableByteChannel channel, int maxLine) {
        return new LineChunks(null, 0, channel, maxLine);
    }

    /**
     * Fills the next chunk of whole lines of at least {@code size} bytes (fewer at the input's end).
     *
     * @param into the chunk to fill
     * @param size the bytes wanted, at least 1
     * @return {@code false}, leaving the chunk empty, when the input is exhausted
     * @throws IOException if the channel cannot be read
     */
    boolean next(Chunk into, int size) throws IOException {
        return memory != null ? slice(into, size) : read(into, size);
    }

    private boolean slice(Chunk into, int size) {
        into.bytes = memory;
        into.from = position;
        if (position >= length) {
            into.to = position;
            return false;
        }
        int end = (int) Math.min((long) position + size, length);
        while (end < length && memory[end - 1] != '\n') {
            end++;
        }
        into.to = end;
        position = end;
        return true;
    }

    /**
     * Fills a chunk from the channel: the bytes carried over, then as many read as needed for
     * {@code size} bytes and the rest of the line at which they end (the cut of {@link #slice}).
     */
    private boolean read(Chunk into, int size) throws IOException {
        int capacity = Math.max(size, carried) + (size >> 3) + 1;
        byte[] b = into.bytes.length >= capacity ? into.bytes : new byte[capacity];
        System.arraycopy(carry, 0, b, 0, carried);
        int n = carried;
        int searched = size - 1;
        while (true) {
            while (!ended && n < b.length) {
                int got = channel.read(ByteBuffer.wrap(b, n, b.length - n));
                if (got < 0) {
                    ended = true;
                } else {
                    n += got;
                }
            }
            int end = lineEnd(b, searched, n);
            if (end == 0 && (ended || n - size > maxLine)) {
                end = n; // the input's last line, or a line beyond the limit, on which the fast path fails
            }
            if (end > 0 || ended) {
                keep(b, end, n);
                into.bytes = b;
                into.from = 0;
                into.to = end;
                return end > 0;
            }
            searched = Math.max(searched, n);
            b = Arrays.copyOf(b, 2 * b.length);
        }
    }

    /** One past the first line feed in {@code b[from, to)}, or 0. */
    private static int lineEnd(byte[] b, int from, int to) {
        for (int i = Math.max(from, 0); i < to; i++) {
            if (b[i] == '\n') {
                return i + 1;
            }
        }
        return 0;
    }

    /** Carries {@code b[cut, n)} over to the next chunk. */
    private void keep(byte[] b, int cut, int n) {
        carried = n - cut;
        if (carry.length < carried) {
            carry = new byte[Math.max(carried, 2 * carry.length)];
        }
        System.arraycopy(b, cut, carry, 0, carried);
    }
}
