package org.divide.metrics.deprivation;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

/**
 * Alkire–Foster against the published 4 × 4 example of Alkire and Foster (2011) (see
 * resources/deprivation/README.md) and the identities of the method.
 */
class AlkireFosterTest {

    private static final double EXACT = 1e-15;

    /** Income, years of schooling, self-rated health, health insurance of four persons (AF 2011, §3). */
    static final double[][] AF = {{13.1, 14, 4, 1}, {15.2, 7, 5, 0}, {12.5, 10, 1, 0}, {20, 11, 3, 1}};

    static final List<Dimension> Z = List.of(Dimension.below("income", 13), Dimension.below("schooling", 12),
            Dimension.below("health", 3), Dimension.below("insurance", 1));

    @Test
    void publishedExampleAtKTwoOfFour() {
        DeprivationResult r = AlkireFoster.of(Z, 0.5).measure(AF, null);
        // c = (0, 2, 4, 1) deprivations of 4: the poor are persons 2 and 3
        assertArrayEquals(new double[] {0, 0.5, 1, 0.25}, r.scores(), EXACT);
        assertArrayEquals(new boolean[] {false, true, true, false}, r.poor());
        assertEquals(0.5, r.headcount(), EXACT);
        assertEquals(0.75, r.intensity(), EXACT);
        assertEquals(0.375, r.m0(), EXACT);
        // M1, M2 from the normalised gaps 5/12, 1 (person 2) and 1/26, 1/6, 2/3, 1 (person 3) over n·d = 16
        assertEquals(0.20552884615384615, r.m1(), EXACT);
        assertEquals(0.16545703895463512, r.m2(), EXACT);
        assertArrayEquals(new double[] {0.25, 0.75, 0.25, 0.5}, r.uncensored(), EXACT);
        assertArrayEquals(new double[] {0.25, 0.5, 0.25, 0.5}, r.censored(), EXACT);
        assertArrayEquals(new double[] {1.0 / 6, 1.0 / 3, 1.0 / 6, 1.0 / 3}, r.contribution(), 1e-15);
        assertEquals(4, r.units());
        assertTrue(r.excluded().isEmpty());
    }

    @Test
    void robustnessOverKUnionToIntersection() {
        List<DeprivationResult> all = AlkireFoster.of(Z, 0.5).overK(AF, null);
        assertEquals(4, all.size());
        double[][] expected = {{0.25, 0.75, 1.75 / 3, 0.4375}, {0.5, 0.5, 0.75, 0.375}, {0.75, 0.25, 1, 0.25},
            {1, 0.25, 1, 0.25}};
        for (int i = 0; i < 4; i++) {
            DeprivationResult r = all.get(i);
            assertEquals(expected[i][0], r.k(), EXACT);
            assertEquals(expected[i][1], r.headcount(), EXACT, "H at k = " + r.k());
            assertEquals(expected[i][2], r.intensity(), 1e-15, "A at k = " + r.k());
            assertEquals(expected[i][3], r.m0(), EXACT, "M0 at k = " + r.k());
            assertEquals(r.headcount() * r.intensity(), r.m0(), 1e-15, "M0 = H A");
        }
    }

    @Test
    void thirdsReachTheirCutoffDespiteRounding() {
        List<Dimension> three = List.of(Dimension.below("a", 1), Dimension.below("b", 1), Dimension.below("c", 1));
        DeprivationResult r = AlkireFoster.of(three, 2.0 / 3).measure(new double[][] {{0, 0, 1}, {0, 1, 1}}, null);
        assertArrayEquals(new boolean[] {true, false}, r.poor());
        assertEquals(3, AlkireFoster.of(three, 1).overK(new double[][] {{0, 0, 1}}, null).size());
    }

