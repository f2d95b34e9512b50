package org.divide.io.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.divide.core.Economy;
import org.divide.core.Indicator;
import org.divide.io.BadRecordPolicy;
import org.divide.io.EconomyResolver;
import org.divide.io.Location;
import org.divide.io.MalformedDataException;
import org.divide.io.ReadOptions;
import org.divide.io.ReadResult;
import org.divide.io.SkippedRecord;
import org.divide.io.UnmatchedEconomy;
import org.divide.io.UnmatchedPolicy;
import org.junit.jupiter.api.Test;

class PanelCollectorTest {

    static final Economy KEN = Economy.of("KEN", "Kenya");
    static final Economy WLD = new Economy("WLD", "World", Economy.Kind.AGGREGATE, null, null, null, null, null,
            null, null);
    static final EconomyResolver RESOLVER = EconomyResolver.of(List.of(KEN, WLD));
    static final ReadOptions OPTIONS = ReadOptions.defaults().withResolver(RESOLVER);

    @Test
    void separatesAggregatesAndListsUnmatched() throws Exception {
        PanelCollector c = PanelCollector.create("t.csv", OPTIONS);
        int pop = c.indicator(Indicator.of("POP"));
        c.put(c.economy("KEN", null, 2), pop, 2020, 1, 2);
        c.put(c.economy("Kenya", null, 3), pop, 2021, 2, 3);
        c.put(c.economy("WLD", null, 4), pop, 2020, 10, 4);
        c.put(c.economy("XYZ", "Nowhere", 5), pop, 2020, 5, 5);
        c.put(c.economy("XYZ", "Nowhere", 6), pop, 2021, Double.NaN, 6);
        ReadResult r = c.finish();
        assertEquals(List.of("KEN", "XYZ"), r.panel().economies().stream().map(Economy::code).toList());
        assertEquals(2, r.panel().value("KEN", "POP", 2021));
        assertEquals(List.of(WLD), r.aggregates().economies());
        assertEquals(10, r.aggregates().value("WLD", "POP", 2020));
        assertEquals(List.of(new UnmatchedEconomy("XYZ", "Nowhere", Location.line("t.csv", 5), 2)), r.unmatched());
        assertEquals("Nowhere", r.panel().economy("XYZ").name());
    }

    @Test
    void dropsOrRejectsUnmatchedOnRequest() throws Exception {
        PanelCollector drop = PanelCollector.create("t.csv", OPTIONS.withUnmatched(UnmatchedPolicy.DROP));
        int pop = drop.indicator("POP");
        drop.put(drop.economy("XYZ", null, 2), pop, 2020, 5, 2);
        drop.put(drop.economy("KEN", null, 3), pop, 2020, 5, 3);
        ReadResult r = drop.finish();
        assertEquals(List.of(KEN), r.panel().economies());
        assertEquals(1, r.unmatched().size());

        PanelCollector fail = PanelCollector.create("t.csv", OPTIONS.withUnmatched(UnmatchedPolicy.FAIL));
        MalformedDataException e = assertThrows(MalformedDataException.class, () -> fail.economy("XYZ", "Nowhere", 9));
        assertEquals("t.csv line 9: unknown economy 'XYZ' (Nowhere)", e.getMessage());
        assertEquals(Location.line("t.csv", 9), e.location());
    }

