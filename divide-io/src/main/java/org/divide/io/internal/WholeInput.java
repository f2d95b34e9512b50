package org.divide.io.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import org.divide.io.ReadOptions;
import org.divide.io.ReadResult;

/**
 * Reading an input whole into memory for a reader's fast path, with the general path on the same
 * bytes when the fast path declines: what every reader with a byte-level fast path shares.
 */
public final class WholeInput {

    /** The largest input a fast path reads whole from memory (1 GiB); larger ones stream. */
    public static final int MAX_BYTES = 1 << 30;

    private WholeInput() {
    }

    /**
     * How many threads a fast path parses an input of this size on: all cores from
     * {@link LongCsvBytes#PARALLEL_BYTES} (8 MiB), else one.
     *
     * @param length the input's size in bytes
     * @return the number of threads, at least 1
     */
    public static int threads(long length) {
        return length >= LongCsvBytes.PARALLEL_BYTES ? Runtime.getRuntime().availableProcessors() : 1;
    }

    /** A fast path: the result of reading bytes, or {@code null} to decline. */
    @FunctionalInterface
    public interface Fast {
        /**
         * Reads the bytes, or declines.
         *
         * @param bytes  the input's bytes
         * @param length how many of them
         * @return the result, or {@code null}
         */
        ReadResult read(byte[] bytes, int length);
    }

    /** A fast path over a file: reads it chunk by chunk from its channel, or declines. */
    @FunctionalInterface
    public interface Streamed {
        /**
         * Reads the file, or declines.
         *
         * @param channel the file, at its start; closed by the caller
         * @param size    its size in bytes
         * @return the result, or {@code null} to read the file the general way
         * @throws IOException if the file cannot be read
         */
        ReadResult read(FileChannel channel, long size) throws IOException;
    }

    /**
     * Reads a regular file on a fast path that streams it (never holding it whole), then, if it
     * declines, the general way from the file's start; any other file, or options asking for a
     * decimal comma (which no fast path takes), go to the general path as a stream. A file larger
     * than {@link org.divide.io.ReadLimits#maxFileBytes()} is refused first, naming it.
     *
     * @param path    the file
     * @param options the read options
     * @param fast    the fast path
     * @param general the general path, which closes the stream it is given
     * @return the result
     * @throws IOException if reading fails, the file is too large, or from the general path
     */
    public static ReadResult stream(Path path, ReadOptions options, Streamed fast, General general)
            throws IOException {
        if (options.decimalComma() || !Files.isRegularFile(path)) {
            return general.read(Files.newInputStream(path));
        }
        Limits.checkSize(path, options.limits());
        ReadResult r;
        try (FileChannel channel = FileChannel.open(path, StandardOpenOption.READ)) {
            r = fast.read(channel, channel.size());
        }
        return r != null ? r : general.read(Files.newInputStream(path));
    }

    /**
     * As {@link #read(InputStream, long, Fast, General)} within the options' size limit, but
     * straight to the general path when the options ask for a decimal comma, which no fast path
     * takes. The stream is not closed.
     *
     * @param in      the stream
     * @param options the read options
     * @param fast    the fast path
     * @param general the general path
     * @return the result
     * @throws IOException if reading fails, or from the general path
     */
    public static ReadResult read(InputStream in, ReadOptions options, Fast fast, General general)
            throws IOException {
        return options.decimalComma() ? general.read(in)
                : read(in, options.limits().maxFileBytes(), fast, general);
    }

    /** The general path: reading a stream. */
    @FunctionalInterface
    public interface General {
        /**
         * Reads a stream.
         *
         * @param in the stream
         * @return the result
         * @throws IOException as the reader's general path
         */
        ReadResult read(InputStream in) throws IOException;
    }

    /**
     * Reads a stream of at most {@code min(maxBytes, 1 GiB)} bytes whole and tries the fast path on
     * it, then the general path on the same bytes if it declines; a longer stream goes to the general
     * path as it is (the bytes read so far, then the rest). The stream is not closed.
     *
     * @param in       the stream
     * @param maxBytes the input size limit of the read options
     * @param fast     the fast path
     * @param general  the general path
     * @return the result
     * @throws IOException if reading fails, or from the general path
     */
    public static ReadResult read(InputStream in, long maxBytes, Fast fast, General general) throws IOException {
        int max = (int) Math.min(maxBytes, MAX_BYTES);
        byte[] buf = new byte[Math.min(Math.max(in.available(), 1 << 16), max) + 1];
        int length = 0;
        while (length <= max) {
            if (length == buf.length) {
                buf = Arrays.copyOf(buf, (int) Math.min(2L * length, max + 1L));
            }
            int got = in.read(buf, length, buf.length - length);
            if (got < 0) {
                break;
            }
            length += got;
        }
        ByteArrayInputStream head = new ByteArrayInputStream(buf, 0, length);
        if (length > max) {
            return general.read(new SequenceInputStream(head, in));
        }
        ReadResult r = fast.read(buf, length);
        return r != null ? r : general.read(head);
    }
}
