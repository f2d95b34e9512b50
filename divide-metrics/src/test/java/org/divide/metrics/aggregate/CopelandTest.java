package org.divide.metrics.aggregate;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Random;

import org.junit.jupiter.api.Test;

/** Copeland scores and the outranking matrix, worked by hand. */
class CopelandTest {

    static final double NA = Double.NaN;

    @Test
    void threeEconomiesThreeIndicators() {
        // economies A, B, C; columns are indicators
        double[][] cols = {{3, 2, 1}, {1, 3, 2}, {2, 1, 3}};
        // equal weights: A vs B wins 2 of 3; A vs C wins 1 of 3; B vs C wins 2 of 3 → a cycle
        assertArrayEquals(new double[] {0, 0, 0}, Copeland.scores(cols, new double[] {1, 1, 1}));
        // heavier first indicator: A beats B (2+1 of 4) and C (2 of 4 → tie), B beats C (2+1)
        assertArrayEquals(new double[] {1, 0, -1}, Copeland.scores(cols, new double[] {2, 1, 1}));
    }

    @Test
    void outrankingMatrixAndDominance() {
        double[][] cols = {{3, 2, 2}, {5, 1, 1}};
        Outranking o = Copeland.outranking(cols, new double[] {1, 1});
        assertArrayEquals(new double[] {0, 1, 1}, o.matrix()[0]);
        assertArrayEquals(new double[] {0, 0, 0.5}, o.matrix()[1]);
        assertArrayEquals(new double[] {2, -1, -1}, o.scores());
        assertEquals(2, o.dominantPairs());
        assertEquals(2 / 3.0, o.dominantShare(), 1e-15);
    }

    @Test
    void missingValuesPairwiseCompleteVersusCoinrOrderDependentRule() {
        // A is missing indicator 2; otherwise A beats B on indicator 1, loses on 3
        double[][] cols = {{5, 1}, {NA, 9}, {1, 2}};
        double[] w = {1, 1, 1};
        assertArrayEquals(new double[] {0, 0}, Copeland.scores(cols, w));
        // COINr: O_AB = 1/3 < 1/2, so B wins: the missing weight goes to the later economy
        assertArrayEquals(new double[] {-1, 1}, CoinrCopeland.scores(cols, w));
        double[][] swapped = {{1, 5}, {9, NA}, {2, 1}};
        assertArrayEquals(new double[] {-1, 1}, CoinrCopeland.scores(swapped, w));
    }

    @Test
    void scoresSumToZeroAndNeedNoMissingDifferenceWithoutMissingValues() {
        Random rnd = new Random(11);
        double[][] cols = new double[5][40];
        for (double[] c : cols) {
            for (int i = 0; i < c.length; i++) {
                c[i] = rnd.nextInt(6);
            }
        }
        double[] w = {1, 2, 3, 1, 0.5};
        double[] s = Copeland.scores(cols, w);
        double sum = 0;
        for (double v : s) {
            sum += v;
        }
        assertEquals(0, sum, 0);
        assertArrayEquals(s, CoinrCopeland.scores(cols, w));
    }

    @Test
    void badInput() {
        assertThrows(IllegalArgumentException.class,
                () -> Copeland.scores(new double[][] {{1, 2}, {1}}, new double[] {1, 1}));
        assertThrows(IllegalArgumentException.class,
                () -> Copeland.scores(new double[][] {{1, 2}}, new double[] {1, 1}));
        assertThrows(IllegalArgumentException.class,
                () -> Copeland.scores(new double[][] {{1, 2}}, new double[] {-1}));
    }
}
