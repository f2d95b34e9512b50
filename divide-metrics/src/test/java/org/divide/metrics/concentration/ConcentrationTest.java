package org.divide.metrics.concentration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Shares, CR-k and HHI: hand-worked values, the TOP500 published shares, properties and bad input. */
class ConcentrationTest {

    /** Relative tolerance for results of a few compensated sums. */
    private static final double SUMS = 1e-15;

    @Test
    void sharesByHand() {
        double[] s = Concentration.shares(new double[] {1, 3, 0});
        assertEquals(0.25, s[0], 0);
        assertEquals(0.75, s[1], 0);
        assertEquals(0.0, s[2], 0);
    }

    @Test
    void groupSharesAggregateInOrderOfFirstAppearance() {
        List<GroupShare> rows = Concentration.groupShares(new String[] {"HIC", "LIC", "HIC", "UMC"},
                new double[] {1, 2, 3, 2});
        assertEquals(List.of(new GroupShare("HIC", 4, 0.5), new GroupShare("LIC", 2, 0.25),
                new GroupShare("UMC", 2, 0.25)), rows);
    }

    @Test
    void topSharesAndConcentrationRatiosByHand() {
        double[] a = {1, 5, 1, 3};
        String[] labels = {"A", "B", "C", "D"};
        assertEquals(List.of(new GroupShare("B", 5, 0.5), new GroupShare("D", 3, 0.3)),
                Concentration.topShares(labels, a, 2));
        // ties in input order
        assertEquals("A", Concentration.topShares(labels, a, 3).get(2).label());
        assertEquals(0.5, Concentration.concentrationRatio(a, 1), 0);
        assertEquals(0.8, Concentration.concentrationRatio(a, 2), 1e-16);
        assertEquals(0.9, Concentration.concentrationRatio(a, 3), 1e-16);
        assertEquals(1.0, Concentration.concentrationRatio(a, 4), 0);
    }

    @Test
    void hhiByHand() {
        assertEquals(0.5, Concentration.hhi(new double[] {7, 7}), 0);
        assertEquals(0.625, Concentration.hhi(new double[] {1, 3}), 0);
        assertEquals(6250, Concentration.hhi(new double[] {1, 3}, HhiScale.TEN_THOUSAND), 0);
        assertEquals(1.0, Concentration.hhi(new double[] {0, 4, 0}), 0);
        assertEquals(0.25, Concentration.normalisedHhi(new double[] {1, 3}), 1e-16);
        assertEquals(1.0, Concentration.normalisedHhi(new double[] {0, 4, 0}), 0);
        assertEquals(0.0, Concentration.normalisedHhi(new double[] {2, 2, 2}), 1e-16);
        assertTrue(Double.isNaN(Concentration.normalisedHhi(new double[] {3})));
    }

