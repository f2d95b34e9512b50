package org.divide.examples.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.divide.core.Grouping;
import org.divide.metrics.composite.IndexResult;
import org.divide.metrics.overtime.IndexSeries;
import org.divide.metrics.profile.EconomyProfile;
import org.divide.metrics.profile.ImprovementPath;
import org.divide.metrics.profile.Peers;
import org.divide.metrics.profile.PathTarget;

/**
 * Every figure of one economy's page: its profile in the index ({@link EconomyProfile}, as
 * {@code divide profile} computes it), its peers by several rules, the cheapest path to the next
 * tier ({@link ImprovementPath}) and its index over time with its catch-up horizons
 * ({@link EconomyFigures}). What could not be computed carries the reason, said on the page.
 *
 * @param title        the page's heading
 * @param result       the index built
 * @param profile      the economy's profile
 * @param tiers        how many quantile tiers the profile uses
 * @param peerSets     the peers by each rule (World Bank income group, region, nearest)
 * @param path         the path to the next tier, or {@code null} ({@code pathNote} says why)
 * @param pathNote     what the path aims at, or why there is none
 * @param overTime     the index over time and horizons, or {@code null} ({@code overTimeNote} says why)
 * @param overTimeNote what the index over time is, or why it is not shown
 * @param source       the source line of the charts
 */
public record EconomyPageData(String title, IndexResult result, EconomyProfile profile, int tiers,
        List<PeerSet> peerSets, ImprovementPath.Result path, String pathNote, EconomyFigures overTime,
        String overTimeNote, String source) {

    /**
     * One rule's peers.
     *
     * @param rule      the rule, in words
     * @param economies the peers' codes
     * @param distances their distances (nearest peers), or empty
     */
    public record PeerSet(String rule, List<String> economies, double[] distances) {

        /** Copies the list and array. */
        public PeerSet {
            economies = List.copyOf(economies);
            distances = distances.clone();
        }

        /** {@return a copy of the distances} */
        @Override
        public double[] distances() {
            return distances.clone();
        }
    }

    /** Checks and copies. */
    public EconomyPageData {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(result, "result");
        Objects.requireNonNull(profile, "profile");
        peerSets = List.copyOf(peerSets);
        Objects.requireNonNull(pathNote, "pathNote");
        Objects.requireNonNull(overTimeNote, "overTimeNote");
        Objects.requireNonNull(source, "source");
    }

    /**
     * The index over time that the page draws, or why there is none.
     *
     * @param series   the index over time, or {@code null}
     * @param grouping the grouping of its group lines, or {@code null}
     * @param what     what the index over time is, in words (its indicators, its years)
     * @param absent   why there is none, when {@code series} is {@code null}
     */
    public record OverTime(IndexSeries series, Grouping grouping, String what, String absent) {
    }

    /**
     * Computes the page's figures.
     *
     * @param title    the page's heading
     * @param result   the index built
     * @param profile  the economy's profile
     * @param tiers    the profile's quantile tiers
     * @param peers    the peers by each rule
     * @param overTime the index over time
     * @param seed     the seed of the horizons' bootstrap
     * @param source   the source line of the charts
     * @return the figures
     */
    public static EconomyPageData of(String title, IndexResult result, EconomyProfile profile, int tiers,
            List<Peers.Result> peers, OverTime overTime, long seed, String source) {
        List<PeerSet> sets = new ArrayList<>();
        for (Peers.Result p : peers) {
            List<String> codes = new ArrayList<>();
            for (int i : p.positions()) {
                codes.add(result.economies().get(i));
            }
            sets.add(new PeerSet(p.rule(), codes, p.distances()));
        }
        String code = profile.economy();
        int tier = profile.nodes().get(0).tier();
        ImprovementPath.Result path = null;
        String pathNote;
        if (tier <= 1) {
            pathNote = "none needed: " + code + " is in the top tier (1 of " + tiers + ")";
        } else {
            try {
                path = ImprovementPath.of(result, code, new PathTarget.Tier(tier - 1, tiers));
                pathNote = "to tier " + (tier - 1) + " of " + tiers + " (from tier " + tier + ")";
            } catch (IllegalArgumentException e) {
                pathNote = "not computed: " + e.getMessage();
            }
        }
        EconomyFigures figures = null;
        String note;
        if (overTime.series() == null) {
            note = overTime.absent();
        } else {
            figures = EconomyFigures.of(overTime.series(), overTime.grouping(), code, seed);
            note = figures == null ? overTime.what() + "; " + code + " is scored in fewer than two of its years"
                    : overTime.what();
        }
        return new EconomyPageData(title, result, profile, tiers, sets, path, pathNote, figures, note, source);
    }

    /**
     * An economy's name.
     *
     * @param code the code
     * @return its name in the index's data
     */
    public String name(String code) {
        return result.data().panel().economy(code).name();
    }
}
