package org.divide.io.internal;

import java.math.BigInteger;

/**
 * The shortest decimal that reads back as a given {@code double}: after {@link #of(double)},
 * {@code v = digits() × 10^exponent()} with as few significant digits as any decimal that rounds
 * to {@code v} (at least two when {@code v} is a tiny subnormal, as {@link Double#toString(double)}
 * does), the one closest to {@code v} among those (ties to an even last digit), trailing zeros
 * removed.
 *
 * <p><b>Algorithm.</b> Schubfach (R. Giulietti, "The Schubfach way to render doubles", 2020),
 * written here from the paper. With {@code v = c·2^q} ({@code c} the integer significand), the
 * decimals that round to {@code v} are those in the rounding interval
 * {@code R = [c − ½, c + ½]·2^q} (closed when {@code c} is even, open when odd; the lower end is
 * {@code c − ¼} at a power of two). Choose {@code k = ⌊log₁₀ 2^q⌋} ({@code ⌊log₁₀ ¾·2^q⌋} at a power
 * of two) so that {@code R} scaled by {@code 10^−k} is between 1 and 10 units wide; then a decimal
 * with one digit fewer than {@code s = ⌊v·10^−k⌋} lies in {@code R} only as {@code s′ = 10⌊s/10⌋}
 * or {@code s′ + 10}, and otherwise {@code s} or {@code s + 1} does, of which the closer is taken.
 * The products {@code 4·v·10^−k} and those of the interval ends are computed to one bit of
 * precision beyond two fraction bits, rounded to odd, from a 126-bit approximation
 * {@code g = ⌊10^−k·2^−r⌋ + 1} of the power of ten ({@code 2^125 ≤ g < 2^126}), which the paper
 * proves enough for every double. The table of {@code g} is computed once with {@link BigInteger}.
 * Cost: three 64×64→128-bit products and a few comparisons per value.
 *
 * <p>An instance holds the result of the last call: it is not thread-safe; use one per thread.
 */
public final class ShortestDecimal {

    /** Bits of the significand field of a double. */
    private static final int P = 53;
    /** The smallest exponent {@code q} of {@code c·2^q} (subnormals). */
    private static final int Q_MIN = -1074;
    /** The smallest normal significand, 2^52. */
    private static final long C_MIN = 1L << (P - 1);
    /** Significands below this of subnormals are scaled by ten first, to keep two digits. */
    private static final long C_TINY = 3;
    /** The smallest and largest {@code −k} the table covers. */
    private static final int G_MIN = -292;
    private static final int G_MAX = 324;
    private static final long MASK_63 = (1L << 63) - 1;
    /** {@code g} of {@code 10^i} for {@code i} in [G_MIN, G_MAX]: high 63 bits and low 63 bits. */
    private static final long[] G1 = new long[G_MAX - G_MIN + 1];
    private static final long[] G0 = new long[G_MAX - G_MIN + 1];

    static {
        BigInteger low = BigInteger.ONE.shiftLeft(63).subtract(BigInteger.ONE);
        for (int i = G_MIN; i <= G_MAX; i++) {
            BigInteger g = g(i);
            if (g.bitLength() != 126) {
                throw new IllegalStateException("g(" + i + ") has " + g.bitLength() + " bits");
            }
            G1[i - G_MIN] = g.shiftRight(63).longValueExact();
            G0[i - G_MIN] = g.and(low).longValueExact();
        }
    }

    private long digits;
    private int exponent;

    /** A new instance; {@link #digits()} is 0 until {@link #of(double)} is called. */
    public ShortestDecimal() {
        // holds the result of of(double)
    }

    /**
     * Computes the shortest decimal of a value's magnitude.
     *
     * @param value a finite non-zero value; its sign is ignored
     * @return this, holding the result
     * @throws IllegalArgumentException if the value is zero, infinite or NaN
     */
    public ShortestDecimal of(double value) {
        long bits = Double.doubleToRawLongBits(value) & ~Long.MIN_VALUE;
        int bq = (int) (bits >>> (P - 1));
        long t = bits & (C_MIN - 1);
        if (bq == 0x7FF || bits == 0) {
            throw new IllegalArgumentException("no shortest decimal of " + value);
        }
        if (bq != 0) {
            int q = bq - 1075;
            long c = C_MIN | t;
            if (q < 0 && q > -P && (c & ((1L << -q) - 1)) == 0) {
                // an integer below 2^53: its rounding interval is at most one unit wide
                return finish(c >> -q, 0);
            }
            return compute(q, c, 0);
        }
        return t < C_TINY ? compute(Q_MIN, 10 * t, -1) : compute(Q_MIN, t, 0);
    }

