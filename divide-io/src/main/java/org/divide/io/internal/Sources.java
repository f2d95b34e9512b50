package org.divide.io.internal;

import java.io.BufferedReader;
import java.io.FilterWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import org.divide.io.MalformedDataException;

/**
 * Opening inputs the same way in every reader: strict decoding (bytes that are not valid text are
 * an error naming the line, not replacement characters), a byte-order mark at the start skipped,
 * and a source name for messages.
 */
public final class Sources {

    private static final int BUFFER = 1 << 16;

    private Sources() {
    }

    /**
     * The name messages use for a file: its file name.
     *
     * @param path the file
     * @return the file name (or the whole path if it has none)
     */
    public static String name(Path path) {
        Path name = path.getFileName();
        return name == null ? path.toString() : name.toString();
    }

    /**
     * Opens a file as text, skipping a byte-order mark. Bytes that are not valid in the charset
     * make a read fail with a {@link MalformedDataException} naming the file, the line and the byte
     * offset.
     *
     * @param path    the file
     * @param charset the encoding
     * @return a buffered reader; the caller closes it
     * @throws IOException if the file cannot be opened or its start cannot be decoded
     */
    public static Reader open(Path path, Charset charset) throws IOException {
        return open(Files.newInputStream(path), charset, name(path));
    }

    /**
     * Opens a stream as text, skipping a byte-order mark; decoding errors are reported as for
     * {@link #open(Path, Charset)}.
     *
     * @param in      the stream; closed when the returned reader is closed
     * @param charset the encoding
     * @param source  the name used in messages
     * @return a buffered reader; the caller closes it
     * @throws IOException if its start cannot be read or decoded
     */
    public static Reader open(InputStream in, Charset charset, String source) throws IOException {
        return skipBom(new DecodingReader(in, charset, source));
    }

    /**
     * Wraps a reader so that a byte-order mark ({@code U+FEFF}) at its start is skipped.
     *
     * @param reader the reader; closed when the returned reader is closed
     * @return a buffered reader positioned after the mark, if any
     * @throws IOException if reading the first character fails
     */
    public static Reader skipBom(Reader reader) throws IOException {
        BufferedReader buffered = reader instanceof BufferedReader b ? b : new BufferedReader(reader, BUFFER);
        buffered.mark(1);
        if (buffered.read() != '\uFEFF') {
            buffered.reset();
        }
        return buffered;
    }

    /**
     * A view of a reader whose {@code close()} leaves it open: for passing a caller's reader to
     * code that closes what it reads.
     *
     * @param reader the reader
     * @return the view
     */
    public static Reader nonClosing(Reader reader) {
        return new NonClosingReader(reader);
    }

    /**
     * A view of a writer whose {@code close()} only flushes it: for passing a caller's writer to
     * code that closes what it writes to.
     *
     * @param writer the writer
     * @return the view
     */
    public static Writer nonClosingWriter(Writer writer) {
        return new FilterWriter(writer) {
            @Override
            public void close() throws IOException {
                flush();
            }
        };
    }
}
