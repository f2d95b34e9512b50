package org.divide.io.internal;

import ch.randelshofer.fastdoubleparser.JavaDoubleParser;
import java.math.BigInteger;

/**
 * A decimal {@code w · 10^q} (an integer {@code w} of at most 19 significant digits and a decimal
 * exponent {@code q}) as the correctly rounded {@code double} (round half to even), the same bits
 * as {@link Double#parseDouble(String)} gives for its text, including {@code -0.0}, subnormals,
 * underflow to zero and overflow to infinity.
 *
 * <p><b>Clinger's fast path</b> (W. D. Clinger, <i>How to read floating point numbers
 * accurately</i>, PLDI 1990): when {@code w ≤ 2^53} and {@code |q| ≤ 22}, both {@code w} and
 * {@code 10^|q|} are exact doubles and {@code w · 10^q} or {@code w / 10^-q} is one correctly
 * rounded IEEE operation.
 *
 * <p><b>Eisel–Lemire</b> otherwise (D. Lemire, <i>Number parsing at a gigabyte per second</i>,
 * Software: Practice and Experience 51(8), 2021, doi:10.1002/spe.2984, section 5): with
 * {@code w} normalised to {@code x = w · 2^l} ({@code l} leading zeros, top bit set) and
 * {@code T(q)} the 128 leading bits of {@code 5^q} (top bit set),
 *
 * <pre>
 *   w · 10^q = x · T(q) · 2^(q − l − 127 + ⌊log2 5^q⌋)
 * </pre>
 *
 * <p>so the leading bits of the 64 × 64 product {@code x · T_hi(q)} (the 64 × 128 product when
 * its nine bits below the 55 kept are all ones and a carry from the lower word might change them)
 * are the binary significand, and the binary exponent is
 * {@code ⌊q · log2 10⌋ + 63 + u − l + 1023} ({@code u} the product's top bit;
 * {@code ⌊q · log2 10⌋ = (217706 · q) >> 16} over the whole range). Rounding to 53 bits is to
 * nearest, ties to even; a tie is exact only when {@code −4 ≤ q ≤ 23}, the only range where the
 * product's low word may be zero on a true midpoint. N. Mushtak and D. Lemire, <i>Fast number
 * parsing without fallback</i>, Software: Practice and Experience, 2023, prove that with these
 * 128-bit powers the result is always correct for {@code w < 2^64}; the test the original
 * algorithm made (a low word of all ones outside {@code −27 ≤ q ≤ 55}) is kept as a
 * guard and answers "undecided" ({@code NaN}), upon which the text parsers below fall back to
 * FastDoubleParser (bytes) or {@link Double#parseDouble(String)} (text), as they do for texts of
 * more than 19 significant digits.
 *
 * <p><b>The table.</b> {@code T(q)} for {@code −342 ≤ q ≤ 308} is computed once at class
 * initialisation with {@link BigInteger}: for {@code q ≥ 0} the leading 128 bits of {@code 5^q},
 * truncated; for {@code −27 ≤ q < 0} {@code ⌊2^(z+127) / 5^-q⌋ + 1} with {@code z} the bit length
 * of {@code 5^-q} (the reciprocal rounded up); below, the leading 128 bits of
 * {@code ⌊2^(2z+128) / 5^-q⌋ + 1}. Outside that range a nonzero decimal of at most 19 digits is
 * below half the least subnormal ({@code q < −342}) or above the largest double ({@code q > 308}).
 * Cost: one or two 64 × 64-bit multiplications and a few shifts per number.
 */
public final class DecimalToDouble {

