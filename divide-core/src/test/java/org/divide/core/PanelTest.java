package org.divide.core;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

class PanelTest {

    static final Economy KEN = Economy.of("KEN", "Kenya");
    static final Economy USA = Economy.of("USA", "United States");
    static final Economy IND = Economy.of("IND", "India");
    static final Indicator POP = new Indicator("SP.POP.TOTL", "Population, total", "people", Direction.POSITIVE,
            "World Bank WDI");
    static final Indicator BB = Indicator.of("IT.NET.BBND.P2");

    /** KEN, USA, IND × POP, BB × 2019, 2020; BB of IND in 2020 missing. */
    static Panel sample() {
        return Panel.builder().addEconomy(KEN).addEconomy(USA).addEconomy(IND).addIndicator(POP).addIndicator(BB)
                .put("USA", "SP.POP.TOTL", 2020, 331.5).put("KEN", "SP.POP.TOTL", 2020, 51.99)
                .put("IND", "SP.POP.TOTL", 2020, 1396.4).put("KEN", "SP.POP.TOTL", 2019, 50.95)
                .put("USA", "SP.POP.TOTL", 2019, 328.3).put("IND", "SP.POP.TOTL", 2019, 1383.1)
                .put("KEN", "IT.NET.BBND.P2", 2019, 0.8).put("USA", "IT.NET.BBND.P2", 2019, 34.7)
                .put("IND", "IT.NET.BBND.P2", 2019, 1.4).put("KEN", "IT.NET.BBND.P2", 2020, 1.1)
                .put("USA", "IT.NET.BBND.P2", 2020, 36.4).build();
    }

