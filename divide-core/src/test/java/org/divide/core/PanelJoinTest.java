package org.divide.core;

import static org.divide.core.PanelTest.BB;
import static org.divide.core.PanelTest.IND;
import static org.divide.core.PanelTest.KEN;
import static org.divide.core.PanelTest.POP;
import static org.divide.core.PanelTest.USA;
import static org.divide.core.PanelTest.assertRejects;
import static org.divide.core.PanelTest.sample;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class PanelJoinTest {

    static final Indicator GDP = Indicator.of("NY.GDP.PCAP.CD");
    static final Economy FRA = Economy.of("FRA", "France");

    @Test
    void joinsOnEconomyAndYear() {
        Panel left = Panel.builder().put(KEN, POP, 2020, 52).put(USA, POP, 2020, 331).build();
        Panel right = Panel.builder().put(FRA, GDP, 2019, 40_000).put(USA, GDP, 2020, 63_000).build();
        Panel joined = left.join(right);
        assertEquals(List.of(KEN, USA, FRA), joined.economies());
        assertEquals(List.of(POP, GDP), joined.indicators());
        assertArrayEquals(new int[] {2019, 2020}, joined.years());
        assertArrayEquals(new double[] {52, 331, Double.NaN}, joined.column("SP.POP.TOTL", 2020));
        assertArrayEquals(new double[] {Double.NaN, 63_000, Double.NaN}, joined.column("NY.GDP.PCAP.CD", 2020));
        assertArrayEquals(new double[] {Double.NaN, Double.NaN, 40_000}, joined.column("NY.GDP.PCAP.CD", 2019));
        assertEquals(4, joined.valueCount());
    }

    @Test
    void agreeingAndMissingOverlapsAreNotConflicts() {
        Panel p = sample();
        assertEquals(p, p.join(p));
        Panel filler = Panel.builder().put(IND, BB, 2020, 1.7).put(KEN, BB, 2020, 1.1).build();
        Panel joined = p.join(filler);
        assertEquals(1.7, joined.value("IND", "IT.NET.BBND.P2", 2020));
        assertEquals(p.toBuilder().put("IND", "IT.NET.BBND.P2", 2020, 1.7).build(), joined);
        assertEquals(joined, joined.join(p));
    }

    @Test
    void rejectsConflictingValuesNamingCellAndBothValues() {
        Panel other = Panel.builder().put(USA, POP, 2019, 328.2).build();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> sample().join(other));
        assertEquals("conflicting values in join for (USA, SP.POP.TOTL, 2019): 328.3 and 328.2", e.getMessage());
    }

    @Test
    void rejectsConflictingDefinitions() {
        Panel renamed = Panel.builder().put(Economy.of("KEN", "Kenia"), GDP, 2020, 1).build();
        assertRejects(() -> sample().join(renamed), "economy", "KEN", "Kenia");
        Panel redirected = Panel.builder().put(FRA, BB.withDirection(Direction.NEGATIVE), 2020, 1).build();
        assertRejects(() -> sample().join(redirected), "indicator", "IT.NET.BBND.P2", "NEGATIVE");
    }

    @Test
    void splittingAlongAnyAxisAndJoiningGivesThePanelBack() {
        Panel p = sample();
        assertEquals(p, p.selectEconomies(List.of("KEN", "USA")).join(p.selectEconomies(List.of("IND"))));
        assertEquals(p, p.selectIndicators(List.of("SP.POP.TOTL")).join(p.selectIndicators(List.of("IT.NET.BBND.P2"))));
        assertEquals(p, p.crossSection(2020).join(p.crossSection(2019)));
    }
}
