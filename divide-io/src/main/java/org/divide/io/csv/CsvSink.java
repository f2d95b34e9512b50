package org.divide.io.csv;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.divide.io.internal.FormulaGuard;
import org.divide.io.internal.NumberText;

/**
 * Where the CSV writers put their bytes: UTF-8 text assembled in a large byte buffer and handed to
 * an {@link OutputStream} as it is, or to a {@link Writer} decoded, a whole buffer at a time.
 *
 * <p>Text fields are encoded once ({@link #field(String, boolean)}): neutralised against formula
 * injection ({@link FormulaGuard}), quoted by Apache Commons CSV's own minimal-quoting rule (so the
 * text is the one {@code CSVPrinter} writes), then encoded as UTF-8; writers keep the bytes and
 * copy them into each row. Numbers are written straight into the buffer by {@link NumberText};
 * they need no quotes unless the delimiter or the quote character can occur in a number
 * ({@code 0-9 - . E}), in which case they too go through the quoting rule.
 *
 * <p>The buffer is flushed only between fields, so a {@link Writer} never receives part of a
 * character's bytes. An {@linkplain #inMemory(int) in-memory} sink only grows its buffer, to be
 * {@linkplain #append(CsvSink) appended} to another. Not thread-safe: one sink per thread.
 */
final class CsvSink {

    /** Bytes of the buffer: large, so that a stream receives few big writes. */
    static final int BUFFER = 1 << 20;
    /** Characters a number's text may hold ({@code Infinity} only in tables). */
    private static final String NUMBER_CHARS = "0123456789-.EInfity";

    private final OutputStream stream;
    private final Writer writer;
    private final CSVFormat format;
    private final byte[] delimiter;
    private final boolean plainNumbers;
    private final NumberText numbers = new NumberText();
    private byte[] buf;
    private int pos;

    private CsvSink(OutputStream stream, Writer writer, CsvOptions options, int size) {
        this.stream = stream;
        this.writer = writer;
        this.format = CSVFormat.DEFAULT.builder()
                .setDelimiter(options.delimiter())
                .setQuote(options.quote())
                .setRecordSeparator("\n")
                .get();
        this.delimiter = String.valueOf(options.delimiter()).getBytes(StandardCharsets.UTF_8);
        this.plainNumbers = NUMBER_CHARS.indexOf(options.delimiter()) < 0 && NUMBER_CHARS.indexOf(options.quote()) < 0;
        this.buf = new byte[size];
    }

    private CsvSink(CsvSink like, int capacity) {
        this.stream = null;
        this.writer = null;
        this.format = like.format;
        this.delimiter = like.delimiter;
        this.plainNumbers = like.plainNumbers;
        this.buf = new byte[Math.max(capacity, 1 << 10)];
    }

    /**
     * A sink with the same syntax that keeps its bytes in memory, its buffer growing as needed,
     * for {@link #append(CsvSink)}; used to format blocks of rows on other threads.
     *
     * @param capacity the bytes first reserved
     * @return the sink
     */
    CsvSink inMemory(int capacity) {
        return new CsvSink(this, capacity);
    }

    /**
     * Writes out what an in-memory sink holds, after what this one holds.
     *
     * @param block the in-memory sink, holding whole records
     * @throws IOException if writing fails
     */
    void append(CsvSink block) throws IOException {
        if (pos + block.pos <= buf.length) {
            System.arraycopy(block.buf, 0, buf, pos, block.pos);
            pos += block.pos;
            return;
        }
        drain();
        write(block.buf, block.pos);
    }

    /**
     * A sink writing to a stream in the options' charset: bytes as they are for UTF-8, through a
     * {@link Writer} for another charset.
     *
     * @param out     the stream (flushed by {@link #flush()}, never closed)
     * @param options the delimiter, the quote character and the charset
     * @return the sink
     */
    static CsvSink of(OutputStream out, CsvOptions options) {
        if (StandardCharsets.UTF_8.equals(options.charset())) {
            return new CsvSink(out, null, options, BUFFER);
        }
        return of(new OutputStreamWriter(out, options.charset()), options);
    }

    /**
     * A sink writing characters.
     *
     * @param out     the writer (flushed by {@link #flush()}, never closed)
     * @param options the delimiter and the quote character
     * @return the sink
     */
    static CsvSink of(Writer out, CsvOptions options) {
        return new CsvSink(null, out, options, BUFFER / 4);
    }

