package org.divide.metrics.mobility;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

/**
 * Markov chains against giddy's documented and tested values (resources/mobility/README.md) and
 * an independent numpy computation on the Mexico data, plus the identities.
 */
class MarkovChainTest {

    /** giddy prints 8 decimals. */
    private static final double GIDDY = 5e-8;
    /** Against the numpy reference, printed with 17 significant digits. */
    private static final double REL = 1e-10;
    private static final double INF = Double.POSITIVE_INFINITY;

    /** giddy's US example: quintiles of the per-capita incomes of 48 states, 1929–2009 (test_markov.py). */
    static final double[][] US = {
        {729, 71, 1, 0, 0},
        {72, 567, 80, 3, 0},
        {0, 81, 631, 86, 2},
        {0, 3, 86, 573, 56},
        {0, 0, 1, 57, 741}};

    @Test
    void usIncomesReproduceGiddy() {
        MarkovChain m = MarkovChain.ofCounts(US);
        assertMatrix(new double[][] {
            {0.91011236, 0.0886392, 0.00124844, 0, 0},
            {0.09972299, 0.78531856, 0.11080332, 0.00415512, 0},
            {0, 0.10125, 0.78875, 0.1075, 0.0025},
            {0, 0.00417827, 0.11977716, 0.79805014, 0.07799443},
            {0, 0, 0.00125156, 0.07133917, 0.92740926}}, m.probabilities(), GIDDY);
        assertTrue(m.irreducible());
        List<double[]> ss = m.steadyStates();
        assertEquals(1, ss.size());
        assertVector(new double[] {0.20774716, 0.18725774, 0.20740537, 0.18821787, 0.20937187}, ss.get(0), GIDDY);
        assertMatrix(new double[][] {
            {4.81354357, 11.50292712, 29.60921231, 53.38594954, 103.59816743},
            {42.04774505, 5.34023324, 18.74455332, 42.50023268, 92.71316899},
            {69.25849753, 27.21075248, 4.82147603, 25.27184624, 75.43305672},
            {84.90689329, 42.85914824, 17.18082642, 5.31299186, 51.60953369},
            {98.41295543, 56.36521038, 30.66046735, 14.21158356, 4.77619083}}, m.firstPassageTimes(), 2e-7);
        assertVector(new double[] {11.125, 4.65806452, 4.73372781, 4.95172414, 13.77586207}, m.sojournTimes(), 1e-7);
        double[][] p = m.probabilities();
        assertVector(new double[] {0.08988764, 0.21468144, 0.21125, 0.20194986, 0.07259074},
                MobilityIndices.prais(p), GIDDY);
        // giddy's markov_mobility docstring, printed with 5 decimals
        assertEquals(0.19759, MobilityIndices.shorrocks(p), 5e-6);
        assertEquals(0.60685, MobilityIndices.determinant(p), 5e-6);
        assertEquals(0.03978, MobilityIndices.secondEigenvalue(p), 5e-6);
        double[] ini = {0.1, 0.2, 0.2, 0.4, 0.1};
        assertEquals(0.22777, MobilityIndices.bartholomew1(p, ini), 5e-6);
        assertEquals(0.04637, MobilityIndices.bartholomew2(p, ini), 5e-6);
        identities(m);
    }

    @Test
    void giddyDocstringClassSequences() {
        // Markov docstring: rows b a c / c c a / c b c / a a b / a b c, with a = 0, b = 1, c = 2
        int[][] c = {{1, 0, 2}, {2, 2, 0}, {2, 1, 2}, {0, 0, 1}, {0, 1, 2}};
        MarkovChain m = MarkovChain.of(c, 3);
        assertMatrix(new double[][] {{0.25, 0.5, 0.25}, {1.0 / 3, 0, 2.0 / 3}, {1.0 / 3, 1.0 / 3, 1.0 / 3}},
                m.probabilities(), 1e-15);
        assertVector(new double[] {0.30769231, 0.28846154, 0.40384615}, m.steadyStates().get(0), GIDDY);
        identities(m);
    }

    @Test
    void landOfOzReproducesKemenyAndSnell() {
        MarkovChain oz = MarkovChain.ofCounts(new double[][] {{2, 1, 1}, {1, 0, 1}, {1, 1, 2}});
        assertVector(new double[] {0.4, 0.2, 0.4}, oz.steadyStates().get(0), 1e-14);
        assertMatrix(new double[][] {{2.5, 4, 10.0 / 3}, {8.0 / 3, 5, 8.0 / 3}, {10.0 / 3, 4, 2.5}},
                oz.firstPassageTimes(), 1e-12);
        identities(oz);
    }

