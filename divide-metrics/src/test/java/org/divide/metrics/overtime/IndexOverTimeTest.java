package org.divide.metrics.overtime;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.divide.core.Direction;
import org.divide.core.Economy;
import org.divide.core.Framework;
import org.divide.core.Framework.Node;
import org.divide.core.Grouping;
import org.divide.core.Indicator;
import org.divide.core.Panel;
import org.divide.core.spec.Aggregate;
import org.divide.core.spec.Impute;
import org.divide.core.spec.IndexSpec;
import org.divide.core.spec.Normalise;
import org.divide.core.spec.NormaliseMethod;
import org.divide.core.spec.Treat;
import org.divide.metrics.composite.CompositeIndex;
import org.divide.metrics.composite.IndexData;
import org.divide.metrics.composite.IndexResult;
import org.divide.metrics.composite.NormalisationScope;
import org.divide.metrics.internal.column.CsvTable;
import org.divide.metrics.testdata.AsemFixture;
import org.junit.jupiter.api.Test;

/**
 * The index over time: each year of a per-year build is the single-year build bit for bit; global
 * normalisation is COINr's pooled normalisation (checked by hand on a small panel, on ASEM years
 * made from the real one, and against COINr's plain ASEM build where pooling changes nothing); the
 * years built, ranks, tiers and their changes.
 */
class IndexOverTimeTest {

    /** ASEM's real 2018 data, and 2019 = 2018 with indicator {@value #MOVED} doubled plus 5, and 2020 = 2018. */
    static final String MOVED = "LPI";

    static Panel asemYears() {
        Panel p = AsemFixture.PANEL;
        Panel.Builder b = Panel.builder();
        p.economies().forEach(b::addEconomy);
        p.indicators().forEach(b::addIndicator);
        for (Indicator i : p.indicators()) {
            double[] x = p.column(i.code(), AsemFixture.YEAR);
            b.putColumn(i.code(), 2018, x);
            b.putColumn(i.code(), 2020, x);
            double[] moved = x.clone();
            if (i.code().equals(MOVED)) {
                for (int e = 0; e < moved.length; e++) {
                    moved[e] = 2 * moved[e] + 5;
                }
            }
            b.putColumn(i.code(), 2019, moved);
        }
        return b.build();
    }

    static List<Grouping> asemGroupings() {
        return AsemFixture.GROUPS.stream().map(AsemFixture::grouping).toList();
    }

    @Test
    void eachYearPerYearIsTheSingleYearBuildBitForBit() {
        Panel panel = asemYears();
        IndexSpec spec = IndexSpec.of(AsemFixture.FRAMEWORK, Impute.of(org.divide.core.spec.ImputeMethod
                .groupMean("EurAsia_group")), Treat.coinr(), Normalise.minMax(), Aggregate.arithmetic());
        IndexSeries s = IndexOverTime.of(spec).withScope(NormalisationScope.PER_YEAR).run(panel, asemGroupings());
        assertArrayEquals(new int[] {2018, 2019, 2020}, s.years());
        assertEquals(NormalisationScope.PER_YEAR, s.scope());
        for (int year : s.years()) {
            IndexData d = IndexData.of(panel, year);
            for (Grouping g : asemGroupings()) {
                d = d.withGrouping(g);
            }
            IndexResult single = CompositeIndex.of(spec).run(d);
            IndexResult built = s.result(year);
            assertEquals(single.economies(), built.economies());
            for (String node : single.aggregated().codes()) {
                assertArrayEquals(single.scores(node), built.scores(node), year + " " + node);
                assertArrayEquals(single.ranks(node), built.ranks(node), year + " " + node);
            }
        }
    }

    @Test
    void globalOverIdenticalYearsIsCoinrsPlainAsemBuild() {
        // pooling a year with itself leaves min and max alone: each year is COINr's plain build
        Panel p = AsemFixture.PANEL;
        Panel.Builder b = p.toBuilder();
        for (Indicator i : p.indicators()) {
            b.putColumn(i.code(), 2021, p.column(i.code(), AsemFixture.YEAR));
        }
        IndexSeries s = IndexOverTime.of(IndexSpec.plain(AsemFixture.FRAMEWORK)).run(b.build(), List.of());
        assertEquals(NormalisationScope.GLOBAL, s.scope());
        IndexResult single = CompositeIndex.of(IndexSpec.plain(AsemFixture.FRAMEWORK)).run(AsemFixture.data());
        CsvTable coinr = CsvTable.at("/org/divide/testdata/coinr/D_plain_minmax_amean_dset_Aggregated.csv");
        int cells = 0;
        for (int year : new int[] {2018, 2021}) {
            IndexResult r = s.result(year);
            for (String node : single.aggregated().codes()) {
                assertArrayEquals(single.scores(node), r.scores(node), year + " " + node);
                double[] want = coinr.column(node, "uCode", r.economies());
                double[] got = r.scores(node);
                for (int e = 0; e < want.length; e++) {
                    if (!Double.isNaN(want[e])) {
                        assertEquals(want[e], got[e], 1e-9, year + " " + node + " " + r.economies().get(e));
                        cells++;
                    }
                }
            }
        }
        assertEquals(2 * (51 * 60 - 63), cells);
    }

