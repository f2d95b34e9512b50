package org.divide.core.spec;

/**
 * How tied values share ranks — R's {@code ties.method} of {@code rank()}, used by the rank-based
 * normalisations ({@link NormaliseMethod.Ranked}) and by {@code org.divide.metrics.rank}. For the
 * tied values occupying sorted positions {@code k+1 … k+m}:
 */
public enum RankTies {
    /** Every tied value gets {@code k+1}, the best rank ("sport" or competition ranking, "1224"); COINr's default. */
    MIN,
    /** Every tied value gets {@code k+m} ("1334"). */
    MAX,
    /** Every tied value gets the mean rank {@code k + (m+1)/2} ("1 2.5 2.5 4"). */
    AVERAGE,
    /** Tied values get {@code k+1 … k+m} in the order in which they appear ("1234"). */
    FIRST
}
