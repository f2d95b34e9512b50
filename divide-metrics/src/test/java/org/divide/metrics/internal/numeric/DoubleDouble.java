package org.divide.metrics.internal.numeric;

/**
 * Double-double arithmetic for test references: a value is an unevaluated sum hi + lo of two
 * doubles with |lo| ≤ ½ ulp(hi), about 106 bits. Only what the references need: sums, products,
 * quotients and a natural logarithm (accurate to about 2^−104 relative) computed from the
 * series of atanh, independently of {@link Math#log}. Immutable.
 *
 * <p>Dekker (1971), A floating-point technique for extending the available precision,
 * Numerische Mathematik 18, 224–242, doi:10.1007/BF01397083.
 *
 * @param hi the leading part
 * @param lo the trailing part
 */
public record DoubleDouble(double hi, double lo) {

    /** ln 2 to about 107 bits. */
    public static final DoubleDouble LN2 = new DoubleDouble(0x1.62e42fefa39efp-1, 0x1.abc9e3b39803fp-56);
    /** Zero. */
    public static final DoubleDouble ZERO = new DoubleDouble(0, 0);

    /**
     * @param v a double
     * @return v exactly
     */
    public static DoubleDouble of(double v) {
        return new DoubleDouble(v, 0);
    }

    private static DoubleDouble twoSum(double a, double b) {
        double s = a + b;
        double z = s - a;
        return new DoubleDouble(s, (a - (s - z)) + (b - z));
    }

    private static DoubleDouble fastTwoSum(double a, double b) {
        double s = a + b;
        return new DoubleDouble(s, b - (s - a));
    }

    /**
     * @param o another value
     * @return this + o
     */
    public DoubleDouble add(DoubleDouble o) {
        DoubleDouble s = twoSum(hi, o.hi);
        DoubleDouble t = twoSum(lo, o.lo);
        DoubleDouble u = fastTwoSum(s.hi, s.lo + t.hi);
        return fastTwoSum(u.hi, u.lo + t.lo);
    }

    /**
     * @param o another value
     * @return this − o
     */
    public DoubleDouble subtract(DoubleDouble o) {
        return add(o.negate());
    }

    /** @return −this */
    public DoubleDouble negate() {
        return new DoubleDouble(-hi, -lo);
    }

    /**
     * @param o another value
     * @return this · o
     */
    public DoubleDouble multiply(DoubleDouble o) {
        double p = hi * o.hi;
        double e = Math.fma(hi, o.hi, -p);
        return fastTwoSum(p, e + (hi * o.lo + lo * o.hi));
    }

    /**
     * @param o another value
     * @return this / o
     */
    public DoubleDouble divide(DoubleDouble o) {
        double q1 = hi / o.hi;
        DoubleDouble r = subtract(o.multiply(of(q1)));
        double q2 = r.hi / o.hi;
        r = r.subtract(o.multiply(of(q2)));
        double q3 = r.hi / o.hi;
        return fastTwoSum(q1, q2).add(of(q3));
    }

    /** @return hi + lo rounded to a double */
    public double doubleValue() {
        return hi + lo;
    }

    /**
     * The natural logarithm of a positive finite value: this = 2^k·m with m in [1/√2, √2), then
     * ln m = 2 atanh(s) = 2(s + s³/3 + s⁵/5 + …) with s = (m − 1)/(m + 1), |s| ≤ 0.172, summed
     * until the terms fall below 2^−110 of the sum.
     *
     * @return ln(this)
     */
    public DoubleDouble log() {
        if (!(hi > 0) || Double.isInfinite(hi)) {
            throw new IllegalArgumentException("log of " + hi);
        }
        int k = Math.getExponent(hi);
        if (k < -1022) {
            return multiply(of(0x1p200)).log().subtract(LN2.multiply(of(200)));
        }
        double scale = Math.scalb(1.0, -k);
        DoubleDouble m = new DoubleDouble(hi * scale, lo * scale);
        if (m.hi >= Math.sqrt(2)) {
            m = new DoubleDouble(m.hi / 2, m.lo / 2);
            k++;
        }
        DoubleDouble one = of(1);
        DoubleDouble s = m.subtract(one).divide(m.add(one));
        DoubleDouble s2 = s.multiply(s);
        DoubleDouble power = s;
        DoubleDouble sum = s;
        for (int j = 3; j < 200; j += 2) {
            power = power.multiply(s2);
            DoubleDouble term = power.divide(of(j));
            sum = sum.add(term);
            if (Math.abs(term.hi) <= 0x1p-110 * Math.abs(sum.hi)) {
                break;
            }
        }
        return sum.add(sum).add(LN2.multiply(of(k)));
    }
}
