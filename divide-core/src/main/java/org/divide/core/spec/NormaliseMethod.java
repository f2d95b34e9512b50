package org.divide.core.spec;

import org.divide.core.internal.Checks;

/**
 * The normalisation methods of {@link Normalise} (COINr's {@code n_*} functions), one record per
 * method with its parameters. Formulas are on {@code x' = x·direction}, with {@code min},
 * {@code max}, mean and sample sd over the present values; a native score {@code t} in [0, 1] is
 * mapped to the method's output {@link Range} [l, u] as {@code t·(u − l) + l}. Parameters on the
 * data scale (bounds, goalposts, target) are in the indicator's own units. Every record validates
 * its parameters and names the one at fault.
 */
public sealed interface NormaliseMethod extends SpecMethod {

    /**
     * The name of the COINr function that computes this method, for messages.
     *
     * @return for example {@code "n_minmax"}
     */
    String coinrName();

    /** A method whose native score lies in [0, 1] (or on a fixed scale) and so takes an output range. */
    sealed interface Ranged extends NormaliseMethod {
        /**
         * The output range.
         *
         * @return the range
         */
        Range range();

        /**
         * A copy onto another output range.
         *
         * @param range the range
         * @return the new method
         */
        Ranged withRange(Range range);

        /**
         * A copy onto {@code [lower, upper]}.
         *
         * @param lower the score of a native 0
         * @param upper the score of a native 1, {@code > lower}
         * @return the new method
         */
        default Ranged withRange(double lower, double upper) {
            return withRange(new Range(lower, upper));
        }
    }

    /** A method built on ranks, which takes a tie rule (R's {@code ties.method}). */
    sealed interface Ranked extends NormaliseMethod {
        /**
         * The tie rule.
         *
         * @return the tie rule
         */
        RankTies ties();

        /**
         * A copy with another tie rule.
         *
         * @param ties the tie rule
         * @return the new method
         */
        Ranked withTies(RankTies ties);
    }

    /** No normalisation ({@code "none"}): {@code x'}. */
    record None() implements NormaliseMethod {
        @Override
        public String coinrName() {
            return "none";
        }
    }

    /**
     * {@code (x' − min)/(max − min)} onto the range ({@code n_minmax}).
     *
     * @param range the output range; COINr's default is [0, 100]
     */
    record MinMax(Range range) implements Ranged {
        /** Validates: the range must be given. */
        public MinMax {
            Checks.notNull("MinMax.range", range);
        }

        @Override
        public MinMax withRange(Range r) {
            return new MinMax(r);
        }

        @Override
        public String coinrName() {
            return "n_minmax";
        }
    }

    /**
     * {@code (x' − mean(x'))/sd(x')·sd + mean}, sample sd ({@code n_zscore}).
     *
     * @param mean the mean of the result, finite
     * @param sd   the standard deviation of the result, finite and {@code > 0}
     */
    record ZScore(double mean, double sd) implements NormaliseMethod {
        /** Validates the mean and sd. */
        public ZScore {
            Checks.finite("ZScore.mean", mean);
            Checks.positive("ZScore.sd", sd);
        }

        @Override
        public String coinrName() {
            return "n_zscore";
        }
    }

    /**
     * {@code (x − low)/(high − low)} over fixed bounds, onto the range ({@code n_scaled}).
     *
     * @param low   the value scoring the range's lower end, finite
     * @param high  the value scoring its upper end, finite and {@code > low}
     * @param range the output range; default [0, 100] (COINr's {@code scale_factor})
     */
    record Scaled(double low, double high, Range range) implements Ranged {
        /** Validates the bounds and range. */
        public Scaled {
            bounds("Scaled", low, high);
            Checks.notNull("Scaled.range", range);
        }

        @Override
        public Scaled withRange(Range r) {
            return new Scaled(low, high, r);
        }

        @Override
        public String coinrName() {
            return "n_scaled";
        }
    }

