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
import org.divide.core.spec.AggregateMethod;
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
 * Improvement paths of non-linear indices against brute force: every grid point of all indicators
 * but one (the last raised by bisection to the target, in turn for each) on small indices — a
 * geometric index, power means of order 0.5 and 2, a mix — and random small indices; the path
 * applied through {@link WhatIf} on ASEM reaching its target with no other economy moving.
 */
class NonlinearPathTest {

    /** Relative tolerance of the grid optimum against the path's bounds. */
    private static final double TOL = 1e-7;

    static IndexResult small(Aggregate aggregate) {
        IndexSpec spec = IndexSpec.of(EconomyProfileTest.small(),
                Normalise.with(new NormaliseMethod.MinMax(Range.of(1, 100))), aggregate);
        return CompositeIndex.of(spec).run(IndexData.of(EconomyProfileTest.panel(EconomyProfileTest.RAW), 2020));
    }

    /** The problem of a path, read back from the result. */
    record Problem(IndexFunction f, double[] x, double[] room, double[] c, double t) {
        static Problem of(IndexResult r, ImprovementPath.Result p) {
            Tree tree = new Tree(r);
            int unit = r.economies().indexOf(p.economy());
            double[] row = new double[tree.size()];
            for (int k = 0; k < row.length; k++) {
                row[k] = r.scores(tree.codes.get(k))[unit];
            }
            int n = p.steps().size();
            double[] x = new double[n];
            double[] room = new double[n];
            double[] c = new double[n];
            for (int i = 0; i < n; i++) {
                ImprovementPath.Step s = p.steps().get(i);
                x[i] = s.current();
                room[i] = Double.isNaN(s.current()) ? 0 : Math.max(0, s.bound() - s.current());
                c[i] = s.cost();
            }
            return new Problem(new IndexFunction(tree, row), x, room, c, p.targetScore() + ImprovementPath.EPSILON);
        }

        double at(double[] d) {
            double[] y = x.clone();
            for (int i = 0; i < y.length; i++) {
                y[i] += d[i];
            }
            return f.value(y);
        }

        /** The cheapest grid point of all indicators but one, that one by bisection; k steps per indicator. */
        double bruteForce(int k) {
            int n = x.length;
            double best = Double.POSITIVE_INFINITY;
            int points = (int) Math.pow(k + 1, n - 1);
            for (int last = 0; last < n; last++) {
                for (int q = 0; q < points; q++) {
                    double[] d = new double[n];
                    double cost = 0;
                    int rest = q;
                    for (int i = 0; i < n; i++) {
                        if (i != last) {
                            d[i] = room[i] * (rest % (k + 1)) / k;
                            rest /= k + 1;
                            cost += c[i] * d[i];
                        }
                    }
                    if (cost >= best) {
                        continue;
                    }
                    d[last] = room[last];
                    if (at(d) < t) {
                        continue;
                    }
                    double lo = 0;
                    double hi = room[last];
                    for (int b = 0; b < 60; b++) {
                        d[last] = (lo + hi) / 2;
                        if (at(d) >= t) {
                            hi = d[last];
                        } else {
                            lo = d[last];
                        }
                    }
                    best = Math.min(best, cost + c[last] * hi);
                }
            }
            return best;
        }
    }

    /** Checks the bounds of paths of every economy to random reachable scores against the grid. */
    private static int againstBruteForce(IndexResult r, long seed, boolean exact, int grid) {
        SplittableRandom rng = new SplittableRandom(seed);
        int checked = 0;
        for (String e : r.economies()) {
            ImprovementPath.Result base = ImprovementPath.of(r, e, new PathTarget.Score(-1e9));
            for (int trial = 0; trial < 2; trial++) {
                Map<String, Double> costs = Map.of("i1", 0.5 + rng.nextDouble() * 2, "i2", 0.5 + rng.nextDouble() * 2,
                        "i3", 0.5 + rng.nextDouble() * 2, "i4", 0.5 + rng.nextDouble() * 2);
                double target = base.currentScore() + (0.05 + 0.9 * rng.nextDouble())
                        * (base.bestScore() - base.currentScore());
                ImprovementPath.Result p = ImprovementPath.of(r, e, new PathTarget.Score(target), costs, Map.of());
                if (!p.feasible() || p.changed().isEmpty()) {
                    continue;
                }
                Problem pr = Problem.of(r, p);
                double brute = pr.bruteForce(grid);
                String what = e + " target " + target + " " + p.method() + ": lower " + p.lowerBound() + " path "
                        + p.totalCost() + " grid " + brute;
                assertTrue(p.score() >= target, what + ": reached " + p.score());
                assertTrue(p.lowerBound() <= brute + TOL * brute, what);
                assertTrue(p.lowerBound() <= p.totalCost(), what);
                if (exact) {
                    assertTrue(brute >= p.totalCost() - TOL * p.totalCost(), what);
                    assertTrue(p.gap() <= NonlinearPath.TOLERANCE, what + ": gap " + p.gap());
                }
                checked++;
            }
        }
        return checked;
    }