    @Test
    void manyDimensionsUseTheObservedScoresForK() {
        List<Dimension> dims = new ArrayList<>();
        for (int j = 0; j < 21; j++) {
            dims.add(Dimension.below("d" + j, 1));
        }
        double[][] x = new double[3][21];
        for (int j = 0; j < 21; j++) {
            x[0][j] = j < 7 ? 0 : 2;
            x[1][j] = j < 14 ? 0 : 2;
            x[2][j] = 2;
        }
        List<DeprivationResult> all = AlkireFoster.of(dims, 0.5).overK(x, null);
        assertEquals(2, all.size());
        assertEquals(1.0 / 3, all.get(0).k(), 1e-15);
        assertEquals(2.0 / 3, all.get(0).headcount(), 1e-15);
        assertEquals(2.0 / 3, all.get(1).k(), 1e-15);
        assertEquals(1.0 / 3, all.get(1).headcount(), 1e-15);
    }

    @Test
    void populationWeightsActAsReplication() {
        double[] pop = {3, 1, 2, 5};
        DeprivationResult weighted = AlkireFoster.of(Z, 0.5).measure(AF, pop);
        List<double[]> replicated = new ArrayList<>();
        for (int i = 0; i < AF.length; i++) {
            for (int c = 0; c < pop[i]; c++) {
                replicated.add(AF[i]);
            }
        }
        DeprivationResult rep = AlkireFoster.of(Z, 0.5).measure(replicated.toArray(new double[0][]), null);
        assertEquals(rep.headcount(), weighted.headcount(), 1e-15);
        assertEquals(rep.intensity(), weighted.intensity(), 1e-15);
        assertEquals(rep.m0(), weighted.m0(), 1e-15);
        assertEquals(rep.m1(), weighted.m1(), 1e-15);
        assertEquals(rep.m2(), weighted.m2(), 1e-15);
        assertArrayEquals(rep.censored(), weighted.censored(), 1e-15);
        DeprivationResult scaled = AlkireFoster.of(Z, 0.5).measure(AF, new double[] {300, 100, 200, 500});
        assertEquals(weighted.m0(), scaled.m0(), 1e-15);
        assertEquals(3.0 / 11, weighted.headcount(), 1e-15);
    }

