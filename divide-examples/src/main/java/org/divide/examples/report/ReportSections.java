package org.divide.examples.report;

import java.util.ArrayList;
import java.util.List;

import org.divide.core.spec.Step;
import org.divide.metrics.inference.BootstrapInterval;
import org.divide.metrics.uncertainty.EconomyUncertainty;

/** The sections of the report page on the index: headline, ranking, Lorenz curves, inequality, method. */
final class ReportSections {

    private static final int RANKED_IN_CHART = 40;

    private ReportSections() {
    }

    static void headline(Html h, ReportData r) {
        h.section("headline", ReportPage.SECTIONS.get(0));
        List<EconomyUncertainty> ranked = ReportPage.byRank(r);
        h.open("div", "cards");
        if (r.embedded() != null) {
            EmbeddedSections.cards(h, r);
        }
        if (!ranked.isEmpty()) {
            EconomyUncertainty first = ranked.get(0);
            card(h, Integer.toString(ranked.size()), "economies ranked; first: " + r.name(first.economy()),
                    "rank interval " + rankInterval(first) + " (5–95%, " + r.uncertainty().runs() + " Monte Carlo runs)");
        }
        if (!r.inequality().isEmpty() && r.inequality().get(0).gini() != null) {
            ReportData.InequalityRow index = r.inequality().get(0);
            card(h, Html.number(index.gini().estimate()), "Gini of the index scores across economies ("
                    + index.year() + ")", "95% CI " + interval(index.gini()));
        }
        if (r.groups() != null) {
            card(h, Html.number(100 * r.groups().result().between() / r.groups().result().total()) + "%",
                    "of the inequality of index scores (Theil T) lies between groups (" + r.groups().grouping() + ")",
                    "within-group part " + Html.number(r.groups().result().within()) + ", between "
                            + Html.number(r.groups().result().between()));
        }
        h.close("div");
        h.sample(r.samples().get("index-sample"));
        h.close("section");
    }

    /** A headline card: the figure, what it is, and its interval or detail (may be null). */
    static void card(Html h, String figure, String text, String detail) {
        h.open("div", "card").element("b", figure).element("span", text);
        if (detail != null) {
            h.element("i", detail);
        }
        h.close("div");
    }

    static String rankInterval(EconomyUncertainty e) {
        return (int) e.rankLow() + "–" + (int) e.rankHigh();
    }

    static void ranking(Html h, ReportData r) {
        h.section("ranking", ReportPage.SECTIONS.get(1));
        List<EconomyUncertainty> ranked = ReportPage.byRank(r);
        List<SvgBarChart.Bar> bars = new ArrayList<>();
        List<List<String>> rows = new ArrayList<>();
        for (EconomyUncertainty e : ranked) {
            String name = r.name(e.economy());
            if (bars.size() < RANKED_IN_CHART) {
                bars.add(new SvgBarChart.Bar((int) e.nominalRank() + ". " + name, e.nominalScore(), e.scoreLow(),
                        e.scoreHigh()));
            }
            rows.add(List.of(Integer.toString((int) e.nominalRank()), name, Html.number(e.nominalScore()),
                    rankInterval(e), Html.number(e.meanAbsoluteRankShift())));
        }
        String root = r.input().spec().framework().root().name();
        h.sample(r.samples().get("ranking"));
        if (r.embedded() != null) {
            EmbeddedSections.indexNote(h);
        }
        h.paragraph("Intervals: 5–95% over " + r.uncertainty().runs() + " Monte Carlo runs (seed " + r.input().seed()
                + ") varying " + String.join(", ", r.uncertainty().assumptions()) + (r.uncertainty().failedRuns() > 0
                        ? "; " + r.uncertainty().failedRuns() + " runs failed and are left out" : "")
                + "; mean absolute rank shift " + Html.number(r.uncertainty().meanAbsoluteRankShift()) + ".");
        h.raw(SvgBarChart.render(root + ": top " + bars.size() + " (score and 5–95% interval)", "Index score", bars,
                r.input().source()));
        h.raw("<details><summary>All " + rows.size() + " ranked economies</summary>");
        h.table(root + ", " + r.index().year(), List.of("Rank", "Economy", "Score", "Rank interval (5–95%)",
                "Mean |rank shift|"), rows);
        h.raw("</details>");
        h.close("section");
    }

