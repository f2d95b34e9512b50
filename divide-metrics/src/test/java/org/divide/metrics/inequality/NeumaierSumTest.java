package org.divide.metrics.inequality;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The public compensated sum. */
class NeumaierSumTest {

    @Test
    void keepsTheSmallTermsThatPlainSummationLoses() {
        NeumaierSum sum = new NeumaierSum();
        sum.add(1e16);
        for (int i = 0; i < 1000; i++) {
            sum.add(1);
        }
        sum.add(-1e16);
        assertEquals(1000, sum.value());
    }

    @Test
    void mergedSumsEqualOneSum() {
        NeumaierSum a = new NeumaierSum();
        NeumaierSum b = new NeumaierSum();
        a.add(1e16);
        a.add(1);
        b.add(1);
        b.add(-1e16);
        a.add(b);
        assertEquals(2, a.value());
        NeumaierSum infinite = new NeumaierSum();
        infinite.add(Double.POSITIVE_INFINITY);
        infinite.add(1);
        assertEquals(Double.POSITIVE_INFINITY, infinite.value());
    }
}
