package org.divide.metrics.inequality;

import static org.divide.metrics.inequality.TestData.assertClose;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The contract every measure runs: invariances (scale, replication, permutation, weight scale,
 * frequency weights = replicated data), the Pigou–Dalton transfer principle, bounds, equal values,
 * and parallel vs sequential agreement, on seeded lognormal data.
 */
class MeasureContractTest {

    private static final double TOLERANCE = 1e-12;

    enum Property {
        /** Invariant to multiplying every value by a constant. */
        SCALE,
        /** Invariant to adding a constant to every value (absolute measures). */
        TRANSLATION,
        /** Invariant to replicating the population. */
        REPLICATION,
        /** Invariant to multiplying the weights by a constant. */
        WEIGHT_SCALE,
        /** Strictly decreases under a mean-preserving, rank-preserving transfer from richer to poorer. */
        TRANSFER,
        /** 0 when all values are equal. */
        ZERO_FOR_EQUAL,
        /** In [0, 1] for x ≥ 0. */
        UNIT_INTERVAL
    }

    static Stream<Arguments> measures() {
        Set<Property> index = EnumSet.of(Property.SCALE, Property.REPLICATION, Property.WEIGHT_SCALE,
                Property.TRANSFER, Property.ZERO_FOR_EQUAL);
        Set<Property> bounded = EnumSet.copyOf(index);
        bounded.add(Property.UNIT_INTERVAL);
        Set<Property> share = EnumSet.of(Property.SCALE, Property.REPLICATION, Property.WEIGHT_SCALE);
        return Stream.of(
                arguments(Measure.gini(), bounded),
                arguments(Measure.theilT(), index),
                arguments(Measure.theilL(), index),
                arguments(Measure.generalizedEntropy(2), index),
                arguments(Measure.generalizedEntropy(-1), index),
                arguments(Measure.generalizedEntropy(0.5), index),
                arguments(Measure.generalizedEntropy(3.5), index),
                arguments(Measure.atkinson(0.5), bounded),
                arguments(Measure.atkinson(1), bounded),
                arguments(Measure.atkinson(2), bounded),
                arguments(Measure.coefficientOfVariation(), index),
                arguments(Measure.varianceOfLogs(), EnumSet.of(Property.SCALE, Property.REPLICATION,
                        Property.WEIGHT_SCALE, Property.ZERO_FOR_EQUAL)),
                arguments(Measure.hoover(), EnumSet.of(Property.SCALE, Property.REPLICATION, Property.WEIGHT_SCALE,
                        Property.ZERO_FOR_EQUAL, Property.UNIT_INTERVAL)),
                arguments(Measure.kolm(0.7), EnumSet.of(Property.TRANSLATION, Property.REPLICATION,
                        Property.WEIGHT_SCALE, Property.TRANSFER, Property.ZERO_FOR_EQUAL)),
                arguments(Measure.palma(), share),
                arguments(Measure.quantileShareRatio(0.2, 0.2), share),
                arguments(Measure.wolfson(), EnumSet.of(Property.SCALE, Property.REPLICATION, Property.WEIGHT_SCALE,
                        Property.ZERO_FOR_EQUAL)),
                arguments(Measure.herfindahl(), EnumSet.of(Property.SCALE, Property.UNIT_INTERVAL)),
                arguments(Measure.rosenbluth(), EnumSet.of(Property.SCALE, Property.UNIT_INTERVAL)),
                arguments(Measure.equallyDistributedEquivalent(0.5), EnumSet.of(Property.REPLICATION,
                        Property.WEIGHT_SCALE)));
    }

    private static Arguments arguments(Measure m, Set<Property> properties) {
        return Arguments.of(Named.of(m.name(), m), properties);
    }

