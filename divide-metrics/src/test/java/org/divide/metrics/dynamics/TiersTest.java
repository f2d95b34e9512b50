package org.divide.metrics.dynamics;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

import org.divide.core.Panel;
import org.junit.jupiter.api.Test;

/** Tiers: Fisher–Jenks against R classInt 0.4-9 and brute force, quantile and fixed tiers, transitions. */
class TiersTest {

    private static final Mexico MX = Mexico.load();

    @Test
    void jenksMatchesClassIntFisher() {
        // R: classInt::classIntervals(pcgdp2000, n = 5, style = "fisher")$brks =
        // 8684 14301 22578 32088.5 46510.5 54349 (min, midpoints between classes, max)
        double[] brks = {14301, 22578, 32088.5, 46510.5};
        double[] cuts = TierScheme.naturalBreaks(5).cuts(MX.gdp[6]);
        double[] sorted = MX.gdp[6].clone();
        Arrays.sort(sorted);
        for (int j = 0; j < 4; j++) {
            int at = Arrays.binarySearch(sorted, cuts[j]);
            assertEquals(brks[j], (sorted[at] + sorted[at + 1]) / 2, 0.0);
        }
    }

    @Test
    void jenksHandChecked() {
        // {1, 2, 3, 10, 11, 12, 30}: three clusters; SSE = 2 + 2 + 0 = 4 (any other split is worse)
        assertArrayEquals(new double[] {3, 12}, TierScheme.naturalBreaks(3).cuts(new double[] {30, 2, 11, 1, 12, 3, 10}));
        assertArrayEquals(new double[] {3}, TierScheme.naturalBreaks(2).cuts(new double[] {1, 2, 3, 10, 11, Double.NaN}));
        assertArrayEquals(new double[0], TierScheme.naturalBreaks(1).cuts(new double[] {1, 2}));
    }

    @Test
    void jenksEqualsBruteForceOnSmallSamples() {
        SplittableRandom rnd = new SplittableRandom(5);
        for (int rep = 0; rep < 200; rep++) {
            int n = 2 + rnd.nextInt(10);
            double[] x = new double[n];
            for (int i = 0; i < n; i++) {
                x[i] = Math.floor(rnd.nextDouble() * 1000) / 10;
            }
            double[] s = x.clone();
            Arrays.sort(s);
            int distinct = (int) Arrays.stream(s).distinct().count();
            int k = 1 + rnd.nextInt(Math.min(distinct, 5));
            double best = bruteForce(s, k, 1, 0, new int[k - 1]);
            int[] tiers = TierScheme.naturalBreaks(k).assign(x);
            assertEquals(best, sse(x, tiers, k), 1e-9 * (1 + best), () -> Arrays.toString(x) + " k=" + k);
        }
    }

    /** The smallest SSE over all k − 1 break positions (break b = index of the first value of a class). */
    private static double bruteForce(double[] s, int k, int from, int m, int[] starts) {
        if (m == k - 1) {
            double total = 0;
            for (int c = 0; c < k; c++) {
                int a = c == 0 ? 0 : starts[c - 1];
                int b = c == k - 1 ? s.length : starts[c];
                total += sse(Arrays.copyOfRange(s, a, b));
            }
            return total;
        }
        double best = Double.POSITIVE_INFINITY;
        for (int b = from; b <= s.length - (k - 1 - m); b++) {
            starts[m] = b;
            best = Math.min(best, bruteForce(s, k, b + 1, m + 1, starts));
        }
        return best;
    }

    private static double sse(double[] v) {
        double mean = Arrays.stream(v).average().orElse(0);
        return Arrays.stream(v).map(d -> (d - mean) * (d - mean)).sum();
    }

    private static double sse(double[] x, int[] tiers, int k) {
        double total = 0;
        for (int c = 0; c < k; c++) {
            final int cc = c;
            double[] v = java.util.stream.IntStream.range(0, x.length).filter(i -> tiers[i] == cc)
                    .mapToDouble(i -> x[i]).toArray();
            total += sse(v);
        }
        return total;
    }

    @Test
    void quantileAndFixedTiers() {
        double[] x = {1, 2, 3, 4, 5, 6, 7, 8, Double.NaN};
        // type-7 quartiles of 1..8: 2.75, 4.5, 6.25
        assertArrayEquals(new double[] {2.75, 4.5, 6.25}, TierScheme.quantiles(4).cuts(x), 1e-15);
        assertArrayEquals(new int[] {0, 0, 1, 1, 2, 2, 3, 3, -1}, TierScheme.quantiles(4).assign(x));
        // a value equal to a cut-off falls in the lower tier
        assertArrayEquals(new int[] {0, 0, 1, 1, 1, 2, 2, 2, -1}, TierScheme.fixed(2, 5).assign(x));
        assertEquals(3, TierScheme.fixed(2, 5).tiers());
    }

    @Test
    void transitionsCountMovers() {
        int[] a = {0, 0, 1, 2, -1, 1};
        int[] b = {0, 1, 1, 0, 2, 2};
        TierTransitions t = TierTransitions.of(a, b, 3, new String[] {"A", "B", "C", "D", "E", "F"});
        assertArrayEquals(new int[][] {{1, 1, 0}, {0, 1, 1}, {1, 0, 0}}, t.counts());
        assertEquals(List.of(new TierTransitions.Mover(1, "B", 0, 1), new TierTransitions.Mover(5, "F", 1, 2)), t.up());
        assertEquals(List.of(new TierTransitions.Mover(3, "D", 2, 0)), t.down());
        assertEquals(1, t.excluded());
        assertArrayEquals(new double[] {0.5, 0.5, 0}, t.shares()[0], 0.0);
    }

    @Test
    void panelTransitionsWithFixedCuts() {
        Panel p = MX.panel();
        TierTransitions t = TierTransitions.of(p, "GDPPC", 1940, 2000, TierScheme.fixed(10000, 20000));
        int total = Arrays.stream(t.counts()).flatMapToInt(Arrays::stream).sum();
        assertEquals(32, total);
        assertEquals(0, t.down().size() + t.up().size() - countMoves(t));
        assertTrue(t.up().stream().allMatch(m -> m.economy().startsWith("M")));
    }

    private static int countMoves(TierTransitions t) {
        int[][] c = t.counts();
        int moves = 0;
        for (int a = 0; a < c.length; a++) {
            for (int b = 0; b < c.length; b++) {
                moves += a == b ? 0 : c[a][b];
            }
        }
        return moves;
    }

    @Test
    void badInputNamesTheArgument() {
        assertTrue(assertThrows(IllegalArgumentException.class,
                () -> TierScheme.naturalBreaks(4).cuts(new double[] {1, 2, 2})).getMessage().contains("k = 4"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> TierScheme.quantiles(0)).getMessage()
                .contains("k must be >= 1: 0"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> TierScheme.fixed(3, 1)).getMessage()
                .contains("cuts[1]"));
        assertTrue(assertThrows(IllegalArgumentException.class,
                () -> TierTransitions.of(new int[] {0, 3}, new int[] {0, 0}, 3, null)).getMessage()
                .contains("from[1]"));
        assertTrue(assertThrows(IllegalArgumentException.class,
                () -> TierTransitions.of(MX.panel(), "GDPPC", 1940, 2001, TierScheme.quantiles(3))).getMessage()
                .contains("2001"));
    }
}
