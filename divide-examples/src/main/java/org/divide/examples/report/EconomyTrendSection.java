package org.divide.examples.report;

import java.util.ArrayList;
import java.util.List;

import org.divide.metrics.dynamics.CatchUpResult;

/**
 * The section of the economy page on its index over time against its group and the leading
 * group, and its catch-up horizons ({@link EconomyFigures}); when there is no index over time, the
 * section says why.
 */
final class EconomyTrendSection {

    private EconomyTrendSection() {
    }

    /**
     * Renders the section.
     *
     * @param h the page
     * @param d the figures
     */
    static void render(Html h, EconomyPageData d) {
        h.section("overtime", EconomyPage.SECTIONS.get(6));
        EconomyFigures f = d.overTime();
        if (f == null) {
            h.sample("not shown: " + d.overTimeNote());
            h.close("section");
            return;
        }
        String code = f.economy();
        int[] years = f.years();
        List<SvgLineChart.Series> series = new ArrayList<>();
        series.add(new SvgLineChart.Series(d.name(code) + " (" + code + ")", f.scores(), null, null));
        if (f.own() != null) {
            series.add(new SvgLineChart.Series("Median of " + f.own().label() + " (band: 25th–75th percentile)",
                    f.own().median(), f.own().q1(), f.own().q3()));
        }
        if (f.leading() != null && f.leading() != f.own()) {
            series.add(new SvgLineChart.Series("Median of " + f.leading().label(), f.leading().median(), null, null));
        }
        h.raw(SvgLineChart.render(d.name(code) + "'s index score over time, " + years[0] + "–" + years[years.length - 1],
                "Year", "Index score (normalised over all years)", years, series, d.source()));
        h.sample(d.overTimeNote() + "; " + f.sample());
        List<List<String>> rows = new ArrayList<>();
        double[] scores = f.scores();
        for (int y = 0; y < years.length; y++) {
            rows.add(List.of(Integer.toString(years[y]), EconomyPage.score(scores[y]),
                    f.own() == null ? "–" : EconomyPage.score(f.own().median()[y]),
                    f.leading() == null ? "–" : EconomyPage.score(f.leading().median()[y])));
        }
        h.raw("<details><summary>Table</summary>");
        h.table(code + "'s index score by year", List.of("Year", code, f.own() == null ? "Own group median"
                : "Median of " + f.own().label(), f.leading() == null ? "Leading group median" : "Median of "
                        + f.leading().label()), rows);
        h.raw("</details>");
        if (!f.horizons().isEmpty()) {
            List<List<String>> hs = new ArrayList<>();
            for (EconomyFigures.Horizon one : f.horizons()) {
                CatchUpResult r = one.result();
                hs.add(List.of(one.target(), r.firstYear() + "–" + r.lastYear(), EconomyPage.score(r.level()),
                        Html.number(100 * r.growth()) + "%", EconomyPage.score(r.target()),
                        EconomyPage.years(r.years()), EconomyPage.reachedIn(r), EconomyPage.years(r.lower()),
                        EconomyPage.years(r.upper()), Html.number(r.neverShare())));
            }
            h.table("Years for " + code + " to reach the leading group's median at its own trend", List.of("Target",
                    "Window", "Score now", "Growth a year", "Target score", "Years", "Reached in", "5%", "95%",
                    "Share of draws never"), hs);
        }
        h.paragraph("Horizons: " + f.horizonNote() + ". 'never at current trends' means the economy's index grows no"
                + " faster than the target; a trend extrapolated, not a forecast.");
        h.close("section");
    }
}
