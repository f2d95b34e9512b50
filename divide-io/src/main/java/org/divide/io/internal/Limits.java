package org.divide.io.internal;

import java.io.FilterInputStream;
import java.io.FilterReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import org.divide.io.Location;
import org.divide.io.MalformedDataException;
import org.divide.io.ReadLimits;

/**
 * Enforcing {@link ReadLimits} on inputs: the size of a file or stream, the length of a line. Each
 * limit breached is a {@link MalformedDataException} naming the limit and the
 * {@code ReadLimits} method that raises it.
 */
public final class Limits {

    private Limits() {
    }

    /**
     * Checks the size of a file before it is read.
     *
     * @param path   the file
     * @param limits the limits
     * @throws MalformedDataException if the file is larger than {@link ReadLimits#maxFileBytes()}
     * @throws IOException            if its size cannot be read
     */
    public static void checkSize(Path path, ReadLimits limits) throws IOException {
        if (Files.isRegularFile(path) && Files.size(path) > limits.maxFileBytes()) {
            throw tooLarge(Location.of(Sources.name(path)), limits.maxFileBytes(), Files.size(path));
        }
    }

    /**
     * A view of a stream that fails once more than {@link ReadLimits#maxFileBytes()} bytes have
     * been read from it.
     *
     * @param in     the stream; closed when the view is closed
     * @param limits the limits
     * @param source the name used in messages
     * @return the view
     */
    public static InputStream bounded(InputStream in, ReadLimits limits, String source) {
        long max = limits.maxFileBytes();
        return new FilterInputStream(in) {
            private long count;
            private long mark;

            @Override
            public int read() throws IOException {
                int b = super.read();
                if (b >= 0) {
                    add(1);
                }
                return b;
            }

            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                int n = super.read(b, off, len);
                if (n > 0) {
                    add(n);
                }
                return n;
            }

            @Override
            public long skip(long n) throws IOException {
                long s = super.skip(n);
                add(s);
                return s;
            }

            @Override
            public synchronized void mark(int readlimit) {
                super.mark(readlimit);
                mark = count;
            }

            @Override
            public synchronized void reset() throws IOException {
                super.reset();
                count = mark;
            }

            private void add(long n) throws MalformedDataException {
                count += n;
                if (count > max) {
                    throw tooLarge(Location.of(source), max, -1);
                }
            }
        };
    }

    /**
     * A view of a text that fails at the first line longer than
     * {@link ReadLimits#maxLineLength()} characters, naming its number.
     *
     * @param reader the text; closed when the view is closed
     * @param limits the limits
     * @param source the name used in messages
     * @return the view
     */
    public static Reader lines(Reader reader, ReadLimits limits, String source) {
        int max = limits.maxLineLength();
        return new FilterReader(reader) {
            private long line = 1;
            private long length;

            @Override
            public int read() throws IOException {
                int c = super.read();
                if (c >= 0) {
                    count((char) c);
                }
                return c;
            }

            @Override
            public int read(char[] cbuf, int off, int len) throws IOException {
                int n = super.read(cbuf, off, len);
                for (int i = 0; i < n; i++) {
                    count(cbuf[off + i]);
                }
                return n;
            }

            @Override
            public boolean markSupported() {
                return false;
            }

            private void count(char c) throws MalformedDataException {
                if (c == '\n') {
                    line++;
                    length = 0;
                } else if (++length > max) {
                    throw MalformedDataException.limit(Location.line(source, line), "a line longer than " + max
                            + " characters", "maxLineLength");
                }
            }
        };
    }

    /**
     * The exception for a record with too many fields.
     *
     * @param at     where the record is
     * @param fields how many fields it has (at least)
     * @param limits the limits
     * @return the exception
     */
    public static MalformedDataException tooManyFields(Location at, int fields, ReadLimits limits) {
        return MalformedDataException.limit(at, fields + " fields on one line, more than "
                + limits.maxFieldsPerLine(), "maxFieldsPerLine");
    }

    private static MalformedDataException tooLarge(Location at, long max, long size) {
        return MalformedDataException.limit(at, "an input " + (size >= 0 ? "of " + size + " bytes, " : "")
                + "larger than " + max + " bytes", "maxFileBytes");
    }
}
