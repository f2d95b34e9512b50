package org.divide.metrics.aggregate;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;

import org.divide.core.spec.AggregateMethod;

import org.junit.jupiter.api.Test;

/** Hand-worked values and properties of the row aggregators. */
class AggregationTest {

    static final double NA = Double.NaN;
    static final double TOL = 1e-13;

    @Test
    void arithmeticSkipsMissingAndRenormalisesWeights() {
        double[] w = {1, 2, 1};
        assertEquals((10 + 40 + 30) / 4.0, Aggregation.arithmetic().aggregate(new double[] {10, 20, 30}, w), TOL);
        assertEquals((10 + 30) / 2.0, Aggregation.arithmetic().aggregate(new double[] {10, NA, 30}, w), TOL);
        assertEquals(40.0 / 3, Aggregation.arithmetic().aggregate(new double[] {NA, 20, NA}, w) - 20 + 40.0 / 3, TOL);
        assertTrue(Double.isNaN(Aggregation.arithmetic().aggregate(new double[] {NA, NA, NA}, w)));
        // only zero-weight children available
        assertTrue(Double.isNaN(Aggregation.arithmetic().aggregate(new double[] {NA, 5}, new double[] {1, 0})));
    }

    @Test
    void geometricHarmonicAndMedianByHand() {
        double[] x = {1, 4, 16};
        double[] w = {1, 1, 1};
        assertEquals(4, Aggregation.geometric().aggregate(x, w), TOL);
        assertEquals(3 / (1 + 0.25 + 0.0625), Aggregation.harmonic().aggregate(x, w), TOL);
        assertEquals(Math.pow(2, 5.0 / 3), Aggregation.geometric().aggregate(new double[] {2, 8}, new double[] {2, 1}), TOL);
        assertEquals(4, Aggregation.median().aggregate(x, w), 0);
        assertEquals(16, Aggregation.median().aggregate(x, new double[] {1, 1, 3}), 0);
        assertEquals(10, Aggregation.median().aggregate(new double[] {4, 16}, new double[] {1, 1}), 0);
        assertEquals(2.5, Aggregation.median().aggregate(new double[] {4, 1, NA, 3, 2}, new double[] {1, 1, 9, 1, 1}), 0);
        assertEquals(1, Aggregation.median().aggregate(new double[] {1, 2, 3}, new double[] {2, 0, 1}), 0);
    }

    /** R 4.2.2, matrixStats 0.63.0: {@code weightedMedian(x, w, interpolate = FALSE, ties = "mean")}. */
    @Test
    void weightedMedianEqualsMatrixStatsWithoutInterpolation() {
        double[][][] cases = {
            {{37, 57, 91}, {2, 1, 3}, {74}},
            {{63, 6, 21, 18, 69}, {1, 1, 2, 2, 2}, {21}},
            {{78, 93, 21, 65}, {1, 1, 1, 2}, {65}},
            {{87, 34, 48, 60, 49, 19, 83}, {1, 4, 3, 2, 2, 2, 2}, {48}},
            {{53, 79, 2, 48, 73, 69}, {2, 1, 4, 4, 1, 3}, {48}},
            {{66, 41, 91, 29, 46, 33, 65, 26}, {2, 1, 2, 2, 2, 2, 1, 3}, {41}},
        };
        for (double[][] c : cases) {
            assertEquals(c[2][0], Aggregation.median().aggregate(c[0], c[1]), 0);
        }
    }

