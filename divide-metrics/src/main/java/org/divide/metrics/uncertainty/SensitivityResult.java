package org.divide.metrics.uncertainty;

import java.util.List;

/**
 * The result of a variance-based sensitivity analysis: for every output its Sobol indices on
 * every input ({@link OutputSensitivity}), its distribution over the 2N base runs (the rows of A
 * and B, which are independent draws of the inputs), and all runs.
 *
 * @param inputs        the input names, in order (copied; unmodifiable)
 * @param samples       N, the rows of each matrix
 * @param replicates    the bootstrap replicates behind the intervals (0: no intervals)
 * @param confidence    the level of the bootstrap intervals
 * @param outputs       the decomposition of each output, in output order (copied; unmodifiable)
 * @param distributions the distribution of each output over the 2N base runs (copied;
 *                      unmodifiable)
 * @param runs          every run: N (2 + d′) of them, d′ the inputs that can vary
 */
public record SensitivityResult(List<String> inputs, int samples, int replicates, double confidence,
        List<OutputSensitivity> outputs, List<OutputDistribution> distributions, RunMatrix runs) {

    /**
     * Checks and copies.
     *
     * @throws IllegalArgumentException if a list or the runs are {@code null}, or the lists of
     *                                  outputs and distributions differ in length
     */
    public SensitivityResult {
        if (inputs == null || outputs == null || distributions == null || runs == null) {
            throw new IllegalArgumentException("inputs, outputs, distributions and runs must not be null");
        }
        if (outputs.size() != distributions.size()) {
            throw new IllegalArgumentException("outputs and distributions differ in length: " + outputs.size()
                    + ", " + distributions.size());
        }
        inputs = List.copyOf(inputs);
        outputs = List.copyOf(outputs);
        distributions = List.copyOf(distributions);
    }

    /**
     * Returns the decomposition of one output.
     *
     * @param output the output's position
     * @return its indices
     * @throws IndexOutOfBoundsException if there is no such output
     */
    public OutputSensitivity output(int output) {
        return outputs.get(output);
    }

    /**
     * Returns the first-order indices of one output, in input order.
     *
     * @param output the output's position
     * @return a new array of d values S_i
     * @throws IndexOutOfBoundsException if there is no such output
     */
    public double[] firstOrder(int output) {
        return outputs.get(output).indices().stream().mapToDouble(SobolIndex::firstOrder).toArray();
    }

    /**
     * Returns the total indices of one output, in input order.
     *
     * @param output the output's position
     * @return a new array of d values S_Ti
     * @throws IndexOutOfBoundsException if there is no such output
     */
    public double[] total(int output) {
        return outputs.get(output).indices().stream().mapToDouble(SobolIndex::total).toArray();
    }
}