    private static double[] x(int n) {
        return TestData.lognormal(n * 31L + 7, n);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("measures")
    void scaleAndTranslation(Measure m, Set<Property> p) {
        double[] x = x(50);
        double[] w = TestData.weights(3, 50);
        double value = m.compute(x, w);
        if (p.contains(Property.SCALE)) {
            assertClose(value, m.compute(TestData.scale(x, 1234.5), w), TOLERANCE, "scale");
        }
        if (p.contains(Property.TRANSLATION)) {
            double[] shifted = x.clone();
            for (int i = 0; i < shifted.length; i++) {
                shifted[i] += 17;
            }
            assertClose(value, m.compute(shifted, w), 1e-10, "translation");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("measures")
    void permutation(Measure m, Set<Property> p) {
        for (int n : new int[] {1, 2, 7, 600, 3000}) {
            double[] x = x(n);
            double[] w = TestData.weights(5, n);
            int[] perm = TestData.permutation(11, n);
            assertClose(m.compute(x, null), m.compute(TestData.permute(x, perm), null), TOLERANCE, "unweighted n=" + n);
            assertClose(m.compute(x, w), m.compute(TestData.permute(x, perm), TestData.permute(w, perm)), TOLERANCE,
                    "weighted n=" + n);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("measures")
    void replicationAndFrequencies(Measure m, Set<Property> p) {
        double[] x = x(40);
        double[] f = TestData.frequencies(9, 40);
        assertClose(m.compute(TestData.expand(x, f), null), m.compute(x, f), TOLERANCE, "frequency weights");
        if (p.contains(Property.REPLICATION)) {
            assertClose(m.compute(x, null), m.compute(TestData.repeat(x, 3), null), TOLERANCE, "replication");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("measures")
    void weightScale(Measure m, Set<Property> p) {
        double[] x = x(60);
        double[] w = TestData.weights(13, 60);
        if (p.contains(Property.WEIGHT_SCALE)) {
            assertClose(m.compute(x, w), m.compute(x, TestData.scale(w, 1e-3)), TOLERANCE, "weights / 1000");
            assertClose(m.compute(x, w), m.compute(x, TestData.scale(w, 7.5e6)), TOLERANCE, "weights * 7.5e6");
        }
        double[] ones = new double[x.length];
        java.util.Arrays.fill(ones, 1);
        assertClose(m.compute(x, null), m.compute(x, ones), TOLERANCE, "unit weights = unweighted");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("measures")
    void transferPrinciple(Measure m, Set<Property> p) {
        if (!p.contains(Property.TRANSFER)) {
            return;
        }
        double[] x = {1, 2, 3, 5, 8, 13, 21};
        double[] w = {1, 2, 1, 3, 1, 2, 1};
        for (int poorer = 0; poorer < x.length; poorer++) {
            for (int richer = poorer + 1; richer < x.length; richer++) {
                double[] y = x.clone();
                double mass = Math.min(0.25, (y[richer] - y[poorer]) / 20);
                y[poorer] += mass / w[poorer];
                y[richer] -= mass / w[richer];
                assertTrue(m.compute(y, w) < m.compute(x, w), "transfer " + richer + " -> " + poorer);
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("measures")
    void boundsAndEqualValues(Measure m, Set<Property> p) {
        for (long seed = 0; seed < 20; seed++) {
            int n = 2 + (int) (seed * 37 % 200);
            double[] x = TestData.lognormal(seed, n);
            double v = m.compute(x, TestData.weights(seed, n));
            assertTrue(Double.isFinite(v), "finite");
            if (p.contains(Property.UNIT_INTERVAL)) {
                assertTrue(v >= 0 && v <= 1, "in [0, 1]: " + v);
            }
            if (p.contains(Property.ZERO_FOR_EQUAL)) {
                assertTrue(v >= 0, "non-negative: " + v);
            }
        }
        if (p.contains(Property.ZERO_FOR_EQUAL)) {
            for (double c : new double[] {0.1, 1, 3.7, 1e6}) {
                double[] equal = new double[13];
                java.util.Arrays.fill(equal, c);
                assertEquals(0, m.compute(equal, TestData.weights(1, 13)), 0, "equal values " + c);
                assertEquals(0, m.compute(new double[] {c}, null), 0, "one value " + c);
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("measures")
    void parallelEqualsSequential(Measure m, Set<Property> p) {
        int n = 5 * Chunks.SIZE + 123;
        double[] x = x(n);
        double[] w = TestData.weights(17, n);
        Measure sequential = m.withOptions(m.options().withParallel(false));
        assertEquals(sequential.compute(x, w), m.compute(x, w), 0, "identical results on any number of threads");
        assertEquals(sequential.compute(x, null), m.compute(x, null), 0);
    }
}