    /**
     * {@code rank(x')}, smallest value 1 ({@code n_rank}); no output range.
     *
     * @param ties the tie rule; COINr's is {@link RankTies#MIN}
     */
    record Rank(RankTies ties) implements Ranked {
        /** Validates: the tie rule must be given. */
        public Rank {
            Checks.notNull("Rank.ties", ties);
        }

        @Override
        public Rank withTies(RankTies t) {
            return new Rank(t);
        }

        @Override
        public String coinrName() {
            return "n_rank";
        }
    }

    /**
     * Borda scores {@code rank(x') − 1} ({@code n_borda}); no output range.
     *
     * @param ties the tie rule
     */
    record Borda(RankTies ties) implements Ranked {
        /** Validates: the tie rule must be given. */
        public Borda {
            Checks.notNull("Borda.ties", ties);
        }

        @Override
        public Borda withTies(RankTies t) {
            return new Borda(t);
        }

        @Override
        public String coinrName() {
            return "n_borda";
        }
    }

    /**
     * {@code (rank(x') − 1)/(n − 1)}, n the present values ({@code n_prank}).
     *
     * @param ties  the tie rule
     * @param range the output range
     */
    record PercentileRank(RankTies ties, Range range) implements Ranked, Ranged {
        /** Validates: the tie rule and range must be given. */
        public PercentileRank {
            Checks.notNull("PercentileRank.ties", ties);
            Checks.notNull("PercentileRank.range", range);
        }

        @Override
        public PercentileRank withTies(RankTies t) {
            return new PercentileRank(t, range);
        }

        @Override
        public PercentileRank withRange(Range r) {
            return new PercentileRank(ties, r);
        }

        @Override
        public String coinrName() {
            return "n_prank";
        }
    }

    /**
     * {@code x' / max} ({@code n_fracmax}).
     *
     * @param range the output range
     */
    record FractionOfMax(Range range) implements Ranged {
        /** Validates: the range must be given. */
        public FractionOfMax {
            Checks.notNull("FractionOfMax.range", range);
        }

        @Override
        public FractionOfMax withRange(Range r) {
            return new FractionOfMax(r);
        }

        @Override
        public String coinrName() {
            return "n_fracmax";
        }
    }

    /**
     * {@code 1 − (max − x')/(max − min)} ({@code n_dist2max}).
     *
     * @param range the output range
     */
    record DistanceToMax(Range range) implements Ranged {
        /** Validates: the range must be given. */
        public DistanceToMax {
            Checks.notNull("DistanceToMax.range", range);
        }

        @Override
        public DistanceToMax withRange(Range r) {
            return new DistanceToMax(r);
        }

        @Override
        public String coinrName() {
            return "n_dist2max";
        }
    }

    /**
     * {@code 1 − (x'_ref − x')/(x'_ref − min)} ({@code n_dist2ref}); the reference scores 1.
     *
     * @param economy the reference economy's code, not blank
     * @param cap     whether scores beyond the reference are capped at 1 (COINr's {@code cap_max})
     * @param range   the output range
     */
    record DistanceToReference(String economy, boolean cap, Range range) implements Ranged {
        /** Validates the economy and range. */
        public DistanceToReference {
            if (economy == null || economy.isBlank()) {
                throw new IllegalArgumentException("DistanceToReference.economy is blank: " + economy);
            }
            Checks.notNull("DistanceToReference.range", range);
        }

        @Override
        public DistanceToReference withRange(Range r) {
            return new DistanceToReference(economy, cap, r);
        }

        @Override
        public String coinrName() {
            return "n_dist2ref";
        }
    }

    /**
     * {@code (x' − min)/(target' − min)} ({@code n_dist2targ}); the target scores 1.
     *
     * @param target the target in the indicator's units, finite
     * @param cap    whether scores beyond the target are capped at 1 (COINr's {@code cap_max})
     * @param range  the output range
     */
    record DistanceToTarget(double target, boolean cap, Range range) implements Ranged {
        /** Validates the target and range. */
        public DistanceToTarget {
            Checks.finite("DistanceToTarget.target", target);
            Checks.notNull("DistanceToTarget.range", range);
        }

