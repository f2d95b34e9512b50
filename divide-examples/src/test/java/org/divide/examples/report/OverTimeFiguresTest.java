package org.divide.examples.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.Map;

import org.divide.core.Direction;
import org.divide.core.Economy;
import org.divide.core.Framework;
import org.divide.core.Framework.Node;
import org.divide.core.Grouping;
import org.divide.core.Indicator;
import org.divide.core.Panel;
import org.divide.core.spec.IndexSpec;
import org.junit.jupiter.api.Test;

/**
 * The report's index over time by group on a panel small enough to compute by hand: one
 * indicator, min-max over both years pooled, five economies in two groups; medians and quartiles
 * are R's type 7.
 */
class OverTimeFiguresTest {

    static Panel panel(boolean twoYears) {
        Panel.Builder b = Panel.builder();
        for (String e : List.of("AAA", "BBB", "CCC", "DDD", "EEE")) {
            b.addEconomy(Economy.of(e, e));
        }
        b.addIndicator(Indicator.of("X"));
        b.putColumn("X", 2020, new double[] {0, 10, 20, 30, 40});
        if (twoYears) {
            b.putColumn("X", 2021, new double[] {20, 30, 60, 80, 100});
        }
        return b.build();
    }

    static final Framework FRAMEWORK = Framework.of(List.of(Node.aggregate("I", "Index", null, 2, 1),
            Node.indicator("X", "X", "I", 1, Direction.POSITIVE)));

    @Test
    void mediansAndQuartilesPerGroupAndYear() {
        Grouping g = Grouping.of("size", Map.of("AAA", "Small", "BBB", "Small", "CCC", "Large", "DDD", "Large",
                "EEE", "Large"));
        OverTimeFigures f = OverTimeFigures.of(IndexSpec.plain(FRAMEWORK), panel(true), List.of(), g);
        assertArrayEquals(new int[] {2020, 2021}, f.years());
        // pooled min 0, max 100: scores are the values
        OverTimeFigures.GroupLine large = f.groups().stream().filter(l -> l.label().equals("Large")).findFirst()
                .orElseThrow();
        assertArrayEquals(new double[] {30, 80}, large.median(), 1e-12);
        assertArrayEquals(new double[] {25, 70}, large.q1(), 1e-12);
        assertArrayEquals(new double[] {35, 90}, large.q3(), 1e-12);
        assertArrayEquals(new int[] {3, 3}, large.n());
        OverTimeFigures.GroupLine small = f.groups().stream().filter(l -> l.label().equals("Small")).findFirst()
                .orElseThrow();
        assertArrayEquals(new double[] {5, 25}, small.median(), 1e-12);
        assertArrayEquals(new double[] {2.5, 22.5}, small.q1(), 1e-12);
        assertEquals("Index", f.index());
        assertEquals(List.of(), f.treated());
    }

    @Test
    void oneLineWithoutAGroupingAndNoneWithOneYear() {
        OverTimeFigures f = OverTimeFigures.of(IndexSpec.plain(FRAMEWORK), panel(true), List.of(), null);
        assertEquals(1, f.groups().size());
        assertEquals(OverTimeFigures.ALL, f.groups().get(0).label());
        assertArrayEquals(new double[] {20, 60}, f.groups().get(0).median(), 1e-12);
        assertNull(OverTimeFigures.of(IndexSpec.plain(FRAMEWORK), panel(false), List.of(), null));
    }
}
