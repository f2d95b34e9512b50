package org.divide.metrics.overtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.divide.core.Economy;
import org.divide.core.Indicator;
import org.divide.core.Panel;
import org.divide.core.spec.ImputeMethod;
import org.junit.jupiter.api.Test;

/**
 * COINr's {@code impute_panel} semantics on a small case: one series with gaps at the start, in
 * the middle and at the end, filled by "latest" (with and without {@code max_time}), "constant"
 * and "linear"; the year each value came from (COINr's {@code DataT}).
 */
class PanelFillTest {

    static final int[] YEARS = {2016, 2017, 2018, 2019, 2020, 2021};
    static final double N = Double.NaN;

    static Panel series(double... x) {
        Panel.Builder b = Panel.builder().addEconomy(Economy.of("AAA", "A")).addEconomy(Economy.of("BBB", "B"))
                .addIndicator(Indicator.of("X"));
        for (int t = 0; t < YEARS.length; t++) {
            b.put("AAA", "X", YEARS[t], x[t]);
            b.put("BBB", "X", YEARS[t], t + 1);
        }
        return b.build();
    }

    static double[] filled(PanelFill f) {
        double[] out = new double[YEARS.length];
        for (int t = 0; t < YEARS.length; t++) {
            out[t] = f.panel().value("AAA", "X", YEARS[t]);
        }
        return out;
    }

    static void assertSeries(double[] want, double[] got) {
        for (int t = 0; t < want.length; t++) {
            assertEquals(want[t], got[t], 1e-12, "year " + YEARS[t]);
        }
    }

    @Test
    void latestCarriesForwardOnly() {
        PanelFill f = PanelFill.of(series(N, 1, N, N, 4, N), List.of("X"), ImputeMethod.lastObservation());
        assertSeries(new double[] {N, 1, 1, 1, 4, 4}, filled(f));
        assertEquals(List.of(new PanelFill.Cell("AAA", "X", 2018, 1, "2017"), new PanelFill.Cell("AAA", "X", 2019, 1,
                "2017"), new PanelFill.Cell("AAA", "X", 2021, 4, "2020")), f.filled());
        assertEquals("latest", f.methodName());
        // the complete series of BBB is untouched
        assertEquals(3, f.panel().value("BBB", "X", 2018), 0.0);
    }

    @Test
    void maxTimeLimitsHowFarBackLatestLooks() {
        PanelFill f = PanelFill.of(series(N, 1, N, N, 4, N), List.of("X"), new ImputeMethod.LastObservation(1));
        assertSeries(new double[] {N, 1, 1, N, 4, 4}, filled(f));
        assertEquals("latest (max_time 1)", f.methodName());
    }

    @Test
    void constantAlsoCarriesTheFirstObservationBackward() {
        PanelFill f = PanelFill.of(series(N, 1, N, N, 4, N), List.of("X"), new ImputeMethod.Constant());
        assertSeries(new double[] {1, 1, 1, 1, 4, 4}, filled(f));
        assertEquals("2017", f.filled().get(0).from());
    }

    @Test
    void linearInterpolatesWithFlatEnds() {
        PanelFill f = PanelFill.of(series(N, 1, N, N, 4, N), List.of("X"), new ImputeMethod.Linear());
        assertSeries(new double[] {1, 1, 2, 3, 4, 4}, filled(f));
        assertEquals("2017–2020", f.filled().get(1).from());
        assertEquals("2020", f.filled().get(3).from());
    }

    @Test
    void anEmptySeriesStaysEmptyAndAnUnknownIndicatorIsAnError() {
        PanelFill f = PanelFill.of(series(N, N, N, N, N, N), List.of("X"), new ImputeMethod.Constant());
        assertTrue(f.filled().isEmpty());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> PanelFill.of(series(N, 1, N, N, 4, N), List.of("Y"), new ImputeMethod.Constant()));
        assertEquals("panel imputation: the panel has no indicator Y", e.getMessage());
    }
}
