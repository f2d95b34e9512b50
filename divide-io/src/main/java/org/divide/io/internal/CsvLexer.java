package org.divide.io.internal;

import java.io.Closeable;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.util.Arrays;
import org.divide.io.Location;
import org.divide.io.MalformedDataException;
import org.divide.io.ReadLimits;

/**
 * Splits a text into CSV records (RFC 4180 with a chosen delimiter and quote), reading the text in
 * large blocks of characters: the lexer of {@link org.divide.io.csv.CsvTable}, which before used
 * Apache Commons CSV's {@code CSVParser} and gives the same records.
 *
 * <p>The syntax is that of Commons CSV's {@code CSVFormat.DEFAULT} with empty lines ignored:
 * <ul>
 *   <li>records end at CR, LF or CRLF; lines that are empty (no character at all) are skipped;</li>
 *   <li>a field that starts with the quote is quoted: it ends at the next single quote, holds
 *       delimiters and line breaks as they are, and a doubled quote stands for one quote; after
 *       its closing quote only white space ({@link Character#isWhitespace(char)}, dropped) may
 *       come before the delimiter or the end of the line;</li>
 *   <li>any other field is taken as written up to the delimiter or the end of the line, quotes
 *       and white space included;</li>
 *   <li>a delimiter at the end of a line adds an empty last field.</li>
 * </ul>
 *
 * <p>Lines are counted at CR, LF and CRLF. A record knows the line it starts on. Errors are
 * {@link MalformedDataException}s naming the source and line: a quoted field not closed at the end
 * of the input (located, as before, on the line after the last one), text after a closing quote
 * (on its line), a line longer than {@link ReadLimits#maxLineLength()} characters (lines counted at
 * LF, as {@link Limits#lines} counts them), a record of more than
 * {@link ReadLimits#maxFieldsPerLine()} fields (on the record's line, with its number of fields),
 * and characters the reader cannot decode.
 *
 * <p>A record is lexed from the buffer in one go: when it runs past the characters read so far, the
 * buffer is compacted (or doubled when the record fills it), filled, and the record lexed again, so
 * each field is one slice of the buffer. Not thread-safe.
 */
public final class CsvLexer implements Closeable {

    /** The buffer's starting size in characters. */
    static final int BLOCK = 1 << 16;

    private static final String[] NO_FIELDS = new String[0];

    /** {@link #lex()}'s result when the buffer ends before the record. */
    private static final int MORE = -1;
    /** {@link #lex()}'s result at the end of the input, without a record. */
    private static final int END = -2;

    private final Reader reader;
    private final String source;
    private final char delimiter;
    private final char quote;
    private final ReadLimits limits;
    private final int maxLineLength;
    private final int maxFields;

    private char[] buf;
    private char[] scratch = new char[64];
    private String[] fields = new String[16];
    private int count;
    /** The first character not yet lexed into a record. */
    private int pos;
    /** The end of the characters read. */
    private int end;
    /** The offset in the whole text of {@code buf[0]}. */
    private long base;
    private boolean eof;
    /** The reader's failure after characters it gave in the same fill, thrown at the next fill. */
    private IOException failure;

    /** Line breaks (CR, LF, CRLF) before {@link #pos}. */
    private long lines;
    /** The line of {@link #pos} as {@link Limits#lines} counts it: 1 + the LFs before. */
    private long lfLine = 1;
    /** The offset in the whole text where the line {@link #lfLine} starts. */
    private long lfStart;
    /** The line the last record starts on. */
    private long recordLine;

    /**
     * A lexer of a text.
     *
     * @param reader    the text; closed by {@link #close()}
     * @param source    the name used in messages
     * @param delimiter the field delimiter
     * @param quote     the quote character
     * @param limits    the line length and the number of fields allowed
     */
    public CsvLexer(Reader reader, String source, char delimiter, char quote, ReadLimits limits) {
        this(reader, source, delimiter, quote, limits, BLOCK);
    }

    /**
     * A lexer whose buffer starts at a given size (small in tests, so that records cross its end).
     *
     * @param reader    the text; closed by {@link #close()}
     * @param source    the name used in messages
     * @param delimiter the field delimiter
     * @param quote     the quote character
     * @param limits    the line length and the number of fields allowed
     * @param buffer    the buffer's starting size in characters, at least 1
     */
    CsvLexer(Reader reader, String source, char delimiter, char quote, ReadLimits limits, int buffer) {
        this.buf = new char[buffer];
        this.reader = reader;
        this.source = source;
        this.delimiter = delimiter;
        this.quote = quote;
        this.limits = limits;
        this.maxLineLength = limits.maxLineLength();
        this.maxFields = limits.maxFieldsPerLine();
    }

