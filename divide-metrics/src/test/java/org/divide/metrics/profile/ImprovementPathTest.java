package org.divide.metrics.profile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import org.divide.core.spec.Aggregate;
import org.divide.core.spec.IndexSpec;
import org.divide.core.spec.Normalise;
import org.divide.core.spec.NormaliseMethod;
import org.divide.core.spec.Range;
import org.divide.metrics.composite.CompositeIndex;
import org.divide.metrics.composite.IndexData;
import org.divide.metrics.composite.IndexResult;
import org.divide.metrics.testdata.AsemFixture;
import org.junit.jupiter.api.Test;

/**
 * Improvement paths: the simplex optimum against brute force (every vertex of the feasible
 * polytope, and a grid of increments) on a small index with random costs; infeasible targets;
 * ties; costs steering the choice; the path applied through {@link WhatIf} reaching its target.
 */
class ImprovementPathTest {

    static IndexResult small() {
        IndexSpec spec = IndexSpec.of(EconomyProfileTest.small(),
                Normalise.with(new NormaliseMethod.MinMax(Range.of(0, 100))), Aggregate.arithmetic());
        return CompositeIndex.of(spec).run(IndexData.of(EconomyProfileTest.panel(EconomyProfileTest.RAW), 2020));
    }

    /** The exact optimum by enumerating the vertices: all but one indicator at 0 or its room, one free. */
    static double vertexOptimum(double[] g, double[] c, double[] room, double need) {
        int n = g.length;
        double best = Double.POSITIVE_INFINITY;
        for (int free = 0; free < n; free++) {
            for (int mask = 0; mask < 1 << n; mask++) {
                if ((mask & (1 << free)) != 0) {
                    continue;
                }
                double got = 0;
                double cost = 0;
                for (int i = 0; i < n; i++) {
                    if ((mask & (1 << i)) != 0) {
                        got += g[i] * room[i];
                        cost += c[i] * room[i];
                    }
                }
                double rest = need - got;
                double d = rest <= 0 ? 0 : rest / g[free];
                if (d <= room[free] + 1e-12) {
                    best = Math.min(best, cost + c[free] * d);
                }
            }
        }
        return best;
    }

    @Test
    void simplexOptimumEqualsBruteForce() {
        IndexResult r = small();
        SplittableRandom rng = new SplittableRandom(16);
        int checked = 0;
        for (String e : EconomyProfileTest.ECO) {
            for (int trial = 0; trial < 6; trial++) {
                Map<String, Double> costs = Map.of("i1", 0.5 + rng.nextDouble() * 2, "i2", 0.5 + rng.nextDouble() * 2,
                        "i3", 0.5 + rng.nextDouble() * 2, "i4", 0.5 + rng.nextDouble() * 2);
                ImprovementPath.Result base = ImprovementPath.of(r, e, new PathTarget.Score(0));
                double target = base.currentScore() + rng.nextDouble() * (base.bestScore() - base.currentScore());
                ImprovementPath.Result p = ImprovementPath.of(r, e, new PathTarget.Score(target), costs, Map.of());
                assertTrue(p.feasible());
                List<ImprovementPath.Step> s = p.steps();
                double[] g = new double[4];
                double[] c = new double[4];
                double[] room = new double[4];
                for (int i = 0; i < 4; i++) {
                    g[i] = s.get(i).gain();
                    c[i] = s.get(i).cost();
                    room[i] = s.get(i).bound() - s.get(i).current();
                }
                double need = target + ImprovementPath.EPSILON - p.currentScore();
                double exact = vertexOptimum(g, c, room, need);
                assertEquals(exact, p.totalCost(), 1e-7, e + " target " + target);
                // a grid of increments: never cheaper than the optimum, and within one step of it
                int k = 12;
                double grid = Double.POSITIVE_INFINITY;
                double step = 0;
                for (int i = 0; i < 4; i++) {
                    step += c[i] * room[i] / k;
                }
                for (int a = 0; a <= k; a++) {
                    for (int b = 0; b <= k; b++) {
                        for (int cc = 0; cc <= k; cc++) {
                            for (int d = 0; d <= k; d++) {
                                int[] q = {a, b, cc, d};
                                double got = 0;
                                double cost = 0;
                                for (int i = 0; i < 4; i++) {
                                    got += g[i] * room[i] * q[i] / k;
                                    cost += c[i] * room[i] * q[i] / k;
                                }
                                if (got >= need) {
                                    grid = Math.min(grid, cost);
                                }
                            }
                        }
                    }
                }
                assertTrue(grid >= p.totalCost() - 1e-9 && grid <= p.totalCost() + step, e + ": grid " + grid
                        + " vs " + p.totalCost());
                assertTrue(p.score() >= target, e + ": reached " + p.score() + " < " + target);
                assertEquals(target + ImprovementPath.EPSILON, p.score(), 1e-7);
                checked++;
            }
        }
        assertEquals(36, checked);
    }

