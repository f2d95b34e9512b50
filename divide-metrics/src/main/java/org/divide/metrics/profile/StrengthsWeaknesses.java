package org.divide.metrics.profile;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.divide.metrics.concentration.Quantiles;
import org.divide.metrics.rank.Ranking;

/**
 * An economy's strengths and weaknesses among a framework's indicators.
 *
 * <p><b>By rank</b> ({@link #byRank}) follows COINr's {@code get_str_weak} (COINr 1.1.14,
 * {@code R/results.R}; Becker et al. 2022, doi:10.21105/joss.04567): each indicator is ranked over
 * all economies, or within the groups of a grouping, by {@code rank(-x, ties.method = "min")}
 * (competition ranks, ties sharing the best rank); with a unique-value threshold, indicators
 * whose share of distinct values over all economies ({@code length(unique(x)) / length(x)},
 * a missing value counting as one value) is not above it are left out; the economy's missing
 * values are left out; with {@code minDiscard} (COINr's default), indicators on which the
 * economy holds the worst rank of the column (with a grouping, the largest group rank of any group,
 * as COINr takes the column's maximum) are left out (of both lists, as COINr's code does,
 * although its documentation speaks of strengths); the rest are sorted by rank, ties kept in
 * framework order (R's stable {@code order}); the strengths are the first {@code top}, the
 * weaknesses the last {@code bottom} (best of them first). With fewer indicators than asked the
 * lists are shorter (COINr would fill them with {@code NA}) and may share indicators, as COINr's.
 *
 * <p><b>By distance to the peer median</b> ({@link #byPeerDistance}), divide's option: per
 * indicator {@code z = (x − median of the peers) / sd}, the standard deviation over every economy
 * (n − 1); the strengths are the largest z, the weaknesses the smallest, missing values and
 * constant columns left out.
 */
public final class StrengthsWeaknesses {

    /**
     * One indicator of the lists.
     *
     * @param code  the indicator's code
     * @param rank  the economy's competition rank on it (overall or in its group)
     * @param ties  how many economies share that rank (1: none but itself)
     * @param value the economy's value in the data set used
     * @param score what the list is sorted by: the rank, or z for the peer distance
     */
    public record Entry(String code, double rank, int ties, double value, double score) {
    }

    /**
     * The lists and what was left out.
     *
     * @param strengths        the strongest indicators, strongest first
     * @param weaknesses       the weakest indicators, in rank order (the weakest last)
     * @param missing          indicators the economy has no value for
     * @param discardedMinimum indicators left out because the economy holds the column's worst rank
     * @param discardedUnique  indicators left out by the unique-value threshold
     * @param ranked           how many economies were ranked (in the group, with a grouping)
     */
    public record Result(List<Entry> strengths, List<Entry> weaknesses, List<String> missing,
            List<String> discardedMinimum, List<String> discardedUnique, int ranked) {
        /** Copies the lists. */
        public Result {
            strengths = List.copyOf(strengths);
            weaknesses = List.copyOf(weaknesses);
            missing = List.copyOf(missing);
            discardedMinimum = List.copyOf(discardedMinimum);
            discardedUnique = List.copyOf(discardedUnique);
        }
    }

    private StrengthsWeaknesses() {
    }

    /**
     * COINr's {@code get_str_weak}.
     *
     * @param codes      the indicators' codes
     * @param columns    {@code [indicator][economy]}, higher is better (directions applied; not modified)
     * @param unit       the economy's position
     * @param groups     the group label of each economy, or {@code null} for ranks over all
     * @param top        how many strengths, ≥ 1
     * @param bottom     how many weaknesses, ≥ 1
     * @param unqDiscard the unique-value threshold in [0, 1], or {@code NaN} for none (COINr's default)
     * @param minDiscard leave out indicators where the economy ranks worst (COINr's default true)
     * @return the lists
     * @throws IllegalArgumentException if a count is below 1 or the threshold outside [0, 1]
     */
    public static Result byRank(List<String> codes, double[][] columns, int unit, String[] groups, int top, int bottom,
            double unqDiscard, boolean minDiscard) {
        counts(top, bottom);
        if (!Double.isNaN(unqDiscard) && !(unqDiscard >= 0 && unqDiscard <= 1)) {
            throw new IllegalArgumentException("unique-value threshold must be in [0, 1]: " + unqDiscard);
        }
        List<Entry> kept = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        List<String> minimum = new ArrayList<>();
        List<String> unique = new ArrayList<>();
        for (int i = 0; i < codes.size(); i++) {
            double[] x = columns[i];
            if (!Double.isNaN(unqDiscard) && distinctShare(x) <= unqDiscard) {
                unique.add(codes.get(i));
                continue;
            }
            double[] r = groups == null ? Ranking.competition(x) : Ranking.competitionWithinGroups(x, groups);
            if (Double.isNaN(r[unit])) {
                missing.add(codes.get(i));
                continue;
            }
            double worst = Arrays.stream(r).filter(v -> !Double.isNaN(v)).max().orElse(Double.NaN);
            if (minDiscard && r[unit] == worst) {
                minimum.add(codes.get(i));
                continue;
            }
            int ties = 0;
            for (int e = 0; e < r.length; e++) {
                if (r[e] == r[unit] && (groups == null || groups[unit].equals(groups[e]))) {
                    ties++;
                }
            }
            kept.add(new Entry(codes.get(i), r[unit], ties, x[unit], r[unit]));
        }
        kept.sort(Comparator.comparingDouble(Entry::rank));
        int ranked = 0;
        for (int e = 0; e < columns[0].length; e++) {
            ranked += groups == null || (groups[unit] != null && groups[unit].equals(groups[e])) ? 1 : 0;
        }
        return lists(kept, top, bottom, missing, minimum, unique, ranked);
    }

