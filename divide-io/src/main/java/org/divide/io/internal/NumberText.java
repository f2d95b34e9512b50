package org.divide.io.internal;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;

/**
 * Writes a {@code double} as ASCII bytes from its shortest decimal ({@link ShortestDecimal}),
 * without a {@link String} per value: the text of numbers in every output of divide (the CSV
 * writers write its bytes, {@link Values#format(double)} its {@link #format(double) String}).
 *
 * <p>The text, for a value with shortest significant digits {@code d₁…dₙ} and decimal exponent
 * {@code E} ({@code |v| = d₁.d₂…dₙ × 10^E}):
 * <ul>
 *   <li>{@code NaN}: nothing (an empty field); {@code -0.0}: {@code -0}; {@code 0.0}: {@code 0};
 *       infinities (in tables, never in panels): {@code Infinity}, {@code -Infinity};</li>
 *   <li>an integer of magnitude below 10¹⁵: its digits ({@code 42}, {@code -7});</li>
 *   <li>magnitudes in [10⁻⁷, 10²¹): plain decimal notation ({@code 0.15}, {@code 12345678.5},
 *       {@code 1000000000000000000}); a one-digit value below 10⁻³ keeps a trailing zero
 *       ({@code 0.000010}), as {@code Values.format} writes it;</li>
 *   <li>otherwise {@code d₁.d₂…dₙE<E>} with at least one fraction digit ({@code 1.0E-8},
 *       {@code 1.2345E21}), as {@link Double#toString(double)} writes it.</li>
 * </ul>
 * The digits are always the shortest that read back as the same {@code double}; where JDK 17's
 * {@link Double#toString(double)} (which {@code Values.format} used before) writes a longer or
 * another same-length text, the two differ, and both read back as the same {@code double}.
 *
 * <p>An instance keeps scratch state: it is not thread-safe; use one per thread.
 */
public final class NumberText {

    /** The most bytes {@link #write(double, byte[], int)} writes for one value. */
    public static final int MAX_LENGTH = 32;

    /** Eight bytes of a byte array as one little-endian long. */
    private static final VarHandle EIGHT = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final byte[] INFINITY = "Infinity".getBytes(StandardCharsets.US_ASCII);
    private static final long[] POW10 = new long[19];
    private static final byte[] TENS = new byte[100];
    private static final byte[] ONES = new byte[100];

    static {
        POW10[0] = 1;
        for (int i = 1; i < POW10.length; i++) {
            POW10[i] = POW10[i - 1] * 10;
        }
        for (int i = 0; i < 100; i++) {
            TENS[i] = (byte) ('0' + i / 10);
            ONES[i] = (byte) ('0' + i % 10);
        }
    }

    private final ShortestDecimal decimal = new ShortestDecimal();

    /** A new instance. */
    public NumberText() {
        // scratch state only
    }

    /**
     * The text of a value, as {@link #write(double, byte[], int)} writes it.
     *
     * @param value the value
     * @return the text; empty for {@code NaN}
     */
    public String format(double value) {
        byte[] b = new byte[MAX_LENGTH];
        int n = write(value, b, 0);
        return new String(b, 0, n, StandardCharsets.US_ASCII);
    }

    /**
     * Writes the text of a value.
     *
     * @param value the value
     * @param buf   where to write; at least {@link #MAX_LENGTH} bytes from {@code pos}
     * @param pos   the first position written
     * @return the position after the text ({@code pos} for {@code NaN})
     */
    public int write(double value, byte[] buf, int pos) {
        if (value != value) {
            return pos;
        }
        int p = pos;
        if (Double.doubleToRawLongBits(value) < 0) {
            buf[p++] = '-';
        }
        double a = Math.abs(value);
        if (a == Double.POSITIVE_INFINITY) {
            for (int i = 0; i < INFINITY.length; i++) {
                buf[p++] = INFINITY[i];
            }
            return p;
        }
        if (a < 1e15 && a == (long) a) {
            long n = (long) a;
            return digits(n, buf, p, length(n));
        }
        decimal.of(a);
        long f = decimal.digits();
        int n = length(f);
        int e = decimal.exponent() + n - 1;
        if (e >= -7 && e < 21) {
            return plain(f, n, e, buf, p);
        }
        digits(f, buf, p + 1, n);
        buf[p] = buf[p + 1];
        buf[p + 1] = '.';
        p += n + 1;
        if (n == 1) {
            buf[p++] = '0';
        }
        buf[p++] = 'E';
        if (e < 0) {
            buf[p++] = '-';
        }
        int x = Math.abs(e);
        if (x >= 100) {
            buf[p++] = (byte) ('0' + x / 100);
            x %= 100;
            buf[p++] = TENS[x];
        } else if (x >= 10) {
            buf[p++] = TENS[x];
        }
        buf[p++] = ONES[x];
        return p;
    }

