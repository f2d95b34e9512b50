package org.divide.metrics.inequality;

import org.divide.metrics.internal.numeric.Logarithm;
import org.divide.metrics.numeric.CompensatedSum;

/**
 * The sums behind the generalised entropy and Atkinson families, taken over u = x/c for a scale
 * c (a pilot mean in one-pass use, the mean in two-pass use, the first positive value in
 * streaming use), so that the logarithms and powers stay near 1 and the final subtraction loses
 * little:
 * <pre>
 *   S0 = Σ w,   S1 = Σ w u,   Sa = Σ w u^a  (POWER),
 *   D = Σ w (u ln u − u + 1)  (X_LOG_X),   D = Σ w (u − 1 − ln u)  (LOG).
 * </pre>
 * With m = S1/S0 = μ/c, δ = m − 1 (from S1 − S0 before rounding), d = D/S0 and
 * E(δ) = δ − ln(1 + δ) ≥ 0 (a series for small δ):
 * GE(α) = ((Sa/S0)/m^α − 1)/(α(α − 1)); T = d/m + (E(δ) − δ²/m); MLD = d − E(δ);
 * Atkinson(ε) = 1 − (Sa/S0)^{1/(1−ε)}/m with a = 1 − ε, and 1 − exp(−MLD) for ε = 1.
 *
 * <p>The logarithmic kinds sum the non-negative excesses u ln u − u + 1 and u − 1 − ln u (the
 * gaps between a convex function and its tangent at u = 1) instead of u ln u or ln u: these
 * terms do not cancel, so their plain sum in short blocks is accurate to a few units in the last
 * place, and the index no longer comes out of a difference of nearly equal sums. The corrections
 * E(δ) − δ²/m ≈ −δ²/2 and −E(δ) are of second order in δ and are computed to relative accuracy
 * from an accurate δ, so T and MLD keep their relative accuracy however small they are, and the
 * scale need not be the exact mean (a pilot estimate serves as well); Σ w u ln u − ln m left an
 * absolute error of about one rounding of m.
 *
 * <p>Sums with different scales merge exactly (up to rounding) by rescaling: u' = r·u with
 * r = c_other/c, which gives D' = r·D + (r ln r)·S1 + (1 − r)·S0 (X_LOG_X) and
 * D' = D + (r − 1)·S1 − (ln r)·S0 (LOG).
 *
 * <p>Values added one at a time ({@link #add(double, double)}) have their weights scaled by a
 * power of two ({@link BinaryScale}), so that S0 neither overflows nor underflows whatever the
 * weights' magnitude; the values need no scaling (the sums hold ratios u = x/c). The array
 * paths take weights the caller has brought to an ordinary magnitude. Mutable; not thread-safe.
 */
final class EntropySums {

    private static final int POWER = 0;
    private static final int X_LOG_X = 1;
    private static final int LOG = 2;
    /** Terms summed per block by {@link #addAll}. */
    private static final int BLOCK = 1024;

    private final int kind;
    private final double exponent;
    private double scale;
    private final BinaryScale wScale = new BinaryScale();
    private final CompensatedSum s0 = new CompensatedSum();
    private final CompensatedSum s1 = new CompensatedSum();
    private final CompensatedSum sa = new CompensatedSum();

    private EntropySums(int kind, double exponent, double scale) {
        this.kind = kind;
        this.exponent = exponent;
        this.scale = scale;
    }

    /**
     * @param alpha the GE parameter
     * @param scale the scale c, or {@code NaN} to take the first positive value
     * @return empty sums for GE(α)
     */
    static EntropySums generalizedEntropy(double alpha, double scale) {
        return alpha == 1 ? new EntropySums(X_LOG_X, 1, scale)
                : alpha == 0 ? new EntropySums(LOG, 0, scale) : new EntropySums(POWER, alpha, scale);
    }

    /**
     * @param epsilon the Atkinson parameter
     * @param scale   the scale c, or {@code NaN} to take the first positive value
     * @return empty sums for Atkinson(ε)
     */
    static EntropySums atkinson(double epsilon, double scale) {
        return epsilon == 1 ? new EntropySums(LOG, 0, scale) : new EntropySums(POWER, 1 - epsilon, scale);
    }

