package org.divide.metrics.uncertainty;

import java.util.List;

/**
 * The variance decomposition of one output: its mean and variance over the base runs (the 2N runs
 * of the matrices A and B) and the Sobol indices of every input, in input order.
 *
 * @param mean     the mean of the output over the 2N base runs
 * @param variance V̂(Y), the sample variance of the output over the 2N base runs (denominator
 *                 2N − 1); 0 for a constant output
 * @param indices  the indices of each input, in input order (copied; unmodifiable)
 */
public record OutputSensitivity(double mean, double variance, List<SobolIndex> indices) {

    /**
     * Checks and copies.
     *
     * @throws IllegalArgumentException if {@code indices} is {@code null} or holds {@code null}
     */
    public OutputSensitivity {
        if (indices == null || indices.contains(null)) {
            throw new IllegalArgumentException("indices is null or holds null");
        }
        indices = List.copyOf(indices);
    }

    /**
     * Returns the indices of one input.
     *
     * @param input the input's position
     * @return its indices
     * @throws IndexOutOfBoundsException if there is no such input
     */
    public SobolIndex index(int input) {
        return indices.get(input);
    }

    /**
     * Returns the indices of one input.
     *
     * @param input the input's name
     * @return its indices
     * @throws IllegalArgumentException if there is no input of that name
     */
    public SobolIndex index(String input) {
        for (SobolIndex s : indices) {
            if (s.input().equals(input)) {
                return s;
            }
        }
        throw new IllegalArgumentException("no input named " + input);
    }
}
