package org.divide.metrics.impute;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;

import org.divide.core.Direction;
import org.junit.jupiter.api.Test;

/** Imputation by hand and by property: only missing cells change, counts are right. */
class ImputationTest {

    static final double NA = Double.NaN;

    @Test
    void meanAndMedian() {
        double[] x = {1, NA, 2, 10, NA};
        ImputationResult m = Imputation.mean().apply(x);
        assertArrayEquals(new double[] {1, 13 / 3.0, 2, 10, 13 / 3.0}, m.values(), 1e-15);
        assertArrayEquals(new int[] {1, 4}, m.imputed());
        assertEquals(2, m.imputedCount());
        assertEquals(0, m.missingCount());
        assertArrayEquals(new double[] {1, 2, 2, 10, 2}, Imputation.median().apply(x).values());
    }

    @Test
    void byGroupSkipsUnlabelledEconomiesAndEmptyGroups() {
        double[] x = {1, NA, 3, 10, NA, NA, 7, NA};
        String[] g = {"a", "a", "a", "b", "b", "c", null, null};
        ImputationResult r = Imputation.groupMean(g).apply(x);
        assertArrayEquals(new double[] {1, 2, 3, 10, 10, NA, 7, NA}, r.values());
        assertEquals(2, r.imputedCount());
        assertEquals(2, r.missingCount());
        String[] h = {"a", "a", "a", "a", "b", "b", "b", "b"};
        double[] y = {1, 2, 100, NA, 5, NA, 6, 60};
        assertArrayEquals(new double[] {1, 2, 100, 2, 5, 6, 6, 60}, Imputation.groupMedian(h).apply(y).values());
        assertThrows(IllegalArgumentException.class, () -> Imputation.groupMean(g).apply(new double[3]));
    }

    @Test
    void userHookIsCheckedAndAllMissingIsRejected() {
        Imputer zero = c -> {
            double[] o = c.clone();
            for (int i = 0; i < o.length; i++) {
                o[i] = Double.isNaN(o[i]) ? 0 : o[i];
            }
            return o;
        };
        assertArrayEquals(new double[] {0, 5}, zero.apply(new double[] {NA, 5}).values());
        Imputer bad = c -> new double[] {1, 6};
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> bad.apply(new double[] {NA, 5}));
        assertTrue(e.getMessage().contains("column[1]") && e.getMessage().contains("5.0 -> 6.0"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Imputation.mean().apply(new double[] {NA, NA}));
        assertThrows(IllegalArgumentException.class, () -> ((Imputer) c -> new double[1]).apply(new double[] {NA, 5}));
    }

    @Test
    void rowWiseNormalisedFirstThenBackTransformed() {
        // indicator 0: 0..10 (positive), indicator 1: 100..0 (negative direction)
        double[][] cols = {{0, 10, 5, NA}, {100, 0, NA, 20}};
        Direction[] dirs = {Direction.POSITIVE, Direction.NEGATIVE};
        ImputedMatrix r = RowImputation.normalised(cols, dirs, Imputation.mean());
        // economy 2: z0 = 0.5 → z1 = 0.5 → x1 = -(0.5·100 - 100) = 50
        // economy 3: z1 = (-20 + 100)/100 = 0.8 → x0 = 0.8·10 + 0 = 8
        assertArrayEquals(new double[] {0, 10, 5, 8}, r.columns()[0], 1e-12);
        assertArrayEquals(new double[] {100, 0, 50, 20}, r.columns()[1], 1e-12);
        assertEquals(2, r.imputed());
        assertEquals(0, r.missing());
        ImputedMatrix raw = RowImputation.raw(new double[][] {{1, NA}, {3, NA}, {NA, NA}}, Imputation.mean());
        assertArrayEquals(new double[] {1, NA}, raw.columns()[0]);
        assertArrayEquals(new double[] {2, NA}, raw.columns()[2]);
        assertEquals(1, raw.imputed());
        assertEquals(3, raw.missing());
    }

    @Test
    void onlyMissingCellsChange() {
        Random rnd = new Random(5);
        double[][] cols = new double[4][30];
        String[] g = new String[30];
        for (int e = 0; e < 30; e++) {
            g[e] = "g" + rnd.nextInt(3);
            for (double[] c : cols) {
                c[e] = rnd.nextInt(5) == 0 ? NA : rnd.nextGaussian();
            }
        }
        for (Imputer imp : new Imputer[] {Imputation.mean(), Imputation.median(), Imputation.groupMean(g),
                Imputation.groupMedian(g)}) {
            for (double[] c : cols) {
                double[] before = c.clone();
                double[] after = imp.apply(c).values();
                assertArrayEquals(before, c);
                for (int e = 0; e < c.length; e++) {
                    if (!Double.isNaN(c[e])) {
                        assertEquals(c[e], after[e], 0);
                    }
                }
            }
        }
        ImputedMatrix m = RowImputation.normalised(cols, new Direction[] {Direction.POSITIVE,
            Direction.NEGATIVE, Direction.POSITIVE, Direction.POSITIVE}, Imputation.median());
        int filled = 0;
        for (int c = 0; c < cols.length; c++) {
            for (int e = 0; e < 30; e++) {
                if (Double.isNaN(cols[c][e])) {
                    filled += Double.isNaN(m.columns()[c][e]) ? 0 : 1;
                } else {
                    assertEquals(cols[c][e], m.columns()[c][e], 0);
                }
            }
        }
        assertEquals(filled, m.imputed());
    }

    @Test
    void panelLastObservationConstantAndLinear() {
        double[] t = {2018, 2019, 2020, 2021, 2022, 2023};
        double[] y = {NA, 4, NA, NA, 10, NA};
        assertArrayEquals(new double[] {NA, 4, 4, 4, 10, 10}, PanelImputation.lastObservation(t, y).values());
        assertArrayEquals(new double[] {NA, 4, 4, NA, 10, 10}, PanelImputation.lastObservation(t, y, 1).values());
        assertArrayEquals(new double[] {4, 4, 4, 4, 10, 10}, PanelImputation.constant(t, y).values());
        assertArrayEquals(new double[] {4, 4, 6, 8, 10, 10}, PanelImputation.linear(t, y).values(), 1e-12);
        // uneven times
        assertArrayEquals(new double[] {0, 2.5, 10}, PanelImputation.linear(new double[] {0, 1, 4},
                new double[] {0, NA, 10}).values(), 1e-12);
        // one observation: held constant; none: unchanged
        assertArrayEquals(new double[] {7, 7, 7}, PanelImputation.linear(new double[] {1, 2, 3},
                new double[] {NA, 7, NA}).values());
        assertEquals(0, PanelImputation.linear(new double[] {1, 2}, new double[] {NA, NA}).imputedCount());
        assertEquals(4, PanelImputation.linear(t, y).imputedCount());
        assertThrows(IllegalArgumentException.class,
                () -> PanelImputation.linear(new double[] {1, 1}, new double[] {1, NA}));
        assertThrows(IllegalArgumentException.class,
                () -> PanelImputation.lastObservation(t, y, 0));
    }
}
