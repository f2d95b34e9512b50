package org.divide.metrics.overtime;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.divide.core.Framework;
import org.divide.core.spec.IndexSpec;
import org.divide.metrics.composite.IndexResult;
import org.divide.metrics.composite.NormalisationScope;
import org.divide.metrics.dynamics.TierScheme;

/**
 * An index built for several years ({@link IndexOverTime}): per year the full
 * {@link IndexResult}, and over the years the score, competition rank and tier of every node for
 * every economy, their changes, and the convergence of the index and its pillars.
 *
 * <p><b>Ranks</b> are each year's competition ranks (1 = best, ties sharing the best rank, as
 * {@link IndexResult#ranks}). <b>Tiers</b> are numbered 1 (lowest) to k (highest), from the
 * {@link TierScheme} applied to the node's scores of the year (quartiles by default: relative
 * tiers); 0 means no score. <b>Changes</b> compare two built years: the rank change is
 * {@code rank(from) − rank(to)} and the tier change {@code tier(to) − tier(from)}, so both are
 * positive for an economy that moved up; {@code NaN} (rank) or absent (tier) when the economy has
 * no score in one of the years. "Consecutive" years are consecutive years built (a year that
 * could not be built is skipped over).
 *
 * <p>Immutable; arrays returned are copies.
 */
public final class IndexSeries {

    private final IndexSpec spec;
    private final NormalisationScope scope;
    private final int[] years;
    private final List<IndexResult> results;
    private final PanelFill fill;
    private final Map<Integer, List<String>> skipped;
    private final TierScheme tierScheme;
    private final List<String> economies;
    private final Map<String, Integer> economyIndex;
    private final List<String> nodes;
    /** node → [year][economy] score, NaN where absent. */
    private final Map<String, double[][]> scores;
    /** node → [year][economy] rank, NaN where absent. */
    private final Map<String, double[][]> ranks;
    /** node → [year][economy] tier 1..k, 0 where absent. */
    private final Map<String, int[][]> tiers;

    IndexSeries(IndexSpec spec, NormalisationScope scope, int[] years, List<IndexResult> results, PanelFill fill,
            Map<Integer, List<String>> skipped, TierScheme tierScheme) {
        this.spec = spec;
        this.scope = scope;
        this.years = years.clone();
        this.results = List.copyOf(results);
        this.fill = fill;
        Map<Integer, List<String>> s = new LinkedHashMap<>();
        skipped.forEach((y, l) -> s.put(y, List.copyOf(l)));
        this.skipped = Collections.unmodifiableMap(s);
        this.tierScheme = tierScheme;
        Set<String> union = new LinkedHashSet<>();
        for (IndexResult r : results) {
            union.addAll(r.economies());
        }
        this.economies = List.copyOf(union);
        Map<String, Integer> index = new HashMap<>();
        for (int e = 0; e < economies.size(); e++) {
            index.put(economies.get(e), e);
        }
        this.economyIndex = index;
        this.nodes = List.copyOf(columnOrder(spec.framework()));
        this.scores = new HashMap<>();
        this.ranks = new HashMap<>();
        this.tiers = new HashMap<>();
        for (String node : nodes) {
            double[][] sc = new double[years.length][economies.size()];
            double[][] rk = new double[years.length][economies.size()];
            int[][] tr = new int[years.length][economies.size()];
            for (int y = 0; y < years.length; y++) {
                Arrays.fill(sc[y], Double.NaN);
                Arrays.fill(rk[y], Double.NaN);
                IndexResult r = results.get(y);
                double[] ys = r.scores(node);
                double[] yr = r.ranks(node);
                int[] yt = tiersOf(ys);
                List<String> es = r.economies();
                for (int e = 0; e < es.size(); e++) {
                    int at = index.get(es.get(e));
                    sc[y][at] = ys[e];
                    rk[y][at] = yr[e];
                    tr[y][at] = yt[e] + 1;
                }
            }
            scores.put(node, sc);
            ranks.put(node, rk);
            tiers.put(node, tr);
        }
    }

    private int[] tiersOf(double[] values) {
        boolean any = false;
        for (double v : values) {
            any |= !Double.isNaN(v);
        }
        if (!any) {
            int[] none = new int[values.length];
            Arrays.fill(none, -1);
            return none;
        }
        return tierScheme.assign(values);
    }

    /**
     * The nodes in the order of output columns: the root, the aggregates from the top level down,
     * then the indicators, each level in framework order.
     *
     * @param framework the framework
     * @return the node codes
     */
    public static List<String> columnOrder(Framework framework) {
        List<String> codes = new ArrayList<>();
        for (int level = framework.levels(); level >= 1; level--) {
            for (Framework.Node n : framework.nodesAtLevel(level)) {
                codes.add(n.code());
            }
        }
        return List.copyOf(codes);
    }

    /** {@return the spec built} */
    public IndexSpec spec() {
        return spec;
    }

    /** {@return the normalisation's scope: global (pooled years) or per year} */
    public NormalisationScope scope() {
        return scope;
    }

