package org.divide.metrics.uncertainty;

/**
 * The Sobol indices of one input on one output, with bootstrap percentile intervals.
 *
 * <p>The first-order index S_i = V[E(Y | X_i)] / V(Y) is the share of the output variance that
 * X_i explains alone; the total index S_Ti = E[V(Y | X_~i)] / V(Y) = 1 − V[E(Y | X_~i)] / V(Y)
 * the share that involves X_i in any way, alone or with other inputs (S_Ti ≥ S_i; S_Ti − S_i
 * measures interactions). Estimates are noisy and may fall slightly below 0 or above 1.
 *
 * @param input          the input's name
 * @param firstOrder     the estimate of S_i ({@code NaN} when the output is constant)
 * @param firstLower     the lower bound of the bootstrap interval of S_i ({@code NaN} without
 *                       bootstrap)
 * @param firstUpper     the upper bound of the bootstrap interval of S_i
 * @param total          the estimate of S_Ti
 * @param totalLower     the lower bound of the bootstrap interval of S_Ti
 * @param totalUpper     the upper bound of the bootstrap interval of S_Ti
 */
public record SobolIndex(String input, double firstOrder, double firstLower, double firstUpper, double total,
        double totalLower, double totalUpper) {

    /**
     * Checks the name.
     *
     * @throws IllegalArgumentException if {@code input} is {@code null}
     */
    public SobolIndex {
        if (input == null) {
            throw new IllegalArgumentException("input is null");
        }
    }

    /**
     * Returns the interaction share S_Ti − S_i.
     *
     * @return the difference of the total and first-order estimates
     */
    public double interaction() {
        return total - firstOrder;
    }
}
