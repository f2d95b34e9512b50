package org.divide.metrics.treat;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.divide.metrics.internal.column.CsvTable;
import org.junit.jupiter.api.Test;

/**
 * Outlier treatment: COINr's rule on the ASEM indicators against an R re-run of COINr 1.1.14's
 * treatment code (fixture {@code coinr/treat_asem_raw_reference.csv}, see its README), and by hand.
 */
class TreatmentTest {

    static final double NA = Double.NaN;
    static final double REL = 1e-12;

    static void near(String what, double want, double got) {
        double err = want == 0 ? Math.abs(got) : Math.abs(got - want) / Math.abs(want);
        assertTrue(err <= REL, what + ": expected " + want + ", got " + got);
    }

    @Test
    void asemIndicatorsMatchTheRReferenceForWinmaxFiveAndOne() {
        CsvTable ref = CsvTable.resource("treat_asem_raw_reference.csv");
        CsvTable data = CsvTable.at("/org/divide/testdata/asem/ASEM_iData.csv");
        List<String> economies = data.strings("uCode");
        int transformed = 0;
        int winsorised = 0;
        for (int r = 0; r < ref.rows.size(); r++) {
            String code = ref.text(r, "iCode");
            int winmax = (int) ref.number(r, "winmax");
            double[] x = data.column(code, "uCode", economies);
            TreatmentReport rep = Treatment.coinr().withWinsorisationLimit(winmax).apply(x);
            String what = code + " winmax " + winmax;
            near(what + " skew", ref.number(r, "skew"), rep.before().skewness());
            near(what + " kurt", ref.number(r, "kurt"), rep.before().kurtosis());
            assertEquals(ref.text(r, "outcome"), rep.outcome().name(), what);
            if (rep.outcome() == TreatmentOutcome.WINSORISED) {
                assertEquals((int) ref.number(r, "nwin"), rep.winsorisedCount(), what + " points");
                winsorised++;
            }
            if (rep.outcome() == TreatmentOutcome.TRANSFORMED) {
                assertEquals("log_CT", rep.transform(), what);
                transformed++;
            }
            String[] want = ref.text(r, "values").split(";", -1);
            double[] got = rep.values();
            assertEquals(x.length, want.length, what);
            for (int i = 0; i < want.length; i++) {
                if (want[i].isEmpty()) {
                    assertTrue(Double.isNaN(got[i]), what + " " + economies.get(i));
                } else {
                    near(what + " " + economies.get(i), Double.parseDouble(want[i]), got[i]);
                }
            }
        }
        assertEquals(18 + 9, winsorised);
        assertEquals(9, transformed);
    }

    /** Heavy-tailed samples: winsorising lowers |G1|, and the report lists exactly the changed cells. */
    @Test
    void winsorisationReducesSkewAndTheReportMatchesTheChanges() {
        java.util.Random rnd = new java.util.Random(99);
        int checked = 0;
        for (int t = 0; t < 300; t++) {
            double[] x = new double[20 + rnd.nextInt(60)];
            for (int i = 0; i < x.length; i++) {
                x[i] = rnd.nextInt(15) == 0 ? NA : Math.exp(2 * rnd.nextGaussian()) * (t % 2 == 0 ? 1 : -1);
            }
            TreatmentReport r = Treatment.coinr().withFallback(null).apply(x);
            if (r.outcome() != TreatmentOutcome.WINSORISED) {
                continue;
            }
            checked++;
            assertTrue(Math.abs(r.after().skewness()) < Math.abs(r.before().skewness()));
            assertTrue(r.winsorisedCount() >= 1);
            double[] v = r.values();
            int changed = 0;
            for (int i = 0; i < x.length; i++) {
                changed += Double.compare(x[i], v[i]) != 0 ? 1 : 0;
            }
            assertEquals(changed, r.winsorisedCount());
            for (WinsorisedPoint p : r.points()) {
                assertEquals(x[p.index()], p.original());
                assertEquals(v[p.index()], p.treated());
                assertEquals(p.high(), p.treated() < p.original());
            }
        }
        assertTrue(checked > 100, "winsorised samples: " + checked);
    }

