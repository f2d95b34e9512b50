package org.divide.metrics.concentration;

/**
 * What the Kullback–Leibler divergence D(p‖q) does when a category has p_i &gt; 0 but q_i = 0, where
 * the divergence is infinite (p is not absolutely continuous with respect to q).
 */
public enum KlZeroPolicy {

    /** Return {@code +∞}, the mathematical value (the default). */
    INFINITE,

    /** Throw an {@link IllegalArgumentException} naming the first such category. */
    REJECT
}
