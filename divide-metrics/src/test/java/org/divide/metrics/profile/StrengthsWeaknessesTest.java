package org.divide.metrics.profile;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * COINr's {@code get_str_weak} semantics on a hand-worked case: ties share the best rank and keep
 * framework order, the economy's missing values are left out, the worst rank is discarded,
 * unique-value filtering, ranks within groups.
 */
class StrengthsWeaknessesTest {

    static final List<String> CODES = List.of("A", "B", "C", "D", "E");
    static final double NA = Double.NaN;
    static final double[][] X = {
        {5, 5, 3, 1, 2, 4},
        {NA, 1, 2, 3, 4, 5},
        {1, 2, 3, 4, 5, 6},
        {3, 1, 2, 6, 5, 4},
        {4, 4, 4, 4, 4, 1},
    };

    static List<String> codes(List<StrengthsWeaknesses.Entry> entries) {
        return entries.stream().map(StrengthsWeaknesses.Entry::code).toList();
    }

    @Test
    void coinrDefaults() {
        StrengthsWeaknesses.Result r = StrengthsWeaknesses.byRank(CODES, X, 0, null, 2, 2, Double.NaN, true);
        assertEquals(List.of("A", "E"), codes(r.strengths()));
        assertEquals(List.of("E", "D"), codes(r.weaknesses()));
        assertEquals(List.of("B"), r.missing());
        assertEquals(List.of("C"), r.discardedMinimum());
        assertEquals(1.0, r.strengths().get(0).rank());
        assertEquals(2, r.strengths().get(0).ties());
        assertEquals(5, r.strengths().get(1).ties());
        assertEquals(4.0, r.weaknesses().get(1).rank());
        assertEquals(6, r.ranked());
    }

    @Test
    void uniqueValueThresholdAndKeepingTheMinimum() {
        StrengthsWeaknesses.Result r = StrengthsWeaknesses.byRank(CODES, X, 0, null, 2, 2, 0.5, true);
        assertEquals(List.of("E"), r.discardedUnique()); // 2 distinct of 6 = 0.33 <= 0.5
        assertEquals(List.of("A", "D"), codes(r.strengths()));
        r = StrengthsWeaknesses.byRank(CODES, X, 0, null, 2, 2, Double.NaN, false);
        assertEquals(List.of("D", "C"), codes(r.weaknesses()));
    }

    @Test
    void ranksWithinTheGroup() {
        String[] g = {"g1", "g1", "g2", "g1", "g2", "g1"};
        StrengthsWeaknesses.Result r = StrengthsWeaknesses.byRank(CODES, X, 0, g, 1, 1, Double.NaN, true);
        // g1 = positions 0, 1, 3, 5. D: 3, 1, 6, 4 -> rank 3; A: 5, 5, 1, 4 -> rank 1 (tied); E: 4,4,4,1 -> 1
        assertEquals(List.of("A"), codes(r.strengths()));
        assertEquals(List.of("D"), codes(r.weaknesses()));
        assertEquals(3.0, r.weaknesses().get(0).rank());
        assertEquals(4, r.ranked());
        assertEquals(List.of("C"), r.discardedMinimum());
    }

    @Test
    void byPeerDistance() {
        StrengthsWeaknesses.Result r = StrengthsWeaknesses.byPeerDistance(CODES, X, 0, new int[] {1, 2, 3}, 1, 1);
        // A: (5 - 3) / sd(5,5,3,1,2,4); C: (1 - 3) / sd(1..6); D: (3 - 2) / sd; E: (4 - 4) / sd
        double sdA = Math.sqrt(40.0 / 3 / 5); // mean 10/3, sum of squared deviations 40/3
        assertEquals(2 / sdA, r.strengths().get(0).score(), 1e-12);
        assertEquals("C", r.weaknesses().get(0).code());
        assertEquals(List.of("B"), r.missing());
    }
}
