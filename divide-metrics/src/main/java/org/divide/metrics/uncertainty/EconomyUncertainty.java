package org.divide.metrics.uncertainty;

import java.util.List;

/**
 * How uncertain one economy's rank and score are: the nominal values, their distribution over the
 * runs (for a Sobol analysis the 2N base runs, as COINr), and for a Sobol analysis the indices of
 * each assumption on them. Ranks are competition ranks, 1 the best; a run that drops the economy
 * (screening) or fails is left out of its statistics.
 *
 * @param economy               the economy's code
 * @param nominalRank           its rank under the nominal spec ({@code NaN} if not ranked)
 * @param nominalScore          its score under the nominal spec
 * @param medianRank            the median rank over the runs
 * @param rankLow               the low quantile of the rank (default the 5% quantile)
 * @param rankHigh              the high quantile of the rank (default the 95% quantile)
 * @param meanAbsoluteRankShift the mean over runs of |rank − nominal rank|
 * @param medianScore           the median score over the runs
 * @param scoreLow              the low quantile of the score
 * @param scoreHigh             the high quantile of the score
 * @param rankIndices           the Sobol indices of each assumption on the rank, in assumption
 *                              order (empty for Monte Carlo; copied)
 * @param scoreIndices          the Sobol indices of each assumption on the score (empty for Monte
 *                              Carlo; copied)
 */
public record EconomyUncertainty(String economy, double nominalRank, double nominalScore, double medianRank,
        double rankLow, double rankHigh, double meanAbsoluteRankShift, double medianScore, double scoreLow,
        double scoreHigh, List<SobolIndex> rankIndices, List<SobolIndex> scoreIndices) {

    /**
     * Checks and copies.
     *
     * @throws IllegalArgumentException if the economy or a list is {@code null}
     */
    public EconomyUncertainty {
        if (economy == null || rankIndices == null || scoreIndices == null) {
            throw new IllegalArgumentException("economy and indices must not be null");
        }
        rankIndices = List.copyOf(rankIndices);
        scoreIndices = List.copyOf(scoreIndices);
    }

    /**
     * Returns the width of the rank interval, rankHigh − rankLow.
     *
     * @return the width in ranks
     */
    public double rankIntervalWidth() {
        return rankHigh - rankLow;
    }
}