    /**
     * The significant digits of the last result.
     *
     * @return a positive integer without trailing zeros, below 10¹⁷
     */
    public long digits() {
        return digits;
    }

    /**
     * The power of ten of the last result.
     *
     * @return the exponent {@code e} with {@code |value| = digits() × 10^e}
     */
    public int exponent() {
        return exponent;
    }

    private ShortestDecimal compute(int q, long c, int dk) {
        int out = (int) c & 1;
        long cb = c << 2;
        long cbr = cb + 2;
        long cbl;
        int k;
        if (c != C_MIN || q == Q_MIN) {
            cbl = cb - 2;
            k = floorLog10Pow2(q);
        } else {
            cbl = cb - 1;
            k = floorLog10ThreeQuartersPow2(q);
        }
        int h = q + floorLog2Pow10(-k) + 2;
        long g1 = G1[-k - G_MIN];
        long g0 = G0[-k - G_MIN];
        long vb = roundToOdd(g1, g0, cb << h);
        long vbl = roundToOdd(g1, g0, cbl << h) + out;
        long vbr = roundToOdd(g1, g0, cbr << h) - out;
        long s = vb >> 2;
        if (s >= 100) {
            long shorter = s / 10 * 10;
            boolean lowIn = vbl <= shorter << 2;
            boolean highIn = (shorter + 10) << 2 <= vbr;
            if (lowIn != highIn) {
                return finish(lowIn ? shorter : shorter + 10, k + dk);
            }
        }
        long up = s + 1;
        boolean lowIn = vbl <= s << 2;
        boolean highIn = up << 2 <= vbr;
        if (lowIn != highIn) {
            return finish(lowIn ? s : up, k + dk);
        }
        long cmp = vb - ((s + up) << 1);
        return finish(cmp < 0 || cmp == 0 && (s & 1) == 0 ? s : up, k + dk);
    }

    private ShortestDecimal finish(long f, int e) {
        long d = f;
        int x = e;
        while (d % 10 == 0) {
            d /= 10;
            x++;
        }
        digits = d;
        exponent = x;
        return this;
    }

    /**
     * {@code g·cp / 2^127} rounded to odd (the integer part, its last bit set when a fraction is
     * left), for {@code g = g1·2^63 + g0}.
     */
    private static long roundToOdd(long g1, long g0, long cp) {
        long x1 = Math.multiplyHigh(g0, cp);
        long y0 = g1 * cp;
        long y1 = Math.multiplyHigh(g1, cp);
        long z = (y0 >>> 1) + x1;
        long integer = y1 + (z >>> 63);
        return integer | ((z & MASK_63) + MASK_63) >>> 63;
    }

    /**
     * {@code ⌊q·log₁₀ 2⌋}; {@code 661 971 961 083 = ⌊log₁₀ 2 · 2^41⌋}, exact for |q| ≤ 2000 (tested).
     *
     * @param q a power of two
     * @return the floor of its decimal logarithm
     */
    static int floorLog10Pow2(int q) {
        return (int) (q * 661_971_961_083L >> 41);
    }

    /**
     * {@code ⌊log₁₀ (¾·2^q)⌋}; {@code 274 743 187 321 ≈ −log₁₀ ¾ · 2^41}, exact for |q| ≤ 2000
     * (tested).
     *
     * @param q a power of two
     * @return the floor of the decimal logarithm of three quarters of it
     */
    static int floorLog10ThreeQuartersPow2(int q) {
        return (int) (q * 661_971_961_083L - 274_743_187_321L >> 41);
    }

    /**
     * {@code ⌊k·log₂ 10⌋}; {@code 913 124 641 741 = ⌊log₂ 10 · 2^38⌋}, exact for |k| ≤ 1000
     * (tested).
     *
     * @param k a power of ten
     * @return the floor of its binary logarithm
     */
    static int floorLog2Pow10(int k) {
        return (int) (k * 913_124_641_741L >> 38);
    }

    /** {@code ⌊10^i·2^−r⌋ + 1} with {@code r = ⌊i·log₂ 10⌋ − 125}. */
    static BigInteger g(int i) {
        int r = floorLog2Pow10(i) - 125;
        BigInteger num = i >= 0 ? BigInteger.TEN.pow(i) : BigInteger.ONE;
        BigInteger den = i >= 0 ? BigInteger.ONE : BigInteger.TEN.pow(-i);
        if (r < 0) {
            num = num.shiftLeft(-r);
        } else {
            den = den.shiftLeft(r);
        }
        return num.divide(den).add(BigInteger.ONE);
    }
}
