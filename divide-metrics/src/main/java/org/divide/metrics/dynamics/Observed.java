package org.divide.metrics.dynamics;

/**
 * The economies of one year with a value and (when weighted) a weight: the compacted values,
 * weights and positions, and how many were skipped.
 */
final class Observed {

    final double[] x;
    /** {@code null} when unweighted. */
    final double[] w;
    /** Positions in the input arrays. */
    final int[] at;
    final int skipped;

    private Observed(double[] x, double[] w, int[] at, int skipped) {
        this.x = x;
        this.w = w;
        this.at = at;
        this.skipped = skipped;
    }

    int size() {
        return x.length;
    }

    /**
     * @param x the values, {@code NaN} = missing
     * @param w the weights ({@code NaN} = missing), or {@code null}
     * @return the economies with both
     */
    static Observed of(double[] x, double[] w) {
        int n = x.length;
        int m = 0;
        for (int i = 0; i < n; i++) {
            if (!Double.isNaN(x[i]) && (w == null || !Double.isNaN(w[i]))) {
                m++;
            }
        }
        double[] xs = new double[m];
        double[] ws = w == null ? null : new double[m];
        int[] at = new int[m];
        int j = 0;
        for (int i = 0; i < n; i++) {
            if (!Double.isNaN(x[i]) && (w == null || !Double.isNaN(w[i]))) {
                xs[j] = x[i];
                if (ws != null) {
                    ws[j] = w[i];
                }
                at[j++] = i;
            }
        }
        return new Observed(xs, ws, at, n - m);
    }
}
