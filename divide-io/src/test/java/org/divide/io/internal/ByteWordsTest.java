package org.divide.io.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** {@link ByteWords} agrees with a byte-by-byte reading of the eight bytes. */
class ByteWordsTest {

    /** Eight bytes are read as a number only when all are digits, whichever byte is not. */
    @Test
    void eightDigitsAtOnceOnlyWhenAllAreDigits() {
        byte[] b = "x12345678".getBytes(StandardCharsets.US_ASCII);
        assertEquals(12_345_678, ByteWords.eightDigits(b, 1));
        assertEquals(99_999_999, ByteWords.eightDigits("99999999".getBytes(StandardCharsets.US_ASCII), 0));
        assertEquals(0, ByteWords.eightDigits("00000000".getBytes(StandardCharsets.US_ASCII), 0));
        for (int p = 0; p < 8; p++) {
            for (int v = 0; v < 256; v++) {
                byte[] c = "98765432".getBytes(StandardCharsets.US_ASCII);
                c[p] = (byte) v;
                long expected = v >= '0' && v <= '9' ? Long.parseLong(new String(c, StandardCharsets.US_ASCII)) : -1;
                assertEquals(expected, ByteWords.eightDigits(c, 0), p + ": " + v);
            }
        }
    }
}