    @Test
    void generalisedMeanSpecialCases() {
        Random rnd = new Random(3);
        for (int t = 0; t < 100; t++) {
            double[] x = new double[6];
            double[] w = new double[6];
            for (int i = 0; i < x.length; i++) {
                x[i] = rnd.nextInt(8) == 0 ? NA : 0.5 + 10 * rnd.nextDouble();
                w[i] = rnd.nextDouble() + 0.01;
            }
            x[0] = 1 + rnd.nextDouble();
            double am = Aggregation.arithmetic().aggregate(x, w);
            double gm = Aggregation.geometric().aggregate(x, w);
            double hm = Aggregation.harmonic().aggregate(x, w);
            assertEquals(am, Aggregation.generalised(1).aggregate(x, w), 0);
            assertEquals(gm, Aggregation.generalised(0).aggregate(x, w), 0);
            assertEquals(gm, Aggregation.generalised(1e-6).aggregate(x, w), 1e-5 * gm);
            assertEquals(gm, Aggregation.generalised(-1e-6).aggregate(x, w), 1e-5 * gm);
            assertEquals(hm, Aggregation.generalised(-1).aggregate(x, w), 1e-12 * hm);
            // power-mean inequality
            assertTrue(hm <= gm + 1e-12 && gm <= am + 1e-12);
            assertTrue(am <= Aggregation.generalised(2).aggregate(x, w) + 1e-12);
            // weight scale invariance
            double[] w7 = w.clone();
            for (int i = 0; i < w7.length; i++) {
                w7[i] *= 7.5;
            }
            for (Aggregation a : new Aggregation[] {Aggregation.arithmetic(), Aggregation.geometric(),
                    Aggregation.harmonic(), Aggregation.generalised(3), Aggregation.median()}) {
                double y = a.aggregate(x, w);
                assertEquals(y, a.aggregate(x, w7), 1e-12 * Math.abs(y), a.toString());
            }
        }
    }

    @Test
    void dataThreshold() {
        Aggregation a = Aggregation.arithmetic().withDataThreshold(0.5);
        double[] w = {1, 1, 1, 1};
        assertEquals(2, a.aggregate(new double[] {1, 3, NA, NA}, w), 0);
        assertTrue(Double.isNaN(a.aggregate(new double[] {1, NA, NA, NA}, w)));
        assertThrows(IllegalArgumentException.class, () -> Aggregation.arithmetic().withDataThreshold(1.5));
    }

    @Test
    void nonPositiveValuesAreRejectedWithPositionValueAndContextUnlessShifted() {
        double[] w = {1, 1, 1};
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Aggregation.geometric().aggregate(new double[] {3, 0, 2}, w, "economy AUT, node Physical"));
        assertTrue(e.getMessage().contains("values[1]") && e.getMessage().contains("0.0")
                && e.getMessage().endsWith("(economy AUT, node Physical)"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class,
                () -> Aggregation.harmonic().aggregate(new double[] {3, 2, -1}, w));
        assertTrue(e.getMessage().contains("values[2]") && e.getMessage().contains("-1.0"), e.getMessage());
        assertThrows(IllegalArgumentException.class,
                () -> Aggregation.generalised(-2).aggregate(new double[] {3, 0, 1}, w));
        assertThrows(IllegalArgumentException.class,
                () -> Aggregation.generalised(2).aggregate(new double[] {3, -1, 1}, w));
        assertEquals(0, Aggregation.generalised(2).aggregate(new double[] {0, 0, 0}, w), 0);
        // shifted geometric mean: exp(mean(ln(x + 1))) - 1
        double want = Math.cbrt(1 * 4 * 3) - 1;
        assertEquals(want, Aggregation.geometric().withShift(1).aggregate(new double[] {0, 3, 2}, w), TOL);
        assertEquals(5, Aggregation.harmonic().withShift(10).aggregate(new double[] {5, 5, 5}, w), TOL);
        assertThrows(IllegalArgumentException.class, () -> Aggregation.arithmetic().withShift(1));
        assertThrows(IllegalArgumentException.class, () -> Aggregation.geometric().withShift(-1));
    }

