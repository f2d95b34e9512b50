package org.divide.metrics.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

import org.divide.core.spec.CorrelationType;
import org.junit.jupiter.api.Test;

class SpearmanTestTest {

    private record Row(int n, double[] x, double[] y, double p) {
    }

    private static List<Row> rows() throws IOException {
        List<Row> rows = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(Objects.requireNonNull(
                SpearmanTestTest.class.getResourceAsStream("/analysis/spearman-pvalues.txt")), StandardCharsets.UTF_8))) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split(";");
                rows.add(new Row(Integer.parseInt(f[0]), numbers(f[1]), numbers(f[2]), Double.parseDouble(f[3])));
            }
        }
        return rows;
    }

    private static double[] numbers(String s) {
        return Arrays.stream(s.trim().split(" ")).mapToDouble(Double::parseDouble).toArray();
    }

    @Test
    void equalsRsCorTestWithItsDefaults() throws IOException {
        List<Row> rows = rows();
        assertEquals(58, rows.size());
        for (Row row : rows) {
            CorrelationTest t = Correlations.test(row.x, row.y, CorrelationType.SPEARMAN);
            assertEquals(row.n, t.n());
            assertEquals(row.p, t.p(), 1e-12 * row.p + 1e-300, () -> "n = " + row.n + ", rho = " + t.r());
        }
    }

    @Test
    void exactTailsArePermutationCounts() {
        // n = 3: the 6 permutations have S = 0, 2, 2, 6, 6, 8
        assertEquals(1.0 / 6, SpearmanTest.tail(3, 8, false), 1e-15);
        assertEquals(3.0 / 6, SpearmanTest.tail(3, 6, false), 0);
        assertEquals(1.0 / 6, SpearmanTest.tail(3, 2, true), 1e-15);
        assertEquals(1, SpearmanTest.tail(3, 0, false));
        assertEquals(0, SpearmanTest.tail(3, 9, false));
        for (int n = 2; n <= SpearmanTest.EXACT_MAX; n++) {
            double max = ((double) n * n * n - n) / 3;
            for (double s = 0; s <= max + 2; s += 2) {
                assertEquals(1, SpearmanTest.tail(n, s, false) + SpearmanTest.tail(n, s, true), 1e-15);
            }
            // symmetric about (n³ − n)/6: P(S ≥ max − s) = P(S ≤ s)
            assertEquals(SpearmanTest.tail(n, 2, true), SpearmanTest.tail(n, max, false), 1e-15);
        }
    }

    @Test
    void seriesTailsAreComplementaryProbabilities() {
        // the Edgeworth series is an approximation: not monotone far in the tails, but each tail
        // is clipped to [0, 1] and the two tails at the same bound add up to 1 away from the clips
        for (int n : new int[] {10, 25, 200}) {
            double max = ((double) n * n * n - n) / 3;
            for (double s = 2; s <= max; s += 2 * Math.floor(max / 100)) {
                double upper = SpearmanTest.tail(n, s, false);
                double lower = SpearmanTest.tail(n, s, true);
                assertTrue(upper >= 0 && upper <= 1 && lower >= 0 && lower <= 1, "n = " + n + ", s = " + s);
                if (upper > 0 && upper < 1 && lower > 0 && lower < 1) {
                    assertEquals(1, upper + lower, 1e-12, "n = " + n + ", s = " + s);
                }
            }
            assertEquals(0.5, SpearmanTest.tail(n, max / 2 + 1, false), 1e-12, "the null distribution is symmetric");
        }
    }

    @Test
    void tiesAndLongColumnsUseTheTApproximation() {
        double[] x = {1, 2, 2, 3, 4, 5, 6, 7};
        double[] y = {2, 1, 4, 3, 6, 5, 8, 7};
        assertTrue(SpearmanTest.ties(x, y));
        assertTrue(!SpearmanTest.ties(new double[] {1, 2, Double.NaN}, new double[] {1, Double.NaN, 1}),
                "ties are looked for among complete pairs only");
        double rho = 0.3;
        assertEquals(Correlations.pValue(rho, 8), SpearmanTest.pValue(rho, 8, true), 0);
        assertEquals(Correlations.pValue(rho, 1291), SpearmanTest.pValue(rho, 1291, false), 0);
        assertTrue(Double.isNaN(SpearmanTest.pValue(Double.NaN, 10, false)));
        assertTrue(Double.isNaN(SpearmanTest.pValue(0.5, 1, false)));
    }
}
