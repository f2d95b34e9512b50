package org.divide.metrics.inequality;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The sealed measure types: validation, equality, names, options and which ones decompose. */
class MeasureTypesTest {

    private static final InequalityOptions SKIP = InequalityOptions.withDefaults().withNaNPolicy(NaNPolicy.SKIP);

    private static List<Measure> all() {
        return List.of(Measure.gini(), Measure.theilT(), Measure.theilL(), Measure.generalizedEntropy(2),
                Measure.atkinson(0.5), Measure.equallyDistributedEquivalent(2), Measure.coefficientOfVariation(),
                Measure.varianceOfLogs(), Measure.hoover(), Measure.kolm(0.5), Measure.palma(),
                Measure.quantileShareRatio(0.2, 0.2), Measure.herfindahl(), Measure.rosenbluth(), Measure.wolfson());
    }

    @Test
    void constructorsNameTheParameterAndItsValue() {
        assertEquals("alpha must be finite: NaN", assertThrows(IllegalArgumentException.class,
                () -> new GeneralizedEntropy(Double.NaN)).getMessage());
        assertEquals("epsilon must be finite: Infinity", assertThrows(IllegalArgumentException.class,
                () -> new Atkinson(Double.POSITIVE_INFINITY)).getMessage());
        assertEquals("epsilon must be finite: -Infinity", assertThrows(IllegalArgumentException.class,
                () -> new EquallyDistributedEquivalent(Double.NEGATIVE_INFINITY)).getMessage());
        assertEquals("kappa must be finite and > 0: 0.0", assertThrows(IllegalArgumentException.class,
                () -> new Kolm(0)).getMessage());
        assertEquals("bottomShare and topShare must be in (0, 1) with a sum <= 1: 0.0, 0.2",
                assertThrows(IllegalArgumentException.class, () -> QuantileShareRatio.of(0, 0.2)).getMessage());
        assertThrows(NullPointerException.class, () -> new Gini(null));
        assertThrows(NullPointerException.class, () -> Measure.hoover().withOptions(null));
    }

    @Test
    void factoriesReturnTheRecordsWithDefaults() {
        assertEquals(new Gini(InequalityOptions.withDefaults()), Measure.gini());
        assertEquals(new GeneralizedEntropy(1), Measure.theilT());
        assertEquals(new GeneralizedEntropy(0, InequalityOptions.withDefaults()), Measure.theilL());
        assertEquals(new Atkinson(0.5), Measure.atkinson(0.5));
        assertEquals(2.0, Measure.generalizedEntropy(2).alpha());
        assertEquals(0.5, Measure.kolm(0.5).kappa());
        assertEquals(0.4, Measure.palma().bottomShare());
        assertEquals(0.1, Measure.palma().topShare());
        assertNotEquals(Measure.palma(), Measure.quantileShareRatio(0.4, 0.1), "named differently");
        assertNotEquals(Measure.atkinson(1), Measure.equallyDistributedEquivalent(1));
        assertNotEquals(Measure.herfindahl(), Measure.rosenbluth());
    }

    @Test
    void withOptionsKeepsTheTypeAndParameters() {
        for (Measure m : all()) {
            Measure other = m.withOptions(SKIP);
            assertSame(m.getClass(), other.getClass());
            assertEquals(SKIP, other.options());
            assertEquals(m.name(), other.name());
            assertEquals(m.name(), m.toString());
            assertNotEquals(m, other);
            assertEquals(m, other.withOptions(InequalityOptions.withDefaults()));
            assertEquals(m.hashCode(), other.withOptions(InequalityOptions.withDefaults()).hashCode());
        }
    }

    @Test
    void onlyGiniAndTheEntropyFamilyDecompose() {
        double[] x = {1, 2, 3, 4, 5, 6};
        String[] g = {"a", "a", "b", "b", "c", "c"};
        for (Measure m : all()) {
            boolean expected = m instanceof Gini || m instanceof GeneralizedEntropy;
            assertEquals(expected, m instanceof Decomposable, m.name());
            if (m instanceof Decomposable d) {
                Decomposition parts = d.decompose(x, null, g);
                assertEquals(m.compute(x), parts.total(), 1e-15, m.name());
                assertEquals(m.name(), parts.measure());
                assertTrue(d.withOptions(SKIP) instanceof Decomposable);
            }
        }
        Measure kolm = Measure.kolm(1);
        assertFalse(kolm instanceof Decomposable);
    }

    @Test
    void theFacadeDelegatesToTheMeasures() {
        double[] x = TestData.lognormal(11, 200);
        double[] w = TestData.weights(11, 200);
        assertEquals(Measure.gini().compute(x, w), Inequality.gini(x, w));
        assertEquals(Measure.theilT().evaluate(x, w).value(), Inequality.theilT(x, w));
        assertEquals(Measure.kolm(0.3).compute(x, w), Inequality.kolm(x, w, 0.3));
        assertEquals(Measure.palma().compute(x, w), Inequality.palma(x, w));
        assertEquals(Measure.herfindahl().compute(x), Inequality.herfindahl(x));
        assertEquals(Measure.wolfson().compute(x, w), Inequality.wolfson(x, w));
    }

    @Test
    void measuresSurviveSerialisation() throws IOException, ClassNotFoundException {
        for (Measure m : all()) {
            Measure other = m.withOptions(SKIP);
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
                out.writeObject(other);
            }
            try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
                assertEquals(other, in.readObject(), m.name());
            }
        }
    }
}