    @Test
    void infeasibleTargetReportsTheBestReachable() {
        IndexResult r = small();
        ImprovementPath.Result p = ImprovementPath.of(r, "CCC", new PathTarget.Score(100.5));
        assertFalse(p.feasible());
        for (ImprovementPath.Step s : p.steps()) {
            assertEquals(s.bound(), s.target(), 0, s.indicator());
        }
        assertEquals(p.bestScore(), p.score(), 1e-9);
        assertTrue(p.bestScore() < 100.5 && p.bestScore() > p.currentScore());
    }

    @Test
    void rankTargetReachesTheRankAndTiesShareIt() {
        IndexResult r = small();
        double[] index = r.indexScores();
        for (int e = 0; e < index.length; e++) {
            String eco = EconomyProfileTest.ECO[e];
            ImprovementPath.Result p = ImprovementPath.of(r, eco, new PathTarget.Rank(1));
            if (p.currentRank() == 1) {
                assertEquals(0, p.totalCost(), 0);
                assertTrue(p.changed().isEmpty());
            } else if (!p.feasible()) {
                // out of reach only because the economy alone holds the minimum of some indicators, which
                // it cannot raise without moving every other economy's score
                assertTrue(p.steps().stream().anyMatch(s -> s.bound() == s.current() && s.current() == 0), eco);
                assertTrue(p.bestScore() <= p.targetScore(), eco);
            } else {
                assertTrue(p.feasible(), eco);
                assertEquals(1, p.rank(), eco);
                assertEquals(0, p.tied());
                double top = -1;
                for (int j = 0; j < index.length; j++) {
                    top = j == e ? top : Math.max(top, index[j]);
                }
                assertEquals(top, p.targetScore(), 0);
            }
        }
        // two identical economies: the target score of rank 2 for a third is their shared score
        double[][] raw = EconomyProfileTest.RAW.clone();
        for (int i = 0; i < raw.length; i++) {
            raw[i] = raw[i].clone();
            raw[i][1] = raw[i][4];
        }
        IndexResult tiedIndex = CompositeIndex.of(IndexSpec.of(EconomyProfileTest.small(),
                Normalise.with(new NormaliseMethod.MinMax(Range.of(0, 100))), Aggregate.arithmetic()))
                .run(IndexData.of(EconomyProfileTest.panel(raw), 2020));
        double[] t = tiedIndex.indexScores();
        int worst = 0;
        for (int e = 1; e < t.length; e++) {
            worst = t[e] < t[worst] ? e : worst;
        }
        assertEquals(t[1], t[4], 0);
        double[] ranks = tiedIndex.ranks(EconomyProfileTest.small().root().code());
        int shared = (int) ranks[1];
        ImprovementPath.Result p = ImprovementPath.of(tiedIndex, EconomyProfileTest.ECO[worst],
                new PathTarget.Rank(shared + 1));
        // rank shared + 1 is held by nobody (competition ranks skip it): reaching it means passing the pair
        assertEquals(t[1], p.targetScore(), 0);
        assertEquals(shared, p.rank());
    }

    @Test
    void equalGainsPerCostAreReportedAsAlternatives() {
        IndexResult r = small();
        // i3 and i4 have the same effective weight (pillar P2 of weight 3, children 1 and 1): a small rise
        // can come from either, so the optimum is not unique
        for (String eco : EconomyProfileTest.ECO) {
            ImprovementPath.Result p = ImprovementPath.of(r, eco, new PathTarget.Score(r.indexScores()[List.of(
                    EconomyProfileTest.ECO).indexOf(eco)] + 0.01));
            ImprovementPath.Step i3 = p.steps().get(2);
            ImprovementPath.Step i4 = p.steps().get(3);
            assertEquals(i3.gain(), i4.gain(), 1e-12);
            if (i3.bound() > i3.current() && i4.bound() > i4.current()) {
                assertEquals(List.of("i3", "i4"), p.alternatives(), eco);
                assertEquals(0.01 / i3.gain(), p.totalCost(), 1e-6, eco);
            } else {
                assertTrue(p.alternatives().isEmpty(), eco);
            }
        }
        // a cost breaks the tie
        ImprovementPath.Result p = ImprovementPath.of(r, "CCC", new PathTarget.Score(r.indexScores()[2] + 0.01),
                Map.of("i3", 1.5), Map.of());
        assertTrue(p.alternatives().isEmpty());
    }

