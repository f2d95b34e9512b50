package org.divide.metrics.inequality;

import static org.divide.metrics.inequality.TestData.assertClose;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.DoubleStream;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Array vs accumulator vs combined accumulators, for every streaming measure. */
class AccumulatorTest {

    private static final double TOLERANCE = 1e-12;

    record Pair(Supplier<? extends InequalityAccumulator<?>> accumulator, Measure measure) {
    }

    static Stream<Arguments> pairs() {
        return Stream.of(
                pair(() -> GeneralizedEntropyAccumulator.theilT(), Measure.theilT()),
                pair(() -> GeneralizedEntropyAccumulator.meanLogDeviation(), Measure.theilL()),
                pair(() -> GeneralizedEntropyAccumulator.create(2), Measure.generalizedEntropy(2)),
                pair(() -> GeneralizedEntropyAccumulator.create(-1.5), Measure.generalizedEntropy(-1.5)),
                pair(() -> GeneralizedEntropyAccumulator.create(0.5), Measure.generalizedEntropy(0.5)),
                pair(() -> AtkinsonAccumulator.create(0), Measure.atkinson(0)),
                pair(() -> AtkinsonAccumulator.create(0.5), Measure.atkinson(0.5)),
                pair(() -> AtkinsonAccumulator.create(1), Measure.atkinson(1)),
                pair(() -> AtkinsonAccumulator.create(3), Measure.atkinson(3)),
                pair(() -> CoefficientOfVariationAccumulator.create(), Measure.coefficientOfVariation()),
                pair(() -> VarianceOfLogsAccumulator.create(), Measure.varianceOfLogs()),
                pair(() -> KolmAccumulator.create(0.5), Measure.kolm(0.5)));
    }

