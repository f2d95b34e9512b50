package org.divide.io.internal;

import java.nio.charset.StandardCharsets;
import org.divide.core.Panel;
import org.divide.io.ReadOptions;

/**
 * Years and values read straight from the bytes of a field on the fast paths ({@link LongChunk},
 * {@link WideChunk}), with the rules of {@link Values}: the common cases from the bytes, anything
 * else through {@link Values} on the decoded text, so that every year and value is the one the
 * general path reads, and every text it rejects throws its exception.
 */
final class ByteValues {

    private ByteValues() {
    }

    /**
     * A year: four digits from the bytes; anything else through {@link Values#year(String)}.
     *
     * @param b     the bytes
     * @param start the field's first byte
     * @param end   one past its last byte
     * @return the year
     * @throws IllegalArgumentException as {@link Values#year(String)}
     */
    static int year(byte[] b, int start, int end) {
        if (end - start == 4) {
            int y = 0;
            for (int i = start; i < end && y >= 0; i++) {
                int d = b[i] - '0';
                y = d >= 0 && d <= 9 ? 10 * y + d : -1;
            }
            if (y >= Panel.MIN_YEAR && y <= Panel.MAX_YEAR) {
                return y;
            }
        }
        return Values.year(new String(b, start, end - start, StandardCharsets.UTF_8));
    }

    /**
     * A value: a number of the grammar of {@link Values} read from its bytes, correctly rounded
     * ({@link LongChunk#number}); anything else (missing-value markers, white space, a number
     * beyond the range) through {@link Values#number(String, ReadOptions)}.
     *
     * @param b       the bytes
     * @param start   the field's first byte
     * @param end     one past its last byte
     * @param options the missing-value texts
     * @return the value, {@code NaN} for a missing one
     * @throws IllegalArgumentException as {@link Values#number(String, ReadOptions)}
     */
    static double value(byte[] b, int start, int end, ReadOptions options) {
        double v = LongChunk.number(b, start, end);
        return Double.isNaN(v) || Double.isInfinite(v)
                ? Values.number(new String(b, start, end - start, StandardCharsets.UTF_8), options) : v;
    }
}
