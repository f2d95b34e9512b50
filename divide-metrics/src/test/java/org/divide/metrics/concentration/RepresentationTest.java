package org.divide.metrics.concentration;

import static org.divide.metrics.concentration.ConcentrationTest.assertMessage;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Dissimilarity index, KL divergence and share ratios: hand-worked values, scipy 1.17
 * ({@code scipy.stats.entropy(p, q)}), properties and bad input.
 */
class RepresentationTest {

    @Test
    void byHand() {
        double[] p = {1, 1};
        double[] q = {1, 3};
        assertEquals(0.25, Representation.dissimilarity(p, q), 1e-16);
        // 0.5 ln(0.5/0.25) + 0.5 ln(0.5/0.75) = 0.5 ln(4/3)
        assertEquals(0.5 * Math.log(4.0 / 3.0), Representation.klDivergence(p, q), 1e-16);
        assertEquals(1.0, Representation.dissimilarity(new double[] {1, 0}, new double[] {0, 5}), 0);
    }

    @Test
    void matchesScipyWithZeroInP() {
        double[] p = {5, 0, 3, 2, 10};
        double[] q = {1, 2, 3, 4, 5};
        assertEquals(0.3919362778807223, Representation.klDivergence(p, q), 1e-15);
        assertEquals(0.35, Representation.dissimilarity(p, q), 1e-15);
        // scipy.stats.entropy(q, p) = inf: q has mass where p has none
        assertEquals(Double.POSITIVE_INFINITY, Representation.klDivergence(q, p));
        assertMessage("q[1] is 0 where p[1] is positive: 2.0; D(p||q) is infinite",
                () -> Representation.klDivergence(q, p, KlZeroPolicy.REJECT));
    }

    @Test
    void shareRatios() {
        List<ShareRatio> rows = Representation.shareRatios(new String[] {"en", "sw", "xx"},
                new double[] {90, 10, 0}, new double[] {20, 80, 0.0});
        assertEquals(new ShareRatio("en", 0.9, 0.2, 4.5), rows.get(0));
        assertEquals(0.125, rows.get(1).ratio(), 1e-15);
        assertTrue(Double.isNaN(rows.get(2).ratio()));
        assertEquals(Double.POSITIVE_INFINITY, Representation.shareRatios(new String[] {"a", "b"},
                new double[] {1, 1}, new double[] {1, 0}).get(1).ratio());
    }

    @Test
    void properties() {
        SplittableRandom rng = new SplittableRandom(31);
        for (int rep = 0; rep < 200; rep++) {
            int n = 1 + rng.nextInt(25);
            double[] p = ConcentrationTest.randomAmounts(rng, n);
            double[] q = ConcentrationTest.randomAmounts(rng, n);
            double d = Representation.dissimilarity(p, q);
            double kl = Representation.klDivergence(p, q);
            assertTrue(d >= 0 && d <= 1, "D = " + d);
            assertTrue(kl >= 0, "KL = " + kl);
            assertEquals(0.0, Representation.dissimilarity(p, p), 0);
            assertEquals(0.0, Representation.klDivergence(p, p), 0);
            double[] p3 = p.clone();
            for (int i = 0; i < n; i++) {
                p3[i] *= 3;
            }
            assertEquals(0.0, Representation.klDivergence(p, p3), 1e-15);
            assertEquals(d, Representation.dissimilarity(p3, q), 1e-15);
            if (Double.isFinite(kl)) {
                assertEquals(kl, Representation.klDivergence(p3, q), 1e-14 * Math.max(1, kl));
            }
            int[] perm = QuantilesTest.permutation(rng, n);
            double[] pp = new double[n];
            double[] qp = new double[n];
            for (int i = 0; i < n; i++) {
                pp[i] = p[perm[i]];
                qp[i] = q[perm[i]];
            }
            assertEquals(d, Representation.dissimilarity(pp, qp), 1e-15);
            assertEquals(kl, Representation.klDivergence(pp, qp), Double.isFinite(kl) ? 1e-14 * Math.max(1, kl) : 0);
            if (d > 1e-12 && Double.isFinite(kl)) {
                assertTrue(kl > 0, "KL = 0 for different distributions");
            }
        }
    }

    @Test
    void badInput() {
        assertMessage("q has length 1 but p has length 2",
                () -> Representation.dissimilarity(new double[] {1, 2}, new double[] {1}));
        assertMessage("p[0] is negative: -1.0",
                () -> Representation.klDivergence(new double[] {-1, 2}, new double[] {1, 1}));
        assertMessage("q sums to zero: there is no total to share",
                () -> Representation.klDivergence(new double[] {1, 2}, new double[] {0, 0}));
        assertMessage("policy is null",
                () -> Representation.klDivergence(new double[] {1}, new double[] {1}, null));
        assertMessage("labels has length 1 but p has length 2", () -> Representation.shareRatios(
                new String[] {"a"}, new double[] {1, 2}, new double[] {1, 2}));
        assertMessage("labels[1] repeats labels[0]: 'a'", () -> Representation.shareRatios(
                new String[] {"a", "a"}, new double[] {1, 2}, new double[] {1, 2}));
    }
}