    @Test
    void badWeightsAndLengthsAreRejected() {
        double[] x = {1, 2, 3};
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Aggregation.arithmetic().aggregate(x, new double[] {1, -3, 1}));
        assertEquals("weights[1] is negative: -3.0", e.getMessage());
        assertThrows(IllegalArgumentException.class,
                () -> Aggregation.arithmetic().aggregate(x, new double[] {1, NA, 1}));
        assertThrows(IllegalArgumentException.class,
                () -> Aggregation.arithmetic().aggregate(x, new double[] {0, 0, 0}));
        assertThrows(IllegalArgumentException.class,
                () -> Aggregation.arithmetic().aggregate(x, new double[] {1, 1}));
        assertThrows(IllegalArgumentException.class,
                () -> Aggregation.arithmetic().aggregate(new double[] {1, Double.POSITIVE_INFINITY}, new double[] {1, 1}));
        assertThrows(IllegalArgumentException.class, () -> Aggregation.generalised(Double.NaN));
    }

    @Test
    void aggregateColumnsWalksEconomiesAndNamesTheFailingOne() {
        double[][] children = {{1, 2, NA}, {3, 4, 5}};
        assertArrayEquals(new double[] {2.5, 3.5, 5}, Aggregation.arithmetic()
                .aggregateColumns(children, new double[] {1, 3}), 1e-15);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Aggregation.geometric().aggregateColumns(new double[][] {{1, 0}, {1, 1}}, new double[] {1, 1}));
        assertTrue(e.getMessage().endsWith("(economy 1)"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Aggregation.arithmetic()
                .aggregateColumns(new double[][] {{1, 2}, {1}}, new double[] {1, 1}));
        // a user-defined aggregator gets the same walk
        Aggregator max = (v, w) -> Math.max(v[0], v[1]);
        assertArrayEquals(new double[] {3, 4, NA}, max.aggregateColumns(children, new double[] {1, 1}));
    }

    @Test
    void columnWiseAndRowWiseAgreeExactly() {
        Random rnd = new Random(17);
        double[][] cols = new double[7][300];
        for (double[] c : cols) {
            for (int e = 0; e < c.length; e++) {
                c[e] = rnd.nextInt(6) == 0 ? NA : 1 + 99 * rnd.nextDouble();
            }
        }
        double[] w = {1, 2, 0.5, 3, 1, 1, 0.25};
        for (Aggregation a : new Aggregation[] {Aggregation.arithmetic(), Aggregation.geometric(),
                Aggregation.harmonic(), Aggregation.generalised(2.5), Aggregation.median(),
                Aggregation.arithmetic().withDataThreshold(0.8), Aggregation.geometric().withShift(3)}) {
            double[] byColumn = a.aggregateColumns(cols, w);
            double[] row = new double[cols.length];
            for (int e = 0; e < 300; e++) {
                for (int c = 0; c < cols.length; c++) {
                    row[c] = cols[c][e];
                }
                assertEquals(a.aggregate(row, w), byColumn[e], 0, a + " economy " + e);
            }
        }
    }

    @Test
    void inputsAreNotModified() {
        double[] x = {1, NA, 3};
        double[] w = {1, 2, 3};
        Aggregation.median().aggregate(x, w);
        Aggregation.geometric().aggregate(x, w);
        assertArrayEquals(new double[] {1, NA, 3}, x);
        assertArrayEquals(new double[] {1, 2, 3}, w);
    }

    @Test
    void recordsOfTheSpecAggregateAsTheirFactories() {
        double[] x = {-2, 3, 5};
        double[] w = {1, 2, 1};
        assertEquals(Aggregation.arithmetic().aggregate(x, w),
                Aggregation.of(new AggregateMethod.Generalised(1, 0)).aggregate(x, w), 0);
        double[] y = {1, 4, 16};
        assertEquals(Aggregation.geometric().withShift(2).aggregate(y, w),
                Aggregation.of(new AggregateMethod.Geometric(2)).aggregate(y, w), 0);
        assertEquals(Aggregation.generalised(-1.5).aggregate(y, w),
                Aggregation.of(AggregateMethod.generalised(-1.5)).aggregate(y, w), 0);
        assertThrows(IllegalArgumentException.class, () -> Aggregation.of(AggregateMethod.copeland()));
        assertThrows(IllegalArgumentException.class, () -> Aggregation.median().withShift(1));
    }
}