    @Test
    void geometricIndexAgainstBruteForce() {
        IndexResult r = small(Aggregate.with(Aggregate.Rule.geometric()));
        assertEquals(ImprovementPath.Method.INTERIOR_POINT,
                ImprovementPath.of(r, "AAA", new PathTarget.Rank(1)).method());
        assertTrue(againstBruteForce(r, 3, true, 14) >= 8);
    }

    @Test
    void powerMeanOfOrderOneHalfAgainstBruteForce() {
        IndexResult r = small(Aggregate.with(Aggregate.Rule.generalised(0.5)));
        assertTrue(againstBruteForce(r, 5, true, 14) >= 8);
    }

    @Test
    void powerMeanOfOrderTwoIsExactOnTheEdges() {
        IndexResult r = small(Aggregate.with(Aggregate.Rule.generalised(2)));
        assertEquals(ImprovementPath.Method.EDGES, ImprovementPath.of(r, "CCC", new PathTarget.Rank(1)).method());
        assertTrue(againstBruteForce(r, 7, true, 14) >= 8);
    }

    @Test
    void mixedOrdersGiveAValidLowerBound() {
        // geometric pillars under a quadratic mean: neither concave nor convex
        Aggregate mixed = Aggregate.with(Aggregate.Rule.geometric()).withLevel(3, Aggregate.Rule.generalised(2));
        IndexResult r = small(mixed);
        ImprovementPath.Result p = ImprovementPath.of(r, "CCC", new PathTarget.Rank(1));
        assertEquals(ImprovementPath.Method.EDGES, p.method());
        assertTrue(againstBruteForce(r, 9, false, 12) >= 8);
        // a median at the root: a valid lower bound too
        assertTrue(againstBruteForce(small(Aggregate.with(Aggregate.Rule.of(AggregateMethod.median()))), 11, false,
                12) >= 4);
    }

    @Test
    void randomSmallIndices() {
        SplittableRandom rng = new SplittableRandom(2026);
        List<Aggregate.Rule> rules = List.of(Aggregate.Rule.geometric(), Aggregate.Rule.generalised(0.5),
                Aggregate.Rule.generalised(2), Aggregate.Rule.of(AggregateMethod.harmonic()),
                Aggregate.Rule.arithmetic(), Aggregate.Rule.generalised(-2));
        int checked = 0;
        for (int round = 0; round < 12; round++) {
            double[][] raw = new double[4][6];
            for (double[] col : raw) {
                for (int e = 0; e < col.length; e++) {
                    col[e] = rng.nextDouble() * 10;
                }
            }
            Aggregate.Rule low = rules.get(rng.nextInt(rules.size()));
            Aggregate.Rule high = rules.get(rng.nextInt(rules.size()));
            IndexSpec spec = IndexSpec.of(EconomyProfileTest.small(),
                    Normalise.with(new NormaliseMethod.MinMax(Range.of(1, 100))),
                    Aggregate.with(low).withLevel(3, high));
            IndexResult r = CompositeIndex.of(spec).run(IndexData.of(EconomyProfileTest.panel(raw), 2020));
            double pl = power(low);
            double ph = power(high);
            boolean exact = (pl <= 1 && ph <= 1) || (pl >= 1 && ph >= 1);
            checked += againstBruteForce(r, round, exact, 10);
        }
        assertTrue(checked >= 60, "checked " + checked);
    }

    private static double power(Aggregate.Rule r) {
        AggregateMethod m = r.method();
        return m instanceof AggregateMethod.Generalised g ? g.power() : m instanceof AggregateMethod.Geometric ? 0
                : m instanceof AggregateMethod.Harmonic ? -1 : 1;
    }

    @Test
    void geometricPathAppliedThroughWhatIfOnAsem() {
        IndexSpec spec = IndexSpec.of(AsemFixture.FRAMEWORK, Normalise.with(new NormaliseMethod.MinMax(
                Range.of(1, 100))), Aggregate.with(Aggregate.Rule.geometric()));
        WhatIf w = WhatIf.of(CompositeIndex.of(spec), AsemFixture.data());
        IndexResult base = w.base();
        int checked = 0;
        for (String eco : List.of("IND", "DEU", "BGD", "AUT")) {
            for (PathTarget target : List.of(new PathTarget.Rank(5), new PathTarget.Tier(1, 4),
                    new PathTarget.Score(60))) {
                ImprovementPath.Result p = ImprovementPath.of(base, eco, target);
                assertEquals(ImprovementPath.Method.INTERIOR_POINT, p.method());
                if (!p.feasible() || p.changed().isEmpty()) {
                    continue;
                }
                assertTrue(p.gap() <= NonlinearPath.TOLERANCE, eco + " " + target + ": gap " + p.gap());
                List<Change> changes = new ArrayList<>();
                for (ImprovementPath.Step s : p.changed()) {
                    changes.add(new Change(eco, s.indicator(), new Change.ToValue(s.rawTarget())));
                }
                WhatIfResult after = w.apply(changes);
                int e = after.economies().indexOf(eco);
                assertEquals(p.score(), after.indexAfter()[e], 1e-8, eco + " " + target);
                assertTrue(after.indexAfter()[e] >= p.targetScore() - 1e-9, eco + " " + target);
                assertEquals(p.rank(), (int) after.ranksAfter()[e], eco + " " + target);
                double[] before = after.indexBefore();
                double[] now = after.indexAfter();
                for (int j = 0; j < now.length; j++) {
                    if (j != e) {
                        assertEquals(before[j], now[j], 0, "economy " + j + " moved");
                    }
                }
                checked++;
            }
        }
        assertTrue(checked >= 6, "paths checked: " + checked);
    }

