package org.divide.metrics.inequality;

import static org.divide.metrics.inequality.TestData.assertClose;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Decomposition identities on seeded random data, group rows, labels and codes. */
class DecompositionTest {

    private static final double TOLERANCE = 1e-12;

    @ParameterizedTest
    @ValueSource(doubles = {-2, -1, 0, 0.5, 1, 2, 3})
    void generalizedEntropyIsExact(double alpha) {
        for (long s0 = 0; s0 < 4; s0++) {
            long seed = s0;
            int n = 200 + (int) seed * 1000;
            double[] x = TestData.lognormal(seed, n);
            double[] w = TestData.weights(seed, n);
            int[] groups = IntStream.range(0, n).map(i -> (int) (seed + i * 7) % 9).toArray();
            Decomposition d = Measure.generalizedEntropy(alpha).decompose(x, w, groups);
            assertClose(Inequality.generalizedEntropy(x, w, alpha), d.total(), TOLERANCE, "total");
            assertClose(d.total(), d.within() + d.between(), TOLERANCE, "GE = within + between");
            assertEquals(0, d.overlap());
            double within = d.groups().stream().mapToDouble(Decomposition.Group::contribution).sum();
            assertClose(d.within(), within, TOLERANCE, "within = sum of contributions");
            double shares = d.groups().stream().mapToDouble(Decomposition.Group::populationShare).sum();
            assertClose(1, shares, TOLERANCE, "population shares");
            double incomes = d.groups().stream().mapToDouble(Decomposition.Group::incomeShare).sum();
            assertClose(1, incomes, TOLERANCE, "income shares");
            for (Decomposition.Group g : d.groups()) {
                double[] gx = IntStream.range(0, n).filter(i -> groups[i] == Integer.parseInt(g.label()))
                        .mapToDouble(i -> x[i]).toArray();
                double[] gw = IntStream.range(0, n).filter(i -> groups[i] == Integer.parseInt(g.label()))
                        .mapToDouble(i -> w[i]).toArray();
                assertClose(Inequality.generalizedEntropy(gx, gw, alpha), g.index(), TOLERANCE, "group index");
                double s = g.populationShare();
                double v = g.incomeShare();
                assertClose(Math.pow(s, 1 - alpha) * Math.pow(v, alpha) * g.index(), g.contribution(), TOLERANCE,
                        "s^(1-a) v^a GE_k");
            }
        }
    }

    @Test
    void giniWithinBetweenOverlap() {
        int n = 3000;
        double[] x = TestData.lognormal(4, n);
        double[] w = TestData.weights(4, n);
        String[] groups = IntStream.range(0, n).mapToObj(i -> "g" + (i % 5)).toArray(String[]::new);
        Decomposition d = Measure.gini().decompose(x, w, groups);
        assertClose(Inequality.gini(x, w), d.total(), TOLERANCE, "total");
        assertClose(d.total(), d.within() + d.between() + d.overlap(), TOLERANCE, "identity");
        assertTrue(d.overlap() > 0, "overlapping groups");
        for (Decomposition.Group g : d.groups()) {
            double[] gx = IntStream.range(0, n).filter(i -> groups[i].equals(g.label())).mapToDouble(i -> x[i]).toArray();
            double[] gw = IntStream.range(0, n).filter(i -> groups[i].equals(g.label())).mapToDouble(i -> w[i]).toArray();
            assertClose(Inequality.gini(gx, gw), g.index(), TOLERANCE, "group Gini");
            assertClose(g.populationShare() * g.incomeShare() * g.index(), g.contribution(), TOLERANCE, "s v G");
        }
        double[] means = d.groups().stream().mapToDouble(Decomposition.Group::mean).toArray();
        double[] shares = d.groups().stream().mapToDouble(Decomposition.Group::populationShare).toArray();
        assertClose(Inequality.gini(means, shares), d.between(), TOLERANCE, "between = Gini of group means");
    }

    @Test
    void giniOverlapVanishesForSeparatedGroups() {
        double[] x = TestData.lognormal(2, 500);
        int[] groups = new int[x.length];
        for (int i = 0; i < x.length; i++) {
            groups[i] = x[i] < 0.5 ? 10 : x[i] < 2 ? 20 : 30;
        }
        Decomposition d = Measure.gini().decompose(x, TestData.weights(2, 500), groups);
        assertEquals(0, d.overlap(), 1e-14);
        assertEquals(List.of("10", "20", "30"), d.groups().stream().map(Decomposition.Group::label).toList());
    }

    @Test
    void labelsAndCodesGiveTheSameDecomposition() {
        double[] x = TestData.lognormal(6, 400);
        int[] codes = IntStream.range(0, 400).map(i -> 1_000_000_000 * (i % 3 - 1)).toArray();
        String[] labels = IntStream.of(codes).mapToObj(c -> c < 0 ? "a" : c == 0 ? "b" : "c").toArray(String[]::new);
        Decomposition byCode = Measure.theilT().decompose(x, null, codes);
        Decomposition byLabel = Measure.theilT().decompose(x, null, labels);
        assertEquals(List.of("-1000000000", "0", "1000000000"),
                byCode.groups().stream().map(Decomposition.Group::label).toList());
        assertEquals(byCode.within(), byLabel.within(), 1e-15);
        assertEquals(byCode.between(), byLabel.between(), 1e-15);
    }

    @Test
    void groupsAreOrderedByLabelWhateverTheDataOrder() {
        double[] x = {5, 1, 4, 2, 3, 6};
        Decomposition d = Measure.theilL().decompose(x, null, new String[] {"z", "a", "m", "a", "m", "z"});
        assertEquals(List.of("a", "m", "z"), d.groups().stream().map(Decomposition.Group::label).toList());
        assertEquals(1.5, d.groups().get(0).mean());
        assertEquals(6, d.observations());
    }

    @Test
    void droppedObservationsAreReported() {
        InequalityOptions drop = InequalityOptions.withDefaults().withNonPositivePolicy(NonPositivePolicy.DROP);
        Decomposition d = Measure.theilL().withOptions(drop).decompose(new double[] {1, 0, 2, 3, -1, 4}, null,
                new int[] {1, 1, 1, 2, 2, 2});
        assertEquals(4, d.observations());
        assertEquals(2, d.droppedNonPositive());
        Decomposition expected = Measure.theilL().decompose(new double[] {1, 2, 3, 4}, null,
                new int[] {1, 1, 2, 2});
        assertEquals(expected.total(), d.total(), 1e-15);
        assertEquals(expected.within(), d.within(), 1e-15);
    }
}
