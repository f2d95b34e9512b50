package org.divide.metrics.rank;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;

import org.divide.core.spec.RankTies;

import org.junit.jupiter.api.Test;

/** Ranks against values worked by hand with R's {@code rank} rules. */
class RankingTest {

    static final double NA = Double.NaN;
    static final double[] X = {3, 1, 4, 1, 5, 9, 2, 6, 5, 3};

    @Test
    void ascendingTieRulesMatchR() {
        assertArrayEquals(new double[] {4, 1, 6, 1, 7, 10, 3, 9, 7, 4}, Ranking.ascending(X, RankTies.MIN));
        assertArrayEquals(new double[] {5, 2, 6, 2, 8, 10, 3, 9, 8, 5}, Ranking.ascending(X, RankTies.MAX));
        assertArrayEquals(new double[] {4.5, 1.5, 6, 1.5, 7.5, 10, 3, 9, 7.5, 4.5},
                Ranking.ascending(X, RankTies.AVERAGE));
        assertArrayEquals(new double[] {4, 1, 6, 2, 7, 10, 3, 9, 8, 5}, Ranking.ascending(X, RankTies.FIRST));
    }

    @Test
    void competitionRanksHighestFirstTiesTakeTheBestRankMissingStayMissing() {
        double[] scores = {70, NA, 90, 70, 50, 90};
        assertArrayEquals(new double[] {3, NA, 1, 3, 5, 1}, Ranking.competition(scores));
    }

    @Test
    void signedZerosAreTies() {
        assertArrayEquals(new double[] {1, 1, 3}, Ranking.competition(new double[] {0.0, -0.0, -1}));
        assertArrayEquals(new double[] {2, 1, 3}, Ranking.ascending(new double[] {-0.0, -1, 0.0}, RankTies.FIRST));
    }

    @Test
    void withinGroupsRanksEachGroupSeparately() {
        double[] scores = {10, 20, 30, 40, NA, 5};
        String[] groups = {"a", "b", "a", "b", "a", null};
        assertArrayEquals(new double[] {2, 2, 1, 1, NA, NA},
                Ranking.competitionWithinGroups(scores, groups));
    }

    @Test
    void competitionRankIsOnePlusTheNumberOfStrictlyBetterScores() {
        Random rnd = new Random(7);
        double[] s = new double[200];
        for (int i = 0; i < s.length; i++) {
            s[i] = rnd.nextInt(40);
        }
        double[] r = Ranking.competition(s);
        for (int i = 0; i < s.length; i++) {
            int better = 0;
            for (double v : s) {
                better += v > s[i] ? 1 : 0;
            }
            assertTrue(r[i] == better + 1);
        }
    }

    @Test
    void badInput() {
        assertThrows(IllegalArgumentException.class, () -> Ranking.competition(null));
        assertThrows(IllegalArgumentException.class,
                () -> Ranking.competitionWithinGroups(new double[2], new String[3]));
    }
}