    /**
     * Strengths and weaknesses by standardised distance to the peer median.
     *
     * @param codes   the indicators' codes
     * @param columns {@code [indicator][economy]}, higher is better (not modified)
     * @param unit    the economy's position
     * @param peers   the peers' positions (the economy itself is skipped)
     * @param top     how many strengths, ≥ 1
     * @param bottom  how many weaknesses, ≥ 1
     * @return the lists, each entry's score its z, strengths by descending z, weaknesses the lowest
     *     z last; the rank is the overall competition rank
     * @throws IllegalArgumentException if a count is below 1
     */
    public static Result byPeerDistance(List<String> codes, double[][] columns, int unit, int[] peers, int top,
            int bottom) {
        counts(top, bottom);
        List<Entry> kept = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        List<String> constant = new ArrayList<>();
        for (int i = 0; i < codes.size(); i++) {
            double[] x = columns[i];
            double median = peerMedian(x, peers, unit);
            double sd = sd(x);
            if (Double.isNaN(x[unit]) || Double.isNaN(median)) {
                missing.add(codes.get(i));
                continue;
            }
            if (!(sd > 0)) {
                constant.add(codes.get(i));
                continue;
            }
            double[] r = Ranking.competition(x);
            int ties = 0;
            for (double v : r) {
                ties += v == r[unit] ? 1 : 0;
            }
            kept.add(new Entry(codes.get(i), r[unit], ties, x[unit], (x[unit] - median) / sd));
        }
        kept.sort(Comparator.comparingDouble(Entry::score).reversed());
        return lists(kept, top, bottom, missing, List.of(), constant, columns[0].length);
    }

    /**
     * The median (type 7) of the peers' present values, the unit itself left out.
     *
     * @param x     the column
     * @param peers the peers' positions
     * @param unit  the economy's position
     * @return the median, {@code NaN} if no peer has a value
     */
    static double peerMedian(double[] x, int[] peers, int unit) {
        double[] v = Arrays.stream(peers).filter(p -> p != unit).mapToDouble(p -> x[p]).filter(d -> !Double.isNaN(d))
                .toArray();
        return v.length == 0 ? Double.NaN : Quantiles.quantile(v, 0.5);
    }

    private static double sd(double[] x) {
        double[] v = Arrays.stream(x).filter(d -> !Double.isNaN(d)).toArray();
        if (v.length < 2) {
            return Double.NaN;
        }
        double mean = Arrays.stream(v).sum() / v.length;
        double ss = 0;
        for (double d : v) {
            ss += (d - mean) * (d - mean);
        }
        return Math.sqrt(ss / (v.length - 1));
    }

    private static double distinctShare(double[] x) {
        Set<Long> seen = new HashSet<>();
        for (double v : x) {
            seen.add(Double.isNaN(v) ? Long.MIN_VALUE : Double.doubleToLongBits(v == 0 ? 0.0 : v));
        }
        return (double) seen.size() / x.length;
    }

    private static void counts(int top, int bottom) {
        if (top < 1 || bottom < 1) {
            throw new IllegalArgumentException("top and bottom must be at least 1: " + top + ", " + bottom);
        }
    }

    private static Result lists(List<Entry> sorted, int top, int bottom, List<String> missing, List<String> minimum,
            List<String> unique, int ranked) {
        List<Entry> s = sorted.subList(0, Math.min(top, sorted.size()));
        List<Entry> w = sorted.subList(Math.max(0, sorted.size() - bottom), sorted.size());
        return new Result(s, w, missing, minimum, unique, ranked);
    }
}