    /**
     * The next record.
     *
     * @return its fields (a new array, at least one field), or {@code null} at the end of the input
     * @throws MalformedDataException on a syntax error, a breached limit or undecodable text
     * @throws IOException            if reading fails
     */
    public String[] next() throws IOException {
        while (true) {
            long savedLines = lines;
            long savedLfLine = lfLine;
            long savedLfStart = lfStart;
            int r = lex();
            if (r == END) {
                checkLine(end);
                return null;
            }
            if (r != MORE) {
                checkLine(r);
                pos = r;
                if (count > maxFields) {
                    throw Limits.tooManyFields(Location.line(source, recordLine), count, limits);
                }
                return count == 0 ? NO_FIELDS : Arrays.copyOf(fields, count);
            }
            lines = savedLines;
            lfLine = savedLfLine;
            lfStart = savedLfStart;
            fill();
        }
    }

    /**
     * The line the record last returned by {@link #next()} starts on.
     *
     * @return the 1-based line number
     */
    public long line() {
        return recordLine;
    }

    /**
     * Closes the reader.
     *
     * @throws IOException if closing fails
     */
    @Override
    public void close() throws IOException {
        reader.close();
    }

    /**
     * Lexes one record from {@link #pos}, advancing the line counters.
     *
     * @return the index after the record, {@link #MORE} or {@link #END}
     */
    private int lex() throws MalformedDataException {
        final char[] b = buf;
        final int n = end;
        final char d = delimiter;
        final char q = quote;
        int i = pos;
        count = 0;
        // empty lines
        while (true) {
            if (i >= n) {
                if (eof) {
                    return END;
                }
                return MORE;
            }
            char c = b[i];
            if (c == '\n') {
                lines++;
                newLine(i);
                i++;
            } else if (c == '\r') {
                if (i + 1 >= n && !eof) {
                    return MORE;
                }
                lines++;
                i++;
                if (i < n && b[i] == '\n') {
                    newLine(i);
                    i++;
                }
            } else {
                break;
            }
        }
        recordLine = lines + 1;
        while (true) {
            // one field from i
            if (i < n && b[i] == q) {
                int start = i + 1;
                int doubled = 0;
                i = start;
                while (true) {
                    if (i >= n) {
                        if (eof) {
                            checkLine(n);
                            throw unclosedQuote(b, n);
                        }
                        return MORE;
                    }
                    char c = b[i];
                    if (c == q) {
                        if (i + 1 >= n && !eof) {
                            return MORE;
                        }
                        if (i + 1 < n && b[i + 1] == q) {
                            doubled++;
                            i += 2;
                            continue;
                        }
                        break;
                    }
                    if (c == '\n') {
                        if (b[i - 1] != '\r') {
                            lines++;
                        }
                        newLine(i);
                    } else if (c == '\r') {
                        lines++;
                    }
                    i++;
                }
                add(doubled == 0 ? slice(b, start, i) : unquote(b, start, i, doubled));
                i++;
                // after the closing quote: white space, then the delimiter or the end of the line
                while (true) {
                    if (i >= n) {
                        if (eof) {
                                    return i;
                        }
                        return MORE;
                    }
                    char c = b[i];
                    if (c == d) {
                        break;
                    }
                    if (c == '\n' || c == '\r') {
                        return lineEnd(b, i, n);
                    }
                    if (!Character.isWhitespace(c)) {
                        checkLine(i + 1);
                        throw new MalformedDataException(Location.line(source, lines + 1), "malformed CSV: text after"
                                + " the closing quote of a field (a quote inside a quoted value must be doubled)");
                    }
                    i++;
                }
                i++;
                if (i >= n && eof) {
                    add("");
                    return i;
                }
                continue;
            }
            int start = i;
            while (i < n) {
                char c = b[i];
                if (c == d || c == '\n' || c == '\r') {
                    break;
                }
                i++;
            }
            if (i >= n) {
                if (!eof) {
                    return MORE;
                }
                add(slice(b, start, i));
                return i;
            }
            add(slice(b, start, i));
            if (b[i] != d) {
                return lineEnd(b, i, n);
            }
            i++;
            if (i >= n && eof) {
                add("");
                return i;
            }
        }
    }

    /** Consumes the line break (CR, LF or CRLF) at {@code i} that ends a record. */
    private int lineEnd(char[] b, int i, int n) throws MalformedDataException {
        if (b[i] == '\n') {
            lines++;
            newLine(i);
            return i + 1;
        }
        if (i + 1 >= n && !eof) {
            return MORE;
        }
        lines++;
        if (i + 1 < n && b[i + 1] == '\n') {
            newLine(i + 1);
            return i + 2;
        }
        return i + 1;
    }