    @Test
    void coinrExampleTwoOutliers() {
        // COINr's winsorise example: x <- c(1:10, 30, 100)
        double[] x = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 30, 100};
        SkewKurt before = SkewKurt.of(x);
        assertFalse(before.passes());
        TreatmentReport r = Treatment.coinr().apply(x);
        assertEquals(TreatmentOutcome.WINSORISED, r.outcome());
        assertTrue(r.after().passes());
        assertTrue(Math.abs(r.after().skewness()) < Math.abs(before.skewness()));
        // the 100 is pulled down to 30; that passes already
        assertEquals(List.of(new WinsorisedPoint(11, 100, 30, true)), r.points());
        assertArrayEquals(new double[] {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 30, 30}, r.values());
        assertNull(r.transform());
    }

    @Test
    void tiesAreWinsorisedTogetherAndLowOutliersPulledUp() {
        // R, e1071 type 2: skew -3.01288, kurt 7.90275; after pulling both -200s up: 0.0945, -1.29
        double[] x = {-200, -200, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, NA, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20};
        TreatmentReport r = Treatment.coinr().apply(x);
        assertEquals(-3.01288, r.before().skewness(), 1e-5);
        assertEquals(7.902751, r.before().kurtosis(), 1e-6);
        assertEquals(TreatmentOutcome.WINSORISED, r.outcome());
        assertEquals(2, r.winsorisedCount());
        assertEquals(0.09449573, r.after().skewness(), 1e-8);
        for (WinsorisedPoint p : r.points()) {
            assertFalse(p.high());
            assertEquals(-200, p.original());
            assertEquals(1, p.treated());
        }
        assertTrue(Double.isNaN(r.values()[12]));
    }

    @Test
    void fallbackTransformOnTheOriginalOrCombined() {
        double[] x = {1, 1, 1, 1, 2, 2, 2, 3, 3, 4, 5, 8, 13, 40, 90, 200, 1000};
        TreatmentReport r = Treatment.coinr().withWinsorisationLimit(1).apply(x);
        assertEquals(TreatmentOutcome.TRANSFORMED, r.outcome());
        double a = 0.01 * (1000 - 1);
        assertEquals(Math.log(13 - 1 + a), r.values()[12], 1e-15);
        assertEquals(1, r.winsorisedCount());
        assertFalse(r.afterWinsorising().passes());
        TreatmentReport c = Treatment.coinr().withWinsorisationLimit(1).withCombined(true).apply(x);
        assertEquals(TreatmentOutcome.WINSORISED_AND_TRANSFORMED, c.outcome());
        double a2 = 0.01 * (200 - 1);
        assertEquals(Math.log(200 - 1 + a2), c.values()[16], 1e-15);
        TreatmentReport none = Treatment.coinr().withWinsorisationLimit(1).withFallback(null).apply(x);
        assertEquals(TreatmentOutcome.WINSORISED, none.outcome());
        assertFalse(none.after().passes());
    }

    @Test
    void forcedWinsorisationAndNoTreatment() {
        double[] x = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10};
        assertTrue(SkewKurt.of(x).passes());
        assertEquals(TreatmentOutcome.UNTREATED, Treatment.coinr().apply(x).outcome());
        TreatmentReport f = Treatment.coinr().withForcedWinsorisation(true).withWinsorisationLimit(2).apply(x);
        assertEquals(TreatmentOutcome.WINSORISED, f.outcome());
        assertEquals(2, f.winsorisedCount());
        TreatmentReport off = Treatment.none().apply(new double[] {1, 2, 3, 1000});
        assertEquals(TreatmentOutcome.DISABLED, off.outcome());
        assertArrayEquals(new double[] {1, 2, 3, 1000}, off.values());
    }

    @Test
    void undefinedStatisticsLeaveTheColumnUntreated() {
        assertEquals(TreatmentOutcome.UNTREATED, Treatment.coinr().apply(new double[] {1, 2, 100}).outcome());
        assertEquals(TreatmentOutcome.UNTREATED, Treatment.coinr().apply(new double[] {3, 3, 3, 3, 3}).outcome());
        assertTrue(Double.isNaN(SkewKurt.of(new double[] {3, 3, 3, 3}).skewness()));
    }

    @Test
    void transformsByFormula() {
        double[] x = {2, 4, NA, 12};
        double a = 0.01 * 10;
        assertArrayEquals(new double[] {Math.log(a), Math.log(2 + a), NA, Math.log(10 + a)},
                Transform.logCT().apply(x), 1e-15);
        assertArrayEquals(new double[] {0, Math.log(3), NA, Math.log(11)},
                Transform.logCTOriginal().apply(x), 1e-15);
        // positive skew → log_CT; negative skew → −ln(max + a − x)
        assertArrayEquals(Transform.logCT().apply(x), Transform.logCTPlus().apply(x), 1e-15);
        double[] neg = {-12, -4, -2, -2};
        assertArrayEquals(new double[] {-Math.log(-2 + a + 12), -Math.log(2 + a), -Math.log(a), -Math.log(a)},
                Transform.logCTPlus().apply(neg), 1e-15);
        assertArrayEquals(new double[] {Math.log(11.0 * 0 / 10 + 1), Math.log(11.0 * 2 / 10 + 1), NA,
            Math.log(12)}, Transform.logGII().apply(x), 1e-15);
        assertArrayEquals(new double[] {0, 4, NA, 60}, Transform.boxCox(2).apply(x), 1e-12);
        assertArrayEquals(new double[] {0, Math.log(3), NA, Math.log(11)}, Transform.boxCox(0).apply(x), 1e-15);
        assertArrayEquals(new double[] {1.5, 7.5, NA, 71.5}, Transform.boxCox(2, false).apply(x), 1e-12);
        assertThrows(IllegalArgumentException.class, () -> Transform.boxCox(1, false).apply(new double[] {1, 0}));
        assertEquals(Transform.logCT(), Transform.logCT());
    }

    @Test
    void inputNotModifiedAndBadOptionsRejected() {
        double[] x = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 30, 100};
        double[] copy = x.clone();
        Treatment.coinr().apply(x);
        assertArrayEquals(copy, x);
        assertThrows(IllegalArgumentException.class, () -> Treatment.coinr().withWinsorisationLimit(-1));
        assertThrows(IllegalArgumentException.class, () -> Treatment.coinr().withThresholds(0, 3.5));
        assertThrows(IllegalArgumentException.class, () -> Treatment.coinr().apply(null));
    }
}
