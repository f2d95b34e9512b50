package org.divide.metrics.uncertainty;

/**
 * Seeds of independent random streams derived from one user seed, so that every random draw is a
 * function of (seed, stream) alone and not of the thread or order that makes it.
 *
 * <p>The derivation is the same SplitMix64 construction as the bootstrap's resampler in
 * {@code org.divide.metrics.inference}: the finaliser (Stafford's variant 13) of the mixed seed plus
 * (stream + 1) times the golden gamma, a bijection in the stream for a fixed seed.
 */
final class Streams {

    /** The stream of the sampling design (scrambling shifts, random and Latin hypercube points). */
    static final long DESIGN = -1;

    private static final long GOLDEN_GAMMA = 0x9e3779b97f4a7c15L;

    private Streams() {
    }

    /**
     * Returns the generator seed of stream {@code stream} of a computation seeded with {@code seed}.
     *
     * @param seed   the user's seed
     * @param stream the stream (a bootstrap replicate index, or {@link #DESIGN})
     * @return the generator seed
     */
    static long seed(long seed, long stream) {
        return mix(mix(seed) + GOLDEN_GAMMA * (stream + 1));
    }

    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }
}