    static void assertRejects(Executable call, String... fragments) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, call);
        for (String f : fragments) {
            assertTrue(e.getMessage().contains(f), () -> "'" + e.getMessage() + "' lacks '" + f + "'");
        }
    }

    @Test
    void keepsInsertionOrderOfEconomiesAndIndicatorsAndSortsYears() {
        Panel p = sample();
        assertEquals(List.of(KEN, USA, IND), p.economies());
        assertEquals(List.of(POP, BB), p.indicators());
        assertArrayEquals(new int[] {2019, 2020}, p.years());
        assertEquals(3, p.economyCount());
        assertEquals(2, p.indicatorCount());
        assertEquals(2, p.yearCount());
        assertEquals(11, p.valueCount());
        assertFalse(p.isEmpty());
    }

    @Test
    void looksUpCellsAndPositions() {
        Panel p = sample();
        assertEquals(51.99, p.value("KEN", "SP.POP.TOTL", 2020));
        assertTrue(Double.isNaN(p.value("IND", "IT.NET.BBND.P2", 2020)));
        assertEquals(34.7, p.value(1, 1, 0));
        assertEquals(1, p.economyIndex("USA"));
        assertEquals(-1, p.economyIndex("FRA"));
        assertEquals(1, p.indicatorIndex("IT.NET.BBND.P2"));
        assertEquals(-1, p.indicatorIndex("NY.GDP.PCAP.CD"));
        assertEquals(1, p.yearIndex(2020));
        assertEquals(-1, p.yearIndex(2021));
        assertEquals(USA, p.economy("USA"));
        assertEquals(POP, p.indicator("SP.POP.TOTL"));
        assertArrayEquals(new double[] {1.1, 36.4, Double.NaN}, p.column("IT.NET.BBND.P2", 2020));
        assertArrayEquals(new double[] {50.95, 328.3, 1383.1}, p.column(0, 0));
        assertEquals(2, p.countPresent("IT.NET.BBND.P2", 2020));
        assertEquals(3, p.countPresent("SP.POP.TOTL", 2020));
    }

    @Test
    void rejectsUnknownKeysByName() {
        Panel p = sample();
        assertRejects(() -> p.value("FRA", "SP.POP.TOTL", 2020), "economy", "FRA");
        assertRejects(() -> p.value("KEN", "GDP", 2020), "indicator", "GDP");
        assertRejects(() -> p.value("KEN", "SP.POP.TOTL", 1999), "year", "1999");
        assertRejects(() -> p.column("GDP", 2020), "GDP");
        assertRejects(() -> p.column("SP.POP.TOTL", 2021), "2021");
        assertRejects(() -> p.countPresent("GDP", 2020), "GDP");
        assertRejects(() -> p.economy("FRA"), "FRA");
        assertRejects(() -> p.indicator("GDP"), "GDP");
        assertThrows(IndexOutOfBoundsException.class, () -> p.value(3, 0, 0));
        assertThrows(IndexOutOfBoundsException.class, () -> p.value(0, 2, 0));
        assertThrows(IndexOutOfBoundsException.class, () -> p.column(0, 2));
    }

    @Test
    void returnedArraysAndListsDoNotExposeState() {
        Panel p = sample();
        p.years()[0] = 1900;
        p.column("SP.POP.TOTL", 2020)[0] = -1;
        p.column(1, 1)[2] = 5;
        assertArrayEquals(new int[] {2019, 2020}, p.years());
        assertEquals(51.99, p.value("KEN", "SP.POP.TOTL", 2020));
        assertTrue(Double.isNaN(p.value("IND", "IT.NET.BBND.P2", 2020)));
        assertThrows(UnsupportedOperationException.class, () -> p.economies().add(KEN));
        assertThrows(UnsupportedOperationException.class, () -> p.indicators().clear());
        assertEquals(sample(), p);
    }

    @Test
    void latestYearHonoursCoverage() {
        Panel p = sample();
        assertEquals(OptionalInt.of(2019), p.latestYear("IT.NET.BBND.P2", 1.0));
        assertEquals(OptionalInt.of(2020), p.latestYear("IT.NET.BBND.P2", 2.0 / 3));
        assertEquals(OptionalInt.of(2020), p.latestYear("SP.POP.TOTL", 1.0));
        Panel sparse = Panel.builder().put(KEN, BB, 2018, 1).put(USA, BB, 2019, 2).addYear(2020).build();
        assertEquals(OptionalInt.of(2019), sparse.latestYear("IT.NET.BBND.P2", 0));
        assertEquals(OptionalInt.empty(), sparse.latestYear("IT.NET.BBND.P2", 1));
        assertRejects(() -> p.latestYear("IT.NET.BBND.P2", 1.5), "minCoverage", "1.5");
        assertRejects(() -> p.latestYear("IT.NET.BBND.P2", Double.NaN), "minCoverage", "NaN");
        assertRejects(() -> p.latestYear("GDP", 1), "GDP");
    }

    @Test
    void emptyPanels() {
        Panel none = Panel.builder().build();
        assertTrue(none.isEmpty());
        assertEquals(0, none.economyCount());
        assertEquals(0, none.years().length);
        assertEquals(List.of(), none.toRows());
        Panel allMissing = Panel.builder().put(KEN, BB, 2020, Double.NaN).build();
        assertTrue(allMissing.isEmpty());
        assertEquals(1, allMissing.economyCount());
        assertArrayEquals(new int[] {2020}, allMissing.years());
        assertArrayEquals(new double[] {Double.NaN}, allMissing.column("IT.NET.BBND.P2", 2020));
        assertEquals(0, allMissing.valueCount());
    }

    @Test
    void crossSectionKeepsOneYear() {
        Panel cs = sample().crossSection(2020);
        assertArrayEquals(new int[] {2020}, cs.years());
        assertEquals(sample().economies(), cs.economies());
        assertArrayEquals(sample().column("IT.NET.BBND.P2", 2020), cs.column("IT.NET.BBND.P2", 2020));
        assertRejects(() -> sample().crossSection(2021), "year", "2021");
    }

    @Test
    void selectionsFollowTheArgumentOrder() {
        Panel p = sample();
        Panel e = p.selectEconomies(List.of("IND", "KEN"));
        assertEquals(List.of(IND, KEN), e.economies());
        assertArrayEquals(new double[] {Double.NaN, 1.1}, e.column("IT.NET.BBND.P2", 2020));
        assertEquals(p.indicators(), e.indicators());
        assertArrayEquals(p.years(), e.years());

        Panel i = p.selectIndicators(List.of("IT.NET.BBND.P2", "SP.POP.TOTL"));
        assertEquals(List.of(BB, POP), i.indicators());
        assertArrayEquals(p.column("SP.POP.TOTL", 2019), i.column("SP.POP.TOTL", 2019));
        assertArrayEquals(p.column("IT.NET.BBND.P2", 2020), i.column(0, 1));

        Panel y = p.selectYears(List.of(2020, 2019));
        assertArrayEquals(new int[] {2019, 2020}, y.years());
        assertEquals(p, y);
        assertEquals(p, p.selectEconomies(List.of("USA", "IND", "KEN")).selectEconomies(List.of("KEN", "USA", "IND")));
    }

    @Test
    void selectionsRejectUnknownAndRepeatedKeys() {
        Panel p = sample();
        assertRejects(() -> p.selectEconomies(List.of("KEN", "FRA")), "economy", "FRA");
        assertRejects(() -> p.selectEconomies(List.of("KEN", "KEN")), "repeats", "KEN");
        assertRejects(() -> p.selectIndicators(List.of("GDP")), "indicator", "GDP");
        assertRejects(() -> p.selectYears(List.of(2019, 2021)), "year", "2021");
        assertRejects(() -> p.selectYears(List.of(2019, 2019)), "repeats", "2019");
        assertRejects(() -> p.selectEconomies(java.util.Arrays.asList("KEN", null)), "null");
    }

    @Test
    void emptySelectionsAreEmptyPanels() {
        Panel p = sample();
        Panel noEconomies = p.selectEconomies(List.of());
        assertEquals(0, noEconomies.economyCount());
        assertTrue(noEconomies.isEmpty());
        assertEquals(OptionalInt.empty(), noEconomies.latestYear("SP.POP.TOTL", 0));
        assertEquals(0, p.selectIndicators(List.of()).indicatorCount());
        assertEquals(0, p.selectYears(List.of()).yearCount());
    }

    @Test
    void selectingEconomiesWithoutValuesGivesTheSamePanelAsBuildingIt() {
        Panel p = sample().selectEconomies(List.of("IND")).selectYears(List.of(2020));
        Panel built = Panel.builder().addEconomy(IND).addIndicator(POP).addIndicator(BB)
                .put("IND", "SP.POP.TOTL", 2020, 1396.4).build();
        assertEquals(built, p);
        assertEquals(built.hashCode(), p.hashCode());
    }

    @Test
    void equalityAndText() {
        Panel p = sample();
        assertEquals(p, sample());
        assertEquals(p.hashCode(), sample().hashCode());
        assertNotEquals(p, p.selectEconomies(List.of("USA", "KEN", "IND")));
        assertNotEquals(p, p.selectYears(List.of(2020)));
        assertNotEquals(p, p.toBuilder().put("IND", "IT.NET.BBND.P2", 2020, 1.7).build());
        assertNotEquals(p, "a panel");
        assertEquals("Panel[economies=3, indicators=2, years=2 (2019..2020), values=11]", p.toString());
        assertEquals("Panel[economies=0, indicators=0, years=0, values=0]", Panel.builder().build().toString());
    }

    @Test
    void equalsTellsMissingFromZeroAndTreatsNaNsAlike() {
        Panel zero = Panel.builder().put(KEN, BB, 2020, 0.0).build();
        Panel missing = Panel.builder().put(KEN, BB, 2020, Double.NaN).build();
        assertNotEquals(zero, missing);
        Panel otherNaN = Panel.builder().put(KEN, BB, 2020, Double.longBitsToDouble(0x7ff8000000000123L)).build();
        assertEquals(missing, otherNaN);
    }

    @Test
    void toBuilderCarriesEverythingAndStillRejectsConflicts() {
        Panel p = sample();
        Panel more = p.toBuilder().put("IND", "IT.NET.BBND.P2", 2020, 1.7).build();
        assertEquals(1.7, more.value("IND", "IT.NET.BBND.P2", 2020));
        assertEquals(12, more.valueCount());
        assertEquals(p, p.toBuilder().build());
        assertEquals(51.99, p.value("KEN", "SP.POP.TOTL", 2020));
        assertTrue(Double.isNaN(p.value("IND", "IT.NET.BBND.P2", 2020)), "the original panel is untouched");
        assertRejects(() -> p.toBuilder().put("KEN", "SP.POP.TOTL", 2020, 52.0), "(KEN, SP.POP.TOTL, 2020)",
                "51.99", "52.0");
    }
}
