package org.divide.metrics.inequality;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Bad input throws {@link IllegalArgumentException} naming the argument, the index and the value. */
class BadInputTest {

    static Stream<Arguments> measures() {
        return Stream.of(Measure.gini(), Measure.theilT(), Measure.theilL(), Measure.generalizedEntropy(2),
                Measure.atkinson(1), Measure.coefficientOfVariation(), Measure.varianceOfLogs(), Measure.hoover(),
                Measure.kolm(1), Measure.palma(), Measure.herfindahl(), Measure.rosenbluth(), Measure.wolfson(),
                Measure.equallyDistributedEquivalent(2)).map(m -> Arguments.of(Named.of(m.name(), m)));
    }

    private static String message(Measure m, double[] x, double[] w) {
        return assertThrows(IllegalArgumentException.class, () -> m.compute(x, w)).getMessage();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("measures")
    void everyMeasureRejectsBadArraysAndWeights(Measure m) {
        double[] x = {1, 2, 3, 4};
        assertEquals("x is null", message(m, null, null));
        assertEquals("x is empty", message(m, new double[0], null));
        assertEquals("w has length 3 but x has length 4", message(m, x, new double[] {1, 1, 1}));
        assertEquals("w[2] is negative: -3.0", message(m, x, new double[] {1, 1, -3, 1}));
        assertEquals("w[1] is NaN", message(m, x, new double[] {1, Double.NaN, 1, 1}));
        assertEquals("w[3] is infinite: Infinity", message(m, x, new double[] {1, 1, 1, Double.POSITIVE_INFINITY}));
        assertEquals("all weights are zero", message(m, x, new double[] {0, 0, 0, 0}));
        assertEquals("x[1] is NaN", message(m, new double[] {1, Double.NaN, 2}, null));
        assertEquals("x[2] is infinite: -Infinity", message(m, new double[] {1, 2, Double.NEGATIVE_INFINITY}, null));
        // weights whose sum overflows are scaled, not refused: the value is that of the weights' proportions
        double huge = m.compute(x, new double[] {1e308, 1e308, 1e308, 1});
        if (m instanceof Herfindahl || m instanceof Rosenbluth) {
            assertEquals(m.compute(x, new double[] {1, 1, 1, 1e-308}) / 1e308, huge, 1e-300);
        } else {
            assertEquals(m.compute(x, new double[] {1, 1, 1, 0}), huge, 1e-12);
        }
    }

    @Test
    void logMeasuresRejectZerosAndNegatives() {
        assertEquals("x[1] is zero (MLD requires x > 0)", message(Measure.theilL(), new double[] {1, 0, 2}, null));
        assertEquals("x[2] is negative: -1.0 (Theil T requires x >= 0)",
                message(Measure.theilT(), new double[] {1, 0, -1}, null));
        assertEquals("x[0] is zero (Atkinson(1.5) requires x > 0)",
                message(Measure.atkinson(1.5), new double[] {0, 1}, null));
        assertEquals("x[0] is zero (GE(-1) requires x > 0)",
                message(Measure.generalizedEntropy(-1), new double[] {0, 1}, null));
        assertEquals("x[1] is zero (variance of logs requires x > 0)",
                message(Measure.varianceOfLogs(), new double[] {3, 0}, null));
        assertEquals("x[1] is negative: -2.0 (Herfindahl requires x >= 0)",
                message(Measure.herfindahl(), new double[] {3, -2}, null));
    }

    @Test
    void dropAndSkipReportCounts() {
        InequalityOptions o = InequalityOptions.withDefaults().withNonPositivePolicy(NonPositivePolicy.DROP)
                .withNaNPolicy(NaNPolicy.SKIP);
        Estimate e = Measure.theilL().withOptions(o).evaluate(new double[] {1, 0, Double.NaN, 2, -4, 3},
                new double[] {1, 1, 1, 1, 1, 1});
        assertEquals(new Estimate(Inequality.theilL(new double[] {1, 2, 3}), 3, 1, 2), e);
        Estimate theil = Measure.theilT().withOptions(o).evaluate(new double[] {0, 1, -1, 2}, null);
        assertEquals(3, theil.observations(), "DROP keeps zeros where the measure is defined");
        assertEquals(1, theil.droppedNonPositive());
        String all = assertThrows(IllegalArgumentException.class,
                () -> Measure.theilL().withOptions(o).compute(new double[] {0, Double.NaN}, null)).getMessage();
        assertEquals("x has no observations left: 1 NaN skipped, 1 outside the domain of MLD dropped", all);
        assertEquals(1, Measure.gini().withOptions(o).evaluate(new double[] {-1, 2, Double.NaN}, null).skippedNaN());
    }

    @Test
    void parametersAreChecked() {
        assertThrows(IllegalArgumentException.class, () -> Measure.generalizedEntropy(Double.NaN));
        assertThrows(IllegalArgumentException.class, () -> Measure.atkinson(Double.POSITIVE_INFINITY));
        assertEquals("kappa must be finite and > 0: 0.0",
                assertThrows(IllegalArgumentException.class, () -> Inequality.kolm(new double[] {1}, 0)).getMessage());
        assertThrows(IllegalArgumentException.class, () -> Inequality.quantileShareRatio(new double[] {1}, 0.6, 0.6));
        assertThrows(IllegalArgumentException.class, () -> Inequality.quantileShareRatio(new double[] {1}, 0, 0.2));
        assertThrows(IllegalArgumentException.class, () -> Inequality.lorenz(new double[] {1, 2}).share(1.5));
    }

    @Test
    void concentrationAndDecompositionArguments() {
        double[] x = {1, 2, 3};
        assertEquals("rankBy has length 2 but x has length 3", assertThrows(IllegalArgumentException.class,
                () -> Inequality.concentrationIndex(x, new double[] {1, 2})).getMessage());
        assertEquals("rankBy[1] is NaN", assertThrows(IllegalArgumentException.class,
                () -> Inequality.concentrationIndex(x, new double[] {1, Double.NaN, 2})).getMessage());
        assertEquals("groups has length 2 but x has length 3", assertThrows(IllegalArgumentException.class,
                () -> Measure.theilT().decompose(x, null, new String[] {"a", "b"})).getMessage());
        assertEquals("groups[1] is null", assertThrows(IllegalArgumentException.class,
                () -> Measure.theilT().decompose(x, null, new String[] {"a", null, "b"})).getMessage());
        assertEquals("groups is null", assertThrows(IllegalArgumentException.class,
                () -> Measure.gini().decompose(x, null, (int[]) null)).getMessage());
        Measure atkinson = Measure.atkinson(1);
        assertFalse(atkinson instanceof Decomposable,
                "Atkinson(1) is not decomposable by subgroups: a question of its type");
    }
}
