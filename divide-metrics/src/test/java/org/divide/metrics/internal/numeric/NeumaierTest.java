package org.divide.metrics.internal.numeric;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The public compensated sum. */
class NeumaierTest {

    @Test
    void keepsTheSmallTermsThatPlainSummationLoses() {
        Neumaier sum = new Neumaier();
        sum.add(1e16);
        for (int i = 0; i < 1000; i++) {
            sum.add(1);
        }
        sum.add(-1e16);
        assertEquals(1000, sum.value());
    }

    @Test
    void mergedSumsEqualOneSum() {
        Neumaier a = new Neumaier();
        Neumaier b = new Neumaier();
        a.add(1e16);
        a.add(1);
        b.add(1);
        b.add(-1e16);
        a.add(b);
        assertEquals(2, a.value());
        Neumaier infinite = new Neumaier();
        infinite.add(Double.POSITIVE_INFINITY);
        infinite.add(1);
        assertEquals(Double.POSITIVE_INFINITY, infinite.value());
    }
}