    /** Notes the LF at {@code i}, checking the length of the line it ends. */
    private void newLine(int i) throws MalformedDataException {
        long at = base + i;
        if (at - lfStart > maxLineLength) {
            throw tooLong(lfLine);
        }
        lfLine++;
        lfStart = at + 1;
    }

    /**
     * Checks the length of the line open at {@code upTo} (exclusive): at the end of each record (a
     * CR alone does not end a line for the limit) and before a syntax error, so that the error
     * reported is the one met first in the text.
     */
    private void checkLine(int upTo) throws MalformedDataException {
        if (base + upTo - lfStart > maxLineLength) {
            throw tooLong(lfLine);
        }
    }

    private MalformedDataException tooLong(long line) {
        return MalformedDataException.limit(Location.line(source, line), "a line longer than " + maxLineLength
                + " characters", "maxLineLength");
    }

    /**
     * A quoted field open at the end of the input: located, as Commons CSV located it, on the line
     * after the last one (a last line without a line break counted).
     */
    private MalformedDataException unclosedQuote(char[] b, int n) {
        long total = lines;
        if (n > 0 && b[n - 1] != '\n' && b[n - 1] != '\r') {
            total++;
        }
        return new MalformedDataException(Location.line(source, total + 1), "malformed CSV: a quoted field is not"
                + " closed before the end of the input (a missing closing quote?)");
    }

    private void add(String field) {
        if (count >= fields.length) {
            if (count > maxFields) {
                count++; // counted, not kept: the record is refused when it ends
                return;
            }
            fields = Arrays.copyOf(fields, 2 * count);
        }
        fields[count++] = field;
    }

    private static String slice(char[] b, int from, int to) {
        return from == to ? "" : new String(b, from, to - from);
    }

    /** The content of a quoted field with {@code doubled} doubled quotes, each made one. */
    private String unquote(char[] b, int from, int to, int doubled) {
        int length = to - from - doubled;
        if (scratch.length < length) {
            scratch = new char[Math.max(length, 2 * scratch.length)];
        }
        char[] out = scratch;
        int k = 0;
        for (int i = from; i < to; i++) {
            char c = b[i];
            out[k++] = c;
            if (c == quote) {
                i++;
            }
        }
        return new String(out, 0, k);
    }

    /**
     * Reads more of the text: the characters not yet lexed move to the start of the buffer, which
     * doubles when they fill it, and the buffer is filled (so that a record lexed again after a
     * refill costs at most as much as the characters it brought: linear in the text however long
     * the record). A line longer than the limit is refused here, before the buffer grows further.
     */
    private void fill() throws IOException {
        if (pos > 0) {
            System.arraycopy(buf, pos, buf, 0, end - pos);
            base += pos;
            end -= pos;
            pos = 0;
        }
        if (end == buf.length) {
            checkOpenLine();
            buf = Arrays.copyOf(buf, 2 * buf.length);
        }
        if (failure != null) {
            throw located(failure);
        }
        int before = end;
        try {
            while (end < buf.length) {
                int read = reader.read(buf, end, buf.length - end);
                if (read < 0) {
                    eof = true;
                    return;
                }
                end += read;
            }
        } catch (IOException e) {
            if (end == before) {
                throw located(e);
            }
            failure = e; // the records before it first
        }
    }

    /** A failure of the reader, an undecodable character located after the text read before it. */
    private IOException located(IOException e) {
        if (e instanceof CharacterCodingException c) {
            return undecodable(Location.line(source, lines + breaks(pos, end) + 1), c);
        }
        return e;
    }

    /** Refuses the line open at the end of the buffer if it is already longer than the limit. */
    private void checkOpenLine() throws MalformedDataException {
        int lastLf = end - 1;
        while (lastLf >= pos && buf[lastLf] != '\n') {
            lastLf--;
        }
        long start = lastLf >= pos ? base + lastLf + 1 : lfStart;
        if (base + end - start > maxLineLength) {
            long line = lfLine;
            for (int i = pos; i <= lastLf; i++) {
                if (buf[i] == '\n') {
                    line++;
                }
            }
            throw tooLong(line);
        }
    }

    /** The line breaks (CR, LF, CRLF) in {@code buf[from, to)}. */
    private long breaks(int from, int to) {
        long k = 0;
        for (int i = from; i < to; i++) {
            if (buf[i] == '\r' || buf[i] == '\n' && (i == 0 || buf[i - 1] != '\r')) {
                k++;
            }
        }
        return k;
    }

    /**
     * The exception for characters the caller's reader could not decode.
     *
     * @param at where
     * @param e  the reader's exception
     * @return the exception
     */
    public static MalformedDataException undecodable(Location at, CharacterCodingException e) {
        return new MalformedDataException(at, "bytes that are not valid text in the input's encoding (wrong"
                + " encoding? a UTF-16 file? see CsvOptions.withCharset)", e);
    }
}
