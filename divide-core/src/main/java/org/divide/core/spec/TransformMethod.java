package org.divide.core.spec;

/**
 * The transforms of {@link Treat} (COINr's {@code f2} functions), with {@code min}, {@code max}
 * over the present values.
 */
public enum TransformMethod {
    /** No transform (COINr's {@code f2 = NULL}). */
    NONE,
    /** {@code ln(x − min + 0.01·(max − min))}, COINr's default {@code log_CT}. */
    LOG_CT,
    /** {@code ln(x − min + 1)}, COINr's {@code log_CT_orig}. */
    LOG_CT_ORIGINAL,
    /**
     * {@code ln(x − min + a)} for positive skew, {@code −ln(max + a − x)} otherwise, with
     * {@code a = 0.01·(max − min)}, COINr's {@code log_CT_plus}.
     */
    LOG_CT_PLUS,
    /** {@code ln((max − 1)(x − min)/(max − min) + 1)}, COINr's {@code log_GII} as documented. */
    LOG_GII,
    /** Box-Cox {@code (y^λ − 1)/λ} ({@code ln y} for λ = 0) of {@code y = x − min + 1}. */
    BOX_COX
}
