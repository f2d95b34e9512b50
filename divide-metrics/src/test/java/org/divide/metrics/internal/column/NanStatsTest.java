package org.divide.metrics.internal.column;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Reference values: R 4.2.2 {@code mean}, {@code sd}, {@code median}; e1071 1.7-13 type 2. */
class NanStatsTest {

    static final double NA = Double.NaN;
    static final double[] X = {3.1, 0.2, 7.7, NA, 12.5, 1e-3, 4.4, 4.4, 250};

    @Test
    void matchesR() {
        assertEquals(8, NanStats.count(X));
        assertEquals(35.2876249999999985, NanStats.mean(X), 1e-15 * 35.3);
        assertEquals(86.8514151343504892, NanStats.sd(X), 1e-14 * 86.9);
        assertEquals(4.4000000000000004, NanStats.median(X), 0);
        assertEquals(2.8162268003051012, NanStats.skewness(X), 1e-13);
        assertEquals(7.9476293215155769, NanStats.kurtosis(X), 1e-13);
        assertEquals(1e-3, NanStats.min(X), 0);
        assertEquals(250, NanStats.max(X), 0);
    }

    @Test
    void emptyAndShortColumns() {
        double[] none = {NA, NA};
        assertTrue(Double.isNaN(NanStats.mean(none)));
        assertTrue(Double.isNaN(NanStats.median(none)));
        assertTrue(Double.isNaN(NanStats.min(none)));
        assertTrue(Double.isNaN(NanStats.sd(new double[] {1})));
        assertTrue(Double.isNaN(NanStats.skewness(new double[] {1, 2})));
        assertTrue(Double.isNaN(NanStats.kurtosis(new double[] {1, 2, 3})));
        assertEquals(0, NanStats.sum(none), 0);
    }

    @Test
    void compensatedSum() {
        assertEquals(2, NanStats.sum(new double[] {1e100, 1, -1e100, 1}), 0);
    }

    @Test
    void argumentChecksNameThePosition() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Args.weights("weights", new double[] {1, 2, -3}));
        assertEquals("weights[2] is negative: -3.0", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Args.weights("w", new double[] {0, 0}));
        assertThrows(IllegalArgumentException.class, () -> Args.interval("range", 1, 1));
        assertEquals("x (economy 3)", Args.withContext("x", "economy 3"));
    }
}
