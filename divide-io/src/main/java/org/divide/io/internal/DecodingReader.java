package org.divide.io.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import org.divide.io.Location;
import org.divide.io.MalformedDataException;

/**
 * Decodes bytes strictly, counting lines, so that bytes that are not valid in the charset are
 * reported as a {@link MalformedDataException} naming the source, the line and the byte offset
 * (rather than an anonymous {@code MalformedInputException}, or silently replaced characters).
 */
final class DecodingReader extends Reader {

    private final InputStream in;
    private final String source;
    private final CharsetDecoder decoder;
    private final ByteBuffer bytes = ByteBuffer.allocate(1 << 16);
    private long consumed;
    private long lines = 1;
    private boolean eof;
    private boolean flushed;

    DecodingReader(InputStream in, Charset charset, String source) {
        this.in = in;
        this.source = source;
        this.decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        bytes.flip();
    }

    @Override
    public int read(char[] cbuf, int off, int len) throws IOException {
        if (len == 0) {
            return 0;
        }
        if (flushed) {
            return -1;
        }
        CharBuffer out = CharBuffer.wrap(cbuf, off, len);
        while (out.position() == off && !flushed) {
            if (!eof && bytes.remaining() < 8) {
                fill();
            }
            int before = bytes.position();
            CoderResult result = decoder.decode(bytes, out, eof);
            consumed += bytes.position() - before;
            if (result.isError()) {
                count(cbuf, off, out.position());
                throw new MalformedDataException(Location.line(source, lines), "bytes that are not valid "
                        + decoder.charset() + " at byte offset " + consumed + (utf16Mark() ? " (a UTF-16 byte-order"
                        + " mark: save the file as UTF-8, or see CsvOptions.withCharset)"
                        : " (wrong encoding? see CsvOptions.withCharset)"));
            }
            if (eof && !bytes.hasRemaining()) {
                decoder.flush(out);
                flushed = true;
            }
        }
        count(cbuf, off, out.position());
        return out.position() == off ? -1 : out.position() - off;
    }

    /** Whether the input starts with the byte-order mark of UTF-16 (either byte order). */
    private boolean utf16Mark() {
        if (consumed != 0 || bytes.remaining() < 2) {
            return false;
        }
        int a = bytes.get(bytes.position()) & 0xFF;
        int b = bytes.get(bytes.position() + 1) & 0xFF;
        return a == 0xFF && b == 0xFE || a == 0xFE && b == 0xFF;
    }

    private void fill() throws IOException {
        bytes.compact();
        int n = in.read(bytes.array(), bytes.position(), bytes.remaining());
        if (n < 0) {
            eof = true;
        } else {
            bytes.position(bytes.position() + n);
        }
        bytes.flip();
    }

    private void count(char[] cbuf, int from, int to) {
        for (int i = from; i < to; i++) {
            if (cbuf[i] == '\n') {
                lines++;
            }
        }
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
