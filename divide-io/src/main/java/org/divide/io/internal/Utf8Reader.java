package org.divide.io.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import org.divide.io.Location;
import org.divide.io.MalformedDataException;

/**
 * Strict UTF-8 decoding of an XML document before the parser sees it: a byte sequence that is not
 * UTF-8 is a {@link MalformedDataException} at its line and column (and the JDK parser, which
 * would otherwise print its own "[Fatal Error]" line on standard error, never sees it).
 */
final class Utf8Reader extends Reader {

    private final InputStream in;
    private final String source;
    private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
    private final ByteBuffer bytes = ByteBuffer.allocate(1 << 13);
    private final CharBuffer chars = CharBuffer.allocate(1 << 13);
    private boolean end;
    private boolean done;
    private long line = 1;
    private long column = 1;

    /**
     * A reader of a stream's UTF-8 text.
     *
     * @param in     the bytes; not closed by {@link #close()} (the caller owns them)
     * @param source the name used in messages
     */
    Utf8Reader(InputStream in, String source) {
        this.in = in;
        this.source = source;
        bytes.flip();
        chars.flip();
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
        if (length == 0) {
            return 0;
        }
        while (!chars.hasRemaining()) {
            if (!fill()) {
                return -1;
            }
        }
        int n = Math.min(length, chars.remaining());
        chars.get(buffer, offset, n);
        for (int i = offset; i < offset + n; i++) {
            if (buffer[i] == '\n') {
                line++;
                column = 1;
            } else {
                column++;
            }
        }
        return n;
    }

    /** Decodes the next characters; {@code false} at the end of the input. */
    private boolean fill() throws IOException {
        if (done) {
            return false;
        }
        chars.clear();
        while (chars.position() == 0 && !done) {
            if (!end) {
                bytes.compact();
                int read = in.read(bytes.array(), bytes.position(), bytes.remaining());
                if (read < 0) {
                    end = true;
                } else {
                    bytes.position(bytes.position() + read);
                }
                bytes.flip();
            }
            CoderResult result = decoder.decode(bytes, chars, end);
            if (result.isError()) {
                chars.flip();
                throw bad(result.length());
            }
            if (end) {
                decoder.flush(chars);
                done = true;
            }
        }
        chars.flip();
        return chars.hasRemaining();
    }

    /** The error at the first byte that is not UTF-8, counting the characters decoded before it. */
    private MalformedDataException bad(int length) {
        long l = line;
        long c = column;
        for (int i = 0; i < chars.limit(); i++) {
            if (chars.get(i) == '\n') {
                l++;
                c = 1;
            } else {
                c++;
            }
        }
        StringBuilder hex = new StringBuilder();
        for (int i = 0; i < length; i++) {
            hex.append(i == 0 ? "" : " ").append(String.format(Locale.ROOT, "0x%02X", bytes.get(bytes.position() + i)));
        }
        return new MalformedDataException(new Location(source, l, "column " + c), "bytes that are not valid UTF-8 ("
                + hex + "); the document declares or defaults to UTF-8");
    }

    @Override
    public void close() {
        // the stream belongs to the caller
    }
}
