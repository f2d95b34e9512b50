package org.divide.metrics.profile;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.divide.core.Framework;
import org.divide.core.Grouping;
import org.divide.metrics.composite.IndexResult;
import org.divide.metrics.concentration.Quantiles;
import org.divide.metrics.rank.Ranking;

/**
 * The profile of one economy in a composite index: its score and rank at every node with gaps to
 * the frontier, the peer median and the next tier ({@link NodeProfile}), its peers, its strengths
 * and weaknesses (by rank, COINr's {@code get_str_weak}; and by standardised distance to the peer
 * median) and its binding constraints.
 *
 * <p><b>Tiers</b> are quantile classes of each node's scores over the economies: with t tiers, the
 * boundaries are R's type-7 quantiles at 1/t … (t − 1)/t; the classes are closed on the right, as
 * R's {@code cut(x, breaks, include.lowest = TRUE)}, so a score on a boundary belongs to the class
 * below it (and many economies tied at the bottom, e.g. at 0, all fall in the bottom tier); tier 1
 * is the top. The next tier's threshold is the lowest boundary at or above the score: exceeding it
 * moves the economy up.
 *
 * <p><b>Binding constraint.</b> For each node the exact rise of the index when the economy's
 * score at that node rises by one normalised unit and nothing else changes, recomputed through the
 * aggregation tree (so for a geometric or generalised mean the level-dependent gain, not a linear
 * approximation; for weighted arithmetic means without missing values it equals the effective
 * weight). The binding indicator is the one of largest gain among those below the frontier; the
 * binding aggregate of each level likewise; equal gains keep framework order. Requires row-wise
 * aggregation and fixed weights (else every gain is {@code NaN}: Copeland, benefit of the doubt,
 * reflected aggregates and data-driven weights depend on other economies).
 *
 * @param economy       the economy's code
 * @param year          the year built
 * @param economies     how many economies the index ranks
 * @param nodes         every node, the index first, then each level down, indicators last
 * @param peers         the peers
 * @param byRank        strengths and weaknesses by rank (COINr)
 * @param byPeerDistance strengths and weaknesses by standardised distance to the peer median
 * @param binding       the binding node of each level below the index, indicators first (empty if
 *                      no node of a level is below its frontier)
 */