    @Test
    void globalMinMaxTakesTheBoundsOverThePooledYears() {
        // by hand: LPI is 2x + 5 in 2019, so the pooled min is 2018's min and the pooled max 2019's max
        Panel panel = asemYears();
        IndexSeries s = IndexOverTime.of(IndexSpec.plain(AsemFixture.FRAMEWORK)).run(panel, List.of());
        double[] x = panel.column(MOVED, 2018);
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (double v : x) {
            if (!Double.isNaN(v)) {
                min = Math.min(min, v);
                max = Math.max(max, v);
            }
        }
        double hi = 2 * max + 5;
        assertTrue(min < hi && 2 * min + 5 > min, "LPI is positive, so 2x + 5 lies above x");
        List<String> economies = s.result(2018).economies();
        for (int e = 0; e < economies.size(); e++) {
            String code = economies.get(e);
            double v = panel.value(code, MOVED, 2018);
            if (Double.isNaN(v)) {
                continue;
            }
            assertEquals((v - min) / (hi - min) * 100, s.result(2018).normalised().value(code, MOVED), 1e-9, code);
            assertEquals((2 * v + 5 - min) / (hi - min) * 100, s.result(2019).normalised().value(code, MOVED), 1e-9,
                    code);
            // 2020 repeats 2018: the same scores, bit for bit
            assertEquals(s.score(MOVED, code, 2018), s.score(MOVED, code, 2020), 0.0, code);
        }
        // the other indicators did not move: pooled bounds are 2018's, so their scores equal the single build's
        IndexResult single = CompositeIndex.of(IndexSpec.plain(AsemFixture.FRAMEWORK)).run(AsemFixture.data());
        assertArrayEquals(single.scores("Flights"), s.result(2019).scores("Flights"));
        // per year, 2019's LPI is min-max of 2x + 5: 2018's scores up to rounding
        IndexSeries perYear = IndexOverTime.of(IndexSpec.plain(AsemFixture.FRAMEWORK))
                .withScope(NormalisationScope.PER_YEAR).run(panel, List.of());
        double[] a = perYear.result(2018).normalised().column(MOVED);
        double[] c = perYear.result(2019).normalised().column(MOVED);
        for (int e = 0; e < a.length; e++) {
            assertEquals(a[e], c[e], 1e-12);
        }
    }

    /** Three economies, two indicators (B negative), two years: global min-max by hand. */
    static Panel small() {
        Panel.Builder b = Panel.builder();
        for (String e : List.of("AAA", "BBB", "CCC")) {
            b.addEconomy(Economy.of(e, e));
        }
        b.addIndicator(Indicator.of("A"));
        b.addIndicator(Indicator.of("B").withDirection(Direction.NEGATIVE));
        b.putColumn("A", 2020, new double[] {1, 2, 3});
        b.putColumn("A", 2021, new double[] {2, 4, 5});
        b.putColumn("B", 2020, new double[] {10, 30, 20});
        b.putColumn("B", 2021, new double[] {10, 0, 40});
        return b.build();
    }

    static Framework smallFramework() {
        return Framework.of(List.of(Node.aggregate("I", "Index", null, 2, 1),
                Node.indicator("A", "A", "I", 1, Direction.POSITIVE),
                Node.indicator("B", "B", "I", 1, Direction.NEGATIVE)));
    }

    @Test
    void globalMinMaxOnASmallPanelByHand() {
        IndexSeries s = IndexOverTime.of(IndexSpec.plain(smallFramework())).run(small(), List.of());
        // A pooled over both years: min 1, max 5; B negated: -x pooled min -40, max 0
        double[][] a = {{0, 25, 50}, {25, 75, 100}};
        double[][] bScore = {{75, 25, 50}, {75, 100, 0}};
        String[] codes = {"AAA", "BBB", "CCC"};
        int[] years = {2020, 2021};
        for (int y = 0; y < 2; y++) {
            for (int e = 0; e < 3; e++) {
                assertEquals(a[y][e], s.score("A", codes[e], years[y]), 1e-12);
                assertEquals(bScore[y][e], s.score("B", codes[e], years[y]), 1e-12);
                assertEquals((a[y][e] + bScore[y][e]) / 2, s.score("I", codes[e], years[y]), 1e-12);
            }
        }
        // index 2020: 37.5, 25, 50 → ranks 2, 3, 1; 2021: 50, 87.5, 50 → ranks 2, 1, 2 (ties to the best)
        assertEquals(2, s.rank("I", "AAA", 2020));
        assertEquals(3, s.rank("I", "BBB", 2020));
        assertEquals(1, s.rank("I", "CCC", 2020));
        assertEquals(2, s.rank("I", "CCC", 2021));
        List<IndexSeries.Change> changes = s.changesFirstToLast("I");
        IndexSeries.Change bbb = changes.get(1);
        assertEquals("BBB", bbb.economy());
        assertEquals(2, bbb.rankChange());
        assertEquals(-1, changes.get(2).rankChange());
        // per year: 2021 alone puts A's 2 at 0, not 25
        IndexSeries p = IndexOverTime.of(IndexSpec.plain(smallFramework())).withScope(NormalisationScope.PER_YEAR)
                .run(small(), List.of());
        assertEquals(0, p.score("A", "AAA", 2021), 0.0);
    }

