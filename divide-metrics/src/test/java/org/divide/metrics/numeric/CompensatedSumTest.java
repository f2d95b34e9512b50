package org.divide.metrics.numeric;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The public compensated sum. */
class CompensatedSumTest {

    @Test
    void keepsTheSmallTermsThatPlainSummationLoses() {
        CompensatedSum sum = new CompensatedSum();
        sum.add(1e16);
        for (int i = 0; i < 1000; i++) {
            sum.add(1);
        }
        sum.add(-1e16);
        assertEquals(1000, sum.value());
    }

    @Test
    void mergedSumsEqualOneSum() {
        CompensatedSum a = new CompensatedSum();
        CompensatedSum b = new CompensatedSum();
        a.add(1e16);
        a.add(1);
        b.add(1);
        b.add(-1e16);
        a.add(b);
        assertEquals(2, a.value());
        CompensatedSum infinite = new CompensatedSum();
        infinite.add(Double.POSITIVE_INFINITY);
        infinite.add(1);
        assertEquals(Double.POSITIVE_INFINITY, infinite.value());
    }
}