    @Test
    void reducibleChainsAsGiddy() {
        // giddy.ergodic docstrings: two communicating classes
        MarkovChain a = MarkovChain.ofCounts(new double[][] {{5, 5, 0}, {2, 8, 0}, {0, 0, 10}});
        assertFalse(a.irreducible());
        List<double[]> ss = a.steadyStates();
        assertEquals(2, ss.size());
        assertVector(new double[] {2.0 / 7, 5.0 / 7, 0}, ss.get(0), 1e-14);
        assertVector(new double[] {0, 0, 1}, ss.get(1), 1e-14);
        assertMatrix(new double[][] {{3.5, 2, INF}, {5, 1.4, INF}, {INF, INF, 1}}, a.firstPassageTimes(), 1e-12);
        // test_ergodic.py: p2, and p3 whose empty third row is filled
        double[][] expected = {{8.0 / 3, 2, INF}, {10.0 / 3, 1.6, INF}, {INF, INF, 1}};
        assertMatrix(expected, MarkovChain.ofCounts(new double[][] {{5, 5, 0}, {3, 7, 0}, {0, 0, 4}})
                .firstPassageTimes(), 1e-12);
        MarkovChain p3 = MarkovChain.ofCounts(new double[][] {{5, 5, 0}, {3, 7, 0}, {0, 0, 0}});
        assertArrayEquals(new int[] {2}, p3.emptyClasses());
        IllegalStateException e = assertThrows(IllegalStateException.class, p3::steadyStates);
        assertEquals("1 class has no observed transitions ([2]): the probabilities are not a stochastic matrix;"
                + " withEmptyClassesFilled() sets p_ii = 1 for them", e.getMessage());
        assertArrayEquals(new double[] {0, 0, 0}, p3.probabilities()[2]);
        assertMatrix(expected, p3.withEmptyClassesFilled().firstPassageTimes(), 1e-12);
        assertVector(new double[] {0.375, 0.625, 0}, p3.withEmptyClassesFilled().steadyStates().get(0), 1e-14);
    }

    @Test
    void usTwoYearsTransientClassesHaveInfiniteRecurrence() {
        // test_markov.py: Markov(q5[:, :2]), the transitions 1929 -> 1930
        MarkovChain m = MarkovChain.ofCounts(new double[][] {
            {10, 0, 0, 0, 0}, {0, 8, 1, 0, 0}, {0, 1, 9, 1, 0}, {0, 0, 0, 8, 0}, {0, 0, 0, 1, 9}});
        List<double[]> ss = m.steadyStates();
        assertEquals(2, ss.size());
        assertVector(new double[] {1, 0, 0, 0, 0}, ss.get(0), 0);
        assertVector(new double[] {0, 0, 0, 1, 0}, ss.get(1), 0);
        assertEquals(2, m.recurrentClasses().size());
        assertEquals(4, m.communicationClasses().size());
        assertVector(new double[] {INF, 9, 5.5, INF, 10}, m.sojournTimes(), 1e-12);
        // classes 1 and 2 are transient: they end in class 3 with certainty, after 29 and 20 periods
        // (m_1 = 1 + 8/9 m_1 + 1/9 m_2, m_2 = 1 + 1/11 m_1 + 9/11 m_2), class 4 after 10; their
        // recurrence times are infinite (they may never return), where giddy 2.1's fmpt_general
        // reported 1.783 and 2.277 from the sub-stochastic block
        double[][] f = m.firstPassageTimes();
        assertEquals(29, f[1][3], 1e-12);
        assertEquals(20, f[2][3], 1e-12);
        assertEquals(10, f[4][3], 1e-12);
        assertEquals(INF, f[1][1]);
        assertEquals(INF, f[2][2]);
        assertEquals(INF, f[1][0]);
        assertEquals(1, f[0][0]);
        assertEquals(1, f[3][3]);
        assertEquals(INF, f[3][4]);
    }

    @Test
    void mexicoQuintilesMatchTheIndependentComputation() {
        MarkovChain m = MarkovChain.of(MexicoGdp.quintiles(), 5);
        assertMatrix(new double[][] {
            {33, 5, 3, 0, 1}, {7, 20, 8, 0, 1}, {2, 9, 17, 7, 1}, {0, 0, 7, 23, 6}, {0, 2, 1, 6, 33}}, m.counts(), 0);
        assertVector(new double[] {0.21874999999999972, 0.18750000000000008, 0.18749999999999994,
            0.18750000000000014, 0.21875000000000003}, m.steadyStates().get(0), 1e-12);
        assertMatrix(new double[][] {
            {4.571428571428577, 9.488173065493875, 10.086532746939266, 20.661595150362515, 24.412219184595266},
            {13.356472126470955, 5.333333333333331, 7.399263045287059, 18.658980149768205, 23.208368001901817},
            {18.897182931177966, 9.237846190419583, 5.333333333333335, 13.450612147866387, 20.556044217282775},
            {25.187447997147306, 14.980387495542605, 8.20729822893142, 5.3333333333333295, 13.837869963152263},
            {26.526090574111528, 15.680019018186133, 11.782479496018073, 10.30761916082253, 4.571428571428571}},
                m.firstPassageTimes(), REL * 30);
        assertVector(new double[] {4.666666666666666, 2.25, 1.894736842105263, 2.7692307692307687, 4.666666666666666},
                m.sojournTimes(), 1e-12);
        double[][] p = m.probabilities();
        assertEquals(0.44047619047619047, MobilityIndices.shorrocks(p), 1e-15);
        assertEquals(0.9384363656299283, MobilityIndices.determinant(p), 1e-12);
        assertEquals(0.15075188064928768, MobilityIndices.secondEigenvalue(p), 1e-10);
        assertEquals(0, m.skipped());
        identities(m);
    }