    /**
     * Adds a value ({@code x >= 0}, finite; zero only where allowed) with its weight.
     *
     * @param x the value
     * @param w the weight, {@code >= 0}
     */
    void add(double x, double w) {
        if (w == 0) {
            return;
        }
        if (!(scale > 0) && x != 0) {
            scale = Math.abs(x);
        }
        int dw = wScale.fit(w);
        if (dw != 0) {
            rescaleWeights(dw);
        }
        w = wScale.stored(w);
        double u = x == 0 ? 0 : x / scale;
        s0.add(w);
        s1.add(w * u);
        sa.add(w * (kind == X_LOG_X ? xLogXExcess(u) : kind == LOG ? logExcess(u) : power(u)));
    }

    /** Divides the stored weights, and so every sum, by 2^d (exact). */
    private void rescaleWeights(int d) {
        BinaryScale.scale(s0, -d);
        BinaryScale.scale(s1, -d);
        BinaryScale.scale(sa, -d);
    }

    /**
     * Brings sums to a common weight scale (exactly), so that their {@link #storedWeight()}s
     * compare and add.
     *
     * @param sums the sums; their weight scales are aligned to the largest
     */
    static void alignWeights(EntropySums... sums) {
        EntropySums widest = null;
        for (EntropySums s : sums) {
            if (widest == null || s.wScale.exponent() > widest.wScale.exponent()) {
                widest = s;
            }
        }
        for (EntropySums s : sums) {
            int d = s.wScale.align(widest.wScale);
            if (d != 0) {
                s.rescaleWeights(d);
            }
        }
    }

    /** @return Σ w as stored (scaled by the weight scale), for shares between aligned sums */
    double storedWeight() {
        return s0.value();
    }

    /**
     * Adds the values {@code x[from, to)} with their weights. The scale must be set. For the
     * logarithmic kinds (Theil T, MLD, Atkinson(1)) each block is one loop ({@link LogExcessBlock}):
     * the excess of each value (with {@link Logarithm#ln}) and its u and w go into plain lane sums
     * added error-free to the block's totals; the series are non-negative, so no term needs a
     * compensated add. A block whose sums are not finite (a
     * zero value under MLD) is added again value by value, where infinities are kept apart.
     * Power kinds compute a block of terms and then sum it with compensation.
     *
     * @param x    the values (validated); not modified
     * @param w    the weights, or {@code null} for unit weights; not modified
     * @param from first index, inclusive
     * @param to   last index, exclusive
     */
    void addAll(double[] x, double[] w, int from, int to) {
        if (!(scale > 0)) {
            for (int i = from; i < to; i++) {
                add(x[i], w == null ? 1 : w[i]);
            }
            return;
        }
        if (kind == POWER) {
            addPowers(x, w, from, to);
            return;
        }
        double[] range = {Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY};
        for (int b = from; b < to; b += BLOCK) {
            addLogBlock(x, w, b, Math.min(to, b + BLOCK), null, range);
        }
    }