    /** The most significant decimal digits {@link #toDouble} takes: {@code 10^19 − 1 < 2^64}. */
    private static final int MAX_DIGITS = 19;
    /** The least decimal exponent of the table: below it, every 19-digit decimal rounds to zero. */
    private static final int MIN_Q = -342;
    /** The greatest decimal exponent of the table: above it, every nonzero decimal overflows. */
    private static final int MAX_Q = 308;
    /** 2^53: integers up to it are exact doubles. */
    private static final long EXACT = 1L << 53;
    /** The explicit bits of a double's significand. */
    private static final int SIGNIFICAND_BITS = 52;
    /** The bits below the 55 kept from the product (64 − 52 − 3). */
    private static final int DROPPED = 9;
    /** The biased exponent of infinity. */
    private static final int INFINITE_EXPONENT = 0x7FF;
    /** An explicit exponent from which on its digits no longer change the result. */
    private static final long SATURATED = 1L << 40;
    /** What {@link #explicitExponent} answers for bytes that are not an exponent. */
    private static final long NOT_AN_EXPONENT = Long.MIN_VALUE;

    /** The powers of ten that are exact doubles, 10^0 … 10^22. */
    private static final double[] POWERS_OF_TEN = new double[23];
    /** {@code T(q)}: high and low 64 bits at {@code 2(q − MIN_Q)} and {@code 2(q − MIN_Q) + 1}. */
    private static final long[] POWERS_OF_FIVE = new long[2 * (MAX_Q - MIN_Q + 1)];

    static {
        double p = 1;
        for (int i = 0; i < POWERS_OF_TEN.length; i++) {
            POWERS_OF_TEN[i] = p;
            p *= 10;
        }
        BigInteger five = BigInteger.valueOf(5);
        for (int q = MIN_Q; q <= MAX_Q; q++) {
            BigInteger t;
            if (q >= 0) {
                BigInteger power = five.pow(q);
                int bits = power.bitLength();
                t = bits <= 128 ? power.shiftLeft(128 - bits) : power.shiftRight(bits - 128);
            } else {
                BigInteger power = five.pow(-q);
                int z = power.bitLength();
                if (q >= -27) {
                    t = BigInteger.ONE.shiftLeft(z + 127).divide(power).add(BigInteger.ONE);
                } else {
                    t = BigInteger.ONE.shiftLeft(2 * z + 128).divide(power).add(BigInteger.ONE);
                    t = t.shiftRight(t.bitLength() - 128);
                }
            }
            int index = 2 * (q - MIN_Q);
            POWERS_OF_FIVE[index] = t.shiftRight(64).longValue();
            POWERS_OF_FIVE[index + 1] = t.longValue();
        }
    }

    private DecimalToDouble() {
    }

    /**
     * The correctly rounded {@code ±w · 10^q}.
     *
     * @param negative whether the decimal is negative (a zero is then {@code -0.0})
     * @param w        the significand's digits as an unsigned integer, below {@code 10^19}
     * @param q        the decimal exponent
     * @return the double, or {@code NaN} when the algorithm cannot decide (the caller then parses the
     *         text another way)
     */
    public static double toDouble(boolean negative, long w, int q) {
        if (w >= 0 && w <= EXACT && q >= -22 && q <= 22) {
            double v = q < 0 ? w / POWERS_OF_TEN[-q] : w * POWERS_OF_TEN[q];
            return negative ? -v : v;
        }
        return eiselLemire(negative, w, q);
    }

