package org.divide.metrics.mobility;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;

import org.junit.jupiter.api.Test;

/** Kendall's τ-b against giddy's docstring, R's cor(method = "kendall") and brute force. */
class KendallTauTest {

    @Test
    void giddyDocstringExample() {
        KendallTau t = KendallTau.of(new double[] {12, 2, 1, 12, 2}, new double[] {1, 4, 7, 1, 0});
        // giddy: tau -0.47140, tau_p 0.24821; R 4.2.2: cor(x, y, method = "kendall") = -0.47140452079103173
        assertEquals(-0.47140452079103173, t.tau(), 1e-15);
        assertEquals(0.24821, t.p(), 5e-6);
        assertEquals(5, t.n());
        assertEquals(2, t.tiedX());
        assertEquals(1, t.tiedY());
        assertEquals(1, t.tiedBoth());
    }

    @Test
    void mexico1940To2000MatchesR() {
        double[][] gdp = MexicoGdp.load();
        KendallTau t = KendallTau.of(gdp[0], gdp[6]);
        // R 4.2.2: cor(pcgdp1940, pcgdp2000, method = "kendall"); numpy brute force: 393 concordant, 103 discordant
        assertEquals(0.58467741935483875, t.tau(), 1e-15);
        assertEquals(393, t.concordant());
        assertEquals(103, t.discordant());
        KendallTau classes = KendallTau.of(toDouble(column(MexicoGdp.quintiles(), 0)),
                toDouble(column(MexicoGdp.quintiles(), 6)));
        assertEquals(0.5941320293398533, classes.tau(), 1e-15);
    }

    @Test
    void identicalRanksGiveOneReversedMinusOne() {
        double[] x = {3, 1, 4, 1, 5, 9, 2, 6};
        assertEquals(1, KendallTau.of(x, x).tau(), 1e-15);
        double[] neg = new double[x.length];
        double[] monotone = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            neg[i] = -x[i];
            monotone[i] = Math.exp(x[i]);
        }
        assertEquals(-1, KendallTau.of(x, neg).tau(), 1e-15);
        assertEquals(1, KendallTau.of(x, monotone).tau(), 1e-15);
        assertTrue(Double.isNaN(KendallTau.of(x, new double[8]).tau()), "constant y");
        assertTrue(Double.isNaN(KendallTau.of(new double[] {1}, new double[] {2}).tau()));
    }

    @Test
    void bruteForceWithTiesPermutationAndSymmetry() {
        Random r = new Random(7);
        for (int trial = 0; trial < 200; trial++) {
            int n = 2 + r.nextInt(40);
            double[] x = new double[n];
            double[] y = new double[n];
            for (int i = 0; i < n; i++) {
                x[i] = r.nextInt(6);
                y[i] = r.nextInt(1 + trial % 9);
            }
            KendallTau t = KendallTau.of(x, y);
            double expected = brute(x, y);
            if (Double.isNaN(expected)) {
                assertTrue(Double.isNaN(t.tau()));
                continue;
            }
            assertEquals(expected, t.tau(), 1e-12);
            assertTrue(t.tau() >= -1 && t.tau() <= 1);
            assertEquals(t.tau(), KendallTau.of(y, x).tau(), 1e-12, "symmetric");
            int[] perm = permutation(n, r);
            double[] px = new double[n];
            double[] py = new double[n];
            for (int i = 0; i < n; i++) {
                px[i] = x[perm[i]];
                py[i] = y[perm[i]];
            }
            assertEquals(t.tau(), KendallTau.of(px, py).tau(), 1e-12, "permutation invariant");
        }
    }

    @Test
    void missingPairsAreLeftOutAndBadInputThrows() {
        KendallTau t = KendallTau.of(new double[] {1, 2, Double.NaN, 3}, new double[] {1, 2, 3, Double.NaN});
        assertEquals(2, t.n());
        assertEquals(1, t.tau(), 0);
        assertThrows(IllegalArgumentException.class, () -> KendallTau.of(new double[] {1}, new double[] {1, 2}));
        assertEquals("y[0] is infinite", assertThrows(IllegalArgumentException.class,
                () -> KendallTau.of(new double[] {1}, new double[] {Double.NEGATIVE_INFINITY})).getMessage());
    }

    private static double brute(double[] x, double[] y) {
        long c = 0;
        long d = 0;
        long tx = 0;
        long ty = 0;
        for (int i = 0; i < x.length; i++) {
            for (int j = i + 1; j < x.length; j++) {
                double s = Math.signum(x[i] - x[j]) * Math.signum(y[i] - y[j]);
                if (s > 0) {
                    c++;
                } else if (s < 0) {
                    d++;
                } else if (x[i] == x[j] && y[i] != y[j]) {
                    tx++;
                } else if (y[i] == y[j] && x[i] != x[j]) {
                    ty++;
                }
            }
        }
        double den = Math.sqrt((double) (c + d + ty) * (c + d + tx));
        return den == 0 ? Double.NaN : (c - d) / den;
    }

    private static int[] permutation(int n, Random r) {
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

    private static int[] column(int[][] c, int t) {
        int[] out = new int[c.length];
        for (int i = 0; i < c.length; i++) {
            out[i] = c[i][t];
        }
        return out;
    }

    private static double[] toDouble(int[] a) {
        double[] d = new double[a.length];
        for (int i = 0; i < a.length; i++) {
            d[i] = a[i];
        }
        return d;
    }
}
