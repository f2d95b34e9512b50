package org.divide.core;

/**
 * Which way an indicator (or a node of an index framework) points: whether a higher value means
 * more of what the index measures ({@link #POSITIVE}) or less ({@link #NEGATIVE}).
 *
 * <p>Composite-index pipelines apply the direction before normalising by multiplying values by
 * {@link #sign()}, as COINr does with its {@code Direction} column of {@code iMeta}.
 */
public enum Direction {
    /** Higher is better: the value enters the index as it is. */
    POSITIVE(1),
    /** Lower is better: the value enters the index multiplied by −1. */
    NEGATIVE(-1);

    private final int sign;

    Direction(int sign) {
        this.sign = sign;
    }

    /**
     * The multiplier applied to values before normalisation.
     *
     * @return {@code +1} for {@link #POSITIVE}, {@code -1} for {@link #NEGATIVE}
     */
    public int sign() {
        return sign;
    }

    /**
     * The direction with the given sign, as written in COINr's {@code iMeta} ({@code 1} or
     * {@code -1}).
     *
     * @param sign {@code 1} or {@code -1}
     * @return the direction with that sign
     * @throws IllegalArgumentException if {@code sign} is neither 1 nor −1
     */
    public static Direction ofSign(int sign) {
        if (sign == 1) {
            return POSITIVE;
        }
        if (sign == -1) {
            return NEGATIVE;
        }
        throw new IllegalArgumentException("direction sign must be 1 or -1: " + sign);
    }
}
