package org.divide.metrics.treat;

import java.util.function.UnaryOperator;

import org.divide.metrics.internal.column.Args;
import org.divide.metrics.internal.column.NanStats;

/**
 * A named transformation of a whole column, used as the second stage of outlier treatment
 * (COINr's {@code f2}). Missing values stay missing; {@code min}, {@code max} and the skewness are
 * taken over the non-missing values. The function never modifies its argument.
 *
 * <ul>
 * <li>{@link #logCT()}: {@code ln(x − min + 0.01(max − min))} (COINr {@code log_CT}, the default);</li>
 * <li>{@link #logCTOriginal()}: {@code ln(x − min + 1)} (COINr {@code log_CT_orig}, the COIN Tool's);</li>
 * <li>{@link #logCTPlus()}: {@code ln(x − min + a)} if G1 &gt; 0, else {@code −ln(max + a − x)},
 *     {@code a = 0.01(max − min)} (COINr {@code log_CT_plus}, reduces negative skew too);</li>
 * <li>{@link #logGII()}: {@code ln((max − 1)(x − min)/(max − min) + 1)} (the GII 2020 log, what
 *     COINr's {@code log_GII} intends — COINr 1.1.14 returns {@code x} untransformed). It
 *     reverses the order when {@code max < 1} and is undefined when the argument is not positive;</li>
 * <li>{@link #boxCox(double)}: {@code x ← x − min + 1}, then {@code (x^λ − 1)/λ}, or {@code ln x}
 *     for {@code λ = 0} (COINr {@code boxcox(makepos = TRUE)}), and
 *     {@link #boxCox(double, boolean)} without the shift.</li>
 * </ul>
 */
public final class Transform {

    private final String name;
    private final UnaryOperator<double[]> function;

    private Transform(String name, UnaryOperator<double[]> function) {
        this.name = name;
        this.function = function;
    }

    /**
     * A user-defined transform.
     *
     * @param name     its name, for reports
     * @param function maps a column to a new column of the same length; must not modify its
     *     argument
     * @return the transform
     * @throws IllegalArgumentException if an argument is {@code null}
     */
    public static Transform of(String name, UnaryOperator<double[]> function) {
        return new Transform(Args.notNull("name", name), Args.notNull("function", function));
    }

    /**
     * COINr's default {@code log_CT}: {@code ln(x − min + 0.01(max − min))}.
     *
     * @return the transform
     */
    public static Transform logCT() {
        return new Transform("log_CT", x -> {
            double min = NanStats.min(x);
            double a = 0.01 * (NanStats.max(x) - min);
            return map(x, v -> Math.log(v - min + a));
        });
    }

    /**
     * COINr's {@code log_CT_orig}: {@code ln(x − min + 1)}.
     *
     * @return the transform
     */
    public static Transform logCTOriginal() {
        return new Transform("log_CT_orig", x -> {
            double min = NanStats.min(x);
            return map(x, v -> Math.log(v - min + 1));
        });
    }

    /**
     * COINr's {@code log_CT_plus}: {@code ln(x − min + a)} when the skewness is positive,
     * otherwise {@code −ln(max + a − x)}, with {@code a = 0.01(max − min)}.
     *
     * @return the transform
     */
    public static Transform logCTPlus() {
        return new Transform("log_CT_plus", x -> {
            double min = NanStats.min(x);
            double max = NanStats.max(x);
            double a = 0.01 * (max - min);
            return NanStats.skewness(x) > 0 ? map(x, v -> Math.log(v - min + a))
                    : map(x, v -> -Math.log(max + a - v));
        });
    }

    /**
     * The GII log {@code ln((max − 1)(x − min)/(max − min) + 1)}.
     *
     * @return the transform
     */
    public static Transform logGII() {
        return new Transform("log_GII", x -> {
            double min = NanStats.min(x);
            double max = NanStats.max(x);
            return map(x, v -> Math.log((max - 1) * (v - min) / (max - min) + 1));
        });
    }

    /**
     * Box-Cox with COINr's shift to positive values: {@code x ← x − min + 1}, then
     * {@code (x^λ − 1)/λ}, or {@code ln x} when {@code λ = 0}.
     *
     * @param lambda the exponent λ, finite
     * @return the transform
     * @throws IllegalArgumentException if {@code lambda} is not finite
     */
    public static Transform boxCox(double lambda) {
        return boxCox(lambda, true);
    }

    /**
     * Box-Cox {@code (x^λ − 1)/λ} ({@code ln x} when {@code λ = 0}), optionally after the shift
     * {@code x ← x − min + 1}. Without the shift every value must be positive.
     *
     * @param lambda       the exponent λ, finite
     * @param makePositive whether to shift first (COINr's {@code makepos})
     * @return the transform
     * @throws IllegalArgumentException if {@code lambda} is not finite; when applied without the
     *     shift, if a value is not positive (naming its position)
     */
    public static Transform boxCox(double lambda, boolean makePositive) {
        Args.finite("lambda", lambda);
        return new Transform("boxcox(" + lambda + ")", x -> {
            double min = NanStats.min(x);
            if (!makePositive) {
                for (int i = 0; i < x.length; i++) {
                    if (x[i] <= 0) {
                        throw new IllegalArgumentException("Box-Cox: x[" + i + "] is not positive: "
                                + x[i]);
                    }
                }
            }
            return map(x, v -> {
                double y = makePositive ? v - min + 1 : v;
                return lambda == 0 ? Math.log(y) : (Math.pow(y, lambda) - 1) / lambda;
            });
        });
    }

    /**
     * Applies the transform.
     *
     * @param column the values, {@code NaN} = missing (not modified)
     * @return a new array of transformed values
     * @throws IllegalArgumentException if {@code column} is {@code null} or the transform's
     *     function returns an array of another length
     */
    public double[] apply(double[] column) {
        Args.notNull("column", column);
        double[] out = function.apply(column);
        Args.sameLength("column", column.length, name + " result",
                Args.notNull(name + " result", out).length);
        return out;
    }

    /**
     * The transform's name, as COINr's report calls it.
     *
     * @return for example {@code "log_CT"}
     */
    public String name() {
        return name;
    }

    @Override
    public String toString() {
        return name;
    }

    /**
     * Transforms are equal when their names are (the built-in names encode their parameters).
     *
     * @param o another object
     * @return whether {@code o} is a transform with the same name
     */
    @Override
    public boolean equals(Object o) {
        return o instanceof Transform && ((Transform) o).name.equals(name);
    }

    @Override
    public int hashCode() {
        return name.hashCode();
    }

    private interface DoubleOp {
        double apply(double v);
    }

    private static double[] map(double[] x, DoubleOp op) {
        double[] out = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            out[i] = Double.isNaN(x[i]) ? Double.NaN : op.apply(x[i]);
        }
        return out;
    }
}