    /**
     * TOP500 June 2025 (TOP500.org): the published Rmax share per country, rounded to 4 decimals,
     * reproduced from the per-country Rmax sums. HHI and CR-k from numpy 2.4 on the same column.
     */
    @Test
    void reproducesTop500RmaxShares() throws IOException {
        List<String> countries = new ArrayList<>();
        List<double[]> rows = new ArrayList<>();
        try (InputStream in = getClass().getResourceAsStream("top500_2025-06_by_country.csv");
                BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            r.readLine();
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                String[] f = line.split(",");
                countries.add(f[0]);
                rows.add(new double[] {Double.parseDouble(f[2]), Double.parseDouble(f[4])});
            }
        }
        double[] rmax = rows.stream().mapToDouble(v -> v[0]).toArray();
        String[] labels = countries.toArray(new String[0]);
        List<GroupShare> shares = Concentration.groupShares(labels, rmax);
        assertEquals(41, shares.size());
        for (int i = 0; i < shares.size(); i++) {
            double pct = 100 * shares.get(i).share();
            double published = rows.get(i)[1];
            assertEquals(published, Math.round(pct * 1e4) / 1e4, 1e-9, labels[i]);
        }
        assertEquals("United States", Concentration.topShares(labels, rmax, 1).get(0).label());
        assertEquals(0.2589762083596888, Concentration.hhi(rmax), SUMS);
        assertEquals(0.6585626549916979, Concentration.concentrationRatio(rmax, 3), SUMS);
        assertEquals(0.7558381352278591, Concentration.concentrationRatio(rmax, 5), SUMS);
    }

    @Test
    void invariantToPermutationAndScale() {
        SplittableRandom rng = new SplittableRandom(11);
        for (int rep = 0; rep < 50; rep++) {
            int n = 1 + rng.nextInt(40);
            double[] a = randomAmounts(rng, n);
            double[] b = shuffled(rng, a);
            double[] c = a.clone();
            double factor = Math.pow(10, rng.nextInt(-6, 7)) * (1 + rng.nextDouble());
            for (int i = 0; i < n; i++) {
                c[i] *= factor;
            }
            double h = Concentration.hhi(a);
            assertEquals(h, Concentration.hhi(b), SUMS * h);
            assertEquals(h, Concentration.hhi(c), 4 * SUMS * h);
            int k = 1 + rng.nextInt(n);
            double cr = Concentration.concentrationRatio(a, k);
            assertEquals(cr, Concentration.concentrationRatio(b, k), 0);
            assertEquals(cr, Concentration.concentrationRatio(c, k), 4 * SUMS * cr);
        }
    }

    @Test
    void bounds() {
        SplittableRandom rng = new SplittableRandom(12);
        for (int rep = 0; rep < 200; rep++) {
            int n = 1 + rng.nextInt(30);
            double[] a = randomAmounts(rng, n);
            double h = Concentration.hhi(a);
            assertTrue(h >= 1.0 / n * (1 - 1e-15) && h <= 1.0, "HHI " + h + " for n = " + n);
            if (n > 1) {
                double hs = Concentration.normalisedHhi(a);
                assertTrue(hs >= 0 && hs <= 1, "HHI* " + hs);
            }
            assertEquals(1.0, Concentration.concentrationRatio(a, n), 0);
            double previous = 0;
            for (int k = 1; k <= n; k++) {
                double cr = Concentration.concentrationRatio(a, k);
                assertTrue(cr >= previous && cr >= (double) k / n * (1 - 1e-15), "CR-" + k);
                previous = cr;
            }
            double sum = 0;
            for (double s : Concentration.shares(a)) {
                sum += s;
            }
            assertEquals(1.0, sum, 1e-14);
        }
    }

    @Test
    void badInputNamesArgumentIndexAndValue() {
        assertMessage("amounts[2] is negative: -2.0", () -> Concentration.hhi(new double[] {1, 2, -2}));
        assertMessage("amounts[1] is NaN", () -> Concentration.shares(new double[] {1, Double.NaN}));
        assertMessage("amounts[0] is infinite: Infinity",
                () -> Concentration.concentrationRatio(new double[] {Double.POSITIVE_INFINITY}, 1));
        assertMessage("amounts is empty", () -> Concentration.hhi(new double[0]));
        assertMessage("amounts is null", () -> Concentration.hhi(null));
        assertMessage("amounts sums to zero: there is no total to share",
                () -> Concentration.normalisedHhi(new double[] {0, 0}));
        assertMessage("k must be in [1, 2]: 3", () -> Concentration.concentrationRatio(new double[] {1, 2}, 3));
        assertMessage("k must be in [1, 2]: 0",
                () -> Concentration.topShares(new String[] {"a", "b"}, new double[] {1, 2}, 0));
        assertMessage("labels has length 1 but amounts has length 2",
                () -> Concentration.groupShares(new String[] {"a"}, new double[] {1, 2}));
        assertMessage("labels[1] is null",
                () -> Concentration.groupShares(new String[] {"a", null}, new double[] {1, 2}));
        assertMessage("labels[2] repeats labels[0]: 'a'",
                () -> Concentration.topShares(new String[] {"a", "b", "a"}, new double[] {1, 2, 3}, 1));
        assertMessage("scale is null", () -> Concentration.hhi(new double[] {1}, null));
    }

    @Test
    void inputsAreNotModified() {
        double[] a = {3, 1, 2};
        Concentration.concentrationRatio(a, 2);
        Concentration.topShares(new String[] {"x", "y", "z"}, a, 2);
        assertEquals(List.of(3.0, 1.0, 2.0), List.of(a[0], a[1], a[2]));
    }

    static double[] randomAmounts(SplittableRandom rng, int n) {
        double[] a = new double[n];
        for (int i = 0; i < n; i++) {
            a[i] = rng.nextInt(5) == 0 ? 0 : Math.exp(3 * rng.nextGaussian());
        }
        if (allZero(a)) {
            a[rng.nextInt(n)] = 1;
        }
        return a;
    }

    static double[] shuffled(SplittableRandom rng, double[] a) {
        double[] b = a.clone();
        for (int i = b.length - 1; i > 0; i--) {
            int j = rng.nextInt(i + 1);
            double t = b[i];
            b[i] = b[j];
            b[j] = t;
        }
        return b;
    }

    static void assertMessage(String expected, Runnable call) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, call::run);
        assertEquals(expected, e.getMessage());
    }

    private static boolean allZero(double[] a) {
        for (double v : a) {
            if (v != 0) {
                return false;
            }
        }
        return true;
    }
}
