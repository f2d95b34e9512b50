package org.divide.metrics.uncertainty;

import java.util.List;

/**
 * The result of a Monte Carlo uncertainty analysis: the distribution of every output over the N
 * runs, and the runs.
 *
 * @param inputs  the input names, in order (copied; unmodifiable)
 * @param outputs the distribution of each output, in output order (copied; unmodifiable)
 * @param runs    every run, N of them
 */
public record UncertaintyResult(List<String> inputs, List<OutputDistribution> outputs, RunMatrix runs) {

    /**
     * Checks and copies.
     *
     * @throws IllegalArgumentException if an argument is {@code null}
     */
    public UncertaintyResult {
        if (inputs == null || outputs == null || runs == null) {
            throw new IllegalArgumentException("inputs, outputs and runs must not be null");
        }
        inputs = List.copyOf(inputs);
        outputs = List.copyOf(outputs);
    }

    /**
     * Returns the distribution of one output.
     *
     * @param output the output's position
     * @return its distribution
     * @throws IndexOutOfBoundsException if there is no such output
     */
    public OutputDistribution output(int output) {
        return outputs.get(output);
    }
}
