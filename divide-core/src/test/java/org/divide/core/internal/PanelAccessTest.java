package org.divide.core.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.divide.core.Economy;
import org.divide.core.Indicator;
import org.divide.core.Panel;
import org.junit.jupiter.api.Test;

class PanelAccessTest {

    private static final List<Economy> ECONOMIES = List.of(Economy.of("AAA", "A"), Economy.of("BBB", "B"));
    private static final List<Indicator> INDICATORS = List.of(Indicator.of("X"), Indicator.of("Y"));

    @Test
    void anAdoptedPanelEqualsTheOneTheBuilderMakes() {
        double[][] columns = {{1, Double.NaN}, {Double.NaN, Double.NaN}, {3, 4}, null};
        Panel adopted = PanelAccess.adopt(ECONOMIES, INDICATORS, new int[] {2020, 2021}, columns);
        Panel built = Panel.builder().addEconomy(ECONOMIES.get(0)).addEconomy(ECONOMIES.get(1))
                .addIndicator(INDICATORS.get(0)).addIndicator(INDICATORS.get(1)).addYear(2021)
                .put("AAA", "X", 2020, 1).put("AAA", "Y", 2020, 3).put("BBB", "Y", 2020, 4).build();
        assertEquals(built, adopted);
        assertNull(columns[1], "a column of NaN only becomes null");
        assertArrayEquals(new int[] {2020, 2021}, adopted.years());
    }

    @Test
    void theChecksOfTheBuilderHold() {
        int[] years = {2020};
        assertThrows(IllegalArgumentException.class,
                () -> PanelAccess.adopt(ECONOMIES, INDICATORS, new int[] {2021, 2020}, new double[4][]));
        assertThrows(IllegalArgumentException.class,
                () -> PanelAccess.adopt(ECONOMIES, INDICATORS, new int[] {999}, new double[2][]));
        assertThrows(IllegalArgumentException.class,
                () -> PanelAccess.adopt(ECONOMIES, INDICATORS, years, new double[3][]));
        assertThrows(IllegalArgumentException.class,
                () -> PanelAccess.adopt(ECONOMIES, INDICATORS, years, new double[][] {{1}, null}));
        assertThrows(IllegalArgumentException.class, () -> PanelAccess.adopt(ECONOMIES, INDICATORS, years,
                new double[][] {{1, Double.POSITIVE_INFINITY}, null}));
        assertThrows(IllegalArgumentException.class, () -> PanelAccess.adopt(
                List.of(Economy.of("AAA", "A"), Economy.of("AAA", "A")), INDICATORS, years, new double[2][]));
        assertThrows(IllegalStateException.class, () -> PanelAccess.install((e, i, y, c, checked) -> null));
    }

    @Test
    void aCheckedAdoptionKeepsTheStructuralChecksAndTrustsTheValues() {
        double[][] columns = {{1, Double.NaN}, null, {3, 4}, null};
        Panel adopted = PanelAccess.adoptChecked(ECONOMIES, INDICATORS, new int[] {2020, 2021}, columns);
        assertEquals(PanelAccess.adopt(ECONOMIES, INDICATORS, new int[] {2020, 2021},
                new double[][] {{1, Double.NaN}, null, {3, 4}, null}), adopted);
        int[] years = {2020};
        assertThrows(IllegalArgumentException.class,
                () -> PanelAccess.adoptChecked(ECONOMIES, INDICATORS, new int[] {2021, 2020}, new double[4][]));
        assertThrows(IllegalArgumentException.class,
                () -> PanelAccess.adoptChecked(ECONOMIES, INDICATORS, years, new double[3][]));
        assertThrows(IllegalArgumentException.class,
                () -> PanelAccess.adoptChecked(ECONOMIES, INDICATORS, years, new double[][] {{1}, null}));
        assertThrows(IllegalArgumentException.class, () -> PanelAccess.adoptChecked(
                List.of(Economy.of("AAA", "A"), Economy.of("AAA", "A")), INDICATORS, years, new double[2][]));
    }
}
