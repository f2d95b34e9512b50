package org.divide.metrics.uncertainty;

import java.util.SplittableRandom;
import org.apache.commons.math3.random.SobolSequenceGenerator;
import org.divide.metrics.internal.parallel.Seeds;

/** Generates the N × s matrix of unit draws u ∈ [0, 1) for a {@link SamplingMethod}. */
final class UnitDesign {

    /** The largest dimension of the Sobol sequence of commons-math3. */
    static final int MAX_SOBOL_DIMENSION = 1000;

    /** The random stream of the design (scrambling shifts, random and Latin hypercube points). */
    private static final long DESIGN_STREAM = -1;

    private static final int BITS = 52;
    private static final double SCALE = 0x1.0p52;
    private static final long MASK = (1L << BITS) - 1;

    private UnitDesign() {
    }

    /**
     * Returns the design.
     *
     * @param method  the sampling method
     * @param rows    N, at least 1
     * @param columns s, at least 1 (at most {@value #MAX_SOBOL_DIMENSION} for a Sobol method)
     * @param seed    the user's seed
     * @return a new array of {@code rows} rows of {@code columns} draws in [0, 1)
     * @throws IllegalArgumentException if a Sobol design has more than
     *                                  {@value #MAX_SOBOL_DIMENSION} columns
     */
    static double[][] sample(SamplingMethod method, int rows, int columns, long seed) {
        SplittableRandom rng = new SplittableRandom(Seeds.stream(seed, DESIGN_STREAM));
        switch (method) {
            case SCRAMBLED_SOBOL:
                return sobol(rows, columns, rng, true);
            case SOBOL:
                return sobol(rows, columns, rng, false);
            case PSEUDO_RANDOM:
                return random(rows, columns, rng);
            default:
                return latinHypercube(rows, columns, rng);
        }
    }

    private static double[][] sobol(int rows, int columns, SplittableRandom rng, boolean shift) {
        if (columns > MAX_SOBOL_DIMENSION) {
            throw new IllegalArgumentException("a Sobol design has at most " + MAX_SOBOL_DIMENSION
                    + " dimensions (d inputs for Monte Carlo, 2d for Sobol indices): " + columns);
        }
        long[] e = new long[columns];
        if (shift) {
            for (int j = 0; j < columns; j++) {
                e[j] = rng.nextLong() & MASK;
            }
        }
        SobolSequenceGenerator sobol = new SobolSequenceGenerator(columns);
        if (!shift) {
            sobol.nextVector(); // the origin
        }
        double[][] u = new double[rows][];
        for (int r = 0; r < rows; r++) {
            double[] p = sobol.nextVector();
            for (int j = 0; j < columns; j++) {
                // p[j] is exactly k / 2^52: recover k, shift its digits, map back
                long k = (long) (p[j] * SCALE);
                p[j] = (k ^ e[j]) / SCALE;
            }
            u[r] = p;
        }
        return u;
    }

    private static double[][] random(int rows, int columns, SplittableRandom rng) {
        double[][] u = new double[rows][columns];
        for (double[] row : u) {
            for (int j = 0; j < columns; j++) {
                row[j] = rng.nextDouble();
            }
        }
        return u;
    }

    private static double[][] latinHypercube(int rows, int columns, SplittableRandom rng) {
        double[][] u = new double[rows][columns];
        int[] perm = new int[rows];
        for (int j = 0; j < columns; j++) {
            for (int r = 0; r < rows; r++) {
                perm[r] = r;
            }
            for (int r = rows - 1; r > 0; r--) { // Fisher–Yates
                int s = rng.nextInt(r + 1);
                int t = perm[r];
                perm[r] = perm[s];
                perm[s] = t;
            }
            for (int r = 0; r < rows; r++) {
                // (π + v)/N < 1 always: the largest double below 1 caps rounding up
                u[r][j] = Math.min((perm[r] + rng.nextDouble()) / rows, Math.nextDown(1.0));
            }
        }
        return u;
    }
}
