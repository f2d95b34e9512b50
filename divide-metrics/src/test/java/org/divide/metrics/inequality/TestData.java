package org.divide.metrics.inequality;

import java.util.SplittableRandom;

/** Seeded test data: lognormal values with ties, positive weights, helpers for replication. */
final class TestData {

    private TestData() {
    }

    /**
     * @param seed the seed
     * @param n    the length
     * @return lognormal(0, 1) values, about a fifth of them rounded to one decimal (so there are ties)
     */
    static double[] lognormal(long seed, int n) {
        SplittableRandom r = new SplittableRandom(seed);
        double[] x = new double[n];
        for (int i = 0; i < n; i++) {
            double v = Math.exp(gaussian(r));
            x[i] = r.nextInt(5) == 0 ? Math.max(0.1, Math.rint(v * 10) / 10) : v;
        }
        return x;
    }

    /**
     * @param seed the seed
     * @param n    the length
     * @return weights in [0.5, 5)
     */
    static double[] weights(long seed, int n) {
        SplittableRandom r = new SplittableRandom(seed ^ 0x5DEECE66DL);
        double[] w = new double[n];
        for (int i = 0; i < n; i++) {
            w[i] = 0.5 + 4.5 * r.nextDouble();
        }
        return w;
    }

    /**
     * @param seed the seed
     * @param n    the length
     * @return integer frequencies in [1, 4]
     */
    static double[] frequencies(long seed, int n) {
        SplittableRandom r = new SplittableRandom(seed ^ 0xABCDEFL);
        double[] w = new double[n];
        for (int i = 0; i < n; i++) {
            w[i] = 1 + r.nextInt(4);
        }
        return w;
    }

    /**
     * @param x values
     * @param w integer frequencies
     * @return each value repeated as often as its frequency
     */
    static double[] expand(double[] x, double[] w) {
        int total = 0;
        for (double v : w) {
            total += (int) v;
        }
        double[] out = new double[total];
        int k = 0;
        for (int i = 0; i < x.length; i++) {
            for (int j = 0; j < (int) w[i]; j++) {
                out[k++] = x[i];
            }
        }
        return out;
    }

    /**
     * @param a     an array
     * @param times the number of copies
     * @return the array repeated
     */
    static double[] repeat(double[] a, int times) {
        double[] out = new double[a.length * times];
        for (int t = 0; t < times; t++) {
            System.arraycopy(a, 0, out, t * a.length, a.length);
        }
        return out;
    }

    /**
     * @param seed a seed
     * @param n    the length
     * @return a random permutation of 0..n-1
     */
    static int[] permutation(long seed, int n) {
        SplittableRandom r = new SplittableRandom(seed);
        int[] p = new int[n];
        for (int i = 0; i < n; i++) {
            p[i] = i;
        }
        for (int i = n - 1; i > 0; i--) {
            int j = r.nextInt(i + 1);
            int t = p[i];
            p[i] = p[j];
            p[j] = t;
        }
        return p;
    }

    /**
     * @param a an array (may be {@code null})
     * @param p a permutation
     * @return {@code a[p[i]]}
     */
    static double[] permute(double[] a, int[] p) {
        if (a == null) {
            return null;
        }
        double[] out = new double[a.length];
        for (int i = 0; i < a.length; i++) {
            out[i] = a[p[i]];
        }
        return out;
    }

    /**
     * @param a      an array
     * @param factor a factor
     * @return the array times the factor
     */
    static double[] scale(double[] a, double factor) {
        double[] out = new double[a.length];
        for (int i = 0; i < a.length; i++) {
            out[i] = a[i] * factor;
        }
        return out;
    }

    private static double gaussian(SplittableRandom r) {
        double u = r.nextDouble();
        double v = r.nextDouble();
        return Math.sqrt(-2 * Math.log1p(-u)) * Math.cos(2 * Math.PI * v);
    }

    /**
     * Asserts relative closeness.
     *
     * @param expected the expected value
     * @param actual   the actual value
     * @param relative the relative tolerance (absolute below 1)
     * @param message  the message
     */
    static void assertClose(double expected, double actual, double relative, String message) {
        org.junit.jupiter.api.Assertions.assertEquals(expected, actual, relative * Math.max(1, Math.abs(expected)), message);
    }
}