    /** {@link #toDouble} beyond Clinger's fast path (a method of its own, so that the fast path inlines). */
    private static double eiselLemire(boolean negative, long w, int q) {
        if (w == 0 || q < MIN_Q) {
            return negative ? -0.0 : 0.0;
        }
        if (q > MAX_Q) {
            return negative ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
        }
        int l = Long.numberOfLeadingZeros(w);
        long x = w << l;
        int index = 2 * (q - MIN_Q);
        long high = POWERS_OF_FIVE[index];
        long upper = Math.multiplyHigh(x, high) + x + high; // unsigned: both have their top bit set
        long lower = x * high;
        if ((upper & 0x1FF) == 0x1FF) {
            long carry = unsignedMultiplyHigh(x, POWERS_OF_FIVE[index + 1]);
            long sum = lower + carry;
            if (Long.compareUnsigned(sum, lower) < 0) {
                upper++;
            }
            lower = sum;
        }
        if (lower == -1L && (q < -27 || q > 55)) {
            return Double.NaN;
        }
        int top = (int) (upper >>> 63);
        long m = upper >>> (top + DROPPED);
        int e = ((217706 * q) >> 16) + 63 + top - l + 1023;
        if (e <= 0) {
            // subnormal (or zero); an exact tie cannot occur this far from q = 0
            if (1 - e >= 64) {
                return negative ? -0.0 : 0.0;
            }
            m >>>= 1 - e;
            m += m & 1;
            m >>>= 1;
            return bits(negative, m, m < 1L << SIGNIFICAND_BITS ? 0 : 1);
        }
        if (Long.compareUnsigned(lower, 1) <= 0 && q >= -4 && q <= 23 && (m & 3) == 1
                && m << (top + DROPPED) == upper) {
            m &= ~1L; // exactly halfway with an even lower neighbour: round down
        }
        m += m & 1;
        m >>>= 1;
        if (m >= 2L << SIGNIFICAND_BITS) {
            m = 1L << SIGNIFICAND_BITS;
            e++;
        }
        if (e >= INFINITE_EXPONENT) {
            return negative ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
        }
        return bits(negative, m, e);
    }

    /**
     * A text of the grammar {@code [+-]? digits [. digits] [(e|E) [+-]? digits]} (at least one
     * mantissa digit) as the correctly rounded double; {@code NaN} for a text not of the grammar.
     * One scan checks the grammar and gathers the digits (eight at a time where eight follow) and
     * the exponent for {@link #toDouble}; beyond 19 significant digits, or when it cannot decide,
     * FastDoubleParser ({@link JavaDoubleParser}) reads the bytes.
     *
     * @param b     the bytes (ASCII)
     * @param start the first byte of the text
     * @param end   one past its last byte
     * @return the value (possibly infinite), or {@code NaN}
     */
    public static double parse(byte[] b, int start, int end) {
        int i = start;
        boolean negative = false;
        if (i < end && (b[i] == '+' || b[i] == '-')) {
            negative = b[i] == '-';
            i++;
        }
        int first = i;
        long w = 0; // wraps beyond 19 digits, but is then not used
        for (; i + 8 <= end; i += 8) {
            long eight = ByteWords.eightDigits(b, i);
            if (eight < 0) {
                break;
            }
            w = 100_000_000 * w + eight;
        }
        for (int d; i < end && (d = b[i] - '0') >= 0 && d <= 9; i++) {
            w = 10 * w + d;
        }
        int digits = i - first;
        int scale = 0;
        if (i < end && b[i] == '.') {
            int f = ++i;
            for (; i + 8 <= end; i += 8) {
                long eight = ByteWords.eightDigits(b, i);
                if (eight < 0) {
                    break;
                }
                w = 100_000_000 * w + eight;
            }
            for (int d; i < end && (d = b[i] - '0') >= 0 && d <= 9; i++) {
                w = 10 * w + d;
            }
            scale = i - f;
            digits += scale;
        }
        if (digits == 0) {
            return Double.NaN;
        }
        long exponent = 0;
        if (i < end) {
            exponent = b[i] == 'e' || b[i] == 'E' ? explicitExponent(b, i + 1, end) : NOT_AN_EXPONENT;
            if (exponent == NOT_AN_EXPONENT) {
                return Double.NaN;
            }
        }
        double v = digits <= MAX_DIGITS || significant(b, first, end, digits) <= MAX_DIGITS
                ? toDouble(negative, w, exponent(exponent, scale)) : Double.NaN;
        return Double.isNaN(v) ? JavaDoubleParser.parseDouble(b, start, end - start) : v;
    }

