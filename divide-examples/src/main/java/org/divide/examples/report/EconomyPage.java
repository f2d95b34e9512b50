package org.divide.examples.report;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.divide.core.Framework;
import org.divide.metrics.dynamics.CatchUpResult;
import org.divide.metrics.profile.EconomyProfile;
import org.divide.metrics.profile.ImprovementPath;
import org.divide.metrics.profile.NodeProfile;
import org.divide.metrics.profile.StrengthsWeaknesses;

/**
 * Renders {@link EconomyPageData} as one self-contained HTML page, in the report's style: the
 * economy's profile (score, rank with ties, tier at every node, with 5–95 % intervals when
 * computed), its normalised indicators against the peer median and the frontier, its peers,
 * strengths and weaknesses, the marginal gains of the index (binding constraints), the path to the
 * next tier, and its index over time against its group with its catch-up horizons. Every section
 * states its sample in a paragraph of class {@code sample}; what is not shown is said.
 */
public final class EconomyPage {

    /** The section titles, in page order. */
    public static final List<String> SECTIONS = List.of("Profile", "Indicators against peers and frontier", "Peers",
            "Strengths and weaknesses", "Binding constraints", "Path to the next tier", "Over time and horizons",
            "Data and method");

    private EconomyPage() {
    }

    /**
     * The page.
     *
     * @param d the figures
     * @return the HTML text
     */
    public static String render(EconomyPageData d) {
        Html h = new Html();
        EconomyProfile p = d.profile();
        String who = d.name(p.economy()) + " (" + p.economy() + ")";
        h.raw("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>divide: "
                + Html.escape(who + " in " + d.title()) + "</title>\n<style>" + ReportPage.CSS + "</style>\n</head>\n<body>");
        h.element("h1", who + " in " + d.title());
        h.paragraph("Where " + d.name(p.economy()) + " stands in the index " + root(d).name() + " (" + root(d).code()
                + ") built for " + p.year() + ", what holds it back, how far the next tier is, and how fast it moves."
                + " The figures are those of 'divide profile', 'divide path' and 'divide horizon'.");
        profile(h, d);
        indicators(h, d);
        peers(h, d);
        strengths(h, d);
        binding(h, d);
        path(h, d);
        EconomyTrendSection.render(h, d);
        method(h, d);
        h.raw("</body>\n</html>");
        return h.toString();
    }

    private static Framework.Node root(EconomyPageData d) {
        return d.result().spec().framework().root();
    }

    private static String name(EconomyPageData d, String node) {
        return d.result().spec().framework().node(node).name();
    }

    /**
     * A score as {@code divide profile}'s table prints it: four decimals.
     *
     * @param v the score
     * @return the text, "–" when not finite
     */
    public static String score(double v) {
        return Double.isFinite(v) ? String.format(Locale.ROOT, "%.4f", v) : "–";
    }

    /**
     * A competition rank: a whole number.
     *
     * @param r the rank
     * @return the text, "–" when missing
     */
    public static String rank(double r) {
        return Double.isFinite(r) ? Long.toString(Math.round(r)) : "–";
    }

    /** A rank with its ties and the number ranked: "133 of 179", "41 of 179 (tied with 138 others)". */
    static String rankOf(NodeProfile n) {
        return rank(n.rank()) + " of " + n.ranked() + (n.ties() > 1 ? " (tied with " + (n.ties() - 1) + " other"
                + (n.ties() > 2 ? "s" : "") + ")" : "");
    }

