package org.divide.metrics.profile;

/**
 * What an improvement path ({@link ImprovementPath}) aims at: an index score, a rank or a tier.
 * Each is turned into a target index score T; the path reaches T + ε (ε =
 * {@link ImprovementPath#EPSILON} normalised units), so that rounding in a rebuild cannot leave the
 * economy just below it.
 */
public sealed interface PathTarget permits PathTarget.Score, PathTarget.Rank, PathTarget.Tier {

    /**
     * An index score, in normalised units.
     *
     * @param score the score to reach (finite)
     */
    record Score(double score) implements PathTarget {
        /** @throws IllegalArgumentException if the score is not finite */
        public Score {
            if (!Double.isFinite(score)) {
                throw new IllegalArgumentException("target score is not finite: " + score);
            }
        }
    }

    /**
     * A competition rank of the index (1 the best). T is the rank-th best score among the other
     * economies: exceeding it by ε gives rank {@code rank} or better (better when several
     * economies tie at T: competition ranks count only the economies strictly above).
     *
     * @param rank the rank to reach, ≥ 1
     */
    record Rank(int rank) implements PathTarget {
        /** @throws IllegalArgumentException if the rank is below 1 */
        public Rank {
            if (rank < 1) {
                throw new IllegalArgumentException("target rank must be at least 1: " + rank);
            }
        }
    }

    /**
     * A quantile tier of the index as {@link EconomyProfile} defines them (tier 1 the top of
     * {@code tiers}): the tier's lower boundary is R's type-7 quantile at
     * p = {@code (tiers − tier) / tiers} of every economy's score, the economy's own included, so
     * the boundary moves as the economy rises. Since the classes are closed on the right, the
     * economy must exceed it; with n scores and h = (n − 1) p, a score s exceeds the quantile
     * of the scores with s in place of its own exactly when it exceeds the ⌊h⌋-th smallest (from 0)
     * of the other economies' scores — which is T.
     *
     * @param tier  the tier to reach, in [1, tiers]
     * @param tiers how many tiers, ≥ 2
     */
    record Tier(int tier, int tiers) implements PathTarget {
        /** @throws IllegalArgumentException if tiers is below 2 or tier outside [1, tiers] */
        public Tier {
            if (tiers < 2 || tier < 1 || tier > tiers) {
                throw new IllegalArgumentException("target tier must be in [1, " + tiers + "] of at least 2 tiers: "
                        + tier);
            }
        }
    }
}