    /**
     * The exponent {@code [+-]? digits} of {@code [i, end)} (saturated at {@link #SATURATED}), or
     * {@link #NOT_AN_EXPONENT} when the bytes are not one (a method of its own, so that the scan of
     * the digits inlines).
     */
    private static long explicitExponent(byte[] b, int start, int end) {
        int i = start;
        boolean minus = i < end && b[i] == '-';
        if (i < end && (b[i] == '+' || b[i] == '-')) {
            i++;
        }
        int e = i;
        long exponent = 0;
        for (; i < end && b[i] >= '0' && b[i] <= '9'; i++) {
            exponent = exponent < SATURATED ? 10 * exponent + b[i] - '0' : exponent;
        }
        return i == e || i != end ? NOT_AN_EXPONENT : minus ? -exponent : exponent;
    }

    /** The significant digits among the {@code digits} digits from {@code first}: without leading zeros. */
    private static int significant(byte[] b, int first, int end, int digits) {
        int zeros = 0;
        for (int i = first; i < end && (b[i] == '0' || b[i] == '.'); i++) {
            zeros += b[i] == '0' ? 1 : 0;
        }
        return digits - zeros;
    }

    /**
     * A text of the grammar of {@link Values} ({@code [+-]? digits [sep digits] [(e|E) [+-]?
     * digits]}, at least one mantissa digit, no white space) as the correctly rounded double, the
     * same as {@link Double#parseDouble(String)} of the text with the separator as a point; beyond 19
     * significant digits, or when {@link #toDouble} cannot decide, by that method.
     *
     * @param s         the text, already checked against the grammar
     * @param separator the decimal separator
     * @return the value (possibly infinite)
     */
    public static double parse(String s, char separator) {
        int n = s.length();
        int i = 0;
        boolean negative = false;
        if (i < n && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
            negative = s.charAt(i) == '-';
            i++;
        }
        long w = 0;
        int significant = 0;
        int scale = 0;
        boolean point = false;
        for (; i < n; i++) {
            char c = s.charAt(i);
            if (c >= '0' && c <= '9') {
                w = 10 * w + (c - '0');
                significant += significant > 0 || c != '0' ? 1 : 0;
                scale += point ? 1 : 0;
            } else if (c == separator) {
                point = true;
            } else {
                break;
            }
        }
        long exponent = 0;
        if (i < n) {
            i++; // e or E
            boolean minus = s.charAt(i) == '-';
            if (s.charAt(i) == '+' || minus) {
                i++;
            }
            for (; i < n; i++) {
                exponent = exponent < SATURATED ? 10 * exponent + s.charAt(i) - '0' : exponent;
            }
            exponent = minus ? -exponent : exponent;
        }
        double v = significant <= MAX_DIGITS ? toDouble(negative, w, exponent(exponent, scale)) : Double.NaN;
        return Double.isNaN(v) ? Double.parseDouble(separator == '.' ? s : s.replace(separator, '.')) : v;
    }

    /**
     * The decimal exponent {@code exponent − scale}, clamped to a range where it still means zero or
     * infinity for any nonzero significand of at most 19 digits.
     */
    static int exponent(long exponent, int scale) {
        long q = exponent - scale;
        return (int) Math.max(-1000, Math.min(1000, q));
    }

    /**
     * The unsigned high 64 bits of the 128-bit product (Java 17 has only the signed one): the signed
     * one plus each factor where the other has its top bit set.
     */
    private static long unsignedMultiplyHigh(long a, long b) {
        return Math.multiplyHigh(a, b) + (a >> 63 & b) + (b >> 63 & a);
    }

    /** The double of a sign, a significand (its hidden bit, if any, ignored) and a biased exponent. */
    private static double bits(boolean negative, long m, int e) {
        long bits = m & (1L << SIGNIFICAND_BITS) - 1 | (long) e << SIGNIFICAND_BITS;
        return Double.longBitsToDouble(negative ? bits | Long.MIN_VALUE : bits);
    }
}
