package org.divide.core.spec;

/**
 * The normalisation methods of {@link Normalise} (COINr's {@code n_*} functions). Formulas are on
 * {@code x' = x·direction}, with {@code min}, {@code max}, mean and sample sd over the present
 * values; a native score {@code t} in [0, 1] is mapped to the output range [l, u] as
 * {@code t·(u − l) + l}.
 */
public enum NormaliseMethod {
    /** No normalisation ({@code "none"}): {@code x'}. */
    NONE,
    /** {@code (x' − min)/(max − min)}, output range default [0, 100] ({@code n_minmax}). */
    MIN_MAX,
    /** {@code (x' − mean)/sd·s + m} with (m, s) = (lower, upper), default (0, 1) ({@code n_zscore}). */
    Z_SCORE,
    /** {@code (x − low)/(high − low)} over fixed bounds, output range default [0, 100] ({@code n_scaled}). */
    SCALED,
    /** {@code rank(x')} ({@code n_rank}); no output range. */
    RANK,
    /** {@code rank(x') − 1} ({@code n_borda}); no output range. */
    BORDA,
    /** {@code (rank(x') − 1)/(n − 1)} ({@code n_prank}). */
    PERCENTILE_RANK,
    /** {@code x' / max} ({@code n_fracmax}). */
    FRACTION_OF_MAX,
    /** {@code 1 − (max − x')/(max − min)} ({@code n_dist2max}). */
    DISTANCE_TO_MAX,
    /** {@code 1 − (x'_ref − x')/(x'_ref − min)}, reference economy given by code ({@code n_dist2ref}). */
    DISTANCE_TO_REFERENCE,
    /** {@code (x' − min)/(target' − min)} ({@code n_dist2targ}). */
    DISTANCE_TO_TARGET,
    /** {@code (x − low)/(high − low)} truncated to [0, 1] ({@code n_goalposts}). */
    GOALPOSTS
}