    private static void profile(Html h, EconomyPageData d) {
        EconomyProfile p = d.profile();
        NodeProfile top = p.nodes().get(0);
        h.section("profile", SECTIONS.get(0));
        h.open("div", "cards");
        card(h, score(top.score()), "Index score (" + root(d).code() + ", " + p.year() + ")", top.interval() == null
                ? "frontier " + score(top.frontier()) : "5–95%: " + score(top.interval().scoreLow()) + " – "
                        + score(top.interval().scoreHigh()));
        card(h, rankOf(top), "Rank (competition ranks: ties share the best)", top.interval() == null ? ""
                : "5–95%: " + rank(top.interval().rankLow()) + " – " + rank(top.interval().rankHigh()));
        card(h, "tier " + top.tier() + " of " + d.tiers(), "Quantile tier (1 the top)", Double.isFinite(
                top.nextTierThreshold()) ? "next tier above " + score(top.nextTierThreshold()) : "top tier");
        h.close("div");
        boolean intervals = p.nodes().stream().anyMatch(n -> n.interval() != null);
        List<String> headers = new ArrayList<>(List.of("Node", "Name", "Level", "Score", "Rank", "Of", "Ties", "Tier",
                "Next tier above", "Frontier", "Peer median"));
        if (intervals) {
            headers.addAll(List.of("Score 5%", "Score 95%", "Rank 5%", "Rank 95%"));
        }
        List<List<String>> rows = new ArrayList<>();
        List<List<String>> leaves = new ArrayList<>();
        for (NodeProfile n : p.nodes()) {
            List<String> row = new ArrayList<>(List.of(n.code(), name(d, n.code()), Integer.toString(n.level()),
                    score(n.score()), rank(n.rank()), Integer.toString(n.ranked()), Integer.toString(n.ties()),
                    n.tier() == 0 ? "–" : Integer.toString(n.tier()), score(n.nextTierThreshold()), score(n.frontier()),
                    score(n.peerMedian())));
            if (intervals) {
                NodeProfile.Interval i = n.interval();
                row.addAll(i == null ? List.of("", "", "", "") : List.of(score(i.scoreLow()), score(i.scoreHigh()),
                        rank(i.rankLow()), rank(i.rankHigh())));
            }
            (n.level() == 1 ? leaves : rows).add(row);
        }
        h.table(p.economy() + " at the index and every aggregate, each level down", headers, rows);
        h.raw("<details><summary>" + Html.escape("The " + leaves.size() + " indicators, as normalised")
                + "</summary>");
        h.table(p.economy() + " at every indicator, as normalised", headers.subList(0, 11), leaves.stream()
                .map(r -> r.subList(0, 11)).toList());
        h.raw("</details>");
        h.sample(p.year() + ", " + top.ranked() + " economies ranked by the index; peers (peer median): "
                + p.peers().rule() + ", " + p.peers().positions().length + " economies; tiers: " + d.tiers()
                + " quantile classes of each node's scores (R's type-7 quantiles, closed on the right, 1 the top)"
                + (intervals ? "; intervals: 5th and 95th percentiles over " + runs(p) + " Monte Carlo runs of the"
                        + " uncertainty analysis, per aggregate (when the runs vary the normalisation, scores are on"
                        + " different scales and the rank interval is the one to read)"
                        : "; no intervals (give --runs N for them)"));
        h.close("section");
    }

    private static int runs(EconomyProfile p) {
        return p.nodes().stream().filter(n -> n.interval() != null).mapToInt(n -> n.interval().runs()).max()
                .orElse(0);
    }

    private static void card(Html h, String value, String label, String note) {
        h.open("div", "card");
        h.element("b", value);
        h.element("span", label);
        if (!note.isEmpty()) {
            h.element("i", note);
        }
        h.close("div");
    }

    private static List<NodeProfile> indicatorNodes(EconomyProfile p) {
        return p.nodes().stream().filter(n -> n.level() == 1).toList();
    }

    private static void indicators(Html h, EconomyPageData d) {
        EconomyProfile p = d.profile();
        h.section("indicators", SECTIONS.get(1));
        List<NodeProfile> leaves = indicatorNodes(p);
        List<SvgBarChart.Bar> bars = new ArrayList<>();
        double[] median = new double[leaves.size()];
        double[] frontier = new double[leaves.size()];
        List<String> missing = new ArrayList<>();
        for (int i = 0; i < leaves.size(); i++) {
            NodeProfile n = leaves.get(i);
            bars.add(SvgBarChart.Bar.of(name(d, n.code()), n.score()));
            median[i] = n.peerMedian();
            frontier[i] = n.frontier();
            if (Double.isNaN(n.score())) {
                missing.add(n.code());
            }
        }
        h.raw(SvgBarChart.render(d.name(p.economy()) + "'s normalised indicators, " + p.year(), "Normalised score",
                bars, List.of(new SvgBarChart.Mark("Peer median (" + p.peers().rule() + ")", median),
                        new SvgBarChart.Mark("Frontier (best of " + p.economies() + ")", frontier)), d.source()));
        h.sample(p.year() + ", " + leaves.size() + " indicators as normalised (after the spec's imputation and"
                + " treatment); frontier: the best score of the " + p.economies() + " economies; peer median: the"
                + " median of " + p.peers().positions().length + " peers (" + p.peers().rule() + ")"
                + (missing.isEmpty() ? "" : "; no value for " + p.economy() + ": " + String.join(", ", missing)));
        h.paragraph("Bars are " + p.economy() + "'s scores; the ticks mark its peers' median and the frontier. The"
                + " gap between a bar and the frontier tick is how far the indicator is from the best economy.");
        h.close("section");
    }

