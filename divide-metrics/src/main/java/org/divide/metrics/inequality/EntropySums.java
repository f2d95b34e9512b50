package org.divide.metrics.inequality;

import org.divide.metrics.internal.numeric.Logarithm;

/**
 * The sums behind the generalised entropy and Atkinson families, taken over u = x/c for a scale
 * c (the mean in two-pass use, the first positive value in streaming use), so that the logarithms
 * and powers stay near 1 and the final subtraction loses little:
 * <pre>
 *   S0 = Σ w,   S1 = Σ w u,   Sa = Σ w u^a  (POWER),  Σ w u ln u  (X_LOG_X),  Σ w ln u  (LOG).
 * </pre>
 * With m = S1/S0 = μ/c:
 * GE(α) = ((Sa/S0)/m^α − 1)/(α(α − 1)); T = (Sa/S0)/m − ln m; MLD = ln m − Sa/S0;
 * Atkinson(ε) = 1 − (Sa/S0)^{1/(1−ε)}/m with a = 1 − ε, and 1 − exp(Sa/S0)/m for ε = 1.
 * Sums with different scales merge exactly (up to rounding) by rescaling: u' = r·u with
 * r = c_other/c. Mutable; not thread-safe.
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
    private final NeumaierSum s0 = new NeumaierSum();
    private final NeumaierSum s1 = new NeumaierSum();
    private final NeumaierSum sa = new NeumaierSum();

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
        if (!(scale > 0) && x > 0) {
            scale = x;
        }
        double u = x == 0 ? 0 : x / scale;
        s0.add(w);
        s1.add(w * u);
        sa.add(w * term(u));
    }

    /**
     * Adds the values {@code x[from, to)} with their weights. The scale must be set. For the
     * logarithmic kinds (Theil T, MLD, Atkinson(1)) each block of values is one fused loop: the
     * term of each value (with {@link Logarithm#ln}) goes straight into two error-free running
     * sums (Knuth's TwoSum, no branch), whose work overlaps with the logarithms of the next
     * values; the block's sums are then added to the compensated totals. A block whose sums are
     * not finite (a zero value under MLD) is added again value by value, where infinities are
     * kept apart. Power kinds compute a block of terms and then sum it.
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
        for (int b = from; b < to; b += BLOCK) {
            int end = Math.min(to, b + BLOCK);
            if (!addLogBlock(x, w, b, end)) {
                for (int i = b; i < end; i++) {
                    double wi = w == null ? 1 : w[i];
                    double u = x[i] / scale;
                    s1.add(wi * u);
                    sa.add(wi == 0 ? 0 : wi * term(u));
                }
            }
            if (w == null) {
                s0.add(end - b);
            } else {
                s0.addAll(w, b, end);
            }
        }
    }

    /**
     * Adds Σ w u and Σ w·term(u) of one block of a logarithmic kind to {@link #s1} and {@link #sa}.
     *
     * @return {@code false}, having added nothing, if a sum is not finite
     */
    private boolean addLogBlock(double[] x, double[] w, int from, int to) {
        double c = scale;
        boolean xLogX = kind == X_LOG_X;
        double p = 0;
        double pError = 0;
        double q = 0;
        double qError = 0;
        for (int i = from; i < to; i++) {
            double wi = w == null ? 1 : w[i];
            double u = x[i] / c;
            double lnU = Logarithm.ln(u);
            double term = xLogX ? (u > 0 ? u * lnU : 0) : lnU;
            double a = wi * u;
            double b = wi == 0 ? 0 : wi * term;
            double t = p + a;
            double z = t - p;
            pError += (p - (t - z)) + (a - z);
            p = t;
            t = q + b;
            z = t - q;
            qError += (q - (t - z)) + (b - z);
            q = t;
        }
        if (!Double.isFinite(p) || !Double.isFinite(q)) {
            return false;
        }
        s1.add(p);
        s1.add(pError);
        sa.add(q);
        sa.add(qError);
        return true;
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

    private double term(double u) {
        if (kind == LOG) {
            return Logarithm.ln(u);
        }
        if (kind == X_LOG_X) {
            return u > 0 ? u * Logarithm.ln(u) : 0;
        }
        return power(u);
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
        s0.add(other.s0);
        s1.addScaled(other.s1, r);
        if (kind == POWER) {
            sa.addScaled(other.sa, Math.pow(r, exponent));
        } else if (kind == X_LOG_X) {
            sa.addScaled(other.sa, r);
            sa.addScaled(other.s1, r * Math.log(r));
        } else {
            sa.add(other.sa);
            sa.addScaled(other.s0, Math.log(r));
        }
        return this;
    }

    /** @return Σ w */
    double weight() {
        return s0.value();
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
        double a = sa.value() / w;
        if (kind == X_LOG_X) {
            return a / m - Math.log(m);
        }
        if (kind == LOG) {
            return Math.log(m) - a;
        }
        return (a / Math.pow(m, exponent) - 1) / (exponent * (exponent - 1));
    }

    /** @return Atkinson(ε) for the sums made by {@link #atkinson}; {@code NaN} when the mean is not positive */
    double atkinson() {
        double w = s0.value();
        double m = s1.value() / w;
        if (!(m > 0)) {
            return Double.NaN;
        }
        double a = sa.value() / w;
        if (kind == LOG) {
            return 1 - Math.exp(a) / m;
        }
        return 1 - Math.pow(a, 1 / exponent) / m;
    }
}
