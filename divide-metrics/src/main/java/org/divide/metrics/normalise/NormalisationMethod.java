package org.divide.metrics.normalise;

/**
 * The normalisation methods of COINr 1.1.14, each with the name of its R function.
 */
public enum NormalisationMethod {
    /** No normalisation (COINr {@code f_n = "none"}): the direction-applied values unchanged. */
    NONE("none"),
    /** {@code (x − min)/(max − min)·(u − l) + l}. */
    MIN_MAX("n_minmax"),
    /** {@code (x − mean)/sd·s + m}, sample standard deviation. */
    Z_SCORE("n_zscore"),
    /** {@code (x − lo)/(hi − lo)} over fixed bounds, mapped to the output range. */
    SCALED("n_scaled"),
    /** {@code rank(x)}. */
    RANK("n_rank"),
    /** {@code rank(x) − 1}. */
    BORDA("n_borda"),
    /** {@code (rank(x) − 1)/(n − 1)}. */
    PERCENTILE_RANK("n_prank"),
    /** {@code x / max}. */
    FRACTION_OF_MAX("n_fracmax"),
    /** {@code 1 − (max − x)/(max − min)}. */
    DISTANCE_TO_MAX("n_dist2max"),
    /** {@code 1 − (x_ref − x)/(x_ref − min)}. */
    DISTANCE_TO_REFERENCE("n_dist2ref"),
    /** {@code (x − min)/(target − min)}. */
    DISTANCE_TO_TARGET("n_dist2targ"),
    /** {@code (x − lo)/(hi − lo)}, truncated to {@code [0, 1]}. */
    GOALPOSTS("n_goalposts");

    private final String coinrName;

    NormalisationMethod(String coinrName) {
        this.coinrName = coinrName;
    }

    /**
     * Whether the method's native score lies in {@code [0, 1]} (or is a fixed-bounds scale) and
     * so accepts an output range ({@link Normalisation#withRange}).
     *
     * @return {@code true} for min-max, scaled, percentile rank, fraction of max, the distances
     *     and goalposts
     */
    public boolean takesRange() {
        switch (this) {
            case NONE:
            case Z_SCORE:
            case RANK:
            case BORDA:
                return false;
            default:
                return true;
        }
    }

    /**
     * Whether the method is built on ranks (and so takes a tie rule).
     *
     * @return {@code true} for rank, Borda and percentile rank
     */
    public boolean rankBased() {
        return this == RANK || this == BORDA || this == PERCENTILE_RANK;
    }

    /**
     * The name of the COINr function that computes this method.
     *
     * @return for example {@code "n_minmax"}
     */
    public String coinrName() {
        return coinrName;
    }
}