    private static void peers(Html h, EconomyPageData d) {
        h.section("peers", SECTIONS.get(2));
        double[] index = d.result().indexScores();
        List<String> all = d.result().economies();
        List<List<String>> summary = new ArrayList<>();
        for (EconomyPageData.PeerSet s : d.peerSets()) {
            double[] scores = s.economies().stream().mapToDouble(c -> index[all.indexOf(c)]).filter(Double::isFinite)
                    .toArray();
            Arrays.sort(scores);
            summary.add(List.of(s.rule(), Integer.toString(s.economies().size()), scores.length == 0 ? "–"
                    : score(org.divide.metrics.concentration.Quantiles.quantile(scores, 0.5))));
        }
        h.table("Peers of " + d.profile().economy() + " by rule, with their median index score", List.of("Rule",
                "Economies", "Median index score"), summary);
        double[] ranks = d.result().ranks(root(d).code());
        for (EconomyPageData.PeerSet s : d.peerSets()) {
            List<List<String>> rows = new ArrayList<>();
            double[] dist = s.distances();
            for (int i = 0; i < s.economies().size(); i++) {
                String c = s.economies().get(i);
                int at = all.indexOf(c);
                rows.add(List.of(c, d.name(c), dist.length > 0 ? Html.number(dist[i]) : "", score(index[at]),
                        rank(ranks[at])));
            }
            h.raw("<details><summary>" + Html.escape(s.rule() + ": " + s.economies().size() + " economies")
                    + "</summary>");
            h.table(s.rule(), List.of("Economy", "Name", "Distance", "Index score", "Rank"), rows);
            h.raw("</details>");
        }
        h.sample(d.profile().year() + ", the " + all.size() + " economies of the index; the group rules take the"
                + " economy's group in the index's data; nearest: Euclidean distance over the normalised indicators"
                + " both economies have, scaled to the full set");
        h.close("section");
    }

    private static void strengths(Html h, EconomyPageData d) {
        EconomyProfile p = d.profile();
        h.section("strengths", SECTIONS.get(3));
        StrengthsWeaknesses.Result r = p.byRank();
        List<List<String>> rows = new ArrayList<>();
        int i = 1;
        for (StrengthsWeaknesses.Entry e : r.strengths()) {
            rows.add(List.of("strength", Integer.toString(i++), e.code(), name(d, e.code()), rank(e.rank()),
                    Integer.toString(e.ties()), score(e.value())));
        }
        i = 1;
        for (StrengthsWeaknesses.Entry e : r.weaknesses()) {
            rows.add(List.of("weakness", Integer.toString(i++), e.code(), name(d, e.code()), rank(e.rank()),
                    Integer.toString(e.ties()), score(e.value())));
        }
        h.table("Strengths and weaknesses of " + p.economy() + " by rank (COINr's get_str_weak)", List.of("List",
                "Position", "Indicator", "Name", "Rank", "Ties", "Normalised score"), rows);
        List<String> left = new ArrayList<>();
        if (!r.missing().isEmpty()) {
            left.add("missing: " + String.join(", ", r.missing()));
        }
        if (!r.discardedMinimum().isEmpty()) {
            left.add("ranked last (COINr's min_discard): " + String.join(", ", r.discardedMinimum()));
        }
        if (!r.discardedUnique().isEmpty()) {
            left.add("too few distinct values: " + String.join(", ", r.discardedUnique()));
        }
        h.sample(p.year() + ", indicators ranked over " + r.ranked() + " economies" + (left.isEmpty() ? ""
                : "; left out: " + String.join("; ", left)));
        h.close("section");
    }

    private static void binding(Html h, EconomyPageData d) {
        EconomyProfile p = d.profile();
        h.section("binding", SECTIONS.get(4));
        List<NodeProfile> leaves = indicatorNodes(p);
        if (leaves.stream().allMatch(n -> Double.isNaN(n.gain()))) {
            h.sample(p.year() + "; no gains: the aggregation depends on other economies (Copeland, benefit of the"
                    + " doubt, reflected aggregates or data-driven weights)");
            h.close("section");
            return;
        }
        List<SvgBarChart.Bar> bars = new ArrayList<>();
        for (NodeProfile n : leaves) {
            bars.add(SvgBarChart.Bar.of(name(d, n.code()) + (p.binding().contains(n) ? " (binding)" : ""), n.gain()));
        }
        h.raw(SvgBarChart.render("Rise of the index per normalised unit of each indicator, " + d.profile().economy()
                + ", " + p.year(), "Index points per normalised unit", bars, d.source()));
        List<SvgBarChart.Bar> aggregates = new ArrayList<>();
        for (NodeProfile n : p.nodes()) {
            if (n.level() > 1 && n.level() < root(d).level()) {
                aggregates.add(SvgBarChart.Bar.of(name(d, n.code()) + " (level " + n.level() + ")"
                        + (p.binding().contains(n) ? " (binding)" : ""), n.gain()));
            }
        }
        if (!aggregates.isEmpty()) {
            h.raw(SvgBarChart.render("Rise of the index per normalised unit of each aggregate, " + p.economy() + ", "
                    + p.year(), "Index points per normalised unit", aggregates, d.source()));
        }
        List<String> named = new ArrayList<>();
        for (NodeProfile b : p.binding()) {
            named.add("level " + b.level() + ": " + b.code() + " (+" + score(b.gain()) + ")");
        }
        h.sample(p.year() + ", " + p.economy() + "'s scores; gains computed exactly through the aggregation tree (for"
                + " weighted arithmetic means, the effective weight); an indicator with no value has no gain");
        h.paragraph("The binding constraint of each level is the node of largest gain still below its frontier"
                + " (equal gains: the first in framework order) — " + (named.isEmpty() ? "none: every node is at its"
                        + " frontier" : String.join("; ", named)) + ".");
        h.close("section");
    }

