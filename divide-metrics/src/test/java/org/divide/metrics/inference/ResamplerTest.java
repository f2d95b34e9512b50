package org.divide.metrics.inference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.apache.commons.math3.distribution.ChiSquaredDistribution;
import org.divide.metrics.internal.parallel.Seeds;
import org.junit.jupiter.api.Test;

/** Uniform index draws and per-replicate streams. */
class ResamplerTest {

    @Test
    void indexDrawsAreUniform() {
        SplittableRandom rng = new SplittableRandom(71);
        for (int bound : new int[] {1, 2, 7, 1000, 3 << 29}) {
            int cells = Math.min(bound, 50);
            long[] counts = new long[cells];
            int draws = 100_000;
            for (int i = 0; i < draws; i++) {
                int k = Resampler.index(rng, bound);
                assertTrue(k >= 0 && k < bound, "index " + k + " for bound " + bound);
                counts[(int) ((long) k * cells / bound)]++;
            }
            if (cells > 1) {
                double chi2 = 0;
                for (int c = 0; c < cells; c++) {
                    double lo = Math.ceil((double) c * bound / cells);
                    double hi = Math.ceil((double) (c + 1) * bound / cells);
                    double expected = draws * (hi - lo) / bound;
                    chi2 += (counts[c] - expected) * (counts[c] - expected) / expected;
                }
                double p = 1 - new ChiSquaredDistribution(null, cells - 1).cumulativeProbability(chi2);
                assertTrue(p > 1e-4, "chi-square p = " + p + " for bound " + bound);
            }
        }
    }

    @Test
    void streamsDependOnSeedAndIndexOnly() {
        assertEquals(Seeds.stream(42, 7), Seeds.stream(42, 7));
        assertNotEquals(Seeds.stream(42, 7), Seeds.stream(42, 8));
        assertNotEquals(Seeds.stream(42, 7), Seeds.stream(43, 7));
        double[] x = {1, 2, 3, 4, 5};
        Resampler r = new Resampler(x, null, null);
        double[] a = new double[5];
        double[] b = new double[5];
        r.draw(9, 3, a, null);
        r.draw(9, 4, b, null);
        r.draw(9, 3, b, null);
        assertEquals(java.util.Arrays.toString(a), java.util.Arrays.toString(b));
    }
}