    static void lorenz(Html h, ReportData r) {
        h.section("lorenz", ReportPage.SECTIONS.get(3));
        String weight = r.input().weight() == null ? null : r.input().panel().indicator(r.input().weight()).name();
        String title = (weight == null ? "Lorenz curves" : "Weighted Lorenz curves") + " across economies";
        String x = weight == null ? "Cumulative share of economies (lowest first)"
                : "Cumulative share of " + weight + " (lowest first)";
        List<SvgLorenz.Curve> curves = r.lorenz();
        h.raw(SvgLorenz.render(title + ": the index and its pillars", x, curves.subList(0, r.indexCurves()),
                r.input().source()));
        if (curves.size() > r.indexCurves()) {
            h.raw(SvgLorenz.render(title + ": key indicators", x, curves.subList(r.indexCurves(), curves.size()),
                    r.input().source()));
        }
        h.sample(keySample(r));
        h.paragraph("Each curve orders the economies" + (weight == null ? "" : ", weighted by " + weight + ",")
                + " by their value: the further below the diagonal, the more unequal.");
        h.close("section");
    }

    private static String keySample(ReportData r) {
        String s = r.samples().get("index-sample");
        if (!r.input().keyIndicators().isEmpty()) {
            s += "; each other indicator at its latest year with values for at least "
                    + Math.round(100 * ReportData.KEY_COVERAGE) + "% of the economies (year and number in the table)";
        }
        return s;
    }

    static void inequality(Html h, ReportData r) {
        h.section("inequality", ReportPage.SECTIONS.get(4));
        List<List<String>> rows = new ArrayList<>();
        for (ReportData.InequalityRow row : r.inequality()) {
            rows.add(List.of(row.name(), Integer.toString(row.year()), Integer.toString(row.economies()),
                    row.gini() == null ? "–" : Html.number(row.gini().estimate()), interval(row.gini()),
                    row.theil() == null ? "–" : Html.number(row.theil().estimate()), interval(row.theil()),
                    row.note()));
        }
        h.table((r.input().weight() == null ? "Inequality" : "Weighted inequality") + " across economies, 95%"
                + " bootstrap intervals (" + ReportData.REPLICATES + " replicates)", List.of("Variable", "Year",
                        "Economies", "Gini", "95% CI", "Theil T", "95% CI", "Note"), rows);
        h.sample(keySample(r));
        h.close("section");
    }

    static String interval(BootstrapInterval i) {
        return i == null ? "–" : Html.number(i.lower()) + "–" + Html.number(i.upper());
    }

    static void method(Html h, ReportData r) {
        h.section("method", ReportPage.SECTIONS.get(ReportPage.SECTIONS.size() - 1));
        if (r.embedded() != null) {
            EmbeddedSections.method(h);
        } else {
            List<String> steps = new ArrayList<>();
            for (Step s : r.input().spec().steps()) {
                steps.add(s.kind().toString().toLowerCase(java.util.Locale.ROOT));
            }
            h.paragraph("Index: " + r.input().spec().framework().root().name() + ", " + r.input().spec().framework()
                    .indicatorCodes().size() + " indicators, " + r.input().spec().framework().levels()
                    + " levels; steps: " + (steps.isEmpty() ? "none" : String.join(", ", steps)) + "; built for "
                    + r.index().year() + ".");
        }
        if (r.overTime() == null) {
            h.paragraph("The index over time: not shown — " + r.samples().get("over-time-absent") + ".");
        }
        if (r.trends().isEmpty()) {
            h.paragraph("Convergence: not shown — the data have " + r.input().trendYears().length + " year"
                    + (r.input().trendYears().length == 1 ? "" : "s") + " for the trend indicators.");
        }
        if (!r.input().dataSources().isEmpty()) {
            h.paragraph("Data fetched from the providers (URL, time fetched, SHA-256 of the response):");
            h.table("Sources", List.of("URL", "Fetched", "SHA-256"), r.input().dataSources().stream()
                    .map(line -> List.of(line.split(" ", 3))).toList());
        }
        h.paragraph("Trends and convergence use balanced panels: a year with values for fewer than "
                + Coverage.percent() + " of the economies of the best-covered year is left out, then only the"
                + " economies observed in every remaining year are kept, so that every point of a line has the same"
                + " economies.");
        h.sample(r.samples().get("index-sample"));
        h.close("section");
    }
}
