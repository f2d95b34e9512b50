package org.divide.metrics.profile;

/**
 * An economy at one node of the index (the index, an aggregate or an indicator as normalised).
 *
 * @param code              the node's code
 * @param level             its level (1: indicators)
 * @param effectiveWeight   its effective weight in the index (product of the normalised weights
 *                          along its lineage, COINr's {@code get_eff_weights})
 * @param score             the economy's score ({@code NaN} if missing)
 * @param rank              its competition rank over all economies ({@code NaN} if missing)
 * @param ties              how many economies share that rank
 * @param ranked            how many economies have a score
 * @param frontier          the best score of any economy
 * @param peerMedian        the median score of the peers ({@code NaN} if none has one)
 * @param tier              the economy's tier, 1 the top, of {@code tiers} quantile classes
 * @param nextTierThreshold the lowest class boundary at or above the score, to be exceeded to move
 *                          up a tier ({@code NaN} in the top tier)
 * @param gain              the rise of the index when this node's score rises by one normalised
 *                          unit, the rest unchanged, computed exactly through the aggregation
 *                          ({@code 0} for the index itself, {@code NaN} if missing)
 * @param interval          the 5–95 % interval from the uncertainty analysis, or {@code null}
 */
public record NodeProfile(String code, int level, double effectiveWeight, double score, double rank, int ties,
        int ranked, double frontier, double peerMedian, int tier, double nextTierThreshold, double gain,
        Interval interval) {

    /** {@return the gap to the frontier, frontier − score (0 at the frontier)} */
    public double frontierGap() {
        return frontier - score;
    }

    /** {@return the gap to the peer median, median − score (negative when above it)} */
    public double peerGap() {
        return peerMedian - score;
    }

    /** {@return the gap to the next tier's threshold ({@code NaN} in the top tier)} */
    public double nextTierGap() {
        return nextTierThreshold - score;
    }

    /**
     * The uncertainty of a node's score and rank over the runs of a Monte Carlo analysis.
     *
     * @param runs      the runs
     * @param scoreLow  the 5 % quantile of the score (on the nominal scale)
     * @param scoreHigh the 95 % quantile of the score
     * @param rankLow   the 5 % quantile of the rank
     * @param rankHigh  the 95 % quantile of the rank
     */
    public record Interval(int runs, double scoreLow, double scoreHigh, double rankLow, double rankHigh) {
    }
}