    /** {@return the years built, ascending} */
    public int[] years() {
        return years.clone();
    }

    /** {@return the per-year results, in the order of {@link #years()}} */
    public List<IndexResult> results() {
        return results;
    }

    /**
     * The result of one year.
     *
     * @param year a year built
     * @return its result
     * @throws IllegalArgumentException if the year was not built
     */
    public IndexResult result(int year) {
        return results.get(yearIndex(year));
    }

    /** {@return the panel imputation done before the build, or empty} */
    public Optional<PanelFill> panelFill() {
        return Optional.ofNullable(fill);
    }

    /** {@return the years of the panel not built, with the indicators that had no value in them} */
    public Map<Integer, List<String>> skipped() {
        return skipped;
    }

    /**
     * The indicators the treat step changed (winsorised points or a transform), and in which years.
     * Treatment runs year by year, as in a COINr purse, so a treated indicator is on its year's own
     * scale: its scores compare across years only where no year was treated.
     *
     * @return indicator → the years it was treated, in framework order; empty without a treat step
     */
    public Map<String, List<Integer>> treated() {
        Map<String, List<Integer>> out = new LinkedHashMap<>();
        for (int y = 0; y < years.length; y++) {
            int year = years[y];
            results.get(y).treatment().forEach((code, report) -> {
                if (report.transformed() || report.winsorisedCount() > 0) {
                    out.computeIfAbsent(code, k -> new ArrayList<>()).add(year);
                }
            });
        }
        Map<String, List<Integer>> ordered = new LinkedHashMap<>();
        for (String code : spec.framework().indicatorCodes()) {
            if (out.containsKey(code)) {
                ordered.put(code, List.copyOf(out.get(code)));
            }
        }
        return Collections.unmodifiableMap(ordered);
    }

    /** {@return the tier scheme} */
    public TierScheme tierScheme() {
        return tierScheme;
    }

    /** {@return every economy scored in some year, in the panel's order} */
    public List<String> economies() {
        return economies;
    }

    /** {@return every node, in {@link #columnOrder} order (the root first)} */
    public List<String> nodes() {
        return nodes;
    }

    /**
     * The index and its pillars: the root, then the aggregates of level 2 (those right above the
     * indicators) when the framework has three levels or more.
     *
     * @return the node codes
     */
    public List<String> indexAndPillars() {
        Framework f = spec.framework();
        List<String> out = new ArrayList<>();
        out.add(f.root().code());
        if (f.levels() >= 3) {
            f.nodesAtLevel(2).forEach(n -> out.add(n.code()));
        }
        return List.copyOf(out);
    }

    /**
     * A score.
     *
     * @param node    the node's code
     * @param economy the economy's code
     * @param year    a year built
     * @return the score, {@code NaN} if the economy has none that year
     * @throws IllegalArgumentException if the node, economy or year is unknown
     */
    public double score(String node, String economy, int year) {
        return matrix(scores, node)[yearIndex(year)][economy(economy)];
    }

    /**
     * A competition rank within the year.
     *
     * @param node    the node's code
     * @param economy the economy's code
     * @param year    a year built
     * @return the rank, {@code NaN} if the economy has no score that year
     * @throws IllegalArgumentException if the node, economy or year is unknown
     */
    public double rank(String node, String economy, int year) {
        return matrix(ranks, node)[yearIndex(year)][economy(economy)];
    }

    /**
     * A tier within the year, 1 (lowest) to k.
     *
     * @param node    the node's code
     * @param economy the economy's code
     * @param year    a year built
     * @return the tier, 0 if the economy has no score that year
     * @throws IllegalArgumentException if the node, economy or year is unknown
     */
    public int tier(String node, String economy, int year) {
        int[][] t = tiers.get(node);
        if (t == null) {
            throw new IllegalArgumentException("no node " + node + " in the framework");
        }
        return t[yearIndex(year)][economy(economy)];
    }

    /**
     * The scores of a node over the years, for every economy.
     *
     * @param node the node's code
     * @return {@code [year][economy]} over {@link #years()} and {@link #economies()}, {@code NaN} where absent
     */
    public double[][] scores(String node) {
        double[][] m = matrix(scores, node);
        double[][] copy = new double[m.length][];
        for (int y = 0; y < m.length; y++) {
            copy[y] = m[y].clone();
        }
        return copy;
    }

    /**
     * One row of the tidy table: an economy's score, rank and tier at a node in a year, and their
     * changes since the previous year built.
     *
     * @param economy    the economy's code
     * @param year       the year
     * @param node       the node's code
     * @param score      the score
     * @param rank       the rank
     * @param rankChange rank in the previous year built − rank ({@code NaN} in the first year or
     *                   without a previous score)
     * @param tier       the tier, 1 (lowest) to k
     * @param tierChange tier − tier in the previous year built, {@code null} when not defined
     */
    public record Row(String economy, int year, String node, double score, double rank, double rankChange,
            int tier, Integer tierChange) {
    }

