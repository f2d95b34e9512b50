package org.divide.metrics.internal.numeric;

/**
 * Copies of row-major {@code double[][]} arrays, for the types that keep or hand out such arrays
 * and must not share them with their callers.
 */
public final class Matrices {

    private Matrices() {
    }

    /**
     * A deep copy: a new outer array and a clone of every row.
     *
     * @param m the rows, none {@code null}; not modified
     * @return the copy
     */
    public static double[][] copy(double[][] m) {
        double[][] c = new double[m.length][];
        for (int i = 0; i < m.length; i++) {
            c[i] = m[i].clone();
        }
        return c;
    }
}
