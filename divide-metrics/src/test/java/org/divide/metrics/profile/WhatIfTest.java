package org.divide.metrics.profile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.divide.core.spec.Aggregate;
import org.divide.core.spec.IndexSpec;
import org.divide.core.spec.Normalise;
import org.divide.core.spec.NormaliseMethod;
import org.divide.core.spec.Range;
import org.divide.metrics.composite.CompositeIndex;
import org.divide.metrics.composite.IndexResult;
import org.divide.metrics.testdata.AsemFixture;
import org.junit.jupiter.api.Test;

/**
 * A what-if equals a full rebuild of the modified data bit for bit — on the incremental path
 * (ASEM's plain build, arithmetic and geometric) and through the pipeline (COINr's example coin,
 * whose imputation and treatment read every economy) — over seeded random changes, including
 * changes that move the frontier so that the min-max bounds change.
 */
class WhatIfTest {

    static final List<String> INDICATORS = AsemFixture.FRAMEWORK.indicatorCodes();
    static final List<String> ECONOMIES = AsemFixture.economies();

    static WhatIf plain() {
        return WhatIf.of(CompositeIndex.of(IndexSpec.plain(AsemFixture.FRAMEWORK)), AsemFixture.data());
    }

    static WhatIf geometric() {
        IndexSpec spec = IndexSpec.of(AsemFixture.FRAMEWORK,
                Normalise.with(new NormaliseMethod.MinMax(Range.of(1, 100))), Aggregate.with(Aggregate.Rule.geometric()));
        return WhatIf.of(CompositeIndex.of(spec), AsemFixture.data());
    }

    static void assertSameBits(WhatIfResult a, WhatIfResult b) {
        for (String node : AsemFixture.FRAMEWORK.nodes().stream().map(n -> n.code()).toList()) {
            double[] x = a.scoresAfter(node);
            double[] y = b.scoresAfter(node);
            for (int e = 0; e < x.length; e++) {
                assertEquals(Double.doubleToLongBits(y[e]), Double.doubleToLongBits(x[e]),
                        node + " " + a.economies().get(e) + ": " + x[e] + " vs rebuild " + y[e]);
            }
        }
        double[] ra = a.ranksAfter();
        double[] rb = b.ranksAfter();
        for (int e = 0; e < ra.length; e++) {
            assertEquals(rb[e], ra[e], "rank of " + a.economies().get(e));
        }
    }

    static List<Change> randomChanges(SplittableRandom rng, IndexResult base) {
        List<Change> changes = new ArrayList<>();
        int count = 1 + rng.nextInt(3);
        for (int c = 0; c < count; c++) {
            String economy = ECONOMIES.get(rng.nextInt(ECONOMIES.size()));
            String indicator = INDICATORS.get(rng.nextInt(INDICATORS.size()));
            double[] raw = base.raw().column(indicator);
            double max = java.util.Arrays.stream(raw).filter(v -> !Double.isNaN(v)).max().orElseThrow();
            double min = java.util.Arrays.stream(raw).filter(v -> !Double.isNaN(v)).min().orElseThrow();
            Change.Target t = switch (rng.nextInt(5)) {
                case 0 -> new Change.ToValue(max + (max - min) * rng.nextDouble()); // moves the frontier up
                case 1 -> new Change.ToValue(min + (max - min) * rng.nextDouble()); // inside the bounds
                case 2 -> new Change.ToPercentile(100 * rng.nextDouble());
                case 3 -> new Change.ToPeerMedian(ECONOMIES.subList(0, 10));
                default -> new Change.ToValue(min - (max - min) * 0.5 * rng.nextDouble()); // moves the minimum
            };
            changes.add(new Change(economy, indicator, t));
        }
        return changes;
    }

    @Test
    void incrementalEqualsRebuildOverRandomChangesArithmetic() {
        WhatIf w = plain();
        assertTrue(w.incremental());
        SplittableRandom rng = new SplittableRandom(16);
        int moved = 0;
        for (int trial = 0; trial < 300; trial++) {
            List<Change> changes = randomChanges(rng, w.base());
            WhatIfResult fast = w.apply(changes);
            assertTrue(fast.incremental());
            WhatIfResult full = w.rebuild(changes);
            assertFalse(full.incremental());
            assertSameBits(fast, full);
            for (String code : INDICATORS) {
                if (!java.util.Arrays.equals(fast.scoresAfter(code), fast.scoresBefore(code))) {
                    double[] a = fast.scoresAfter(code);
                    double[] b = fast.scoresBefore(code);
                    int differ = 0;
                    for (int e = 0; e < a.length; e++) {
                        differ += Double.compare(a[e], b[e]) != 0 ? 1 : 0;
                    }
                    moved += differ > 1 ? 1 : 0;
                }
            }
        }
        assertTrue(moved > 50, "frontier moves exercised: " + moved);
    }

