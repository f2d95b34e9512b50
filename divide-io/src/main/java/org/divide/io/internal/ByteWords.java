package org.divide.io.internal;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * Eight bytes at once, read as one little-endian {@code long} (the first byte in the lowest bits):
 * the number eight ASCII digits spell ({@link #eightDigits}), for the digit loops of
 * {@link DecimalToDouble}. The caller makes sure that eight bytes follow {@code i}.
 *
 * <p>A test of eight bytes at once for the lexer's field loop (no byte below 0x20, above 0x7E,
 * the quote or the comma) was measured and dropped: fields are short, and the failed word tests
 * made the parsing phase 5–10 % slower than the byte loop.
 */
final class ByteWords {

    /** Eight bytes of a byte array as a little-endian {@code long}. */
    private static final VarHandle WORD = MethodHandles.byteArrayViewVarHandle(long[].class,
            ByteOrder.LITTLE_ENDIAN);

    private ByteWords() {
    }

    /**
     * The eight ASCII digits at {@code i} as a number, or -1 when one of the bytes is no digit. A
     * byte is a digit when its high nibble is 3 and adding 6 to it does not carry out of its low
     * nibble (a carry into a byte comes only from a lower byte that is no digit). Then,
     * with the digits {@code d0 … d7} as byte values, {@code x · 10 + (x >>> 8)} holds the two-digit
     * numbers {@code p0 = d0d1, p1 = d2d3, p2 = d4d5, p3 = d6d7} in bytes 0, 2, 4 and 6; multiplying
     * the word of bytes 0 and 4 by {@code 100 + 10^6 · 2^32} and that of bytes 2 and 6 by
     * {@code 1 + 10^4 · 2^32} puts {@code p0 · 10^6 + p2 · 100} and {@code p1 · 10^4 + p3} in the
     * upper halves (the lower halves stay below 2^32, so nothing carries), whose sum is the number.
     */
    static long eightDigits(byte[] b, int i) {
        long x = (long) WORD.get(b, i);
        if (((x & 0xF0F0F0F0F0F0F0F0L) | ((x + 0x0606060606060606L) & 0xF0F0F0F0F0F0F0F0L) >>> 4)
                != 0x3333333333333333L) {
            return -1;
        }
        x -= 0x3030303030303030L;
        x = x * 10 + (x >>> 8);
        return ((x & 0x000000FF000000FFL) * (100 + (1_000_000L << 32))
                + (x >>> 16 & 0x000000FF000000FFL) * (1 + (10_000L << 32))) >>> 32;
    }
}