    @Test
    void groupsAndDimensionsAddUp() {
        Random r = new Random(2011);
        List<Dimension> dims = List.of(Dimension.below("a", 0.5), Dimension.below("b", 0.3).withWeight(2),
                Dimension.above("c", 0.7), Dimension.below("d", 0.4).withWeight(0.5));
        for (int trial = 0; trial < 50; trial++) {
            int n = 5 + r.nextInt(60);
            double[][] x = new double[n][4];
            double[] pop = new double[n];
            String[] group = new String[n];
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < 4; j++) {
                    x[i][j] = r.nextDouble();
                }
                pop[i] = 1 + r.nextInt(100);
                group[i] = "g" + r.nextInt(3);
            }
            AlkireFoster af = AlkireFoster.of(dims, 0.2 + 0.8 * r.nextDouble());
            DeprivationResult all = af.measure(x, pop);
            assertEquals(all.headcount() * (Double.isNaN(all.intensity()) ? 0 : all.intensity()), all.m0(), 1e-14);
            double[] w = af.normalisedWeights();
            double sum = 0;
            double m0 = 0;
            for (int j = 0; j < 4; j++) {
                sum += Double.isNaN(all.contribution()[j]) ? 0 : all.contribution()[j];
                m0 += w[j] * all.censored()[j];
                assertTrue(all.censored()[j] <= all.uncensored()[j] + 1e-15);
            }
            assertEquals(all.m0(), m0, 1e-14, "M0 = sum w_j h_j");
            if (all.m0() > 0) {
                assertEquals(1, sum, 1e-12, "contributions sum to 100%");
            }
            assertTrue(Double.isNaN(all.m1()), "a dimension deprived above: not cardinal");
            double byGroup = 0;
            double shares = 0;
            double contributions = 0;
            for (GroupDeprivation g : af.decompose(x, pop, group)) {
                byGroup += g.populationShare() * g.result().m0();
                shares += g.populationShare();
                contributions += Double.isNaN(g.contribution()) ? 0 : g.contribution();
            }
            assertEquals(all.m0(), byGroup, 1e-14, "M0 = sum s_g M0_g");
            assertEquals(1, shares, 1e-14);
            if (all.m0() > 0) {
                assertEquals(1, contributions, 1e-12);
            }
        }
    }

    @Test
    void orderOfUnitsAndDimensionsDoesNotMatter() {
        DeprivationResult r = AlkireFoster.of(Z, 0.5).measure(AF, new double[] {1, 2, 3, 4});
        double[][] reordered = new double[4][];
        for (int i = 0; i < 4; i++) {
            double[] row = AF[3 - i];
            reordered[i] = new double[] {row[3], row[2], row[1], row[0]};
        }
        List<Dimension> zr = List.of(Z.get(3), Z.get(2), Z.get(1), Z.get(0));
        DeprivationResult s = AlkireFoster.of(zr, 0.5).measure(reordered, new double[] {4, 3, 2, 1});
        assertEquals(r.m0(), s.m0(), 1e-15);
        assertEquals(r.m1(), s.m1(), 1e-15);
        assertEquals(r.m2(), s.m2(), 1e-15);
        assertEquals(r.headcount(), s.headcount(), 1e-15);
    }

    @Test
    void aBadIndicatorMirrorsAGoodOne() {
        List<Dimension> mirrored = List.of(Dimension.above("income", -13), Z.get(1), Z.get(2), Z.get(3));
        double[][] x = new double[4][];
        for (int i = 0; i < 4; i++) {
            x[i] = AF[i].clone();
            x[i][0] = -x[i][0];
        }
        DeprivationResult r = AlkireFoster.of(mirrored, 0.5).measure(x, null);
        assertEquals(0.375, r.m0(), EXACT);
        assertTrue(Double.isNaN(r.m1()));
    }

    @Test
    void missingValuesLeaveTheUnitOut() {
        double[][] x = {AF[0], AF[1], {12.5, Double.NaN, 1, 0}, AF[3]};
        DeprivationResult r = AlkireFoster.of(Z, 0.5).measure(x, new double[] {1, 1, 1, Double.NaN});
        assertEquals(List.of(2, 3), r.excluded());
        assertEquals(2, r.units());
        assertEquals(0.5, r.headcount(), EXACT);
        assertTrue(Double.isNaN(r.scores()[2]));
    }

    @Test
    void nobodyPoorGivesZeroAndNaN() {
        DeprivationResult r = AlkireFoster.of(Z, 1).measure(new double[][] {AF[0], AF[3]}, null);
        assertEquals(0, r.headcount());
        assertEquals(0, r.m0());
        assertTrue(Double.isNaN(r.intensity()));
        assertTrue(Double.isNaN(r.contribution()[0]));
    }

    @Test
    void badInputThrows() {
        assertEquals("k must be in (0, 1] (a share of the total weight): 2.0",
                assertThrows(IllegalArgumentException.class, () -> AlkireFoster.of(Z, 2)).getMessage());
        assertThrows(IllegalArgumentException.class, () -> AlkireFoster.of(List.of(), 0.5));
        assertThrows(IllegalArgumentException.class, () -> AlkireFoster.of(List.of(Z.get(0), Z.get(0)), 0.5));
        assertEquals("weight of a must be finite and > 0: 0.0", assertThrows(IllegalArgumentException.class,
                () -> new Dimension("a", 1, 0, false)).getMessage());
        AlkireFoster af = AlkireFoster.of(Z, 0.5);
        assertEquals("x[1] has 3 values, expected one per dimension (4)", assertThrows(IllegalArgumentException.class,
                () -> af.measure(new double[][] {AF[0], {1, 2, 3}}, null)).getMessage());
        assertEquals("population[0] must be finite and >= 0: -1.0", assertThrows(IllegalArgumentException.class,
                () -> af.measure(AF, new double[] {-1, 1, 1, 1})).getMessage());
        assertThrows(IllegalArgumentException.class, () -> af.measure(new double[][] {{Double.NaN, 1, 1, 1}}, null));
    }
}