    /**
     * The tidy table: for each year, each node in {@link #nodes()} order and each economy scored
     * that year (in economy order), one {@link Row}.
     *
     * @return the rows
     */
    public List<Row> rows() {
        List<Row> rows = new ArrayList<>();
        for (int y = 0; y < years.length; y++) {
            for (String node : nodes) {
                double[][] sc = scores.get(node);
                double[][] rk = ranks.get(node);
                int[][] tr = tiers.get(node);
                List<String> present = results.get(y).economies();
                for (String code : present) {
                    int e = economyIndex.get(code);
                    if (Double.isNaN(sc[y][e])) {
                        continue;
                    }
                    double rankChange = y == 0 ? Double.NaN : rk[y - 1][e] - rk[y][e];
                    Integer tierChange = y == 0 || tr[y - 1][e] == 0 || tr[y][e] == 0 ? null : tr[y][e] - tr[y - 1][e];
                    rows.add(new Row(code, years[y], node, sc[y][e], rk[y][e], rankChange, tr[y][e], tierChange));
                }
            }
        }
        return rows;
    }

    /**
     * The change of an economy at a node between two years.
     *
     * @param economy    the economy's code
     * @param node       the node's code
     * @param from       the first year
     * @param to         the second year
     * @param fromScore  the score in {@code from}
     * @param toScore    the score in {@code to}
     * @param fromRank   the rank in {@code from}
     * @param toRank     the rank in {@code to}
     * @param rankChange {@code fromRank − toRank}: positive = moved up
     * @param fromTier   the tier in {@code from}
     * @param toTier     the tier in {@code to}
     * @param tierChange {@code toTier − fromTier}: positive = moved up
     */
    public record Change(String economy, String node, int from, int to, double fromScore, double toScore,
            double fromRank, double toRank, double rankChange, int fromTier, int toTier, int tierChange) {
    }

    /**
     * The changes of the economies scored in both years.
     *
     * @param node the node's code
     * @param from a year built
     * @param to   another year built
     * @return one change per economy scored at the node in both years, in economy order
     * @throws IllegalArgumentException if the node or a year is unknown
     */
    public List<Change> changes(String node, int from, int to) {
        int a = yearIndex(from);
        int b = yearIndex(to);
        double[][] sc = matrix(scores, node);
        double[][] rk = ranks.get(node);
        int[][] tr = tiers.get(node);
        List<Change> out = new ArrayList<>();
        for (int e = 0; e < economies.size(); e++) {
            if (Double.isNaN(sc[a][e]) || Double.isNaN(sc[b][e])) {
                continue;
            }
            out.add(new Change(economies.get(e), node, from, to, sc[a][e], sc[b][e], rk[a][e], rk[b][e],
                    rk[a][e] - rk[b][e], tr[a][e], tr[b][e], tr[b][e] - tr[a][e]));
        }
        return out;
    }

    /** {@return the changes at a node between the first and the last year built} */
    public List<Change> changesFirstToLast(String node) {
        return changes(node, years[0], years[years.length - 1]);
    }

    /**
     * The balanced set of convergence: the economies with a score at every node named in every
     * year built.
     *
     * @param nodes the nodes (e.g. {@link #indexAndPillars()})
     * @return the sample
     */
    public BalancedSample balanced(List<String> nodes) {
        List<String> kept = new ArrayList<>();
        for (int e = 0; e < economies.size(); e++) {
            boolean all = true;
            for (String node : nodes) {
                double[][] sc = matrix(scores, node);
                for (int y = 0; y < years.length && all; y++) {
                    all = !Double.isNaN(sc[y][e]);
                }
                if (!all) {
                    break;
                }
            }
            if (all) {
                kept.add(economies.get(e));
            }
        }
        return new BalancedSample(kept, years, List.copyOf(nodes), economies.size() - kept.size());
    }

    private double[][] matrix(Map<String, double[][]> m, String node) {
        double[][] x = m.get(node);
        if (x == null) {
            throw new IllegalArgumentException("no node " + node + " in the framework");
        }
        return x;
    }

    /**
     * The position of a year built.
     *
     * @param year the year
     * @return its position in {@link #years()}
     * @throws IllegalArgumentException if the year was not built
     */
    int yearIndex(int year) {
        int i = Arrays.binarySearch(years, year);
        if (i < 0) {
            throw new IllegalArgumentException("year " + year + " was not built (built: " + Arrays.toString(years)
                    + ")");
        }
        return i;
    }

    /**
     * The position of an economy.
     *
     * @param code the economy's code
     * @return its position in {@link #economies()}
     * @throws IllegalArgumentException if the economy has no score in any year built
     */
    int economy(String code) {
        Integer e = economyIndex.get(code);
        if (e == null) {
            throw new IllegalArgumentException("economy " + code + " has no score in any year built");
        }
        return e;
    }

    @Override
    public String toString() {
        return "IndexSeries[" + spec.framework().root().code() + ", " + years[0] + "–" + years[years.length - 1]
                + " (" + years.length + " years), " + scope.label() + " normalisation, " + economies.size()
                + " economies]";
    }
}
