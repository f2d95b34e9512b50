package org.divide.core.spec;

/**
 * The aggregation methods of {@link Aggregate}, with {@code x} the children's scores of one
 * economy and {@code w} their weights (rescaled over the children present).
 */
public enum AggregateMethod {
    /** {@code Σ wᵢxᵢ / Σ wᵢ} (COINr's default {@code a_amean}). */
    ARITHMETIC,
    /** {@code exp(Σ wᵢ ln xᵢ / Σ wᵢ)}; needs {@code x > 0} ({@code a_gmean}). */
    GEOMETRIC,
    /** {@code Σ wᵢ / Σ (wᵢ/xᵢ)}; needs {@code x > 0} ({@code a_hmean}). */
    HARMONIC,
    /** {@code (Σ wᵢxᵢᵖ / Σ wᵢ)^{1/p}} ({@code a_genmean}), order {@link Aggregate.Rule#power()}. */
    GENERALISED,
    /** The weighted median. */
    MEDIAN,
    /**
     * Copeland's count of wins minus losses over pairwise weighted-majority comparisons of the
     * economies (non-compensatory; {@code a_copeland}).
     */
    COPELAND,
    /**
     * Benefit of the doubt: each economy's score with the weights most favourable to it, under
     * the constraint that no economy scores above 1 with those weights (a DEA linear programme).
     */
    BENEFIT_OF_THE_DOUBT
}
