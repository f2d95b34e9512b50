package org.divide.core;

import static org.divide.core.PanelTest.assertRejects;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class GroupingTest {

    static final Economy KEN = new Economy("KEN", "Kenya", Economy.Kind.CLASSIFIED, "KE", "404",
            "Sub-Saharan Africa", "SSF", "Lower middle income", "LM", "Blend");
    static final Economy USA = new Economy("USA", "United States", Economy.Kind.CLASSIFIED, "US", "840",
            "North America", "NAC", "High income", "H", null);
    static final Economy IND = new Economy("IND", "India", Economy.Kind.CLASSIFIED, "IN", "356", "South Asia",
            "SAS", "Lower middle income", "LM", "IBRD");
    static final Economy WLD = new Economy("WLD", "World", Economy.Kind.AGGREGATE, "1W", null, null, null, null,
            null, null);

    static Map<String, String> income() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("KEN", "LM");
        m.put("USA", "H");
        m.put("IND", "LM");
        return m;
    }

    @Test
    void mapsEconomiesToLabels() {
        Grouping g = Grouping.of("income", income());
        assertEquals("income", g.name());
        assertEquals(Optional.of("LM"), g.label("KEN"));
        assertEquals(Optional.empty(), g.label("FRA"));
        assertEquals(List.of("LM", "H"), g.labels(), "first-seen order");
        assertEquals(List.of("KEN", "IND"), g.members("LM"));
        assertEquals(List.of("USA"), g.members("H"));
        assertEquals(3, g.size());
        assertEquals(income(), g.asMap());
        assertEquals(List.of("KEN", "USA", "IND"), List.copyOf(g.asMap().keySet()));
        assertEquals("Grouping[income: 3 economies in 2 groups [LM, H]]", g.toString());
    }

    @Test
    void copiesItsInputAndExposesNothingMutable() {
        Map<String, String> source = income();
        Grouping g = Grouping.of("income", source);
        source.put("FRA", "H");
        source.put("KEN", "L");
        assertEquals(3, g.size());
        assertEquals(Optional.of("LM"), g.label("KEN"));
        assertThrows(UnsupportedOperationException.class, () -> g.asMap().put("FRA", "H"));
        assertThrows(UnsupportedOperationException.class, () -> g.labels().add("L"));
        assertThrows(UnsupportedOperationException.class, () -> g.members("H").clear());
    }

    @Test
    void labelsEconomiesWithAFunctionSkippingNull() {
        Grouping g = Grouping.by("region", List.of(WLD, KEN, USA, IND), Economy::regionCode);
        assertEquals(List.of("SSF", "NAC", "SAS"), g.labels());
        assertEquals(3, g.size());
        assertEquals(Optional.empty(), g.label("WLD"), "aggregates have no region");
        assertEquals(Grouping.of("income", income()), Grouping.by("income", List.of(KEN, USA, IND),
                Economy::incomeCode));
    }

    @Test
    void alignsLabelPositionsWithAListOfEconomies() {
        Grouping g = Grouping.by("income", List.of(KEN, USA, IND), Economy::incomeCode);
        assertArrayEquals(new int[] {1, -1, 0, 0}, g.labelIndices(List.of(USA, WLD, IND, KEN)));
        Panel panel = Panel.builder().addEconomy(IND).addEconomy(USA).build();
        assertArrayEquals(new int[] {0, 1}, g.labelIndices(panel.economies()));
        assertArrayEquals(new int[] {1, 0}, g.withLabelOrder(List.of("H", "LM")).labelIndices(panel.economies()));
    }

    @Test
    void reordersLabels() {
        Grouping g = Grouping.of("income", income());
        Grouping ordered = g.withLabelOrder(List.of("H", "LM"));
        assertEquals(List.of("H", "LM"), ordered.labels());
        assertEquals(g.asMap(), ordered.asMap());
        assertNotEquals(g, ordered);
        assertRejects(() -> g.withLabelOrder(List.of("H")), "not a permutation", "[LM, H]");
        assertRejects(() -> g.withLabelOrder(List.of("H", "H")), "not a permutation");
        assertRejects(() -> g.withLabelOrder(List.of("H", "L")), "not a permutation");
    }

    @Test
    void rejectsBlankNamesCodesAndLabels() {
        assertRejects(() -> Grouping.of(" ", income()), "grouping name", "blank");
        assertRejects(() -> Grouping.of("income", Map.of("KEN", " ")), "label of economy KEN", "blank");
        Map<String, String> nullLabel = new HashMap<>();
        nullLabel.put("KEN", null);
        assertRejects(() -> Grouping.of("income", nullLabel), "label of economy KEN", "null");
        assertRejects(() -> Grouping.of("income", Map.of("", "H")), "economy code", "blank");
        assertRejects(() -> Grouping.by("income", List.of(KEN, USA, KEN), Economy::incomeCode), "KEN", "repeats");
        assertRejects(() -> Grouping.by("income", List.of(KEN), e -> ""), "label of economy KEN", "blank");
        assertRejects(() -> Grouping.of("income", income()).members("L"), "label", "L");
    }

    @Test
    void equalityIgnoresEconomyOrderButNotLabelOrder() {
        Map<String, String> reversed = new LinkedHashMap<>();
        reversed.put("USA", "H");
        reversed.put("KEN", "LM");
        reversed.put("IND", "LM");
        Grouping a = Grouping.of("income", income());
        Grouping b = Grouping.of("income", reversed);
        assertNotEquals(a, b, "label orders differ: [LM, H] and [H, LM]");
        assertEquals(a.withLabelOrder(List.of("H", "LM")), b);
        assertEquals(a.withLabelOrder(List.of("H", "LM")).hashCode(), b.hashCode());
        assertNotEquals(a, Grouping.of("income 2024", income()));
        assertEquals(0, Grouping.of("none", Map.of()).size());
    }
}
