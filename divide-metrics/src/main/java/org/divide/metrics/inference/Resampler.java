package org.divide.metrics.inference;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SplittableRandom;
import org.divide.metrics.internal.parallel.Seeds;

/**
 * Draws bootstrap resamples of units (value with its weight), with replacement, optionally within
 * strata; each draw is uniform over the units by {@link #index(SplittableRandom, int)}. Resample b
 * is a function of (seed, b) only: its generator is a {@link SplittableRandom}
 * seeded with {@link Seeds#stream(long, long)}, so replicates can be computed in any order on any
 * number of threads.
 */
final class Resampler {

    private final double[] x;
    private final double[] w;
    /** Unit indices per stratum, or {@code null} for one stratum of all units. */
    private final int[][] strata;

    /**
     * Creates a resampler over validated data (the arrays are read, never modified).
     *
     * @param x      the values
     * @param w      the weights or {@code null}
     * @param strata the stratum label of each unit or {@code null}
     */
    Resampler(double[] x, double[] w, String[] strata) {
        this.x = x;
        this.w = w;
        this.strata = strata == null ? null : indexStrata(strata);
    }

    /** Returns the number of units, the length of every resample. */
    int size() {
        return x.length;
    }

    /** Returns whether the units carry weights. */
    boolean weighted() {
        return w != null;
    }

    /**
     * Fills the scratch arrays with resample {@code b}: n draws with replacement from all units, or
     * n_h draws from the units of each stratum h (stratum by stratum in order of first appearance).
     *
     * @param seed the bootstrap seed
     * @param b    the replicate index
     * @param xb   receives the values, length n
     * @param wb   receives the weights, length n, or {@code null} when unweighted
     */
    void draw(long seed, int b, double[] xb, double[] wb) {
        SplittableRandom rng = new SplittableRandom(Seeds.stream(seed, b));
        int n = x.length;
        if (strata == null) {
            for (int i = 0; i < n; i++) {
                copy(index(rng, n), i, xb, wb);
            }
            return;
        }
        int k = 0;
        for (int[] units : strata) {
            for (int r = 0; r < units.length; r++) {
                copy(units[index(rng, units.length)], k++, xb, wb);
            }
        }
    }

    /**
     * Returns a uniform index in {@code [0, bound)}: Lemire's nearly divisionless method, a 32×32-bit
     * multiplication with a rejection step that needs a division only in rare cases, exactly
     * uniform (Lemire, D. (2019). Fast random integer generation in an interval. ACM Transactions
     * on Modeling and Computer Simulation 29(1), 3. doi:10.1145/3230636).
     *
     * @param rng   the generator
     * @param bound the number of choices, positive
     * @return the index
     */
    static int index(SplittableRandom rng, int bound) {
        long m = (rng.nextInt() & 0xffffffffL) * bound;
        long low = m & 0xffffffffL;
        if (low < bound) {
            long threshold = (0x100000000L - bound) % bound;
            while (low < threshold) {
                m = (rng.nextInt() & 0xffffffffL) * bound;
                low = m & 0xffffffffL;
            }
        }
        return (int) (m >>> 32);
    }

    private void copy(int from, int to, double[] xb, double[] wb) {
        xb[to] = x[from];
        if (wb != null) {
            wb[to] = w[from];
        }
    }

    private static int[][] indexStrata(String[] labels) {
        Map<String, int[]> counts = new LinkedHashMap<>();
        for (String label : labels) {
            counts.computeIfAbsent(label, k -> new int[1])[0]++;
        }
        Map<String, Integer> slot = new LinkedHashMap<>();
        int[][] units = new int[counts.size()][];
        int s = 0;
        for (Map.Entry<String, int[]> e : counts.entrySet()) {
            units[s] = new int[e.getValue()[0]];
            slot.put(e.getKey(), s++);
        }
        int[] fill = new int[units.length];
        for (int i = 0; i < labels.length; i++) {
            int h = slot.get(labels[i]);
            units[h][fill[h]++] = i;
        }
        return units;
    }
}
