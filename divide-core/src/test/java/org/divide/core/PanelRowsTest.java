package org.divide.core;

import static org.divide.core.PanelTest.assertRejects;
import static org.divide.core.PanelTest.sample;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class PanelRowsTest {

    private static final long SEED = 20_261_128L;

    @Test
    void toRowsListsPresentCellsByIndicatorYearEconomy() {
        List<Panel.Row> rows = sample().toRows();
        assertEquals(11, rows.size());
        assertEquals(new Panel.Row("KEN", "SP.POP.TOTL", 2019, 50.95), rows.get(0));
        assertEquals(new Panel.Row("IND", "SP.POP.TOTL", 2020, 1396.4), rows.get(5));
        assertEquals(new Panel.Row("USA", "IT.NET.BBND.P2", 2020, 36.4), rows.get(10));
        assertThrows(UnsupportedOperationException.class, () -> rows.remove(0));
    }

    @Test
    void fromRowsCreatesPlainEconomiesAndIndicatorsInFirstSeenOrder() {
        Panel p = Panel.fromRows(List.of(new Panel.Row("USA", "GDP", 2021, 3), new Panel.Row("KEN", "POP", 2020, 1),
                new Panel.Row("KEN", "GDP", 2019, Double.NaN)));
        assertEquals(List.of(Economy.of("USA", "USA"), Economy.of("KEN", "KEN")), p.economies());
        assertEquals(List.of(Indicator.of("GDP"), Indicator.of("POP")), p.indicators());
        assertArrayEquals(new int[] {2019, 2020, 2021}, p.years());
        assertEquals(2, p.valueCount());
    }

    @Test
    void fromRowsRejectsConflictingDuplicates() {
        List<Panel.Row> rows = List.of(new Panel.Row("KEN", "POP", 2020, 1), new Panel.Row("KEN", "POP", 2020, 2));
        assertRejects(() -> Panel.fromRows(rows), "(KEN, POP, 2020)", "1.0", "2.0");
        assertEquals(1, Panel.fromRows(List.of(rows.get(0), rows.get(0))).valueCount());
    }

    @Test
    void rowsRoundTripOnSeededRandomPanels() {
        Random random = new Random(SEED);
        for (int run = 0; run < 200; run++) {
            Panel p = randomPanel(random);
            List<Panel.Row> rows = p.toRows();
            assertEquals(p.valueCount(), rows.size());
            Panel back = Panel.fromRows(rows);
            assertEquals(p, back, "run " + run);
            assertEquals(p.hashCode(), back.hashCode());
            List<Panel.Row> shuffled = new ArrayList<>(rows);
            Collections.shuffle(shuffled, random);
            assertEquals(rows, Panel.fromRows(shuffled).selectEconomies(codes(p)).selectIndicators(indicatorCodes(p))
                    .toRows(), "row order does not matter up to the order of economies and indicators");
        }
    }

    @Test
    void viewsAgreeWithCellsOnSeededRandomPanels() {
        Random random = new Random(SEED + 1);
        for (int run = 0; run < 100; run++) {
            Panel p = randomPanel(random);
            List<String> economies = new ArrayList<>(codes(p));
            Collections.shuffle(economies, random);
            List<String> picked = economies.subList(0, 1 + random.nextInt(economies.size()));
            int[] years = p.years();
            int year = years[random.nextInt(years.length)];
            Panel view = p.selectEconomies(picked).crossSection(year);
            for (String e : picked) {
                for (Indicator i : p.indicators()) {
                    assertEquals(p.value(e, i.code(), year), view.value(e, i.code(), year));
                }
            }
            List<String> rest = economies.subList(picked.size(), economies.size());
            Panel rejoined = p.selectEconomies(picked).join(p.selectEconomies(rest));
            assertEquals(p.selectEconomies(economies), rejoined, "run " + run);
            assertEquals(p, p.join(p));
        }
    }

    /**
     * A panel of plain economies and indicators, about a third of its cells missing; the first
     * indicator-year is complete and every indicator and year holds a value, so that rows carry
     * the whole panel, orders included.
     */
    static Panel randomPanel(Random random) {
        int economies = 1 + random.nextInt(12);
        int indicators = 1 + random.nextInt(5);
        int[] years = IntStream.iterate(1990 + random.nextInt(20), y -> y + 1 + random.nextInt(3))
                .limit(1 + random.nextInt(6)).toArray();
        Panel.Builder b = Panel.builder();
        for (int e = 0; e < economies; e++) {
            String code = "E" + random.nextInt(1000) + "_" + e;
            b.addEconomy(Economy.of(code, code));
        }
        for (int i = 0; i < indicators; i++) {
            b.addIndicator(Indicator.of("I" + i + "." + random.nextInt(100)));
        }
        Panel shape = b.build();
        for (int i = 0; i < indicators; i++) {
            for (int y = 0; y < years.length; y++) {
                double[] column = new double[economies];
                for (int e = 0; e < economies; e++) {
                    boolean required = (i == 0 && y == 0) || (i == 0 && e == 0) || (y == 0 && e == 0);
                    column[e] = required || random.nextDouble() > 0.35 ? random.nextGaussian() * 100 : Double.NaN;
                }
                b.putColumn(shape.indicators().get(i).code(), years[y], column);
            }
        }
        Panel p = b.build();
        assertTrue(p.countPresent(p.indicators().get(0).code(), years[0]) == economies);
        return p;
    }

    private static List<String> codes(Panel p) {
        return p.economies().stream().map(Economy::code).toList();
    }

    private static List<String> indicatorCodes(Panel p) {
        return p.indicators().stream().map(Indicator::code).toList();
    }
}