    @Test
    void incrementalEqualsRebuildOverRandomChangesGeometric() {
        WhatIf w = geometric();
        assertTrue(w.incremental());
        SplittableRandom rng = new SplittableRandom(7);
        for (int trial = 0; trial < 200; trial++) {
            List<Change> changes = randomChanges(rng, w.base());
            assertSameBits(w.apply(changes), w.rebuild(changes));
        }
    }

    @Test
    void frontierMoveRenormalisesEveryEconomy() {
        WhatIf w = plain();
        String code = INDICATORS.get(0);
        double[] raw = w.base().raw().column(code);
        double max = java.util.Arrays.stream(raw).filter(v -> !Double.isNaN(v)).max().orElseThrow();
        WhatIfResult r = w.apply(List.of(new Change("AUT", code, new Change.ToValue(2 * max))));
        double[] after = r.scoresAfter(code);
        double[] before = r.scoresBefore(code);
        int aut = r.economies().indexOf("AUT");
        assertEquals(100.0, after[aut], 0.0);
        int changed = 0;
        for (int e = 0; e < after.length; e++) {
            changed += !Double.isNaN(before[e]) && after[e] != before[e] ? 1 : 0;
        }
        assertTrue(changed > 40, "every economy but the old minimum renormalised: " + changed);
        assertSameBits(r, w.rebuild(List.of(new Change("AUT", code, new Change.ToValue(2 * max)))));
    }

    @Test
    void pipelineSpecsRebuildThroughThePipeline() {
        WhatIf w = WhatIf.of(CompositeIndex.of(AsemFixture.exampleCoin()), AsemFixture.data());
        assertFalse(w.incremental());
        List<Change> changes = List.of(new Change("GBR", INDICATORS.get(3), new Change.ByPercent(50)));
        WhatIfResult r = w.apply(changes);
        assertFalse(r.incremental());
        assertEquals(1.5 * r.changes().get(0).before(), r.changes().get(0).after(), 1e-12);
        int gbr = r.economies().indexOf("GBR");
        assertNotEquals(r.indexBefore()[gbr], r.indexAfter()[gbr]);
        assertSameBits(r, w.rebuild(changes));
    }

    @Test
    void resolvesPercentilesPeerMediansAndPercentages() {
        WhatIf w = plain();
        String code = INDICATORS.get(5);
        double[] raw = w.base().raw().column(code);
        double[] present = java.util.Arrays.stream(raw).filter(v -> !Double.isNaN(v)).sorted().toArray();
        // R: quantile(x, 0.9) type 7 = x[h] + (h - floor h)(x[h+1] - x[h]), h = (n - 1) 0.9 (0-based)
        double h = (present.length - 1) * 0.9;
        int lo = (int) Math.floor(h);
        double p90 = present[lo] + (h - lo) * (present[lo + 1] - present[lo]);
        List<WhatIfResult.Applied> a = w.resolve(List.of(new Change("KOR", code, new Change.ToPercentile(90)),
                new Change("KOR", code, new Change.ByPercent(-10))));
        assertEquals(p90, a.get(0).after(), 1e-12);
        assertEquals(p90 * 0.9, a.get(1).after(), 1e-12);
        List<String> peers = List.of("AUT", "BEL", "KOR");
        double[] v = {raw[ECONOMIES.indexOf("AUT")], raw[ECONOMIES.indexOf("BEL")]};
        assertEquals((v[0] + v[1]) / 2, w.resolve(List.of(new Change("KOR", code, new Change.ToPeerMedian(peers))))
                .get(0).after(), 1e-12);
    }

    @Test
    void unknownIndicatorOrEconomyIsOneLine() {
        WhatIf w = plain();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> w.apply(List.of(new Change("AUT", "Nope", new Change.ToValue(1)))));
        assertTrue(e.getMessage().startsWith("what-if: Nope is not an indicator of Index"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class,
                () -> w.apply(List.of(new Change("XXX", INDICATORS.get(0), new Change.ToValue(1)))));
        assertEquals("economy XXX is not in the data of 2018", e.getMessage());
    }

    @Test
    void copelandReadsOtherEconomiesSoItRebuilds() {
        IndexSpec spec = IndexSpec.of(AsemFixture.FRAMEWORK, Normalise.minMax(),
                Aggregate.arithmetic().withLevel(2, Aggregate.Rule.of(new org.divide.core.spec.AggregateMethod.Copeland())));
        WhatIf w = WhatIf.of(CompositeIndex.of(spec), AsemFixture.data());
        assertFalse(w.incremental());
        List<Change> changes = List.of(new Change("CHN", INDICATORS.get(0), new Change.ToPercentile(95)));
        WhatIfResult r = w.apply(changes);
        assertFalse(r.incremental());
        assertSameBits(r, w.rebuild(changes));
        // the profile's gains need row-wise aggregation: NaN, and no binding constraint
        EconomyProfile p = EconomyProfile.of(w.base(), "CHN", EconomyProfile.Options.defaults());
        assertTrue(Double.isNaN(p.node(INDICATORS.get(0)).gain()));
        assertTrue(p.binding().isEmpty());
    }
}
