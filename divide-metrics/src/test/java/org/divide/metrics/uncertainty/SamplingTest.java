package org.divide.metrics.uncertainty;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.commons.math3.random.SobolSequenceGenerator;
import org.junit.jupiter.api.Test;

/** The designs: range, strata, the Sobol points and their digital shift, quantiles. */
class SamplingTest {

    @Test
    void everyDrawIsInTheUnitInterval() {
        for (SamplingMethod m : SamplingMethod.values()) {
            for (double[] row : UnitDesign.sample(m, 300, 7, 5)) {
                for (double u : row) {
                    assertTrue(u >= 0 && u < 1, m + ": " + u);
                }
            }
        }
    }

    @Test
    void plainSobolSkipsTheOrigin() {
        SobolSequenceGenerator g = new SobolSequenceGenerator(3);
        g.nextVector();
        double[][] u = UnitDesign.sample(SamplingMethod.SOBOL, 5, 3, 99);
        for (double[] row : u) {
            assertArrayEquals(g.nextVector(), row);
        }
        assertArrayEquals(new double[] {0.5, 0.5, 0.5}, u[0]);
    }

    /** The shift XORs the same 52-bit integer into every point of a coordinate. */
    @Test
    void scramblingIsADigitalShift() {
        SobolSequenceGenerator g = new SobolSequenceGenerator(4);
        double[][] u = UnitDesign.sample(SamplingMethod.SCRAMBLED_SOBOL, 64, 4, 3);
        long[] shift = new long[4];
        for (int r = 0; r < 64; r++) {
            double[] p = g.nextVector();
            for (int j = 0; j < 4; j++) {
                long a = (long) (p[j] * 0x1.0p52);
                long b = (long) (u[r][j] * 0x1.0p52);
                if (r == 0) {
                    shift[j] = a ^ b;
                    assertTrue(shift[j] != 0);
                }
                assertEquals(shift[j], a ^ b);
            }
        }
        // the first 2^m points of a shifted Sobol sequence still put one point in each 1/2^m interval
        for (int j = 0; j < 4; j++) {
            boolean[] hit = new boolean[64];
            for (double[] row : u) {
                hit[(int) (row[j] * 64)] = true;
            }
            for (boolean h : hit) {
                assertTrue(h);
            }
        }
    }

    @Test
    void latinHypercubeHasOnePointPerStratum() {
        double[][] u = UnitDesign.sample(SamplingMethod.LATIN_HYPERCUBE, 50, 3, 8);
        for (int j = 0; j < 3; j++) {
            int[] count = new int[50];
            for (double[] row : u) {
                count[(int) (row[j] * 50)]++;
            }
            for (int c : count) {
                assertEquals(1, c);
            }
        }
    }

    @Test
    void choicesAreEqualBins() {
        Input c = Input.choice("c", 4);
        assertEquals(0, c.value(0));
        assertEquals(0, c.value(0.2499));
        assertEquals(1, c.value(0.25));
        assertEquals(3, c.value(Math.nextDown(1.0)));
        assertEquals(4, c.choices());
        Input u = Input.uniform("u", 1, 5);
        assertEquals(3, u.value(0.5));
        assertEquals(0, u.choices());
        assertEquals("u ~ U(1.0, 5.0)", u.toString());
    }

    /** Type-7 quantiles against R 4.3: quantile(c(1, 2, 4, 8, 16), c(0.05, 0.5, 0.9)) = 1.2, 4, 12.8. */
    @Test
    void summariesMatchR() {
        double[] y = {8, Double.NaN, 1, 16, 4, 2};
        OutputDistribution d = Summaries.summarise(y, 0, y.length, new double[] {0.05, 0.9});
        assertEquals(5, d.count());
        assertEquals(1, d.missing());
        assertEquals(1.2, d.quantile(0.05), 1e-12);
        assertEquals(12.8, d.quantile(0.9), 1e-12);
        assertEquals(4, d.median());
        assertEquals(6.2, d.mean(), 1e-12);
        assertEquals(Math.sqrt(37.2), d.standardDeviation(), 1e-12); // sd(c(1, 2, 4, 8, 16))
        OutputDistribution one = Summaries.summarise(new double[] {3}, 0, 1, new double[] {0.5});
        assertTrue(Double.isNaN(one.standardDeviation()));
        assertEquals(3, one.quantile(0.5));
        OutputDistribution none = Summaries.summarise(new double[] {Double.NaN}, 0, 1, new double[0]);
        assertTrue(Double.isNaN(none.mean()));
    }
}