    @Test
    void tiersAndTheirChangesFollowEachYearsQuantiles() {
        IndexSeries s = IndexOverTime.of(IndexSpec.plain(smallFramework()))
                .withTiers(org.divide.metrics.dynamics.TierScheme.quantiles(2)).run(small(), List.of());
        // 2020 index 37.5, 25, 50: median 37.5 → AAA (equal to the cut) lower tier, CCC upper
        assertEquals(1, s.tier("I", "AAA", 2020));
        assertEquals(1, s.tier("I", "BBB", 2020));
        assertEquals(2, s.tier("I", "CCC", 2020));
        // 2021 index 50, 87.5, 50: median 50 → BBB upper, the others lower
        assertEquals(2, s.tier("I", "BBB", 2021));
        List<IndexSeries.Row> rows = s.rows().stream().filter(r -> r.node().equals("I") && r.year() == 2021)
                .toList();
        assertEquals(3, rows.size());
        assertEquals(1, rows.get(1).tierChange());
        assertEquals(2, rows.get(1).rankChange());
        assertEquals(-1, rows.get(2).tierChange());
        IndexSeries.Row first = s.rows().get(0);
        assertTrue(Double.isNaN(first.rankChange()));
        assertNull(first.tierChange());
    }

    @Test
    void yearsWithoutAnIndicatorAreSkippedOrRefused() {
        Panel.Builder b = small().toBuilder();
        b.putColumn("A", 2022, new double[] {1, 2, 3});
        Panel panel = b.build();
        IndexSeries s = IndexOverTime.of(IndexSpec.plain(smallFramework())).run(panel, List.of());
        assertArrayEquals(new int[] {2020, 2021}, s.years());
        assertEquals(Map.of(2022, List.of("B")), s.skipped());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> IndexOverTime
                .of(IndexSpec.plain(smallFramework())).run(panel, new int[] {2021, 2022}, List.of()));
        assertEquals("2022: no value of B", e.getMessage());
        // carried forward, 2022 can be built: B's 2021 values
        IndexSeries filled = IndexOverTime.of(IndexSpec.plain(smallFramework()))
                .withPanelImputation(org.divide.core.spec.ImputeMethod.lastObservation()).run(panel, List.of());
        assertArrayEquals(new int[] {2020, 2021, 2022}, filled.years());
        assertEquals(3, filled.panelFill().orElseThrow().filled().size());
        assertEquals(new PanelFill.Cell("CCC", "B", 2022, 40, "2021"), filled.panelFill().orElseThrow().filled()
                .get(2));
    }

    @Test
    void distanceToAReferenceIsNotDefinedOnPooledYears() {
        IndexSpec spec = IndexSpec.of(smallFramework(), Normalise.minMax().withOverride("A",
                NormaliseMethod.distanceToReference("CCC")),
                Aggregate.arithmetic());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> IndexOverTime.of(spec).run(small(), List.of()));
        assertTrue(e.getMessage().contains("not defined on pooled years"), e.getMessage());
        IndexSeries p = IndexOverTime.of(spec).withScope(NormalisationScope.PER_YEAR).run(small(), List.of());
        assertEquals(1, p.score("A", "CCC", 2021), 0.0);
    }

    @Test
    void aMinimumCoverageLeavesOutThinYears() {
        Panel.Builder b = small().toBuilder();
        b.putColumn("A", 2022, new double[] {1, 2, 3});
        b.put("AAA", "B", 2022, 5);
        Panel panel = b.build();
        IndexSeries any = IndexOverTime.of(IndexSpec.plain(smallFramework())).run(panel, List.of());
        assertArrayEquals(new int[] {2020, 2021, 2022}, any.years());
        // B has 1 of the 3 values of its best years in 2022: thin under the 80% rule
        IndexSeries covered = IndexOverTime.of(IndexSpec.plain(smallFramework())).withMinimumCoverage(0.8)
                .run(panel, List.of());
        assertArrayEquals(new int[] {2020, 2021}, covered.years());
        assertEquals(Map.of(2022, List.of("B")), covered.skipped());
        assertThrows(IllegalArgumentException.class, () -> IndexOverTime.of(IndexSpec.plain(smallFramework()))
                .withMinimumCoverage(1.5));
    }

    @Test
    void indicatorsTreatedYearByYearAreListed() {
        IndexSpec spec = IndexSpec.plain(AsemFixture.FRAMEWORK).withStep(Treat.coinr());
        IndexSeries s = IndexOverTime.of(spec).run(asemYears(), List.of());
        assertTrue(!s.treated().isEmpty());
        // 2018 and 2020 hold the same data: the same indicators are treated in both
        s.treated().forEach((code, years) -> assertEquals(years.contains(2018), years.contains(2020), code));
        assertTrue(IndexOverTime.of(IndexSpec.plain(AsemFixture.FRAMEWORK)).run(asemYears(), List.of()).treated()
                .isEmpty());
    }
}