    @Test
    void unitOrderDoesNotMatterAndMissingClassesAreSkipped() {
        int[][] c = MexicoGdp.quintiles();
        int[][] reversed = new int[c.length][];
        for (int i = 0; i < c.length; i++) {
            reversed[i] = c[c.length - 1 - i];
        }
        assertMatrix(MarkovChain.of(c, 5).counts(), MarkovChain.of(reversed, 5).counts(), 0);
        MarkovChain gaps = MarkovChain.of(new int[][] {{0, -1, 1}, {1, 1, 0}}, 2);
        assertEquals(2, gaps.skipped());
        assertMatrix(new double[][] {{0, 0}, {1, 1}}, gaps.counts(), 0);
    }

    @Test
    void randomChainsSatisfyTheIdentities() {
        Random r = new Random(16);
        for (int trial = 0; trial < 50; trial++) {
            int k = 2 + r.nextInt(6);
            double[][] counts = new double[k][k];
            for (int i = 0; i < k; i++) {
                for (int j = 0; j < k; j++) {
                    counts[i][j] = r.nextDouble() < 0.35 ? 0 : r.nextInt(20);
                }
                counts[i][i] += 1;
            }
            identities(MarkovChain.ofCounts(counts));
        }
    }

    @Test
    void badInputThrows() {
        assertEquals("classes[1][2] is not a class in -1 … 2: 3", assertThrows(IllegalArgumentException.class,
                () -> MarkovChain.of(new int[][] {{0, 1}, {0, 1, 3}}, 3)).getMessage());
        assertThrows(IllegalArgumentException.class, () -> MarkovChain.of(new int[][] {{0}}, 0));
        assertEquals("counts[0][1] must be finite and >= 0: -1.0", assertThrows(IllegalArgumentException.class,
                () -> MarkovChain.ofCounts(new double[][] {{1, -1}, {0, 1}})).getMessage());
        assertThrows(IllegalArgumentException.class, () -> MarkovChain.ofCounts(new double[][] {{1, 1}}));
        assertThrows(IllegalArgumentException.class, () -> MobilityIndices.shorrocks(new double[][] {{1, 0}}));
    }

    /** Rows sum to 1, every steady state is a fixed point, the first passage times solve their equations. */
    static void identities(MarkovChain m) {
        double[][] p = m.probabilities();
        int k = p.length;
        for (double[] row : p) {
            double s = 0;
            for (double v : row) {
                s += v;
            }
            assertEquals(1, s, 1e-12);
        }
        for (double[] pi : m.steadyStates()) {
            double sum = 0;
            for (int j = 0; j < k; j++) {
                double pj = 0;
                for (int i = 0; i < k; i++) {
                    pj += pi[i] * p[i][j];
                }
                assertEquals(pi[j], pj, 1e-12, "pi P = pi at " + j);
                sum += pi[j];
            }
            assertEquals(1, sum, 1e-12);
        }
        double[][] f = m.firstPassageTimes();
        for (int i = 0; i < k; i++) {
            for (int j = 0; j < k; j++) {
                if (Double.isInfinite(f[i][j])) {
                    continue;
                }
                double rhs = 1;
                for (int l = 0; l < k; l++) {
                    if (l != j && p[i][l] > 0) {
                        rhs += p[i][l] * f[l][j];
                    }
                }
                assertEquals(f[i][j], rhs, 1e-9 * Math.max(1, f[i][j]), "m[" + i + "][" + j + "]");
            }
        }
        if (m.irreducible()) {
            double[] pi = m.steadyStates().get(0);
            for (int j = 0; j < k; j++) {
                assertEquals(1 / pi[j], f[j][j], 1e-9 * f[j][j], "recurrence time = 1/pi");
            }
        }
    }

    static void assertMatrix(double[][] expected, double[][] actual, double tolerance) {
        assertEquals(expected.length, actual.length);
        for (int i = 0; i < expected.length; i++) {
            for (int j = 0; j < expected[i].length; j++) {
                double tol = Double.isInfinite(expected[i][j]) ? 0 : tolerance * Math.max(1, Math.abs(expected[i][j]));
                assertEquals(expected[i][j], actual[i][j], tol, "[" + i + "][" + j + "]");
            }
        }
    }

    static void assertVector(double[] expected, double[] actual, double tolerance) {
        assertEquals(expected.length, actual.length);
        for (int i = 0; i < expected.length; i++) {
            double tol = Double.isInfinite(expected[i]) ? 0 : tolerance;
            assertEquals(expected[i], actual[i], tol, "[" + i + "]");
        }
    }
}