    private static Arguments pair(Supplier<? extends InequalityAccumulator<?>> a, Measure m) {
        return Arguments.of(Named.of(m.name(), new Pair(a, m)));
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static double streamed(Pair p, double[] x, double[] w, int parts) {
        InequalityAccumulator total = null;
        int n = x.length;
        for (int k = 0; k < parts; k++) {
            InequalityAccumulator a = p.accumulator().get();
            for (int i = k * n / parts; i < (k + 1) * n / parts; i++) {
                a.accept(x[i], w == null ? 1 : w[i]);
            }
            total = total == null ? a : total.combine(a);
        }
        return total.getAsDouble();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pairs")
    void arrayAccumulatorAndCombinedAgree(Pair p) {
        for (long seed = 1; seed <= 5; seed++) {
            int n = (int) (50 * seed * seed);
            double[] x = TestData.lognormal(seed, n);
            double[] w = TestData.weights(seed, n);
            double expected = p.measure().compute(x, w);
            assertClose(expected, streamed(p, x, w, 1), TOLERANCE, "one accumulator");
            assertClose(expected, streamed(p, x, w, 7), TOLERANCE, "seven combined");
            double scaled = p.measure().compute(TestData.scale(x, 1e4), null);
            assertClose(scaled, streamed(p, TestData.scale(x, 1e4), null, 3), TOLERANCE, "unweighted, large values");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pairs")
    void parallelStreamCollect(Pair p) {
        double[] x = TestData.lognormal(77, 100_000);
        Supplier<InequalityAccumulator<?>> s = () -> p.accumulator().get();
        double collected = collect(s, x);
        assertClose(p.measure().compute(x, null), collected, 1e-11, "parallel collect");
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static double collect(Supplier<InequalityAccumulator<?>> s, double[] x) {
        return DoubleStream.of(x).parallel()
                .collect(() -> (InequalityAccumulator) s.get(), InequalityAccumulator::accept,
                        (a, b) -> a.combine(b))
                .getAsDouble();
    }

    @Test
    void documentedCollectIdiomCompiles() {
        double[] x = TestData.lognormal(3, 10_000);
        double t = DoubleStream.of(x).parallel().collect(GeneralizedEntropyAccumulator::theilT,
                GeneralizedEntropyAccumulator::accept, GeneralizedEntropyAccumulator::combine).getAsDouble();
        assertClose(Inequality.theilT(x), t, 1e-12, "Theil T");
        AtkinsonAccumulator a = AtkinsonAccumulator.create(0.5);
        for (double v : new double[] {10, 20, 30, 40, 50}) {
            a.accept(v);
        }
        assertEquals(28.1054, a.equallyDistributedEquivalent(), 1e-4, "PySAL docstring EDE");
        assertEquals(30, a.mean(), 1e-12);
        assertEquals(5, a.count());
    }

    @Test
    void combineReturnsThisAndChecksTheMeasure() {
        GeneralizedEntropyAccumulator a = GeneralizedEntropyAccumulator.create(2);
        assertSame(a, a.combine(GeneralizedEntropyAccumulator.create(2)));
        assertThrows(IllegalArgumentException.class, () -> a.combine(GeneralizedEntropyAccumulator.create(3)));
        assertTrue(Double.isNaN(GeneralizedEntropyAccumulator.create(2).getAsDouble()), "empty -> NaN");
    }

    @Test
    void policiesApplyToStreamingValues() {
        GeneralizedEntropyAccumulator strict = GeneralizedEntropyAccumulator.meanLogDeviation();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> strict.accept(0));
        assertEquals("x is zero (MLD requires x > 0)", e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> strict.accept(1, -2));
        assertEquals("w is negative: -2.0", e.getMessage());
        InequalityOptions lenient = InequalityOptions.withDefaults().withNonPositivePolicy(NonPositivePolicy.DROP)
                .withNaNPolicy(NaNPolicy.SKIP);
        GeneralizedEntropyAccumulator drop = GeneralizedEntropyAccumulator.create(0, lenient);
        DoubleStream.of(1, 0, 2, Double.NaN, -1, 3).forEach(drop);
        assertEquals(3, drop.count());
        assertEquals(2, drop.droppedNonPositive());
        assertEquals(1, drop.skippedNaN());
        assertClose(Inequality.theilL(new double[] {1, 2, 3}), drop.getAsDouble(), 1e-15, "MLD of the kept values");
        GeneralizedEntropyAccumulator theil = GeneralizedEntropyAccumulator.theilT();
        DoubleStream.of(0, 0, 1, 2, 7).forEach(theil);
        assertEquals(0.807619359890763, theil.getAsDouble(), 1e-15, "zeros kept in the mean (PySAL)");
    }

    @Test
    void groupedAccumulatorMatchesArrayDecomposition() {
        int n = 5000;
        double[] x = TestData.lognormal(8, n);
        double[] w = TestData.weights(8, n);
        int[] g = IntStream.range(0, n).map(i -> (int) (x[i] * 3) % 5).toArray();
        String[] labels = {"0", "1", "2", "3", "4"};
        for (double alpha : new double[] {-1, 0, 0.5, 1, 2}) {
            Decomposition expected = Measure.generalizedEntropy(alpha).decompose(x, w, g);
            GroupedEntropyAccumulator left = GroupedEntropyAccumulator.create(alpha, labels);
            GroupedEntropyAccumulator right = GroupedEntropyAccumulator.create(alpha, labels);
            for (int i = 0; i < n; i++) {
                (i % 3 == 0 ? left : right).accept(g[i], x[i], w[i]);
            }
            Decomposition actual = left.combine(right).decomposition();
            assertClose(expected.total(), actual.total(), TOLERANCE, "total");
            assertClose(expected.within(), actual.within(), TOLERANCE, "within");
            assertClose(expected.between(), actual.between(), TOLERANCE, "between");
            for (int k = 0; k < 5; k++) {
                Decomposition.Group e = expected.groups().get(k);
                Decomposition.Group a = actual.groups().get(k);
                assertEquals(e.label(), a.label());
                assertClose(e.index(), a.index(), TOLERANCE, "group index");
                assertClose(e.contribution(), a.contribution(), TOLERANCE, "group contribution");
                assertClose(e.populationShare(), a.populationShare(), TOLERANCE, "population share");
            }
        }
    }

    @Test
    void accumulatorGettersReportTheData() {
        CoefficientOfVariationAccumulator cv = CoefficientOfVariationAccumulator.create();
        DoubleStream.of(1, 2, 3, 4, 5).forEach(cv);
        assertEquals(3, cv.mean(), 1e-15);
        assertEquals(2, cv.variance(), 1e-15);
        assertEquals(0.471404520791032, cv.getAsDouble(), 1e-15);
        assertEquals("coefficient of variation", cv.measure());
        KolmAccumulator k = KolmAccumulator.create(1);
        DoubleStream.of(5, 4, 3, 2, 1).forEach(k);
        assertEquals(0.842476483503493, k.getAsDouble(), 1e-14, "ineq Kolm(1:5), values arriving in descending order");
        assertEquals(1, k.kappa());
        Function<double[], Double> mld = Inequality::theilL;
        assertTrue(mld.apply(new double[] {1, 2}) > 0);
    }
}
