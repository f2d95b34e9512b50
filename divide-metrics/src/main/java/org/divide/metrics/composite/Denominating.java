package org.divide.metrics.composite;

import org.divide.core.spec.Denominate;

/**
 * {@link Denominate}: {@code x' = x / (d / s)}; a missing or zero denominator gives a missing value
 * (COINr gives {@code NA} or {@code Inf}; an infinite score would poison every aggregate).
 */
final class Denominating implements DataStep {

    /** Per indicator position: denominator code, or null. */
    private final String[] denominator;
    private final double[] scale;

    Denominating(Denominate step, Plan plan) {
        denominator = new String[plan.leafCount];
        scale = new double[plan.leafCount];
        step.denominators().forEach((ind, den) -> {
            int i = plan.leafIndex.get(ind);
            denominator[i] = den;
            scale[i] = step.scale(ind);
        });
    }

    @Override
    public Outcome apply(Work in, Bound data) {
        double[][] in0 = in.columns();
        double[][] out = new double[in0.length][];
        int[] rows = in.rows();
        for (int i = 0; i < out.length; i++) {
            if (denominator[i] == null) {
                out[i] = in0[i];
                continue;
            }
            double[] d = data.denominators[i];
            double[] x = in0[i];
            double[] y = new double[x.length];
            for (int e = 0; e < y.length; e++) {
                y[e] = denominate(i, x[e], d[rows[e]]);
            }
            out[i] = y;
        }
        return new Outcome(in.with(out), null);
    }

    /**
     * The denominator of an indicator.
     *
     * @param leaf the indicator's position
     * @return the denominator's code, or {@code null}
     */
    String denominator(int leaf) {
        return denominator[leaf];
    }

    /**
     * Denominates one value.
     *
     * @param leaf the indicator's position (which has a denominator)
     * @param x    the value
     * @param d    the denominator's value
     * @return {@code x / (d / s)}, or {@code NaN} if {@code d} is missing or 0
     */
    double denominate(int leaf, double x, double d) {
        return d == 0 || Double.isNaN(d) ? Double.NaN : x / (d / scale[leaf]);
    }

    /**
     * Looks the denominators up in the data.
     *
     * @param data the data
     * @return per indicator position, the denominator's values, or null
     * @throws IllegalArgumentException if the panel lacks a denominator
     */
    double[][] columns(IndexData data) {
        double[][] out = new double[denominator.length][];
        for (int i = 0; i < out.length; i++) {
            if (denominator[i] != null) {
                out[i] = data.column(denominator[i], "Denominate");
            }
        }
        return out;
    }
}