    @Test
    void quadraticMeanOnAsemIsGreedyWithAValidBound() {
        IndexSpec spec = IndexSpec.of(AsemFixture.FRAMEWORK, Normalise.with(new NormaliseMethod.MinMax(
                Range.of(1, 100))), Aggregate.with(Aggregate.Rule.generalised(2)));
        WhatIf w = WhatIf.of(CompositeIndex.of(spec), AsemFixture.data());
        IndexResult base = w.base();
        for (String eco : List.of("IND", "BGD")) {
            ImprovementPath.Result p = ImprovementPath.of(base, eco, new PathTarget.Rank(10));
            assertEquals(ImprovementPath.Method.GREEDY, p.method(), eco);
            assertTrue(p.feasible() && !p.changed().isEmpty(), eco);
            assertTrue(p.lowerBound() > 0 && p.lowerBound() <= p.totalCost(), eco + ": " + p.lowerBound());
            List<Change> changes = new ArrayList<>();
            for (ImprovementPath.Step s : p.changed()) {
                changes.add(new Change(eco, s.indicator(), new Change.ToValue(s.rawTarget())));
            }
            WhatIfResult after = w.apply(changes);
            int e = after.economies().indexOf(eco);
            assertEquals(p.score(), after.indexAfter()[e], 1e-8, eco);
            assertTrue(p.rank() <= 10, eco);
        }
    }

    @Test
    void unreachableTargetGivesTheBestScoreAndTiesAreCounted() {
        IndexResult r = small(Aggregate.with(Aggregate.Rule.generalised(0.5)));
        ImprovementPath.Result p = ImprovementPath.of(r, "CCC", new PathTarget.Score(100.5));
        assertFalse(p.feasible());
        for (ImprovementPath.Step s : p.steps()) {
            assertEquals(s.bound(), s.target(), 0, s.indicator());
        }
        assertEquals(p.bestScore(), p.score(), 1e-12);
        assertEquals(0, p.gap(), 0);
        // every indicator at the frontier: the score of an economy at the frontier everywhere, were there one
        assertTrue(p.bestScore() < 100.5 && p.bestScore() > p.currentScore());
        // ties: two identical economies share the rank the path reaches past them
        double[][] raw = EconomyProfileTest.RAW.clone();
        for (int i = 0; i < raw.length; i++) {
            raw[i] = raw[i].clone();
            raw[i][1] = raw[i][4];
        }
        IndexResult tied = CompositeIndex.of(IndexSpec.of(EconomyProfileTest.small(),
                Normalise.with(new NormaliseMethod.MinMax(Range.of(1, 100))),
                Aggregate.with(Aggregate.Rule.geometric()))).run(IndexData.of(EconomyProfileTest.panel(raw), 2020));
        double[] t = tied.indexScores();
        int worst = 0;
        for (int e = 1; e < t.length; e++) {
            worst = t[e] < t[worst] ? e : worst;
        }
        int shared = (int) tied.ranks("R")[1];
        ImprovementPath.Result q = ImprovementPath.of(tied, EconomyProfileTest.ECO[worst],
                new PathTarget.Rank(shared + 1));
        assertEquals(t[1], q.targetScore(), 0);
        assertEquals(shared, q.rank());
    }

    @Test
    void gradientMatchesFiniteDifferences() {
        IndexResult r = small(Aggregate.with(Aggregate.Rule.generalised(0.5)).withLevel(3,
                Aggregate.Rule.geometric()));
        Tree tree = new Tree(r);
        double[] row = new double[tree.size()];
        for (int k = 0; k < row.length; k++) {
            row[k] = r.scores(tree.codes.get(k))[2];
        }
        IndexFunction f = new IndexFunction(tree, row);
        double[] y = {20, 30, 40, 50};
        double[] g = f.gradient(y);
        for (int i = 0; i < 4; i++) {
            double[] a = y.clone();
            double[] b = y.clone();
            a[i] += 1e-5;
            b[i] -= 1e-5;
            assertEquals((f.value(a) - f.value(b)) / 2e-5, g[i], 1e-7, "i" + (i + 1));
        }
    }

    @Test
    void matrixAggregationsAreRefused() {
        IndexResult r = small(Aggregate.with(Aggregate.Rule.of(AggregateMethod.copeland())));
        IllegalArgumentException ex = assertThrows(IllegalArgumentException.class,
                () -> ImprovementPath.of(r, "AAA", new PathTarget.Rank(1)));
        assertTrue(ex.getMessage().contains("Copeland"), ex.getMessage());
    }
}