        @Override
        public DistanceToTarget withRange(Range r) {
            return new DistanceToTarget(target, cap, r);
        }

        @Override
        public String coinrName() {
            return "n_dist2targ";
        }
    }

    /**
     * {@code (x − low)/(high − low)}, truncated to [0, 1] unless told not to ({@code n_goalposts});
     * for a negative direction the lower goalpost scores 1.
     *
     * @param low      the lower goalpost in the indicator's units, finite
     * @param high     the upper goalpost, finite and {@code > low}
     * @param truncate whether to truncate to [0, 1] (COINr's {@code trunc2posts}, default true)
     * @param range    the output range
     */
    record Goalposts(double low, double high, boolean truncate, Range range) implements Ranged {
        /** Validates the goalposts and range. */
        public Goalposts {
            bounds("Goalposts", low, high);
            Checks.notNull("Goalposts.range", range);
        }

        @Override
        public Goalposts withRange(Range r) {
            return new Goalposts(low, high, truncate, r);
        }

        @Override
        public String coinrName() {
            return "n_goalposts";
        }
    }

    private static void bounds(String method, double low, double high) {
        Checks.finite(method + ".low", low);
        Checks.finite(method + ".high", high);
        if (!(high > low)) {
            throw new IllegalArgumentException(method + ": bounds must increase: low " + low + ", high " + high);
        }
    }

    /** @return no normalisation */
    static None none() {
        return new None();
    }

    /** @return min-max onto [0, 100], COINr's default */
    static MinMax minMax() {
        return new MinMax(Range.PERCENT);
    }

    /**
     * Min-max onto {@code [lower, upper]}.
     *
     * @param lower the score of the minimum
     * @param upper the score of the maximum
     * @return the method
     */
    static MinMax minMax(double lower, double upper) {
        return new MinMax(new Range(lower, upper));
    }

    /** @return standard z-scores (mean 0, sd 1) */
    static ZScore zScore() {
        return new ZScore(0, 1);
    }

    /**
     * Z-scores with a target mean and standard deviation.
     *
     * @param mean the mean
     * @param sd   the standard deviation
     * @return the method
     */
    static ZScore zScore(double mean, double sd) {
        return new ZScore(mean, sd);
    }

    /**
     * Scaling by fixed bounds onto [0, 100].
     *
     * @param low  the value scoring 0
     * @param high the value scoring 100
     * @return the method
     */
    static Scaled scaled(double low, double high) {
        return new Scaled(low, high, Range.PERCENT);
    }

    /** @return ranks, ties at the best rank */
    static Rank rank() {
        return new Rank(RankTies.MIN);
    }

    /** @return Borda scores, ties at the best rank */
    static Borda borda() {
        return new Borda(RankTies.MIN);
    }

    /** @return percentile ranks onto [0, 1], ties at the best rank */
    static PercentileRank percentileRank() {
        return new PercentileRank(RankTies.MIN, Range.UNIT);
    }

    /** @return the fraction of the maximum onto [0, 1] */
    static FractionOfMax fractionOfMax() {
        return new FractionOfMax(Range.UNIT);
    }

    /** @return the distance to the maximum onto [0, 1] */
    static DistanceToMax distanceToMax() {
        return new DistanceToMax(Range.UNIT);
    }

    /**
     * Distance to a reference economy onto [0, 1], uncapped.
     *
     * @param economy the reference economy's code
     * @return the method
     */
    static DistanceToReference distanceToReference(String economy) {
        return new DistanceToReference(economy, false, Range.UNIT);
    }

    /**
     * Distance to a target onto [0, 1], uncapped.
     *
     * @param target the target
     * @return the method
     */
    static DistanceToTarget distanceToTarget(double target) {
        return new DistanceToTarget(target, false, Range.UNIT);
    }

    /**
     * Goalposts onto [0, 1], truncated.
     *
     * @param low  the lower goalpost
     * @param high the upper goalpost
     * @return the method
     */
    static Goalposts goalposts(double low, double high) {
        return new Goalposts(low, high, true, Range.UNIT);
    }
}
