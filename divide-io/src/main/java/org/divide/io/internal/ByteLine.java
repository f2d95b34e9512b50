package org.divide.io.internal;

/**
 * The byte-level lexer of one plain CSV line, shared by the fast paths ({@link LongChunk},
 * {@link WideChunk}, {@link WideCsvBytes}): it splits a line into field bounds without building a
 * {@code String}, or fails it, so that the caller declines to the general path.
 *
 * <p>A line is plain when it is well-formed UTF-8 (checked on the bytes by
 * {@link LongChunk#utf8}, as strictly as the general path's decoder) without control characters,
 * its quotes only around whole fields of one line without doubled quotes ({@code "Korea, Rep."},
 * followed by the delimiter or the line's end; the bounds are then those of the text between the
 * quotes), it ends in {@code \n} or {@code \r\n} (or the input's end), is not empty, has at most
 * as many fields as the bounds arrays hold and its bytes (with a {@code \r}) are within the line
 * limit, which counts characters, never more than the bytes. One instance per thread.
 */
final class ByteLine {

    /** Byte classes: an ordinary byte of a field. */
    private static final byte PLAIN = 0;
    /** The delimiter. */
    private static final byte COMMA = 1;
    /** The end of a line. */
    private static final byte NEWLINE = 2;
    /** A carriage return, accepted only before a line feed. */
    private static final byte RETURN = 3;
    /** Anything that fails the line. */
    private static final byte OTHER = 4;
    /** The lead byte of a multi-byte UTF-8 sequence (or a byte that is not UTF-8). */
    private static final byte MULTI = 5;
    /** The quote. */
    private static final byte QUOTE = 6;
    private static final byte[] CLASS = new byte[256];

    static {
        for (int i = 0; i < 256; i++) {
            CLASS[i] = i >= 0x80 ? MULTI : i >= 0x20 && i <= 0x7E && i != '"' ? PLAIN : OTHER;
        }
        CLASS[','] = COMMA;
        CLASS['\n'] = NEWLINE;
        CLASS['\r'] = RETURN;
        CLASS['"'] = QUOTE;
    }

    /** The bytes lexed: the input's, or the chunk's being parsed ({@link #use}). */
    private byte[] b;
    private final int maxLineLength;
    /** Per field of the last line: its first byte. */
    final int[] from;
    /** Per field of the last line: one past its last byte. */
    final int[] to;
    /** The number of fields of the last line. */
    int fields;

    /**
     * A lexer over the bytes of one input.
     *
     * @param bytes         the input
     * @param maxFields     the most fields a line may have
     * @param maxLineLength the longest line accepted
     */
    ByteLine(byte[] bytes, int maxFields, int maxLineLength) {
        this.b = bytes;
        this.maxLineLength = maxLineLength;
        this.from = new int[maxFields];
        this.to = new int[maxFields];
    }

    /**
     * Lexes other bytes from now on: the buffer of the next chunk of an input read chunk by chunk.
     *
     * @param bytes the bytes
     */
    void use(byte[] bytes) {
        b = bytes;
    }

    /**
     * Whether a line break (an empty line) starts at {@code at}: {@code \n} or {@code \r\n}.
     *
     * @param at  a byte at the start of a line
     * @param end one past the last byte that may be read
     * @return the length of the line break (1 or 2), or 0
     */
    int emptyLine(int at, int end) {
        if (b[at] == '\n') {
            return 1;
        }
        return b[at] == '\r' && at + 1 < end && b[at + 1] == '\n' ? 2 : 0;
    }

    /**
     * Lexes the line at {@code start} into {@link #from}, {@link #to} and {@link #fields}.
     *
     * @param start the first byte of the line
     * @param end   one past the last byte that may belong to it
     * @return the start of the next line, or -1 when the line is not plain
     */
    int record(int start, int end) {
        int field = 0;
        int fieldStart = start;
        int quotedFrom = -1;
        int quotedTo = -1;
        int width = from.length;
        int i = start;
        while (true) {
            byte k = i < end ? CLASS[b[i] & 0xFF] : NEWLINE;
            if (quotedFrom >= 0 && k != COMMA && k != NEWLINE && k != RETURN) {
                return -1; // text after the closing quote
            }
            if (k == PLAIN) {
                i++;
                continue;
            }
            if (k == MULTI) {
                int length = LongChunk.utf8(b, i, end);
                if (length < 0) {
                    return -1;
                }
                i += length;
                continue;
            }
            if (k == QUOTE) {
                int close = i == fieldStart ? closingQuote(i + 1, end) : -1;
                if (close < 0) {
                    return -1;
                }
                quotedFrom = i + 1;
                quotedTo = close;
                i = close + 1;
                continue;
            }
            if (k == OTHER || k == RETURN && (i + 1 >= end || b[i + 1] != '\n') || field == width) {
                return -1;
            }
            from[field] = quotedFrom >= 0 ? quotedFrom : fieldStart;
            to[field] = quotedFrom >= 0 ? quotedTo : i;
            quotedFrom = -1;
            field++;
            if (k == COMMA) {
                fieldStart = ++i;
                continue;
            }
            // an empty line (which the general path skips, counting it) or an overlong one fails
            if (i == start || i + 1 - start > maxLineLength) {
                return -1;
            }
            fields = field;
            return Math.min(k == RETURN ? i + 2 : i + 1, end);
        }
    }

    /**
     * The closing quote of a quoted field whose text starts at {@code i}, or -1 when the text holds
     * a line break, a control character, a doubled quote or bytes that are not UTF-8, or is not
     * closed before {@code end}.
     */
    private int closingQuote(int i, int end) {
        int j = i;
        while (j < end) {
            byte k = CLASS[b[j] & 0xFF];
            if (k == PLAIN || k == COMMA) {
                j++;
            } else if (k == MULTI) {
                int length = LongChunk.utf8(b, j, end);
                if (length < 0) {
                    return -1;
                }
                j += length;
            } else if (k == QUOTE) {
                return j + 1 < end && b[j + 1] == '"' ? -1 : j;
            } else {
                return -1;
            }
        }
        return -1;
    }
}