    /** Digits {@code f} ({@code n} of them) with decimal exponent {@code e} in [−7, 21). */
    private static int plain(long f, int n, int e, byte[] buf, int pos) {
        int p = pos;
        if (e < 0) {
            buf[p++] = '0';
            buf[p++] = '.';
            for (int i = -1; i > e; i--) {
                buf[p++] = '0';
            }
            p = digits(f, buf, p, n);
            if (n == 1 && e < -3) {
                buf[p++] = '0';
            }
            return p;
        }
        if (n <= e + 1) {
            p = digits(f, buf, p, n);
            for (int i = n; i <= e; i++) {
                buf[p++] = '0';
            }
            return p;
        }
        digits(f, buf, p + 1, n);
        System.arraycopy(buf, p + 1, buf, p, e + 1);
        buf[p + e + 1] = '.';
        return p + n + 1;
    }

    /** The number of decimal digits of a positive {@code n}, or 1 for 0. */
    private static int length(long n) {
        int approx = (64 - Long.numberOfLeadingZeros(n)) * 1233 >>> 12;
        return approx + (n >= POW10[approx] ? 1 : 0) + (n == 0 ? 1 : 0);
    }

    /**
     * Writes the {@code n} digits of {@code f < 10¹⁷} from {@code pos} (eight at a time from the
     * right); returns the position after.
     */
    private static int digits(long f, byte[] buf, int pos, int n) {
        int p = pos + n;
        if (n > 8) {
            long q = f / 100_000_000;
            EIGHT.set(buf, p - 8, eightDigits((int) (f - q * 100_000_000)));
            p -= 8;
            int x = (int) q;
            if (n > 16) {
                int q2 = x / 100_000_000;
                EIGHT.set(buf, p - 8, eightDigits(x - q2 * 100_000_000));
                p -= 8;
                x = q2;
            }
            return small(x, buf, p, pos + n);
        }
        return small((int) f, buf, p, pos + n);
    }

    /** Writes the digits of {@code v < 10⁹} ending before {@code end}; returns {@code ret}. */
    private static int small(int v, byte[] buf, int end, int ret) {
        int p = end;
        int x = v;
        while (x >= 100) {
            int q = x / 100;
            int r = x - q * 100;
            buf[--p] = ONES[r];
            buf[--p] = TENS[r];
            x = q;
        }
        if (x >= 10) {
            buf[--p] = ONES[x];
            buf[--p] = TENS[x];
        } else {
            buf[--p] = (byte) ('0' + x);
        }
        return ret;
    }

    /**
     * The eight ASCII digits of {@code x < 10⁸}, leading zeros included, as a little-endian long
     * (the first digit in the lowest byte), computed in parallel lanes of one {@code long}: the
     * number splits into two halves of four digits (32-bit lanes), each into two pairs (16-bit
     * lanes), each into two digits (bytes). A lane's quotient comes from one multiplication and a
     * shift valid for the lane's range ({@code ⌊w·5243 / 2^19⌋ = ⌊w / 100⌋} for {@code w < 10⁴},
     * {@code ⌊w·103 / 2^10⌋ = ⌊w / 10⌋} for {@code w < 100}); no lane's product reaches the next
     * lane, and the bits a shift brings down from a higher lane are masked off.
     */
    static long eightDigits(int x) {
        int high = x / 10_000;
        long y = high | (long) (x - high * 10_000) << 32;
        long hundreds = (y * 5243 >>> 19) & 0x0000_007F_0000_007FL;
        y = hundreds | (y - hundreds * 100) << 16;
        long tens = (y * 103 >>> 10) & 0x000F_000F_000F_000FL;
        y = tens | (y - tens * 10) << 8;
        return y + 0x3030_3030_3030_3030L;
    }
}