    @Test
    void costsSteerTheChoice() {
        IndexResult r = small();
        double[] index = r.indexScores();
        int w = 0;
        for (int e = 1; e < index.length; e++) {
            w = index[e] < index[w] ? e : w;
        }
        String worst = EconomyProfileTest.ECO[w];
        int up = (int) r.ranks(EconomyProfileTest.small().root().code())[w] - 1;
        ImprovementPath.Result plain = ImprovementPath.of(r, worst, new PathTarget.Rank(up));
        assertTrue(plain.feasible());
        assertTrue(plain.totalCost() > 0);
        String first = plain.changed().stream().max((a, b) -> Double.compare(a.gain() / a.cost(),
                b.gain() / b.cost())).orElseThrow().indicator();
        ImprovementPath.Result costly = ImprovementPath.of(r, worst, new PathTarget.Rank(up), Map.of(first, 1000.0),
                Map.of());
        assertTrue(costly.feasible());
        // the costly indicator is raised less (here the worst economy alone holds the minimum of i2 and
        // i3, so only i1 and i4 can rise, and the rest of the way must come from the costly one)
        assertTrue(change(costly, first) < change(plain, first), "the costly " + first + " is used less: "
                + costly.changed());
        assertTrue(costly.totalCost() >= plain.totalCost());
        // a bound below the frontier caps the indicator
        ImprovementPath.Result bounded = ImprovementPath.of(r, worst, new PathTarget.Rank(up), Map.of(),
                Map.of(first, plain.steps().stream().filter(s -> s.indicator().equals(first)).findFirst().orElseThrow()
                        .current()));
        assertTrue(bounded.changed().stream().noneMatch(s -> s.indicator().equals(first)));
    }

    private static double change(ImprovementPath.Result p, String indicator) {
        return p.steps().stream().filter(s -> s.indicator().equals(indicator)).findFirst().orElseThrow().change();
    }

    @Test
    void aSoleMinimumIsNotRaised() {
        IndexResult r = small();
        // BBB alone holds the lowest i2 (10) and, i3 being negative, the highest raw i3 (0.9)
        ImprovementPath.Result p = ImprovementPath.of(r, "BBB", new PathTarget.Rank(1));
        for (String code : List.of("i2", "i3")) {
            ImprovementPath.Step s = p.steps().stream().filter(x -> x.indicator().equals(code)).findFirst()
                    .orElseThrow();
            assertEquals(0, s.current(), 0, code);
            assertEquals(0, s.bound(), 0, code);
            assertEquals(0, s.change(), 0, code);
        }
    }

    @Test
    void pathAppliedThroughWhatIfReachesTheTarget() {
        WhatIf w = WhatIf.of(CompositeIndex.of(IndexSpec.plain(AsemFixture.FRAMEWORK)), AsemFixture.data());
        IndexResult base = w.base();
        int checked = 0;
        for (String eco : List.of("IND", "DEU", "BGD", "AUT")) {
            if (!base.economies().contains(eco)) {
                continue;
            }
            for (PathTarget target : List.of(new PathTarget.Rank(5), new PathTarget.Tier(1, 4),
                    new PathTarget.Score(60))) {
                ImprovementPath.Result p = ImprovementPath.of(base, eco, target);
                if (!p.feasible() || p.changed().isEmpty()) {
                    continue;
                }
                List<Change> changes = new ArrayList<>();
                for (ImprovementPath.Step s : p.changed()) {
                    assertTrue(Double.isFinite(s.rawTarget()), s.indicator());
                    changes.add(new Change(eco, s.indicator(), new Change.ToValue(s.rawTarget())));
                }
                WhatIfResult after = w.apply(changes);
                int e = after.economies().indexOf(eco);
                assertEquals(p.score(), after.indexAfter()[e], 1e-8, eco + " " + target);
                assertTrue(after.indexAfter()[e] > p.targetScore(), eco + " " + target);
                assertEquals(p.rank(), (int) after.ranksAfter()[e], eco + " " + target);
                if (target instanceof PathTarget.Rank rank) {
                    assertTrue(p.rank() <= rank.rank());
                    assertEquals(0, p.tier());
                }
                if (target instanceof PathTarget.Tier tier) {
                    // the rebuilt index puts the economy in the tier aimed at
                    double[] rebuilt = after.indexAfter();
                    assertEquals(tier.tier(), (int) EconomyProfile.tier(rebuilt, rebuilt[e], tier.tiers())[0], eco);
                    assertEquals(tier.tier(), p.tier(), eco);
                }
                // the other economies do not move: the frontier stays put
                double[] before = after.indexBefore();
                double[] now = after.indexAfter();
                for (int j = 0; j < now.length; j++) {
                    if (j != e) {
                        assertEquals(before[j], now[j], 1e-9);
                    }
                }
                checked++;
            }
        }
        assertTrue(checked >= 6, "paths checked: " + checked);
    }

    @Test
    void badArgumentsAreRefused() {
        assertEquals(ImprovementPath.Method.SIMPLEX, ImprovementPath.of(small(), "AAA", new PathTarget.Rank(1)).method());
        assertThrows(IllegalArgumentException.class, () -> ImprovementPath.of(small(), "ZZZ", new PathTarget.Rank(1)));
        assertThrows(IllegalArgumentException.class, () -> ImprovementPath.of(small(), "AAA", new PathTarget.Rank(9)));
        assertThrows(IllegalArgumentException.class, () -> ImprovementPath.of(small(), "AAA",
                new PathTarget.Score(50), Map.of("nope", 1.0), Map.of()));
    }
}