public record EconomyProfile(String economy, int year, int economies, List<NodeProfile> nodes, Peers.Result peers,
        StrengthsWeaknesses.Result byRank, StrengthsWeaknesses.Result byPeerDistance, List<NodeProfile> binding) {

    /** Copies the lists. */
    public EconomyProfile {
        nodes = List.copyOf(nodes);
        binding = List.copyOf(binding);
    }

    /**
     * A node's profile.
     *
     * @param code the node's code
     * @return its profile
     * @throws IllegalArgumentException if there is no such node
     */
    public NodeProfile node(String code) {
        return nodes.stream().filter(n -> n.code().equals(code)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no node " + code));
    }

    /**
     * The options of a profile; immutable.
     *
     * @param peerGrouping the grouping whose group gives the peers, or {@code null} for nearest
     * @param nearest      with no grouping: how many nearest economies
     * @param rankGroup    the grouping to rank within for strengths and weaknesses, or {@code null}
     * @param top          how many strengths
     * @param bottom       how many weaknesses
     * @param unqDiscard   COINr's unique-value threshold, {@code NaN} for none
     * @param minDiscard   COINr's {@code min_discard}
     * @param tiers        how many quantile tiers, ≥ 2
     * @param intervals    node code → interval from an uncertainty analysis (may be empty)
     */
    public record Options(Grouping peerGrouping, int nearest, Grouping rankGroup, int top, int bottom,
            double unqDiscard, boolean minDiscard, int tiers, Map<String, NodeProfile.Interval> intervals) {

        /** Checks and copies. */
        public Options {
            if (tiers < 2) {
                throw new IllegalArgumentException("tiers must be at least 2: " + tiers);
            }
            intervals = Map.copyOf(intervals);
        }

        /** {@return COINr's defaults: 5 strengths and 5 weaknesses, minimum discarded; 5 nearest peers; quartile tiers} */
        public static Options defaults() {
            return new Options(null, 5, null, 5, 5, Double.NaN, true, 4, Map.of());
        }

        /**
         * @param g the grouping whose group gives the peers
         * @return these options with peers from a group
         */
        public Options withPeerGroup(Grouping g) {
            return new Options(g, nearest, rankGroup, top, bottom, unqDiscard, minDiscard, tiers, intervals);
        }

        /**
         * @param k how many nearest economies
         * @return these options with the k nearest as peers
         */
        public Options withNearest(int k) {
            return new Options(null, k, rankGroup, top, bottom, unqDiscard, minDiscard, tiers, intervals);
        }

        /**
         * @param g the grouping to rank within, or {@code null}
         * @return these options with strengths and weaknesses ranked within the economy's group
         */
        public Options withRankGroup(Grouping g) {
            return new Options(peerGrouping, nearest, g, top, bottom, unqDiscard, minDiscard, tiers, intervals);
        }

        /**
         * @param n how many strengths and weaknesses
         * @return these options with n of each
         */
        public Options withTop(int n) {
            return new Options(peerGrouping, nearest, rankGroup, n, n, unqDiscard, minDiscard, tiers, intervals);
        }

        /**
         * @param t how many tiers
         * @return these options with t quantile tiers
         */
        public Options withTiers(int t) {
            return new Options(peerGrouping, nearest, rankGroup, top, bottom, unqDiscard, minDiscard, t, intervals);
        }

        /**
         * @param m node → interval
         * @return these options with intervals
         */
        public Options withIntervals(Map<String, NodeProfile.Interval> m) {
            return new Options(peerGrouping, nearest, rankGroup, top, bottom, unqDiscard, minDiscard, tiers, m);
        }
    }

    /**
     * Profiles an economy.
     *
     * @param result  the index built
     * @param economy the economy's code
     * @param options the options
     * @return the profile
     * @throws IllegalArgumentException if the economy is not among the index's economies, or its peers
     *     cannot be found
     */
    public static EconomyProfile of(IndexResult result, String economy, Options options) {
        Objects.requireNonNull(options, "options");
        List<String> eco = result.economies();
        int unit = eco.indexOf(economy);
        if (unit < 0) {
            throw new IllegalArgumentException("economy " + economy + " is not among the " + eco.size()
                    + " economies of the index");
        }
        Tree tree = new Tree(result);
        Framework f = result.spec().framework();
        double[][] all = new double[tree.size()][];
        for (int k = 0; k < all.length; k++) {
            all[k] = result.scores(tree.codes.get(k));
        }
        double[][] leaves = Arrays.copyOf(all, tree.leafCount);
        List<String> leafCodes = tree.codes.subList(0, tree.leafCount);
        Peers.Result peers = options.peerGrouping() != null ? Peers.inGroup(options.peerGrouping(), eco, unit)
                : Peers.nearest(leaves, unit, options.nearest());
        double[] gains = gains(tree, all, unit);
        List<NodeProfile> nodes = new ArrayList<>();
        for (int k : topDown(tree, f)) {
            String code = tree.codes.get(k);
            double[] x = all[k];
            double[] r = Ranking.competition(x);
            int ties = 0;
            int ranked = 0;
            double frontier = Double.NEGATIVE_INFINITY;
            for (int e = 0; e < x.length; e++) {
                ties += r[e] == r[unit] ? 1 : 0;
                if (!Double.isNaN(x[e])) {
                    ranked++;
                    frontier = Math.max(frontier, x[e]);
                }
            }
            double[] present = Arrays.stream(x).filter(v -> !Double.isNaN(v)).toArray();
            int tier = 0;
            double next = Double.NaN;
            if (!Double.isNaN(x[unit])) {
                double[] t = tier(present, x[unit], options.tiers());
                tier = (int) t[0];
                next = t[1];
            }
            nodes.add(new NodeProfile(code, f.node(code).level(), f.effectiveWeight(code), x[unit], r[unit], ties,
                    ranked, frontier, StrengthsWeaknesses.peerMedian(x, peers.positions(), unit), tier, next,
                    gains[k], options.intervals().get(code)));
        }
        String[] groups = null;
        if (options.rankGroup() != null) {
            groups = new String[eco.size()];
            for (int e = 0; e < groups.length; e++) {
                groups[e] = options.rankGroup().label(eco.get(e)).orElse(null);
            }
            if (groups[unit] == null) {
                throw new IllegalArgumentException(economy + " has no group in " + options.rankGroup().name());
            }
        }
        StrengthsWeaknesses.Result byRank = StrengthsWeaknesses.byRank(leafCodes, leaves, unit, groups, options.top(),
                options.bottom(), options.unqDiscard(), options.minDiscard());
        StrengthsWeaknesses.Result byDistance = StrengthsWeaknesses.byPeerDistance(leafCodes, leaves, unit,
                peers.positions(), options.top(), options.bottom());
        return new EconomyProfile(economy, result.year(), eco.size(), nodes, peers, byRank, byDistance,
                binding(nodes, f.levels()));
    }

    /**
     * The quantile tier of a score (see the class comment) and the next tier's threshold.
     *
     * @param present the node's present scores over the economies
     * @param score   the score
     * @param tiers   how many tiers
     * @return {tier (1 the top), the lowest boundary at or above the score or {@code NaN}}
     */
    static double[] tier(double[] present, double score, int tiers) {
        int below = 0;
        double next = Double.NaN;
        for (int j = 1; j < tiers; j++) {
            double cut = Quantiles.quantile(present, (double) j / tiers);
            if (cut < score) {
                below = j;
            } else {
                next = cut;
                break;
            }
        }
        return new double[] {tiers - below, next};
    }

    /** The nodes' positions from the index down, each level in framework order. */
    private static int[] topDown(Tree tree, Framework f) {
        int[] order = new int[tree.size()];
        int i = 0;
        for (int level = f.levels(); level >= 1; level--) {
            for (Framework.Node n : f.nodesAtLevel(level)) {
                order[i++] = tree.index.get(n.code());
            }
        }
        return order;
    }

    /**
     * The exact gain of the index from one more normalised unit at each node, for one economy.
     *
     * @param tree the tree
     * @param all  {@code [node][economy]}
     * @param unit the economy
     * @return per node the gain; {@code 0} at the root, {@code NaN} where the score is missing
     */
    static double[] gains(Tree tree, double[][] all, int unit) {
        double[] row = new double[tree.size()];
        for (int k = 0; k < row.length; k++) {
            row[k] = all[k][unit];
        }
        double[] gains = new double[row.length];
        if (!tree.rowwise()) {
            Arrays.fill(gains, Double.NaN);
            return gains;
        }
        for (int k = 0; k < row.length; k++) {
            if (k == tree.root) {
                continue;
            }
            if (Double.isNaN(row[k])) {
                gains[k] = Double.NaN;
                continue;
            }
            double[] up = row.clone();
            up[k] += 1;
            tree.propagate(k, up);
            gains[k] = up[tree.root] - row[tree.root];
        }
        return gains;
    }

    private static List<NodeProfile> binding(List<NodeProfile> nodes, int levels) {
        List<NodeProfile> out = new ArrayList<>();
        for (int level = 1; level < levels; level++) {
            NodeProfile best = null;
            for (NodeProfile n : nodes) {
                if (n.level() == level && n.score() < n.frontier() && !Double.isNaN(n.gain())
                        && (best == null || n.gain() > best.gain())) {
                    best = n;
                }
            }
            if (best != null) {
                out.add(best);
            }
        }
        return out;
    }
}