    /**
     * The bytes of a text field as {@code CSVPrinter} writes it, after neutralising it.
     *
     * @param text  the text
     * @param first whether it starts a record (an empty first field is quoted)
     * @return its UTF-8 bytes
     */
    byte[] field(String text, boolean first) {
        return quoted(FormulaGuard.neutralise(text), first);
    }

    /** The bytes of a text as {@code CSVPrinter} writes it, without neutralising it. */
    private byte[] quoted(String text, boolean first) {
        StringBuilder s = new StringBuilder(text.length() + 4);
        try (CSVPrinter printer = new CSVPrinter(s, format)) {
            if (!first) {
                printer.print("x");
            }
            printer.print(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringBuilder does not throw
        }
        return s.substring(first ? 0 : 2).getBytes(StandardCharsets.UTF_8);
    }

    /**
     * The number of bytes of the delimiter.
     *
     * @return one for an ASCII delimiter
     */
    int delimiterLength() {
        return delimiter.length;
    }

    /**
     * The delimiter's bytes.
     *
     * @return a copy of the bytes
     */
    byte[] delimiterBytes() {
        return delimiter.clone();
    }

    /**
     * Writes a record of text fields, each neutralised and quoted as needed.
     *
     * @param fields the fields
     * @throws IOException if writing fails
     */
    void record(String... fields) throws IOException {
        for (int i = 0; i < fields.length; i++) {
            byte[] b = field(fields[i], i == 0);
            ensure(b.length + delimiter.length + 1);
            if (i > 0) {
                delimiter();
            }
            bytes(b);
        }
        ensure(1);
        newline();
    }

    /**
     * Makes room for {@code n} more bytes, flushing the buffer (or growing it for a longer field).
     *
     * @param n the bytes about to be written
     * @throws IOException if writing fails
     */
    void ensure(int n) throws IOException {
        if (pos + n > buf.length) {
            if (stream == null && writer == null) {
                buf = Arrays.copyOf(buf, Math.max(2 * buf.length, pos + n));
                return;
            }
            drain();
            if (n > buf.length) {
                buf = new byte[n];
            }
        }
    }

    /**
     * Makes room for {@code n} more bytes if the buffer can hold them (a row of numbers at once).
     *
     * @param n the bytes about to be written
     * @return whether there is room; if not, the caller makes room piece by piece
     * @throws IOException if writing fails
     */
    boolean reserve(long n) throws IOException {
        if (n > buf.length && (stream != null || writer != null)) {
            return false;
        }
        ensure((int) n);
        return true;
    }

    /**
     * The most bytes {@link #number(double)} writes.
     *
     * @return the bound
     */
    int numberRoom() {
        return plainNumbers ? NumberText.MAX_LENGTH : 2 * NumberText.MAX_LENGTH + 2;
    }

    /**
     * Appends bytes; room made by {@link #ensure(int)}.
     *
     * @param b the bytes
     */
    void bytes(byte[] b) {
        System.arraycopy(b, 0, buf, pos, b.length);
        pos += b.length;
    }

    /** Appends the delimiter; room made by {@link #ensure(int)}. */
    void delimiter() {
        if (delimiter.length == 1) {
            buf[pos++] = delimiter[0];
        } else {
            bytes(delimiter);
        }
    }

    /** Ends a record; room made by {@link #ensure(int)}. */
    void newline() {
        buf[pos++] = '\n';
    }

    /**
     * Appends a number as {@link NumberText} writes it (nothing for {@code NaN}); room made by
     * {@link #ensure(int)} for {@link #numberRoom()} bytes.
     *
     * @param value the value
     */
    void number(double value) {
        if (plainNumbers) {
            pos = numbers.write(value, buf, pos);
        } else {
            bytes(quoted(numbers.format(value), false));
        }
    }

    /**
     * Writes out what the buffer holds and flushes the target.
     *
     * @throws IOException if writing fails
     */
    void flush() throws IOException {
        drain();
        if (stream != null) {
            stream.flush();
        } else if (writer != null) {
            writer.flush();
        }
    }

    private void drain() throws IOException {
        if (stream != null || writer != null) {
            write(buf, pos);
            pos = 0;
        }
    }

    private void write(byte[] bytes, int n) throws IOException {
        if (n == 0) {
            return;
        }
        if (stream != null) {
            stream.write(bytes, 0, n);
        } else if (writer != null) {
            writer.write(new String(bytes, 0, n, StandardCharsets.UTF_8));
        }
    }
}