    @Test
    void conflictingDuplicateNamesBothPlaces() throws Exception {
        PanelCollector c = PanelCollector.create("t.csv", OPTIONS);
        int pop = c.indicator("POP");
        int ken = c.economy("KEN", null, 2);
        c.put(ken, pop, 2020, 5, 2);
        c.put(ken, pop, 2020, 5, 3);
        c.put(ken, pop, 2020, Double.NaN, 4);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> c.put(ken, pop, 2020, 6, 7));
        assertEquals("conflicting duplicate for (KEN, POP, 2020): 6 here, 5 at t.csv line 2", e.getMessage());
        MalformedDataException m = assertThrows(MalformedDataException.class,
                () -> c.skip(Location.line("t.csv", 7), e.getMessage()));
        assertTrue(m.getMessage().startsWith("t.csv line 7: conflicting"), m.getMessage());
    }

    @Test
    void missingThenValueKeepsTheValue() throws Exception {
        PanelCollector c = PanelCollector.create("t.csv", OPTIONS);
        int pop = c.indicator("POP");
        int ken = c.economy("KEN", null, 2);
        c.put(ken, pop, 2020, Double.NaN, 2);
        c.put(ken, pop, 2020, 3, 3);
        assertEquals(3, c.finish().panel().value("KEN", "POP", 2020));
    }

    @Test
    void lenientModeRecordsSkipsUpToTheLimit() throws Exception {
        PanelCollector c = PanelCollector.create("t.csv",
                OPTIONS.withBadRecords(BadRecordPolicy.SKIP).withMaxSkipped(2));
        c.skip(Location.line("t.csv", 2), "a");
        c.skip(Location.line("t.csv", 3), "b");
        MalformedDataException e = assertThrows(MalformedDataException.class,
                () -> c.skip(Location.line("t.csv", 4), "c"));
        assertTrue(e.getMessage().contains("more than 2 bad records"), e.getMessage());
        assertEquals(List.of(new SkippedRecord(Location.line("t.csv", 2), "a"),
                new SkippedRecord(Location.line("t.csv", 3), "b")), c.finish().skipped());
    }

    @Test
    void manyCellsSurviveRehashing() throws Exception {
        PanelCollector c = PanelCollector.create("t.csv", ReadOptions.defaults().withResolver(EconomyResolver.none()));
        int n = 0;
        for (int e = 0; e < 300; e++) {
            int economy = c.economy("E" + e, null, n);
            for (int year = 1960; year < 2020; year++) {
                c.put(economy, c.indicator("I" + (year % 3)), year, e * 10000 + year, n++);
            }
        }
        ReadResult r = c.finish();
        assertEquals(300, r.panel().economies().size());
        assertEquals(3, r.panel().indicators().size());
        assertEquals(60, r.panel().years().length);
        assertEquals(n, r.panel().valueCount());
        assertEquals(1234 * 0 + 2990000 + 1999, r.panel().value("E299", "I" + (1999 % 3), 1999));
        assertEquals(300, r.unmatched().size());
    }

    @Test
    void yearsInAnyOrderAndFarApartAreKept() throws Exception {
        PanelCollector c = PanelCollector.create("t.csv", OPTIONS);
        int pop = c.indicator("POP");
        int ken = c.economy("KEN", null, 1);
        int[] years = {2020, 1960, 2025, 2021, 1000, 9999, 1961, 2019, 5000};
        java.util.SplittableRandom random = new java.util.SplittableRandom(7);
        for (int round = 0; round < 3; round++) {
            for (int k = 0; k < years.length; k++) {
                c.put(ken, pop, years[k], years[k] * 0.5, 10 * round + k + 1);
            }
            c.put(ken, pop, 1500 + random.nextInt(100), Double.NaN, 99);
        }
        org.divide.core.Panel p = c.finish().panel();
        for (int year : years) {
            assertEquals(year * 0.5, p.value("KEN", "POP", year), "year " + year);
        }
        assertEquals(years.length, p.valueCount());
        PanelCollector d = PanelCollector.create("t.csv", OPTIONS);
        int kenya = d.economy("KEN", null, 1);
        int gdp = d.indicator("GDP");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> d.put(kenya, gdp, 999, 1, 1));
        assertTrue(e.getMessage().contains("999"), e.getMessage());
    }

    @Test
    void locationsRender() {
        assertEquals("a.csv line 3, column 'Value'", Location.cell("a.csv", 3, "Value").toString());
        assertEquals("a.json at /1/2/value", Location.pointer("a.json", "/1/2/value").toString());
        assertEquals("a.json", Location.of("a.json").toString());
    }

    /**
     * A fast-path collector set up for whole rows takes rows only, and rows give the panel of the
     * cells: values where present, the row's economy and every value column's year as read.
     */
    @Test
    void rowsAreSetUpOnceOnAFastPathCollectorAndThenTakeNoSingleCells() throws MalformedDataException {
        ReadOptions codes = ReadOptions.defaults().withResolver(EconomyResolver.none());
        assertThrows(IllegalStateException.class, () -> PanelCollector.create("t", codes).rowsOf(new int[] {2020}, true));
        PanelCollector c = PanelCollector.forFastPath("t", codes);
        int gdp = c.indicator("GDP");
        int fra = c.economy("FRA", null, 2);
        assertThrows(IllegalArgumentException.class, () -> c.rowsOf(new int[] {2020, 2020}, true));
        c.rowsOf(new int[] {2021, 2020}, true);
        assertThrows(IllegalStateException.class, () -> c.rowsOf(new int[] {2020}, true));
        assertThrows(IllegalStateException.class, () -> c.put(fra, gdp, 2020, 1.0, 2));
        // FRA, GDP: 2021 missing, 2020 = 1.5 (columns in the order given, 2021 first)
        ParsedRows rows = new ParsedRows(1, 2, new int[] {0}, new long[] {0b10, Double.doubleToRawLongBits(1.5)});
        rows.economies[0] = fra;
        rows.keys[0] = gdp;
        c.putRows(rows);
        ParsedRows again = new ParsedRows(1, 2, new int[] {0}, new long[] {0, 0});
        again.economies[0] = fra;
        again.keys[0] = gdp;
        assertThrows(IllegalArgumentException.class, () -> c.putRows(again));
    }

    @Test
    void rowsGiveThePanelOfTheirCells() throws MalformedDataException {
        PanelCollector c = PanelCollector.forFastPath("t", ReadOptions.defaults().withResolver(EconomyResolver.none()));
        int gdp = c.indicator("GDP");
        int fra = c.economy("FRA", null, 2);
        int deu = c.economy("DEU", null, 3);
        c.rowsOf(new int[] {2021, 2020}, true);
        ParsedRows rows = new ParsedRows(2, 2, new int[] {0, 2},
                new long[] {0b10, Double.doubleToRawLongBits(1.5), 0b00});
        rows.economies[0] = fra;
        rows.keys[0] = gdp;
        rows.economies[1] = deu;
        rows.keys[1] = gdp;
        c.putRows(rows);
        ReadResult r = c.finish();
        assertEquals(List.of("FRA", "DEU"), r.panel().economies().stream().map(Economy::code).toList());
        assertEquals(List.of(2020, 2021), java.util.Arrays.stream(r.panel().years()).boxed().toList());
        assertEquals(1.5, r.panel().value("FRA", "GDP", 2020));
        assertTrue(Double.isNaN(r.panel().value("FRA", "GDP", 2021)));
        assertTrue(Double.isNaN(r.panel().value("DEU", "GDP", 2020)));
        assertEquals(1, r.panel().valueCount());
    }
}
