package org.divide.core;

import static org.divide.core.PanelTest.BB;
import static org.divide.core.PanelTest.KEN;
import static org.divide.core.PanelTest.POP;
import static org.divide.core.PanelTest.USA;
import static org.divide.core.PanelTest.assertRejects;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class PanelBuilderTest {

    @Test
    void rejectsADuplicateCellWithAnotherValueNamingCellAndValues() {
        Panel.Builder b = Panel.builder().addEconomy(KEN).addIndicator(POP).put("KEN", "SP.POP.TOTL", 2020, 1.0);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> b.put("KEN", "SP.POP.TOTL", 2020, 2.0));
        assertEquals("duplicate value for (KEN, SP.POP.TOTL, 2020): 1.0 and 2.0", e.getMessage());
        assertEquals(1.0, b.build().value("KEN", "SP.POP.TOTL", 2020), "the rejected value is not stored");
    }

    @Test
    void acceptsTheSameValueTwiceAndFillsMissingCells() {
        Panel p = Panel.builder().put(KEN, POP, 2020, 1.0).put(KEN, POP, 2020, 1.0)
                .put(KEN, POP, 2021, Double.NaN).put(KEN, POP, 2021, 3.0).put(KEN, POP, 2021, Double.NaN)
                .put(KEN, POP, 2022, 0.0).put(KEN, POP, 2022, -0.0).build();
        assertArrayEquals(new double[] {1.0}, p.column("SP.POP.TOTL", 2020));
        assertEquals(3.0, p.value("KEN", "SP.POP.TOTL", 2021));
        assertEquals(3, p.valueCount());
    }

    @Test
    void rejectsInfiniteValuesNamingTheCell() {
        Panel.Builder b = Panel.builder().addEconomy(KEN).addIndicator(POP);
        assertRejects(() -> b.put("KEN", "SP.POP.TOTL", 2020, Double.POSITIVE_INFINITY), "(KEN, SP.POP.TOTL, 2020)",
                "Infinity");
        assertRejects(() -> b.put(USA, BB, 2020, Double.NEGATIVE_INFINITY), "(USA, IT.NET.BBND.P2, 2020)",
                "-Infinity");
    }

    @Test
    void rejectsYearsOutOfRange() {
        Panel.Builder b = Panel.builder().addEconomy(KEN).addIndicator(POP);
        assertRejects(() -> b.put("KEN", "SP.POP.TOTL", 999, 1), "year", "999", "KEN");
        assertRejects(() -> b.put("KEN", "SP.POP.TOTL", 10_000, 1), "year", "10000");
        assertRejects(() -> b.addYear(-2020), "year", "-2020");
        Panel p = b.put("KEN", "SP.POP.TOTL", Panel.MIN_YEAR, 1).put("KEN", "SP.POP.TOTL", Panel.MAX_YEAR, 2).build();
        assertArrayEquals(new int[] {1000, 9999}, p.years());
    }

    @Test
    void rejectsUnknownCodesNamingThem() {
        Panel.Builder b = Panel.builder().addEconomy(KEN).addIndicator(POP);
        assertRejects(() -> b.put("FRA", "SP.POP.TOTL", 2020, 1), "economy", "FRA");
        assertRejects(() -> b.put("KEN", "GDP", 2020, 1), "indicator", "GDP");
        assertRejects(() -> b.putColumn("GDP", 2020, new double[1]), "indicator", "GDP");
    }

    @Test
    void acceptsARepeatedDefinitionButNotAConflictingOne() {
        Panel.Builder b = Panel.builder().addIndicator(POP).addIndicator(POP).addEconomy(KEN).addEconomy(KEN);
        assertRejects(() -> b.addIndicator(Indicator.of("SP.POP.TOTL")), "indicator", "SP.POP.TOTL");
        assertRejects(() -> b.addEconomy(Economy.of("KEN", "Kenya, Republic of")), "economy", "KEN",
                "Kenya, Republic of");
        assertRejects(() -> b.put(KEN, POP.withDirection(Direction.NEGATIVE), 2020, 1), "SP.POP.TOTL");
        Panel p = b.build();
        assertEquals(List.of(KEN), p.economies());
        assertEquals(List.of(POP), p.indicators());
    }

    @Test
    void putWithDefinitionsAddsThemInFirstUseOrder() {
        Panel p = Panel.builder().put(USA, BB, 2020, 1).put(KEN, POP, 2019, 2).put(USA, POP, 2021, 3).build();
        assertEquals(List.of(USA, KEN), p.economies());
        assertEquals(List.of(BB, POP), p.indicators());
        assertArrayEquals(new int[] {2019, 2020, 2021}, p.years());
    }

    @Test
    void addYearAddsAYearWithoutValues() {
        Panel p = Panel.builder().put(KEN, POP, 2020, 1).addYear(2015).addYear(2020).build();
        assertArrayEquals(new int[] {2015, 2020}, p.years());
        assertEquals(0, p.countPresent("SP.POP.TOTL", 2015));
    }

    @Test
    void putColumnFillsAnIndicatorYearAlignedWithEconomies() {
        double[] values = {1.5, Double.NaN};
        Panel.Builder b = Panel.builder().addEconomy(KEN).addEconomy(USA).addIndicator(BB).putColumn("IT.NET.BBND.P2",
                2020, values);
        values[0] = 99;
        Panel p = b.build();
        assertArrayEquals(new double[] {1.5, Double.NaN}, p.column("IT.NET.BBND.P2", 2020));
        assertRejects(() -> b.putColumn("IT.NET.BBND.P2", 2021, new double[3]), "3 values", "2 economies");
        assertRejects(() -> b.putColumn("IT.NET.BBND.P2", 2020, new double[] {2.5, 1}), "(KEN, IT.NET.BBND.P2, 2020)",
                "1.5", "2.5");
        assertRejects(() -> b.putColumn("IT.NET.BBND.P2", 2022, new double[] {1, Double.POSITIVE_INFINITY}),
                "(USA, IT.NET.BBND.P2, 2022)", "Infinity");
    }

    @Test
    void theBuilderGoesOnAfterBuildWithoutChangingBuiltPanels() {
        Panel.Builder b = Panel.builder().put(KEN, POP, 2020, 1);
        Panel first = b.build();
        b.put(USA, POP, 2020, 2).put(KEN, POP, 2021, 3);
        Panel second = b.build();
        assertEquals(1, first.economyCount());
        assertEquals(1, first.yearCount());
        assertEquals(1, first.valueCount());
        assertEquals(3, second.valueCount());
        assertEquals(1.0, second.value("KEN", "SP.POP.TOTL", 2020));
    }

    @Test
    void economiesAddedAfterAColumnWasStartedAreMissingThere() {
        Panel.Builder b = Panel.builder().put(KEN, POP, 2020, 1);
        for (int e = 0; e < 100; e++) {
            b.addEconomy(Economy.of("E" + e, "Economy " + e));
        }
        Panel p = b.put(Economy.of("E99", "Economy 99"), POP, 2020, 7).put(KEN, POP, 1990, 0).build();
        assertEquals(101, p.economyCount());
        double[] column = p.column("SP.POP.TOTL", 2020);
        assertEquals(1, column[0]);
        assertEquals(7, column[100]);
        assertEquals(2, p.countPresent("SP.POP.TOTL", 2020));
        assertTrue(Double.isNaN(column[50]));
        assertEquals(1, p.countPresent("SP.POP.TOTL", 1990));
    }

    @Test
    void rowsValidateTheirCodes() {
        assertRejects(() -> new Panel.Row(" ", "X", 2020, 1), "economy code", "blank");
        assertRejects(() -> new Panel.Row("KEN", null, 2020, 1), "indicator code", "null");
        assertRejects(() -> new Panel.Row("KEN ", "X", 2020, 1), "economy code", "white space");
    }
}
