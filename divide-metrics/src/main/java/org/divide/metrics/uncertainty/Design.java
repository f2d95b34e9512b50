package org.divide.metrics.uncertainty;

import java.util.List;

/**
 * The input values of every run of an analysis, stored compactly: a Monte Carlo design is its N
 * rows; a Sobol design is the matrices A and B (N rows each) and, for each varying input i, the
 * block A_B^(i) — A with column i taken from B — computed on demand rather than stored.
 */
final class Design {

    private final int n;
    private final double[][] a;
    private final double[][] b;
    /** The input whose column block 2 + t takes from B. */
    private final int[] blockInput;
    private final List<String> names;

    private Design(int n, double[][] a, double[][] b, int[] blockInput, List<String> names) {
        this.n = n;
        this.a = a;
        this.b = b;
        this.blockInput = blockInput;
        this.names = names;
    }

    /**
     * Maps unit draws to input values: x_ri = F_i⁻¹(u_r,offset+i).
     *
     * @param u      the unit draws, N rows
     * @param offset the first column to use
     * @param inputs the inputs
     * @return N rows of d values
     */
    static double[][] map(double[][] u, int offset, List<Input> inputs) {
        int d = inputs.size();
        double[][] x = new double[u.length][d];
        for (int r = 0; r < u.length; r++) {
            for (int i = 0; i < d; i++) {
                x[r][i] = inputs.get(i).value(u[r][offset + i]);
            }
        }
        return x;
    }

    /**
     * Returns a Monte Carlo design.
     *
     * @param rows  the input values of each run (kept)
     * @param names the input names
     * @return the design
     */
    static Design monteCarlo(double[][] rows, List<String> names) {
        return new Design(rows.length, rows, null, new int[0], names);
    }

    /**
     * Returns a Sobol design.
     *
     * @param a          the matrix A (kept)
     * @param b          the matrix B (kept)
     * @param blockInput the inputs that get an A_B block, in block order (kept)
     * @param names      the input names
     * @return the design
     */
    static Design sobol(double[][] a, double[][] b, int[] blockInput, List<String> names) {
        return new Design(a.length, a, b, blockInput, names);
    }

    /** Returns N, the rows of each block. */
    int rows() {
        return n;
    }

    /** Returns the number of runs: N for Monte Carlo, N (2 + blocks) for Sobol. */
    int runs() {
        return b == null ? n : n * (2 + blockInput.length);
    }

    /** Returns the number of inputs. */
    int inputCount() {
        return names.size();
    }

    /** Returns the value of input i in run r. */
    double value(int r, int i) {
        int block = r / n;
        int j = r - block * n;
        if (block == 0) {
            return a[j][i];
        }
        if (block == 1 || blockInput[block - 2] == i) {
            return b[j][i];
        }
        return a[j][i];
    }

    /** Returns a new array of the input values of run r. */
    double[] inputs(int r) {
        int block = r / n;
        int j = r - block * n;
        if (block == 0) {
            return a[j].clone();
        }
        if (block == 1) {
            return b[j].clone();
        }
        double[] x = a[j].clone();
        int i = blockInput[block - 2];
        x[i] = b[j][i];
        return x;
    }

    /** Describes run r: its matrix and row. */
    String label(int r) {
        int block = r / n;
        int j = r - block * n;
        if (b == null) {
            return "row " + j;
        }
        if (block < 2) {
            return "matrix " + (block == 0 ? "A" : "B") + ", row " + j;
        }
        return "matrix A_B for input " + names.get(blockInput[block - 2]) + ", row " + j;
    }
}
