package org.divide.core.spec;

/** How tied values share ranks in the rank-based normalisations (R's {@code ties.method}). */
public enum RankTies {
    /** The best rank ("1224"), COINr's default. */
    MIN,
    /** The worst rank ("1334"). */
    MAX,
    /** The mean rank ("1 2.5 2.5 4"). */
    AVERAGE,
    /** In order of appearance ("1234"). */
    FIRST
}