    private static void path(Html h, EconomyPageData d) {
        h.section("path", SECTIONS.get(5));
        ImprovementPath.Result p = d.path();
        if (p == null) {
            h.sample(d.profile().year() + "; path " + d.pathNote());
            h.close("section");
            return;
        }
        List<SvgBarChart.Bar> bars = new ArrayList<>();
        List<List<String>> rows = new ArrayList<>();
        for (ImprovementPath.Step s : p.changed()) {
            bars.add(SvgBarChart.Bar.of(name(d, s.indicator()), s.change()));
            rows.add(List.of(s.indicator(), name(d, s.indicator()), score(s.current()), score(s.target()),
                    score(s.change()), score(s.bound()), score(s.gain()), Html.number(s.rawCurrent()),
                    Html.number(s.rawTarget())));
        }
        if (!bars.isEmpty()) {
            h.raw(SvgBarChart.render("The cheapest rise of " + p.economy() + "'s indicators to reach the next tier, "
                    + d.profile().year(), "Rise in normalised units", bars, d.source()));
            h.table("The path " + d.pathNote(), List.of("Indicator", "Name", "Current", "Target", "Change", "Frontier",
                    "Gain", "Value now", "Value on the path"), rows);
        }
        h.sample(d.profile().year() + ", the " + d.profile().economies() + " economies of the index; path "
                + d.pathNote() + ": target score " + score(p.targetScore()) + (p.feasible() ? "; reached with score "
                        + score(p.score()) + ", rank " + p.rank() + (p.tier() > 0 ? ", tier " + p.tier() : "")
                        + ", total cost " + Html.number(p.totalCost()) + " normalised units"
                        : "; out of reach: with every indicator at the frontier the score is at most "
                                + score(p.bestScore())));
        h.paragraph("The smallest sum of rises of the normalised indicator scores (each up to the frontier, so the"
                + " normalisation's bounds and the other economies' scores stay put), found by "
                + (p.method() == ImprovementPath.Method.SIMPLEX ? "linear programming (exact)"
                        : p.method().label() + String.format(Locale.ROOT, ", its cost within a relative gap of %.1e of"
                                + " the least possible (lower bound %s)", p.gap(), Html.number(p.lowerBound())))
                + ", as 'divide path --target-tier'. Values in the indicators' own units are"
                + " shown for min-max normalisation of untransformed indicators, '–' otherwise."
                + (p.alternatives().isEmpty() ? "" : " The optimum is not unique: " + String.join(", ",
                        p.alternatives()) + " give the same rise per unit."));
        h.close("section");
    }

    private static void method(Html h, EconomyPageData d) {
        h.section("method", SECTIONS.get(7));
        h.sample(d.profile().year() + ", " + d.profile().economies() + " economies");
        h.paragraph("Ranks are competition ranks (R's rank(-x, ties.method = \"min\"), as COINr): economies with equal"
                + " scores share the best rank. Tiers are quantile classes of each node's scores, tier 1 the top. The"
                + " gain of a node is the exact rise of the index when its score rises by one normalised unit, the"
                + " rest unchanged. Horizons extrapolate a trend; they are not forecasts.");
        h.paragraph("Reproduce on the command line: divide profile --economy " + d.profile().economy()
                + (d.path() == null ? "" : "; divide path --economy " + d.profile().economy() + " --target-tier "
                        + (d.profile().nodes().get(0).tier() - 1)) + "; divide index --over-time."
                + " Source: " + d.source() + ".");
        h.close("section");
    }

    /**
     * A horizon for a table: the years, "never" for +∞.
     *
     * @param years the years
     * @return the text
     */
    public static String years(double years) {
        return Double.isInfinite(years) ? "never" : Html.number(years);
    }

    /**
     * The calendar year a horizon reaches the target: "reached", "never at current trends" or the year.
     *
     * @param r the horizon
     * @return the text
     */
    public static String reachedIn(CatchUpResult r) {
        return switch (r.state()) {
            case REACHED -> "reached";
            case NEVER -> "never at current trends";
            case REACHABLE -> Long.toString((long) Math.ceil(r.lastYear() + r.years()));
        };
    }
}