    /**
     * Validates and adds the values {@code x[from, to)} of a logarithmic kind in one pass over
     * memory: the loops of {@link #addAll} also keep the range of the values and of the
     * weights, and a block whose range or sums show a value that might not be kept (zero,
     * negative, infinite, {@code NaN}) or an invalid weight is checked value by value under the
     * policy. The scale must be set.
     *
     * @param x      the values; not modified
     * @param w      the weights, or {@code null} for unit weights; not modified
     * @param from   first index, inclusive
     * @param to     last index, exclusive
     * @param policy the data policies
     * @param range  {min, max} of the values so far, updated
     * @return {@code false} as soon as a value is not kept, a weight is invalid or a sum is not
     *         finite (a zero under MLD, or a quotient x/c that overflows because the scale is far
     *         below the mean); the sums are then incomplete and must be discarded
     */
    boolean addAllKept(double[] x, double[] w, int from, int to, ValuePolicy policy, double[] range) {
        for (int b = from; b < to; b += BLOCK) {
            if (!addLogBlock(x, w, b, Math.min(to, b + BLOCK), policy, range)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Adds S0, S1 and D of one block of a logarithmic kind, or, if the sums are not finite,
     * adds its values one by one.
     *
     * @param policy the policy to check the values against, or {@code null} if they are valid
     * @param range  {min, max} of the values so far, updated
     * @return {@code false}, having added nothing, if a value is not kept by the policy or a
     *         weight is invalid, or, when a policy is given, if a sum is not finite
     */
    private boolean addLogBlock(double[] x, double[] w, int from, int to, ValuePolicy policy, double[] range) {
        LogExcessBlock b = LogExcessBlock.of(x, w, from, to, scale, kind == X_LOG_X, range[0], range[1]);
        boolean finite = b.isFinite();
        if (policy != null && !(b.min > 0 && b.max < Double.POSITIVE_INFINITY && b.minWeight >= 0 && finite)
                && !allKept(x, w, from, to, policy)) {
            return false;
        }
        if (!finite && policy != null) {
            return false;
        }
        range[0] = b.min;
        range[1] = b.max;
        if (!finite) {
            for (int j = from; j < to; j++) {
                add(x[j], w == null ? 1 : w[j]);
            }
            return true;
        }
        if (w == null) {
            s0.add(to - from);
        } else {
            s0.add(b.value(LogExcessBlock.WEIGHT));
            s0.add(b.error(LogExcessBlock.WEIGHT));
        }
        s1.add(b.value(LogExcessBlock.SCALED));
        s1.add(b.error(LogExcessBlock.SCALED));
        sa.add(b.value(LogExcessBlock.EXCESS));
        sa.add(b.error(LogExcessBlock.EXCESS));
        return true;
    }

    private static boolean allKept(double[] x, double[] w, int from, int to, ValuePolicy policy) {
        for (int i = from; i < to; i++) {
            if (policy.action(x[i]) != ValuePolicy.KEEP || w != null && !ValuePolicy.validWeight(w[i])) {
                return false;
            }
        }
        return true;
    }

    /**
     * @param u a value {@code >= 0}
     * @return u ln u − u + 1 (1 for u = 0), with the product and the subtraction in one rounding
     */
    static double xLogXExcess(double u) {
        return u > 0 ? Math.fma(u, Logarithm.ln(u), 1 - u) : 1;
    }

    /**
     * @param u a value {@code >= 0}
     * @return u − 1 − ln u ({@code +∞} for u = 0)
     */
    static double logExcess(double u) {
        return (u - 1) - Logarithm.ln(u);
    }

    private void addPowers(double[] x, double[] w, int from, int to) {
        double[] scaled = new double[BLOCK];
        double[] terms = new double[BLOCK];
        for (int b = from; b < to; b += BLOCK) {
            int m = Math.min(BLOCK, to - b);
            for (int j = 0; j < m; j++) {
                double wi = w == null ? 1 : w[b + j];
                double u = x[b + j] / scale;
                scaled[j] = wi * u;
                terms[j] = wi == 0 ? 0 : wi * power(u);
            }
            s1.addAll(scaled, 0, m);
            sa.addAll(terms, 0, m);
            if (w == null) {
                s0.add(m);
            } else {
                s0.addAll(w, b, b + m);
            }
        }
    }

    private double power(double u) {
        double e = exponent;
        if (e == 2) {
            return u * u;
        }
        if (e == 0.5) {
            return Math.sqrt(u);
        }
        if (e == -1) {
            return 1 / u;
        }
        return Math.pow(u, e);
    }

    /**
     * Adds other sums of the same kind.
     *
     * @param other the other sums; not modified
     * @return this
     */
    EntropySums add(EntropySums other) {
        if (other.s0.value() == 0) {
            return this;
        }
        if (!(scale > 0)) {
            scale = other.scale;
        }
        double r = other.scale > 0 ? other.scale / scale : 1;
        int dw = wScale.align(other.wScale);
        if (dw != 0) {
            rescaleWeights(dw);
        }
        double f = wScale.factorFrom(other.wScale);
        if (f == 1) {
            s0.add(other.s0);
        } else {
            s0.addScaled(other.s0, f);
        }
        s1.addScaled(other.s1, r * f);
        if (kind == POWER) {
            sa.addScaled(other.sa, Math.pow(r, exponent) * f);
        } else if (kind == X_LOG_X) {
            sa.addScaled(other.sa, r * f);
            sa.addScaled(other.s1, r * Math.log(r) * f);
            sa.addScaled(other.s0, (1 - r) * f);
        } else {
            if (f == 1) {
                sa.add(other.sa);
            } else {
                sa.addScaled(other.sa, f);
            }
            sa.addScaled(other.s1, (r - 1) * f);
            sa.addScaled(other.s0, -Math.log(r) * f);
        }
        return this;
    }

    /** @return Σ w (may overflow to infinity for weights near the largest double) */
    double weight() {
        return wScale.unscaled(s0.value(), 1);
    }

    /** @return the weighted mean ({@code NaN} when empty) */
    double mean() {
        double w = s0.value();
        if (w == 0) {
            return Double.NaN;
        }
        double m = s1.value() / w;
        return m == 0 ? 0 : scale * m;
    }

    /** @return GE(α) for the sums made by {@link #generalizedEntropy}; {@code NaN} when the mean is not positive */
    double generalizedEntropy() {
        double w = s0.value();
        double m = s1.value() / w;
        if (!(m > 0)) {
            return Double.NaN;
        }
        if (kind == X_LOG_X) {
            double delta = delta(w);
            return sa.value() / w / m + (log1pExcess(delta) - delta * delta / m);
        }
        if (kind == LOG) {
            return meanLogDeviation(w);
        }
        double a = sa.value() / w;
        return (a / Math.pow(m, exponent) - 1) / (exponent * (exponent - 1));
    }

    private double meanLogDeviation(double w) {
        return sa.value() / w - log1pExcess(delta(w));
    }

    /**
     * @param w S0
     * @return δ = m − 1 = (S1 − S0)/S0, with the difference of the sums taken before rounding
     */
    private double delta(double w) {
        return s1.minus(s0) / w;
    }

    /**
     * δ − ln(1 + δ), accurate also for small δ: for |δ| ≤ 1/16 from the series
     * δ² (1/2 − δ/3 + δ²/4 − …), otherwise directly (where it is at least 1/600 of δ).
     *
     * @param delta δ &gt; −1
     * @return δ − ln(1 + δ) ≥ 0
     */
    static double log1pExcess(double delta) {
        if (!(Math.abs(delta) <= 0.0625)) {
            return delta - Math.log1p(delta);
        }
        double sum = 0;
        double power = 1;
        int j = 0;
        while (j < 18 && power > 0x1p-60) {
            j++;
            power *= Math.abs(delta);
        }
        for (int k = j; k >= 0; k--) {
            sum = 1.0 / (k + 2) - delta * sum;
        }
        return delta * delta * sum;
    }

    /**
     * The within-group term of GE(2) of a group whose own mean is not positive (its GE(2) is
     * undefined, its term (μ_k/μ)²·GE_k(2) = σ_k²/(2μ²) is not): for the sums of GE(2).
     *
     * @param mu the overall mean, {@code > 0}
     * @return σ²/(2μ²) with the population variance σ² of these sums' values
     */
    double halfVarianceOverSquare(double mu) {
        double w = s0.value();
        double m = s1.value() / w;
        double r = scale / mu;
        return r * r * Math.max(0, sa.value() / w - m * m) / 2;
    }

    /** @return Atkinson(ε) for the sums made by {@link #atkinson}; {@code NaN} when the mean is not positive */
    double atkinson() {
        double w = s0.value();
        double m = s1.value() / w;
        if (!(m > 0)) {
            return Double.NaN;
        }
        if (kind == LOG) {
            return -Math.expm1(-meanLogDeviation(w));
        }
        return 1 - Math.pow(sa.value() / w, 1 / exponent) / m;
    }
}
