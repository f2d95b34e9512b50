package org.divide.metrics.mobility;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** Quantile classes against numpy's percentiles and mapclassify's rules (resources/mobility/reference.py). */
class QuantileClassesTest {

    private static final double REL = 1e-12;

    @Test
    void mexicoBinsAndClassesMatchTheReference() {
        double[][] gdp = MexicoGdp.load();
        QuantileClasses q1940 = QuantileClasses.of(gdp[0], 5);
        assertArrayClose(new double[] {3576.2, 4582.8, 6925.2, 9473.0, 22361.0}, q1940.bins());
        assertArrayClose(new double[] {5947.2, 7314.400000000001, 9497.0, 11988.0, 23174.0},
                QuantileClasses.of(gdp[2], 5).bins());
        assertArrayEquals(new int[] {4, 4, 4, 1, 0, 3, 3, 2, 4, 4, 1, 0, 1, 2, 0, 0, 3, 2, 3, 0, 0, 4, 4, 1, 2, 2, 0,
            3, 1, 2, 3, 1}, q1940.classes());
        assertArrayEquals(new int[] {3, 4, 3, 4, 0, 4, 4, 2, 4, 2, 1, 0, 1, 3, 2, 0, 2, 0, 4, 0, 1, 3, 4, 2, 1, 3, 1,
            3, 0, 1, 2, 0}, QuantileClasses.of(gdp[6], 5).classes());
        assertArrayEquals(new int[] {7, 6, 6, 6, 7}, q1940.counts());
    }

    @Test
    void tiesMergeBinsAndLowerK() {
        // percentiles 25, 50, 75, 100 of (1, 1, 1, 1, 2) are 1, 1, 1, 2: two classes, as mapclassify warns
        QuantileClasses q = QuantileClasses.of(new double[] {1, 1, 2, 1, 1}, 4);
        assertEquals(2, q.k());
        assertArrayEquals(new double[] {1, 2}, q.bins());
        assertArrayEquals(new int[] {0, 0, 1, 0, 0}, q.classes());
    }

    @Test
    void aValueOnABoundIsInTheLowerClassAndNaNHasNone() {
        QuantileClasses q = QuantileClasses.of(new double[] {1, 2, 3, 4, Double.NaN}, 2);
        assertArrayEquals(new double[] {2.5, 4}, q.bins());
        assertArrayEquals(new int[] {0, 0, 1, 1, -1}, q.classes());
        // the median 2.5 is a bound and a value: that value is in the lower class
        assertArrayEquals(new int[] {0, 0, 0, 1, 1}, QuantileClasses.of(new double[] {1, 2, 2.5, 3, 4}, 2).classes());
    }

    @Test
    void badInputThrows() {
        assertThrows(IllegalArgumentException.class, () -> QuantileClasses.of(new double[] {1}, 0));
        assertThrows(IllegalArgumentException.class, () -> QuantileClasses.of(new double[] {Double.NaN}, 2));
        assertEquals("y[1] is infinite: Infinity", assertThrows(IllegalArgumentException.class,
                () -> QuantileClasses.of(new double[] {1, Double.POSITIVE_INFINITY}, 2)).getMessage());
    }

    private static void assertArrayClose(double[] expected, double[] actual) {
        assertEquals(expected.length, actual.length);
        for (int i = 0; i < expected.length; i++) {
            assertEquals(expected[i], actual[i], REL * Math.abs(expected[i]), "[" + i + "]");
        }
    }
}
