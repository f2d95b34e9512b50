package org.divide.examples.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class SvgLineChartTest {

    @Test
    void aSeriesKeepsItsOwnArrays() {
        double[] y = {1, 2};
        double[] lower = {0.5, 1.5};
        SvgLineChart.Series s = new SvgLineChart.Series("a", y, lower, new double[] {1.5, 2.5});
        y[0] = 99;
        lower[0] = 99;
        s.y()[1] = 99;
        s.upper()[1] = 99;
        assertEquals(1, s.y()[0]);
        assertEquals(2, s.y()[1]);
        assertEquals(0.5, s.lower()[0]);
        assertEquals(2.5, s.upper()[1]);
        assertNull(new SvgLineChart.Series("b", y, null, null).lower());
    }
}
