package org.divide.core.spec;

import org.divide.core.internal.Checks;

/**
 * The transforms of {@link Treat} (COINr's {@code f2} functions), one record per transform, with
 * {@code min}, {@code max} over the present values.
 */
public sealed interface TransformMethod extends SpecMethod {

    /** No transform (COINr's {@code f2 = NULL}). */
    record None() implements TransformMethod {
    }

    /** {@code ln(x − min + 0.01·(max − min))}, COINr's default {@code log_CT}. */
    record LogCT() implements TransformMethod {
    }

    /** {@code ln(x − min + 1)}, COINr's {@code log_CT_orig}. */
    record LogCTOriginal() implements TransformMethod {
    }

    /**
     * {@code ln(x − min + a)} for positive skew, {@code −ln(max + a − x)} otherwise, with
     * {@code a = 0.01·(max − min)}, COINr's {@code log_CT_plus}.
     */
    record LogCTPlus() implements TransformMethod {
    }

    /** {@code ln((max − 1)(x − min)/(max − min) + 1)}, COINr's {@code log_GII} as documented. */
    record LogGII() implements TransformMethod {
    }

    /**
     * Box-Cox {@code (y^λ − 1)/λ} ({@code ln y} for λ = 0) of {@code y = x − min + 1}.
     *
     * @param lambda the exponent λ, finite
     */
    record BoxCox(double lambda) implements TransformMethod {
        /** Validates λ. */
        public BoxCox {
            Checks.finite("BoxCox.lambda", lambda);
        }
    }

    /** @return no transform */
    static None none() {
        return new None();
    }

    /** @return COINr's {@code log_CT} */
    static LogCT logCT() {
        return new LogCT();
    }

    /**
     * Box-Cox with exponent λ.
     *
     * @param lambda the exponent
     * @return the transform
     */
    static BoxCox boxCox(double lambda) {
        return new BoxCox(lambda);
    }
}
