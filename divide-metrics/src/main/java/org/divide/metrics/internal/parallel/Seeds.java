package org.divide.metrics.internal.parallel;

/**
 * Seeds of independent random streams derived from one user seed, so that every random draw is a
 * function of (seed, stream) alone and not of the thread or order that makes it. Not API.
 *
 * <p>The derivation is a SplitMix64 construction: the finaliser (Stafford's variant 13) of the
 * mixed seed plus (stream + 1) times the golden gamma. The map is a bijection in {@code stream} for
 * a fixed seed.
 */
public final class Seeds {

    private static final long GOLDEN_GAMMA = 0x9e3779b97f4a7c15L;

    private Seeds() {
    }

    /**
     * Returns the generator seed of stream {@code stream} of a computation seeded with {@code seed}.
     *
     * @param seed   the user's seed
     * @param stream the stream index (a replicate index; negative for auxiliary streams)
     * @return the generator seed
     */
    public static long stream(long seed, long stream) {
        return mix(mix(seed) + GOLDEN_GAMMA * (stream + 1));
    }

    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }
}
