package org.divide.metrics.uncertainty;

import java.util.Arrays;
import java.util.Objects;

/**
 * The runs of an analysis: the input values and outputs of every model evaluation, in run order.
 * For Monte Carlo, run r is row r of the design. For Sobol indices with N base rows, runs
 * [0, N) are the rows of A, [N, 2N) the rows of B, followed by one block of N runs for each input
 * that can vary (in input order): the rows of A_B^(i), A with column i taken from B.
 *
 * <p>Immutable; accessors return copies or single values.
 */
public final class RunMatrix {

    private final Design design;
    /** y[k][r], output k of run r. */
    private final double[][] y;

    /**
     * Wraps a design and its outputs (both kept).
     *
     * @param design the design
     * @param y      the outputs, transposed
     */
    RunMatrix(Design design, double[][] y) {
        this.design = design;
        this.y = y;
    }

    /**
     * Returns the number of runs.
     *
     * @return the runs
     */
    public int runs() {
        return design.runs();
    }

    /**
     * Returns the number of inputs.
     *
     * @return d
     */
    public int inputCount() {
        return design.inputCount();
    }

    /**
     * Returns the number of outputs.
     *
     * @return m
     */
    public int outputCount() {
        return y.length;
    }

    /**
     * Returns the value of one input in one run (a choice input gives the index of its choice).
     *
     * @param run   the run
     * @param input the input's position
     * @return the value
     * @throws IndexOutOfBoundsException if the run or input does not exist
     */
    public double input(int run, int input) {
        Objects.checkIndex(run, runs());
        Objects.checkIndex(input, inputCount());
        return design.value(run, input);
    }

    /**
     * Returns the input values of one run.
     *
     * @param run the run
     * @return a new array of d values
     * @throws IndexOutOfBoundsException if the run does not exist
     */
    public double[] inputs(int run) {
        Objects.checkIndex(run, runs());
        return design.inputs(run);
    }

    /**
     * Returns one output of one run.
     *
     * @param run    the run
     * @param output the output's position
     * @return the value
     * @throws IndexOutOfBoundsException if the run or output does not exist
     */
    public double output(int run, int output) {
        return y[output][Objects.checkIndex(run, runs())];
    }

    /**
     * Returns the outputs of one run.
     *
     * @param run the run
     * @return a new array of m values
     * @throws IndexOutOfBoundsException if the run does not exist
     */
    public double[] outputs(int run) {
        Objects.checkIndex(run, runs());
        double[] out = new double[y.length];
        for (int k = 0; k < y.length; k++) {
            out[k] = y[k][run];
        }
        return out;
    }

    /**
     * Returns one output over all runs, in run order.
     *
     * @param output the output's position
     * @return a new array of {@link #runs()} values
     * @throws IndexOutOfBoundsException if the output does not exist
     */
    public double[] outputColumn(int output) {
        return y[output].clone();
    }

    /**
     * Describes one run: "matrix A, row 3", "matrix A_B for input x2, row 3" or "row 3".
     *
     * @param run the run
     * @return the description
     * @throws IndexOutOfBoundsException if the run does not exist
     */
    public String label(int run) {
        return design.label(Objects.checkIndex(run, runs()));
    }

    /**
     * Compares the inputs and outputs of every run, bit for bit.
     *
     * @param o the other object
     * @return whether both hold the same runs
     */
    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof RunMatrix)) {
            return false;
        }
        RunMatrix m = (RunMatrix) o;
        if (m.runs() != runs() || m.inputCount() != inputCount() || !Arrays.deepEquals(y, m.y)) {
            return false;
        }
        for (int r = 0; r < runs(); r++) {
            if (!Arrays.equals(inputs(r), m.inputs(r))) {
                return false;
            }
        }
        return true;
    }

    /**
     * Hashes the outputs.
     *
     * @return the hash code
     */
    @Override
    public int hashCode() {
        return Arrays.deepHashCode(y);
    }

    /**
     * Describes the size.
     *
     * @return runs, inputs and outputs
     */
    @Override
    public String toString() {
        return "RunMatrix[runs=" + runs() + ", inputs=" + inputCount() + ", outputs=" + outputCount() + "]";
    }
}
